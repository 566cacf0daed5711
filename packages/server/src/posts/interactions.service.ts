import type { Kysely } from 'kysely';
import type { Database, Visibility } from '../db/schema.ts';
import type { OutboundRecorder } from '../federation/outbound-events.ts';
import type { LocalUris } from '../federation/uri.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { canBeShared } from '../policy/visibility.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { HomeFeedService } from '../timelines/home-feed.service.ts';
import {
  bumpAccountStatuses,
  bumpPostCounter,
  findShare,
  findVisiblePost,
  type PostRow,
} from './posts.repository.ts';
import type { PostsService } from './posts.service.ts';

export type InteractionError = { kind: 'not_found' } | { kind: 'not_shareable' };

export type InteractionsService = ReturnType<typeof createInteractionsService>;

/** Favourites and shares: each checks visibility first, is idempotent and keeps counters right. */
export function createInteractionsService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  feed: HomeFeedService;
  notifications: NotificationsService;
  posts: PostsService;
  uris: LocalUris;
  /** Records what other servers must hear of, inside each change's transaction. */
  outbound?: OutboundRecorder;
  /** Told when a share is taken back (live timelines remove it). */
  events?: EventBus;
}) {
  const { db, clock, ids, feed, notifications, posts, uris } = deps;
  const outbound: OutboundRecorder = deps.outbound ?? (async () => {});

  /** The post a favourite or share applies to: a share's original, if visible. */
  async function target(viewerId: string, id: string): Promise<PostRow | undefined> {
    const post = await findVisiblePost(db, id, viewerId);
    if (!post?.reblog_of_id) return post;
    return findVisiblePost(db, post.reblog_of_id, viewerId);
  }

  async function favourite(
    viewerId: string,
    id: string,
  ): Promise<Result<PostRow, InteractionError>> {
    const post = await target(viewerId, id);
    if (!post) return err({ kind: 'not_found' });
    const favouriteId = ids();
    const added = await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('favourites')
        .values({
          id: favouriteId,
          account_id: viewerId,
          post_id: post.id,
          created_at: clock.now().toISOString(),
        })
        .onConflict((oc) => oc.columns(['account_id', 'post_id']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
      await bumpPostCounter(trx, post.id, 'favourites_count', 1);
      await outbound(trx, {
        type: 'favourite.created',
        favouriteId,
        accountId: viewerId,
        postId: post.id,
      });
      return true;
    });
    if (added) {
      await notifications.notify(post.account_id, viewerId, 'favourite', post.id);
    }
    return ok(post);
  }

  async function unfavourite(
    viewerId: string,
    id: string,
  ): Promise<Result<PostRow, InteractionError>> {
    const post = await target(viewerId, id);
    if (!post) return err({ kind: 'not_found' });
    const removed = await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('favourites')
        .select('id')
        .where('account_id', '=', viewerId)
        .where('post_id', '=', post.id)
        .executeTakeFirst();
      if (!row) return false;
      const deleted = await trx
        .deleteFrom('favourites')
        .where('id', '=', row.id)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) return false;
      await bumpPostCounter(trx, post.id, 'favourites_count', -1);
      // The Like's id is the favourite's: the Undo names it, so the row's id travels here.
      await outbound(trx, {
        type: 'favourite.removed',
        favouriteId: row.id,
        accountId: viewerId,
        postId: post.id,
      });
      return true;
    });
    if (removed) {
      await notifications.withdraw(post.account_id, viewerId, 'favourite', post.id);
    }
    return ok(post);
  }

  /**
   * Returns the share (a `posts` row pointing at the original). `remote` is a share that arrived
   * from another server (an Announce): it keeps its own URI and is not ours.
   */
  async function reblog(
    viewerId: string,
    id: string,
    visibility: Visibility = 'public',
    remote?: { uri: string },
  ): Promise<Result<PostRow, InteractionError>> {
    const original = await target(viewerId, id);
    if (!original) return err({ kind: 'not_found' });
    if (!canBeShared(original.visibility)) return err({ kind: 'not_shareable' });
    const existing = await findShare(db, viewerId, original.id);
    if (existing) return ok(existing);
    const sharer = await db
      .selectFrom('accounts')
      .select('username')
      .where('id', '=', viewerId)
      .executeTakeFirstOrThrow();
    const now = clock.now().toISOString();
    const shareId = ids();
    // Ours, from the one URI builder: never cut out of the original's (which may be remote).
    const uri = uris.share(sharer.username, shareId);
    const share: PostRow = {
      ...original,
      id: shareId,
      account_id: viewerId,
      uri: remote?.uri ?? uri,
      url: remote?.uri ?? uri,
      text: '',
      content_html: '',
      spoiler_text: '',
      sensitive: 0,
      // A share can narrow its audience, never widen it.
      visibility:
        visibility === 'unlisted' || original.visibility === 'unlisted' ? 'unlisted' : 'public',
      in_reply_to_id: null,
      in_reply_to_account_id: null,
      reblog_of_id: original.id,
      thread_root_id: null,
      local: remote ? 0 : 1,
      replies_count: 0,
      reblogs_count: 0,
      favourites_count: 0,
      created_at: now,
      edited_at: null,
    };
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('posts').values(share).execute();
      await bumpPostCounter(trx, original.id, 'reblogs_count', 1);
      await bumpAccountStatuses(trx, viewerId, 1, now);
      await feed.postCreated(share, trx);
      await outbound(trx, { type: 'share.created', shareId, accountId: viewerId });
    });
    await notifications.notify(original.account_id, viewerId, 'reblog', original.id);
    return ok(share);
  }

  /**
   * Removes the viewer's share (given the share's id or the original's) and returns the
   * original. The share goes even when the original has become hidden from the viewer (a block
   * since): one can always take back what one shared.
   */
  async function unreblog(
    viewerId: string,
    id: string,
  ): Promise<Result<PostRow, InteractionError>> {
    const named = await db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
    const originalId =
      named?.reblog_of_id && named.account_id === viewerId ? named.reblog_of_id : id;
    const share = await findShare(db, viewerId, originalId);
    if (share) {
      await db.transaction().execute(async (trx) => {
        await posts.removeRow(trx, share);
        await outbound(trx, {
          type: 'share.removed',
          shareId: share.id,
          accountId: viewerId,
          originalId,
          visibility: share.visibility,
        });
      });
      await deps.events?.publish({
        type: 'post.deleted',
        postId: share.id,
        authorId: viewerId,
        visibility: share.visibility,
      });
    }
    const original = await findVisiblePost(db, originalId, viewerId);
    if (share && original) {
      await notifications.withdraw(original.account_id, viewerId, 'reblog', original.id);
    }
    return original && !original.reblog_of_id ? ok(original) : err({ kind: 'not_found' });
  }

  return { favourite, unfavourite, reblog, unreblog, target };
}
