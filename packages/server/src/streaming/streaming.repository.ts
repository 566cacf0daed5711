import type { Kysely } from 'kysely';
import type { PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import { listsRepository } from '../lists/lists.repository.ts';
import { findNotification } from '../notifications/notifications.repository.ts';
import { findPost, findVisiblePost, type PostRow } from '../posts/posts.repository.ts';
import { homePage, publicPage, tagPage } from '../timelines/timelines.repository.ts';

type Db = Kysely<Database>;

/**
 * Whether one post belongs on a live stream for a viewer is asked of the very queries the REST
 * timelines page with, narrowed to that one post: a page bounded just around its id. So a live
 * update shows exactly what a refresh would (visibility, blocks, mutes, the shield, moderation,
 * a list's reply rule), with no second copy of those rules to drift apart.
 */
function around(postId: string): PageParams {
  const id = BigInt(postId);
  const width = postId.length;
  return {
    sinceId: (id - 1n).toString().padStart(width, '0'),
    maxId: (id + 1n).toString().padStart(width, '0'),
    limit: 1,
  };
}

/** Ids are the time-sortable digits of `shared/ids.ts`; anything else is matched by nothing. */
const isId = (id: string) => /^[0-9]{1,20}$/.test(id);

const CHUNK = 500;

export function streamingRepository(db: Db) {
  const lists = listsRepository(db);
  return {
    db,
    post: (postId: string) => (isId(postId) ? findPost(db, postId) : Promise.resolve(undefined)),

    async inHome(viewerId: string, postId: string): Promise<PostRow | undefined> {
      if (!isId(postId)) return undefined;
      return (await homePage(db, viewerId, around(postId)))[0];
    },

    async inPublic(
      viewerId: string | null,
      postId: string,
      local: boolean,
    ): Promise<PostRow | undefined> {
      if (!isId(postId)) return undefined;
      return (await publicPage(db, viewerId, { local, remote: false }, around(postId)))[0];
    },

    async inTag(
      viewerId: string | null,
      postId: string,
      tag: string,
      local: boolean,
    ): Promise<PostRow | undefined> {
      if (!isId(postId)) return undefined;
      return (await tagPage(db, viewerId, tag, { local, remote: false }, around(postId)))[0];
    },

    async inList(ownerId: string, listId: string, postId: string): Promise<PostRow | undefined> {
      if (!isId(postId)) return undefined;
      const list = await lists.find(ownerId, listId);
      if (!list) return undefined;
      return (await lists.timeline(list, around(postId)))[0];
    },

    /** A direct post the viewer takes part in (author or mentioned). */
    async direct(viewerId: string, postId: string): Promise<PostRow | undefined> {
      const post = await findVisiblePost(db, postId, viewerId);
      return post?.visibility === 'direct' ? post : undefined;
    },

    /** Whether the person owns the list (checked at subscription: no peeking at others' lists). */
    async ownsList(ownerId: string, listId: string): Promise<boolean> {
      return (await lists.find(ownerId, listId)) !== undefined;
    },

    /** Of `readerIds`, those whose home feed holds the post (written by the fan-out). */
    async homeReaders(postId: string, readerIds: string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (let i = 0; i < readerIds.length; i += CHUNK) {
        const rows = await db
          .selectFrom('home_feed')
          .select('account_id')
          .where('post_id', '=', postId)
          .where('account_id', 'in', readerIds.slice(i, i + CHUNK))
          .execute();
        for (const r of rows) found.add(r.account_id);
      }
      return found;
    },

    /** Of `readerIds`, those who follow `authorId`: they may hold a deleted post in view. */
    async followersAmong(authorId: string, readerIds: string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (let i = 0; i < readerIds.length; i += CHUNK) {
        const rows = await db
          .selectFrom('follows')
          .select('account_id')
          .where('target_account_id', '=', authorId)
          .where('account_id', 'in', readerIds.slice(i, i + CHUNK))
          .execute();
        for (const r of rows) found.add(r.account_id);
      }
      return found;
    },

    /** The recipient's notification, as their list shows it (none if since dismissed). */
    notification(recipientId: string, notificationId: string) {
      return findNotification(db, recipientId, notificationId);
    },
  };
}

export type StreamingRepository = ReturnType<typeof streamingRepository>;
