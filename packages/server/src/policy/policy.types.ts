import type { NotificationType, ReplyPolicy } from '../db/schema.ts';

export type { ReplyPolicy };

export const REPLY_POLICIES: readonly ReplyPolicy[] = [
  'everyone',
  'following',
  'mentioned',
  'nobody',
];

export function isReplyPolicy(value: unknown): value is ReplyPolicy {
  return typeof value === 'string' && (REPLY_POLICIES as readonly string[]).includes(value);
}

/** One account trying to reach another: a notification about to be created. */
export interface ReachInput {
  recipientId: string;
  senderId: string;
  type: NotificationType;
  /** The post the notification is about (a reply, a mention, a favourited post…), if any. */
  postId: string | null;
}

/**
 * The shield's place in the policy. The shield decides whether a message from outside the
 * person's circle waits in their held folder while it is on; the policy asks it after the hard
 * rules (blocks, mutes, visibility) and before the notification policy for strangers. A held
 * message creates no notification: the shield keeps it in its own folder and tells the person
 * once. Absent (or answering false), nothing is held.
 */
export interface ShieldGate {
  isHeld(input: ReachInput): Promise<boolean>;
}

/** Why a notification is not created at all. */
export type DropReason =
  | 'self'
  | 'not_local'
  | 'blocked'
  | 'muted'
  | 'not_visible'
  | 'notification_policy';

/** What becomes of a notification one account would send another. */
export type ReachDecision =
  | { kind: 'deliver' }
  /** Kept, but waiting in a notification request (the strangers' policy said `filter`). */
  | { kind: 'filter' }
  | { kind: 'held' }
  | { kind: 'drop'; reason: DropReason };

/** What the policy needs to know about a post someone wants to reply to. */
export interface ReplyTarget {
  id: string;
  account_id: string;
  reply_policy: ReplyPolicy;
}

export type ReplyDecision =
  | { kind: 'allowed' }
  | { kind: 'refused'; policy: Exclude<ReplyPolicy, 'everyone'>; authorId: string };
