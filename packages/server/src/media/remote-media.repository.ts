import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MediaRow } from './media.repository.ts';

export type RemoteMediaRepository = ReturnType<typeof remoteMediaRepository>;

/** The SQL of other servers' images (rows of `media_attachments` with a `remote_url`). */
export function remoteMediaRepository(db: Kysely<Database>) {
  return {
    /** A row the image proxy serves, by its random name; deleted rows are unknown. */
    byProxyKey(key: string): Promise<MediaRow | undefined> {
      return db
        .selectFrom('media_attachments')
        .selectAll()
        .where('proxy_key', '=', key)
        .where('remote_url', 'is not', null)
        .where('state', '=', 'ready')
        .executeTakeFirst();
    },

    /**
     * Whether the row's owner (and, for an attachment, its post) still exists and is shown: a
     * deleted remote account's or a deleted post's images are not served, even if a file remains.
     */
    async stillShown(row: MediaRow): Promise<boolean> {
      const owner = await db
        .selectFrom('accounts')
        .select(['deleted_at', 'domain'])
        .where('id', '=', row.account_id)
        .executeTakeFirst();
      if (!owner || owner.deleted_at !== null || owner.domain === null) return false;
      if (row.purpose !== null) return true;
      if (row.post_id === null) return false;
      const post = await db
        .selectFrom('posts')
        .select('id')
        .where('id', '=', row.post_id)
        .executeTakeFirst();
      return post !== undefined;
    },

    /** A remote account's host and the picture addresses its actor document gave. */
    profileOf(accountId: string) {
      return db
        .selectFrom('accounts as a')
        .leftJoin('remote_profiles as r', 'r.account_id', 'a.id')
        .select(['a.domain', 'a.deleted_at', 'r.avatar_url', 'r.header_url'])
        .where('a.id', '=', accountId)
        .executeTakeFirst();
    },

    domainOf: async (accountId: string): Promise<string | null> =>
      (
        await db
          .selectFrom('accounts')
          .select('domain')
          .where('id', '=', accountId)
          .executeTakeFirst()
      )?.domain ?? null,

    /** The current avatar or header row of a remote account, if one was made. */
    picture(accountId: string, purpose: 'avatar' | 'header'): Promise<MediaRow | undefined> {
      return db
        .selectFrom('media_attachments')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('purpose', '=', purpose)
        .where('state', '=', 'ready')
        .orderBy('id', 'desc')
        .executeTakeFirst();
    },

    /** Every image of a remote account still held (pictures and attachments), for a purge. */
    async ofRemoteAccount(executor: Kysely<Database>, accountId: string): Promise<string[]> {
      const rows = await executor
        .selectFrom('media_attachments')
        .select('id')
        .where('account_id', '=', accountId)
        .where('remote_url', 'is not', null)
        .where('state', '!=', 'deleted')
        .execute();
      return rows.map((r) => r.id);
    },
  };
}
