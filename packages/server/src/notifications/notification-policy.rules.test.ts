import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './notification-policy.repository.ts';
import { strangerOutcome } from './notification-policy.rules.ts';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const OLD = '2026-01-01T00:00:00.000Z';
const NEW = '2026-11-20T00:00:00.000Z';
const facts = (over = {}) => ({
  recipientFollowsSender: false,
  senderFollowsRecipient: false,
  senderCreatedAt: OLD,
  permitted: false,
  limited: false,
  ...over,
});
const mention = { type: 'mention' as const, visibility: 'public' as const };

describe("the strangers' notification rule", () => {
  it('accepts everything by default', () => {
    expect(strangerOutcome(DEFAULT_POLICY, facts({ senderCreatedAt: NEW }), mention, NOW)).toBe(
      'accept',
    );
  });

  it('takes the strictest line that applies', () => {
    const policy = {
      ...DEFAULT_POLICY,
      for_not_following: 'filter' as const,
      for_new_accounts: 'drop' as const,
    };
    expect(strangerOutcome(policy, facts(), mention, NOW)).toBe('filter');
    expect(strangerOutcome(policy, facts({ senderCreatedAt: NEW }), mention, NOW)).toBe('drop');
    expect(strangerOutcome(policy, facts({ recipientFollowsSender: true }), mention, NOW)).toBe(
      'accept',
    );
  });

  it('counts a private mention only from someone the person does not follow', () => {
    const policy = { ...DEFAULT_POLICY, for_private_mentions: 'drop' as const };
    const direct = { type: 'reply' as const, visibility: 'direct' as const };
    expect(strangerOutcome(policy, facts(), direct, NOW)).toBe('drop');
    expect(strangerOutcome(policy, facts({ recipientFollowsSender: true }), direct, NOW)).toBe(
      'accept',
    );
  });

  it('lets an accepted sender and every follow request through', () => {
    const strict = {
      ...DEFAULT_POLICY,
      for_not_following: 'drop' as const,
      for_not_followers: 'drop' as const,
    };
    expect(strangerOutcome(strict, facts({ permitted: true }), mention, NOW)).toBe('accept');
    expect(
      strangerOutcome(strict, facts(), { type: 'follow_request', visibility: null }, NOW),
    ).toBe('accept');
    expect(strangerOutcome(strict, facts(), { type: 'follow', visibility: null }, NOW)).toBe(
      'drop',
    );
  });
});
