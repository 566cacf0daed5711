import { describe, expect, it } from 'vitest';
import type { Invite } from '../../api/admin-endpoints.ts';
import { inviteLink, inviteState } from './invite-rules.ts';

const base: Invite = {
  id: '1',
  code: 'abc_DEF-123',
  url: 'http://x/invite/abc_DEF-123',
  max_uses: 2,
  uses: 0,
  expires_at: '2026-11-02T00:00:00.000Z',
  created_at: '2026-11-01T00:00:00.000Z',
};
const now = Date.parse('2026-11-01T12:00:00.000Z');

describe('invites', () => {
  it('are active, used up or ended', () => {
    expect(inviteState(base, now)).toBe('active');
    expect(inviteState({ ...base, uses: 2 }, now)).toBe('used_up');
    expect(inviteState({ ...base, max_uses: null, uses: 99 }, now)).toBe('active');
    expect(inviteState(base, Date.parse(base.expires_at ?? ''))).toBe('ended');
    expect(inviteState({ ...base, expires_at: null }, now + 1e12)).toBe('active');
  });

  it('link to the sign-up with the code', () => {
    expect(inviteLink({ code: 'a b&c' }, 'https://e.test')).toBe(
      'https://e.test/signup?invite=a%20b%26c',
    );
  });
});
