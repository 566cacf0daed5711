import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import {
  findNotificationPolicy,
  isPermitted,
} from '../notifications/notification-policy.repository.ts';
import { strangerOutcome } from '../notifications/notification-policy.rules.ts';
import type { Clock } from '../shared/clock.ts';
import type {
  ReachDecision,
  ReachInput,
  ReplyDecision,
  ReplyPolicy,
  ReplyTarget,
  ShieldGate,
} from './policy.types.ts';
import { blockedAmong, mutedAmong } from './relations.sql.ts';
import { replyRule } from './reply-rule.ts';
import { visibleTo } from './visibility.ts';

export type Policy = ReturnType<typeof createPolicy>;

/** A status as the presenter holds it, enough to say whether the viewer may reply. */
export interface ReplyableStatus {
  id: string;
  account: { id: string };
  mentions: Array<{ id: string }>;
  reblog: ReplyableStatus | null;
  empathie?: { reply_policy?: ReplyPolicy; can_reply?: boolean };
}

/**
 * THE policy of Empathie: may A see, reach, reply to or notify B, and how? Blocks (both ways,
 * including those a block-list subscription made), mutes, visibility, reply controls, the
 * notification policy for strangers and the shield all answer here. Queries that list things
 * use the SQL side (`visibility.ts`, `relations.sql.ts`); code deciding about one action calls
 * this service. The shield plugs in through `ShieldGate` (see `policy.types.ts`).
 */
export function createPolicy(deps: { db: Kysely<Database>; clock: Clock; shield?: ShieldGate }) {
  const { db, clock } = deps;

  /** Whether either account blocks the other. */
  async function blockedEitherWay(a: string, b: string): Promise<boolean> {
    return (await blockedAmong(db, a, [b])).has(b);
  }

  /** Of the accounts a post would mention, those it may not reach (a block either way). */
  function unmentionable(authorId: string, candidateIds: string[]): Promise<Set<string>> {
    return blockedAmong(db, authorId, candidateIds);
  }

  /** Who the author of each post follows among `replierId`, and which posts mention them. */
  async function relationsOf(replierId: string, posts: ReplyTarget[]) {
    const gated = posts.filter((p) => p.reply_policy !== 'everyone' && p.account_id !== replierId);
    const authors = [
      ...new Set(gated.filter((p) => p.reply_policy === 'following').map((p) => p.account_id)),
    ];
    const mentionPosts = gated.filter((p) => p.reply_policy === 'mentioned').map((p) => p.id);
    const [follows, mentions] = await Promise.all([
      authors.length === 0
        ? []
        : db
            .selectFrom('follows')
            .select('account_id')
            .where('target_account_id', '=', replierId)
            .where('account_id', 'in', authors)
            .execute(),
      mentionPosts.length === 0
        ? []
        : db
            .selectFrom('mentions')
            .select('post_id')
            .where('account_id', '=', replierId)
            .where('post_id', 'in', mentionPosts)
            .execute(),
    ]);
    return {
      followedBy: new Set(follows.map((f) => f.account_id)),
      mentionedIn: new Set(mentions.map((m) => m.post_id)),
    };
  }

  /**
   * May `replierId` reply to `parent`? The parent's own policy and its thread's first post's
   * policy both apply, as a thread's author chose who may join it. The caller has already
   * checked that the replier may see the parent.
   */
  async function mayReply(
    replierId: string,
    parent: ReplyTarget & { thread_root_id: string | null },
  ): Promise<ReplyDecision> {
    const posts: ReplyTarget[] = [parent];
    if (parent.thread_root_id && parent.thread_root_id !== parent.id) {
      const root = await db
        .selectFrom('posts')
        .select(['id', 'account_id', 'reply_policy'])
        .where('id', '=', parent.thread_root_id)
        .executeTakeFirst();
      if (root) posts.push(root);
    }
    const rel = await relationsOf(replierId, posts);
    for (const post of posts) {
      const decision = replyRule(post, {
        replierId,
        followedByAuthor: rel.followedBy.has(post.account_id),
        mentioned: rel.mentionedIn.has(post.id),
      });
      if (decision.kind === 'refused') return decision;
    }
    return { kind: 'allowed' };
  }

  /**
   * Sets `empathie.can_reply` on each status (and on the post a share carries) for the viewer:
   * a fixed number of queries per page whatever its size.
   */
  async function markReplyable(statuses: ReplyableStatus[], viewerId: string | null) {
    const all = statuses.flatMap((s) => (s.reblog ? [s, s.reblog] : [s]));
    // An empty page: PostgreSQL refuses `in ()`, and there is nothing to mark.
    if (all.length === 0) return;
    if (viewerId === null) {
      for (const s of all) s.empathie = { ...s.empathie, can_reply: false };
      return;
    }
    const own: ReplyTarget[] = all.map((s) => ({
      id: s.id,
      account_id: s.account.id,
      reply_policy: s.empathie?.reply_policy ?? 'everyone',
    }));
    const roots = await db
      .selectFrom('posts as p')
      .innerJoin('posts as r', 'r.id', 'p.thread_root_id')
      .select(['p.id as post_id', 'r.id', 'r.account_id', 'r.reply_policy'])
      .where(
        'p.id',
        'in',
        all.map((s) => s.id),
      )
      .where('r.reply_policy', '!=', 'everyone')
      .whereRef('r.id', '!=', 'p.id')
      .execute();
    const rootOf = new Map(roots.map((r) => [r.post_id, r]));
    const rel = await relationsOf(viewerId, [...own, ...roots]);
    const allows = (post: ReplyTarget) =>
      replyRule(post, {
        replierId: viewerId,
        followedByAuthor: rel.followedBy.has(post.account_id),
        mentioned: rel.mentionedIn.has(post.id),
      }).kind === 'allowed';
    all.forEach((s, i) => {
      const root = rootOf.get(s.id);
      const post = own[i] as ReplyTarget;
      s.empathie = { ...s.empathie, can_reply: allows(post) && (!root || allows(root)) };
    });
  }

  /**
   * What becomes of a notification `senderId` would send `recipientId`: the hard rules first
   * (never to oneself, never across a block, never from a muted account, never about a post
   * the recipient cannot see), then the shield, then the recipient's policy for strangers.
   */
  async function reach(input: ReachInput): Promise<ReachDecision> {
    const { recipientId, senderId, postId } = input;
    if (recipientId === senderId) return { kind: 'drop', reason: 'self' };
    const [recipient, sender, blocked, muted] = await Promise.all([
      // Remote accounts are notified through federation, not here.
      db
        .selectFrom('users')
        .select('account_id')
        .where('account_id', '=', recipientId)
        .executeTakeFirst(),
      db
        .selectFrom('accounts')
        .select(['id', 'created_at'])
        .where('id', '=', senderId)
        .executeTakeFirst(),
      blockedEitherWay(recipientId, senderId),
      mutedAmong(db, recipientId, [senderId], { notificationsOnly: true }),
    ]);
    if (!recipient || !sender) return { kind: 'drop', reason: 'not_local' };
    if (blocked) return { kind: 'drop', reason: 'blocked' };
    if (muted.has(senderId)) return { kind: 'drop', reason: 'muted' };
    let visibility = null;
    if (postId !== null) {
      const visible = await db
        .selectFrom('posts as p')
        .select('p.visibility')
        .where('p.id', '=', postId)
        .where(visibleTo(recipientId, 'p'))
        .executeTakeFirst();
      if (!visible) return { kind: 'drop', reason: 'not_visible' };
      visibility = visible.visibility;
    }
    if (deps.shield && (await deps.shield.isHeld(input))) return { kind: 'held' };
    const [policy, permitted, follows] = await Promise.all([
      findNotificationPolicy(db, recipientId),
      isPermitted(db, recipientId, senderId),
      db
        .selectFrom('follows')
        .select(['account_id', 'target_account_id'])
        .where((w) =>
          w.or([
            w.and([w('account_id', '=', recipientId), w('target_account_id', '=', senderId)]),
            w.and([w('account_id', '=', senderId), w('target_account_id', '=', recipientId)]),
          ]),
        )
        .execute(),
    ]);
    const outcome = strangerOutcome(
      policy,
      {
        recipientFollowsSender: follows.some((f) => f.account_id === recipientId),
        senderFollowsRecipient: follows.some((f) => f.account_id === senderId),
        senderCreatedAt: sender.created_at,
        permitted,
        limited: false,
      },
      { type: input.type, visibility },
      clock.now(),
    );
    switch (outcome) {
      case 'accept':
        return { kind: 'deliver' };
      case 'filter':
        return { kind: 'filter' };
      case 'drop':
        return { kind: 'drop', reason: 'notification_policy' };
    }
  }

  return { blockedEitherWay, unmentionable, mayReply, markReplyable, reach };
}
