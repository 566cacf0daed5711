import type { Kysely } from 'kysely';
import type { PostRow } from '../api/mastodon/status.serializer.ts';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import { visibleTo } from '../policy/visibility.ts';

type Db = Kysely<Database>;

/** The three lists a person keeps of posts: same shape, same rules. */
export type SavedList = 'bookmarks' | 'favourites' | 'pins';

/**
 * SQL of bookmarks, pins and the favourites list. Every read goes through `visibleTo`: a post
 * kept in a list is shown only while its viewer may still see it (a block, a deletion, a
 * moderation decision or a visibility the viewer lost hides it, never reveals it).
 */
export function savedPostsRepository(db: Db) {
  return {
    async add(
      list: 'bookmarks' | 'pins',
      row: { id: string; accountId: string; postId: string; createdAt: string },
    ) {
      await db
        .insertInto(list)
        .values({
          id: row.id,
          account_id: row.accountId,
          post_id: row.postId,
          created_at: row.createdAt,
        })
        .onConflict((oc) => oc.columns(['account_id', 'post_id']).doNothing())
        .execute();
    },

    async remove(list: 'bookmarks' | 'pins', accountId: string, postId: string): Promise<void> {
      await db
        .deleteFrom(list)
        .where('account_id', '=', accountId)
        .where('post_id', '=', postId)
        .execute();
    },

    async count(list: 'pins', accountId: string): Promise<number> {
      const row = await db
        .selectFrom(list)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** A page of the viewer's own list, newest kept first, paged by the list's own ids. */
    async page(
      list: SavedList,
      viewerId: string,
      page: PageParams,
    ): Promise<Array<PostRow & { cursor: string }>> {
      // The three tables share one shape; Kysely needs one name to type the query.
      const table = list as 'bookmarks';
      const query = db
        .selectFrom(`${table} as s`)
        .innerJoin('posts as p', 'p.id', 's.post_id')
        .selectAll('p')
        .select('s.id as cursor')
        .where('s.account_id', '=', viewerId)
        .where(visibleTo(viewerId, 'p'));
      return finishPage(await applyPage(query, 's.id', page).execute(), page);
    },

    /** An account's pinned posts that this viewer may see, most recently pinned first. */
    pinnedBy(accountId: string, viewerId: string | null): Promise<PostRow[]> {
      return db
        .selectFrom('pins as s')
        .innerJoin('posts as p', 'p.id', 's.post_id')
        .selectAll('p')
        .where('s.account_id', '=', accountId)
        .where('p.account_id', '=', accountId)
        .where(visibleTo(viewerId, 'p'))
        .orderBy('s.id', 'desc')
        .execute();
    },
  };
}

export type SavedPostsRepository = ReturnType<typeof savedPostsRepository>;
