import type { NotificationType, Visibility } from '../db/schema.ts';
import type {
  NotificationPolicy,
  PolicyField,
  PolicyOutcome,
} from './notification-policy.repository.ts';

/** An account younger than this is "new" for `for_new_accounts` (Mastodon: 30 days). */
export const NEW_ACCOUNT_DAYS = 30;

/** Kinds of notification the policy may hold back; a follow request always arrives. */
const FILTERABLE: ReadonlySet<NotificationType> = new Set([
  'mention',
  'reply',
  'favourite',
  'reblog',
  'follow',
]);

/** What the rule needs to know about a sender, seen from the recipient. */
export interface SenderFacts {
  recipientFollowsSender: boolean;
  senderFollowsRecipient: boolean;
  senderCreatedAt: string;
  /** The recipient accepted a request from this sender before. */
  permitted: boolean;
  /** Moderators limited the account (no such measure exists yet: always false). */
  limited: boolean;
}

const SEVERITY: ReadonlyMap<PolicyOutcome, number> = new Map([
  ['accept', 0],
  ['filter', 1],
  ['drop', 2],
]);

/**
 * The strictest outcome among the policy's lines that apply to this sender, as Mastodon does:
 * a stranger who is both unfollowed and brand new gets the harsher of the two answers.
 */
export function strangerOutcome(
  policy: NotificationPolicy,
  facts: SenderFacts,
  notification: { type: NotificationType; visibility: Visibility | null },
  now: Date,
): PolicyOutcome {
  if (!FILTERABLE.has(notification.type) || facts.permitted) return 'accept';
  const applies: PolicyField[] = [];
  if (!facts.recipientFollowsSender) applies.push('for_not_following');
  if (!facts.senderFollowsRecipient) applies.push('for_not_followers');
  const ageMs = now.getTime() - Date.parse(facts.senderCreatedAt);
  if (ageMs < NEW_ACCOUNT_DAYS * 24 * 3600 * 1000) applies.push('for_new_accounts');
  const mention = notification.type === 'mention' || notification.type === 'reply';
  if (mention && notification.visibility === 'direct' && !facts.recipientFollowsSender)
    applies.push('for_private_mentions');
  if (facts.limited) applies.push('for_limited_accounts');
  let worst: PolicyOutcome = 'accept';
  for (const field of applies) {
    const o = policy[field];
    if ((SEVERITY.get(o) ?? 0) > (SEVERITY.get(worst) ?? 0)) worst = o;
  }
  return worst;
}
