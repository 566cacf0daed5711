import type { Kysely } from 'kysely';
import type { Database, Visibility } from '../db/schema.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { canBeShared } from '../policy/visibility.ts';
import type { Clock } from '../shared/clock.ts';
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
}) {
  const { db, clock, ids, feed, notifications, posts } = deps;

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
    const inserted = await db
      .insertInto('favourites')
      .values({
        id: ids(),
        account_id: viewerId,
        post_id: post.id,
        created_at: clock.now().toISOString(),
      })
      .onConflict((oc) => oc.columns(['account_id', 'post_id']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
      await bumpPostCounter(db, post.id, 'favourites_count', 1);
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
    const deleted = await db
      .deleteFrom('favourites')
      .where('account_id', '=', viewerId)
      .where('post_id', '=', post.id)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) > 0) {
      await bumpPostCounter(db, post.id, 'favourites_count', -1);
      await notifications.withdraw(post.account_id, viewerId, 'favourite', post.id);
    }
    return ok(post);
  }

  /** Returns the share (a `posts` row pointing at the original). */
  async function reblog(
    viewerId: string,
    id: string,
    visibility: Visibility = 'public',
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
    const uri = `${original.uri.split('/users/')[0]}/users/${sharer.username}/statuses/${shareId}/activity`;
    const share: PostRow = {
      ...original,
      id: shareId,
      account_id: viewerId,
      uri,
      url: uri,
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
      local: 1,
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
      await db.transaction().execute((trx) => posts.removeRow(trx, share));
    }
    const original = await findVisiblePost(db, originalId, viewerId);
    if (share && original) {
      await notifications.withdraw(original.account_id, viewerId, 'reblog', original.id);
    }
    return original && !original.reblog_of_id ? ok(original) : err({ kind: 'not_found' });
  }

  return { favourite, unfavourite, reblog, unreblog, target };
}
