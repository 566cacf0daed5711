import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The counts a remote server published; a count it did not give (or we could not read) is absent. */
export interface RemoteCounts {
  followers?: number | undefined;
  following?: number | undefined;
  statuses?: number | undefined;
}

/** SQL of what we keep from a remote account's collections: its counts and its pinned posts. */
export function remoteCollectionsRepository(db: Kysely<Database>) {
  return {
    async collectionsFetchedAt(accountId: string): Promise<string | null> {
      const row = await db
        .selectFrom('remote_profiles')
        .select('collections_fetched_at')
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row?.collections_fetched_at ?? null;
    },

    async markCollectionsFetched(accountId: string, now: string): Promise<void> {
      await db
        .updateTable('remote_profiles')
        .set({ collections_fetched_at: now })
        .where('account_id', '=', accountId)
        .execute();
    },

    /** Stores the counts that were read; the others keep their previous value. Remote rows only. */
    async saveCounts(accountId: string, counts: RemoteCounts): Promise<void> {
      const set: { followers_count?: number; following_count?: number; statuses_count?: number } =
        {};
      if (counts.followers !== undefined) set.followers_count = counts.followers;
      if (counts.following !== undefined) set.following_count = counts.following;
      if (counts.statuses !== undefined) set.statuses_count = counts.statuses;
      if (Object.keys(set).length === 0) return;
      await db
        .updateTable('accounts')
        .set(set)
        .where('id', '=', accountId)
        .where('domain', 'is not', null)
        .execute();
    },

    /**
     * Makes the remote account's pins exactly `postIds` (most recently pinned first), each one a
     * post of that account: what its server lists now, so an unpin there is an unpin here.
     */
    async replacePins(
      accountId: string,
      postIds: string[],
      newId: () => string,
      now: string,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const own = postIds.length
          ? await trx
              .selectFrom('posts')
              .select('id')
              .where('id', 'in', postIds)
              .where('account_id', '=', accountId)
              .execute()
          : [];
        const owned = new Set(own.map((r) => r.id));
        await trx.deleteFrom('pins').where('account_id', '=', accountId).execute();
        // Pins list newest first by their own id: the last of the list gets the smallest id.
        for (const postId of [...postIds].reverse()) {
          if (!owned.has(postId)) continue;
          await trx
            .insertInto('pins')
            .values({ id: newId(), account_id: accountId, post_id: postId, created_at: now })
            .onConflict((oc) => oc.columns(['account_id', 'post_id']).doNothing())
            .execute();
        }
      });
    },
  };
}

export type RemoteCollectionsRepository = ReturnType<typeof remoteCollectionsRepository>;
