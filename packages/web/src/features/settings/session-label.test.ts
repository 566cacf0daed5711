import { describe, expect, it } from 'vitest';
import type { AccountSession } from '../../api/account-endpoints.ts';
import en from '../../i18n/en.json';
import { type MessageKey, translate } from '../../i18n/i18n.ts';
import { orderSessions, sessionName } from './session-label.ts';

const t = (key: MessageKey) => translate(en, key);
const session = (over: Partial<AccountSession>): AccountSession => ({
  id: '1',
  app_name: null,
  scopes: ['read'],
  created_at: '2026-11-01T10:00:00.000Z',
  last_used_at: null,
  current: false,
  ...over,
});

describe('sessions as a person sees them', () => {
  it('names a session after its app, or says it has none', () => {
    expect(sessionName(session({ app_name: 'Tusky' }), t)).toBe('Tusky');
    expect(sessionName(session({ app_name: '  ' }), t)).toBe('Web app or unnamed app');
    expect(sessionName(session({}), t)).toBe('Web app or unnamed app');
  });

  it('lists the current session first, then the most recently used', () => {
    const old = session({ id: 'old', last_used_at: '2026-10-01T10:00:00.000Z' });
    const recent = session({ id: 'recent', last_used_at: '2026-11-20T10:00:00.000Z' });
    const never = session({ id: 'never', created_at: '2026-11-10T10:00:00.000Z' });
    const current = session({ id: 'current', current: true, last_used_at: null });
    expect(orderSessions([old, recent, current, never]).map((s) => s.id)).toEqual([
      'current',
      'recent',
      'never',
      'old',
    ]);
  });
});
