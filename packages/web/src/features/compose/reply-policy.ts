import type { ReplyPolicy } from '../../api/defence.types.ts';
import type { Status } from '../../api/mastodon.types.ts';
import type { MessageKey } from '../../i18n/i18n.ts';

const shown: ReadonlyMap<ReplyPolicy, MessageKey> = new Map([
  ['following', 'replyPolicy.shown.following'],
  ['mentioned', 'replyPolicy.shown.mentioned'],
  ['nobody', 'replyPolicy.shown.nobody'],
] as const);

const options: ReadonlyMap<ReplyPolicy, MessageKey> = new Map([
  ['everyone', 'replyPolicy.option.everyone'],
  ['following', 'replyPolicy.option.following'],
  ['mentioned', 'replyPolicy.option.mentioned'],
  ['nobody', 'replyPolicy.option.nobody'],
] as const);

/** The words shown on a post with a narrower reply policy ("Only people Alice follows…"). */
export function replyPolicyNoticeKey(status: Status): MessageKey | null {
  const policy = status.empathie?.reply_policy;
  return policy ? (shown.get(policy) ?? null) : null;
}

export function replyPolicyOptionKey(policy: ReplyPolicy): MessageKey {
  return options.get(policy) ?? 'replyPolicy.option.everyone';
}

/** The viewer may reply unless the server said otherwise (older servers say nothing). */
export function canReply(status: Status): boolean {
  return status.empathie?.can_reply !== false;
}
