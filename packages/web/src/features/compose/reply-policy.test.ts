import { describe, expect, it } from 'vitest';
import type { Status } from '../../api/mastodon.types.ts';
import { canReply, replyPolicyNoticeKey, replyPolicyOptionKey } from './reply-policy.ts';

const status = (empathie: Status['empathie']) => ({ empathie }) as Status;

describe('reply policy in the app', () => {
  it('says nothing for "everyone" and names the narrower policies', () => {
    expect(replyPolicyNoticeKey(status({ reply_policy: 'everyone' }))).toBeNull();
    expect(replyPolicyNoticeKey(status(undefined))).toBeNull();
    expect(replyPolicyNoticeKey(status({ reply_policy: 'following' }))).toBe(
      'replyPolicy.shown.following',
    );
    expect(replyPolicyNoticeKey(status({ reply_policy: 'nobody' }))).toBe(
      'replyPolicy.shown.nobody',
    );
    expect(replyPolicyOptionKey('mentioned')).toBe('replyPolicy.option.mentioned');
  });

  it('lets the viewer reply unless the server said they may not', () => {
    expect(canReply(status({ can_reply: false }))).toBe(false);
    expect(canReply(status({ can_reply: true }))).toBe(true);
    expect(canReply(status(undefined))).toBe(true);
  });
});
