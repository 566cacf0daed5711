import { describe, expect, it } from 'vitest';
import type { ReplyPolicy } from './policy.types.ts';
import { replyRule } from './reply-rule.ts';

const post = (reply_policy: ReplyPolicy) => ({ id: 'p', account_id: 'author', reply_policy });
const who = (over: Partial<{ followedByAuthor: boolean; mentioned: boolean }> = {}) => ({
  replierId: 'replier',
  followedByAuthor: false,
  mentioned: false,
  ...over,
});

describe('the reply rule', () => {
  it('admits everyone under "everyone"', () => {
    expect(replyRule(post('everyone'), who()).kind).toBe('allowed');
  });

  it('admits only the people the author follows under "following"', () => {
    expect(replyRule(post('following'), who({ followedByAuthor: true })).kind).toBe('allowed');
    expect(replyRule(post('following'), who({ mentioned: true }))).toEqual({
      kind: 'refused',
      policy: 'following',
      authorId: 'author',
    });
  });

  it('admits only the people named under "mentioned"', () => {
    expect(replyRule(post('mentioned'), who({ mentioned: true })).kind).toBe('allowed');
    expect(replyRule(post('mentioned'), who({ followedByAuthor: true })).kind).toBe('refused');
  });

  it('admits nobody but the author under "nobody", and the author under every policy', () => {
    expect(replyRule(post('nobody'), who({ followedByAuthor: true, mentioned: true })).kind).toBe(
      'refused',
    );
    for (const policy of ['everyone', 'following', 'mentioned', 'nobody'] as const) {
      expect(replyRule(post(policy), { ...who(), replierId: 'author' }).kind).toBe('allowed');
    }
  });
});
