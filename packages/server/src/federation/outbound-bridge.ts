import { type Context, Delete, Update } from '@fedify/fedify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import type { ActorKeyPair } from './actor-keys.repository.ts';
import { localActor } from './actors.ts';
import { flagActivity } from './flag-activity.ts';
import { findLocalPost, loadNoteSource, mentionedIds } from './objects/note.repository.ts';
import {
  type AccountRef,
  announceActivity,
  blockActivity,
  deleteActivity,
  followActivity,
  followAnswer,
  likeActivity,
  type Outgoing,
  postActivity,
} from './outbound-activities.ts';
import { OUTBOUND_QUEUE, type OutboundEvent } from './outbound-events.ts';
import { pollOutgoing } from './poll-outbound.ts';
import { replyRejection } from './reply-rejection.ts';
import type { LocalUris } from './uri.ts';

type Db = Kysely<Database>;

export interface OutboundBridgeDeps {
  db: Db;
  ids: IdGenerator;
  logger: Logger;
  uris: LocalUris;
  localDomain: string;
  /** A Fedify context outside any request (federation.module.ts). */
  context: () => Context<void>;
  /** An actor's key pairs as stored, none generated (a deleted account's, before erasure). */
  storedKeys?: (accountId: string) => Promise<ActorKeyPair[]>;
}

/** Accounts by id, as the bridge addresses them. */
async function accountsByIds(db: Db, ids: string[]): Promise<AccountRef[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'username', 'domain', 'uri', 'inbox_url', 'shared_inbox_url'])
    .where('id', 'in', unique)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    domain: r.domain,
    uri: r.uri,
    inboxUrl: r.inbox_url,
    sharedInboxUrl: r.shared_inbox_url,
  }));
}

/**
 * THE one place where changes become activities (ADR 0019): services record an OutboundEvent in
 * their transaction (outbound-events.ts), the job queue runs this bridge, which reads what it
 * needs, maps it (outbound-activities.ts, pure) and hands it to Fedify's `sendActivity`, whose
 * queue delivers. Only local actors send; only remote actors receive; anything else is a no-op.
 * A job that throws is retried by the job queue, so every mapping is idempotent (stable ids).
 */
export function createOutboundBridge(deps: OutboundBridgeDeps) {
  const { db, ids, uris } = deps;

  async function pair(aId: string, bId: string) {
    const found = await accountsByIds(db, [aId, bId]);
    return [found.find((a) => a.id === aId), found.find((a) => a.id === bId)] as const;
  }

  /** The activity for one event, or null when no remote server needs to hear of it. */
  async function outgoingFor(event: OutboundEvent): Promise<Outgoing | null> {
    switch (event.type) {
      case 'post.created':
      case 'post.edited': {
        const source = await loadNoteSource(db, event.postId, uris, deps.localDomain);
        const post = await findLocalPost(db, event.postId);
        if (!source || !post) return null;
        const audience = await accountsByIds(db, [
          ...(await mentionedIds(db, post.id)),
          // The replied-to author hears of a reply, unless it is direct and does not name them.
          ...(post.in_reply_to_account_id && post.visibility !== 'direct'
            ? [post.in_reply_to_account_id]
            : []),
        ]);
        const kind = event.type === 'post.created' ? 'create' : 'update';
        return postActivity(kind, source, audience, uris, `update-${ids()}`);
      }
      case 'post.deleted': {
        const [author] = await accountsByIds(db, [event.authorId]);
        if (!author || author.domain !== null) return null;
        const audience = await accountsByIds(db, event.audienceIds);
        return deleteActivity(
          author.username,
          event.uri,
          event.visibility,
          audience,
          uris,
          `delete-${event.postId}`,
        );
      }
      case 'favourite.created':
      case 'favourite.removed': {
        const post = await db
          .selectFrom('posts')
          .select(['uri', 'account_id'])
          .where('id', '=', event.postId)
          .executeTakeFirst();
        if (!post) return null;
        const [liker, author] = await pair(event.accountId, post.account_id);
        if (!liker || liker.domain !== null || !author || author.domain === null) return null;
        const undo = event.type === 'favourite.removed' ? { activityId: `undo-${ids()}` } : null;
        return likeActivity(
          liker.username,
          event.favouriteId,
          { uri: post.uri, author },
          uris,
          undo,
        );
      }
      case 'share.created':
      case 'share.removed': {
        const share =
          event.type === 'share.created'
            ? await db
                .selectFrom('posts')
                .select(['id', 'visibility', 'created_at', 'reblog_of_id'])
                .where('id', '=', event.shareId)
                .executeTakeFirst()
            : {
                id: event.shareId,
                visibility: event.visibility,
                created_at: new Date().toISOString(),
                reblog_of_id: event.originalId,
              };
        if (!share?.reblog_of_id) return null;
        const original = await db
          .selectFrom('posts')
          .select(['uri', 'account_id'])
          .where('id', '=', share.reblog_of_id)
          .executeTakeFirst();
        if (!original) return null;
        const [sharer, author] = await pair(event.accountId, original.account_id);
        if (!sharer || sharer.domain !== null || !author) return null;
        const undo = event.type === 'share.removed' ? { activityId: `undo-${ids()}` } : null;
        return announceActivity(
          sharer.username,
          { id: share.id, visibility: share.visibility, createdAt: share.created_at },
          { uri: original.uri, author },
          uris,
          undo,
        );
      }
      case 'follow.requested':
      case 'follow.withdrawn': {
        const [follower, target] = await pair(event.followerId, event.targetId);
        if (!follower || follower.domain !== null || !target || target.domain === null) return null;
        return event.type === 'follow.requested'
          ? followActivity(follower.username, event.relationId, target, uris, null)
          : followActivity(follower.username, null, target, uris, { activityId: `undo-${ids()}` });
      }
      case 'follow.accepted':
      case 'follow.rejected': {
        const [follower, target] = await pair(event.followerId, event.targetId);
        if (!target || target.domain !== null || !follower || follower.domain === null) return null;
        return followAnswer(
          event.type === 'follow.accepted' ? 'accept' : 'reject',
          target.username,
          follower,
          event.followUri,
          uris,
          `${event.type === 'follow.accepted' ? 'accept' : 'reject'}-${ids()}`,
        );
      }
      case 'block.created':
      case 'block.removed': {
        const [blocker, target] = await pair(event.accountId, event.targetId);
        if (!blocker || blocker.domain !== null || !target || target.domain === null) return null;
        return blockActivity(blocker.username, target, uris, {
          block: `block-${ids()}`,
          undo: event.type === 'block.removed' ? `undo-${ids()}` : null,
        });
      }
      case 'report.forwarded':
        return forwardedReport(event.reportId);
      case 'reply.rejected': {
        const [author, replier] = await pair(event.authorId, event.replierId);
        if (!author || author.domain !== null || !replier || replier.domain === null) return null;
        const parent = await db
          .selectFrom('posts')
          .select('uri')
          .where('id', '=', event.parentId)
          .executeTakeFirst();
        return replyRejection(
          author.username,
          replier,
          { uri: event.replyUri, inReplyToUri: parent?.uri ?? null },
          uris,
        );
      }
      case 'poll.updated':
      case 'poll.voted':
        return pollOutgoing({ ...deps, accountsByIds: (list) => accountsByIds(db, list) }, event);
      case 'account.updated':
        return null; // sent by `updateActor` below: the actor needs its keys from Fedify
      case 'account.deleted':
        return null; // sent by `deleteActor` below: the account is gone for Fedify's dispatchers
      default: {
        const unexpected: never = event;
        throw new Error(`unknown outbound event ${JSON.stringify(unexpected)}`);
      }
    }
  }

  /** The `Flag` for a report to forward, if it names a remote account (flag-activity.ts). */
  async function forwardedReport(reportId: string): Promise<Outgoing | null> {
    const report = await db
      .selectFrom('reports')
      .select(['id', 'target_account_id', 'status_ids', 'comment'])
      .where('id', '=', reportId)
      .executeTakeFirst();
    if (!report) return null;
    const [target] = await accountsByIds(db, [report.target_account_id]);
    if (!target || target.domain === null) return null;
    const postIds = report.status_ids ? report.status_ids.split(',') : [];
    const posts =
      postIds.length === 0
        ? []
        : await db
            .selectFrom('posts')
            .select('uri')
            .where('id', 'in', postIds)
            .where('account_id', '=', target.id)
            .execute();
    return flagActivity(
      { id: report.id, comment: report.comment, postUris: posts.map((p) => p.uri) },
      target,
      uris,
    );
  }

  /** `Update` of a local actor's profile, to its followers. */
  async function updateActor(accountId: string): Promise<void> {
    const row = await db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', accountId)
      .where('domain', 'is', null)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row || !(await hasRemoteFollowers(row.username))) return;
    const ctx = deps.context();
    const actor = localActor(row, uris, await ctx.getActorKeyPairs(row.username));
    await ctx.sendActivity(
      { identifier: row.username },
      'followers',
      new Update({
        id: new URL(uris.activity(row.username, `profile-${ids()}`)),
        actor: new URL(uris.actor(row.username)),
        object: actor,
        to: new URL(uris.followers(row.username)),
      }),
      { preferSharedInbox: true },
    );
  }

  /**
   * `Delete` of a local actor who deleted their account, to the servers of their remote followers,
   * signed with the keys they still hold (the erasure removes keys and follows a month later).
   * Fedify's dispatchers no longer know a deleted account, so keys and inboxes are read here.
   */
  async function deleteActor(accountId: string): Promise<void> {
    const row = await db
      .selectFrom('accounts')
      .select(['id', 'username'])
      .where('id', '=', accountId)
      .where('domain', 'is', null)
      .where('deleted_at', 'is not', null)
      .executeTakeFirst();
    if (!row || !deps.storedKeys) return;
    const followers = await db
      .selectFrom('follows as f')
      .innerJoin('accounts as a', 'a.id', 'f.account_id')
      .select(['a.uri', 'a.inbox_url', 'a.shared_inbox_url'])
      .where('f.target_account_id', '=', accountId)
      .where('a.domain', 'is not', null)
      .execute();
    const recipients = followers.flatMap((f) =>
      f.inbox_url
        ? [
            {
              id: new URL(f.uri),
              inboxId: new URL(f.inbox_url),
              endpoints: { sharedInbox: f.shared_inbox_url ? new URL(f.shared_inbox_url) : null },
            },
          ]
        : [],
    );
    const pairs = await deps.storedKeys(accountId);
    if (recipients.length === 0 || pairs.length === 0) return;
    const actor = uris.actor(row.username);
    // Fedify names an actor's keys this way: the first `#main-key`, then `#key-2`…
    const senders = pairs.map((pair, i) => ({
      keyId: new URL(i === 0 ? '#main-key' : `#key-${i + 1}`, actor),
      privateKey: pair.privateKey,
    }));
    await deps.context().sendActivity(
      senders,
      recipients,
      new Delete({
        id: new URL(`${actor}#delete`),
        actor: new URL(actor),
        object: new URL(actor),
        to: new URL('https://www.w3.org/ns/activitystreams#Public'),
      }),
      { preferSharedInbox: true },
    );
  }

  /**
   * Whether a local account has a follower on another server: most posts of most instances have
   * none, and then nothing is built or signed (no key pair is even made).
   */
  async function hasRemoteFollowers(username: string): Promise<boolean> {
    const row = await db
      .selectFrom('follows as f')
      .innerJoin('accounts as target', 'target.id', 'f.target_account_id')
      .innerJoin('accounts as follower', 'follower.id', 'f.account_id')
      .select('f.id')
      .where('target.username', '=', username)
      .where('target.domain', 'is', null)
      .where('follower.domain', 'is not', null)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async function send(outgoing: Outgoing): Promise<void> {
    const toFollowers = outgoing.toFollowers && (await hasRemoteFollowers(outgoing.sender));
    if (!toFollowers && outgoing.recipients.length === 0) return;
    const ctx = deps.context();
    const sender = { identifier: outgoing.sender };
    if (toFollowers) {
      await ctx.sendActivity(sender, 'followers', outgoing.activity, { preferSharedInbox: true });
    }
    if (outgoing.recipients.length > 0) {
      await ctx.sendActivity(sender, outgoing.recipients, outgoing.activity, {
        preferSharedInbox: true,
      });
    }
  }

  async function handle(payload: unknown): Promise<void> {
    const event = payload as OutboundEvent;
    if (event.type === 'account.updated') return updateActor(event.accountId);
    if (event.type === 'account.deleted') return deleteActor(event.accountId);
    const outgoing = await outgoingFor(event);
    if (outgoing) await send(outgoing);
  }

  return { handle, outgoingFor };
}

/** Registers the bridge on the job queue (the composition root calls it once). */
export function registerOutboundBridge(
  jobs: { register(queue: string, handler: (payload: unknown) => Promise<void>): void },
  bridge: ReturnType<typeof createOutboundBridge>,
): void {
  jobs.register(OUTBOUND_QUEUE, bridge.handle);
}
