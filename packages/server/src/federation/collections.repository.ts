import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface FollowerRow {
  follow_id: string;
  uri: string;
  domain: string | null;
  inbox_url: string | null;
  shared_inbox_url: string | null;
}

/** Who follows a local account and whom it follows, newest first, by the follow's own id. */
export function collectionsRepository(db: Kysely<Database>) {
  // Counted from the rows the pages are read from, so the total always agrees with the pages.
  async function count(column: 'account_id' | 'target_account_id', accountId: string) {
    const row = await db
      .selectFrom('follows as f')
      .innerJoin(
        'accounts as a',
        'a.id',
        column === 'account_id' ? 'f.target_account_id' : 'f.account_id',
      )
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(`f.${column}`, '=', accountId)
      .where('a.deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
  return {
    countFollowers: (accountId: string) => count('target_account_id', accountId),
    countFollowing: (accountId: string) => count('account_id', accountId),
    /** One page of followers (local and remote) older than `before`. */
    followersPage(accountId: string, before: string | null, limit: number): Promise<FollowerRow[]> {
      let q = db
        .selectFrom('follows as f')
        .innerJoin('accounts as a', 'a.id', 'f.account_id')
        .select(['f.id as follow_id', 'a.uri', 'a.domain', 'a.inbox_url', 'a.shared_inbox_url'])
        .where('f.target_account_id', '=', accountId)
        .where('a.deleted_at', 'is', null);
      if (before) q = q.where('f.id', '<', before);
      return q.orderBy('f.id', 'desc').limit(limit).execute();
    },
    /**
     * Every remote follower, optionally only those whose URI starts with `origin`: what a
     * delivery to "followers" needs (local followers already have the post in their feed).
     */
    remoteFollowers(accountId: string, origin: string | null): Promise<FollowerRow[]> {
      let q = db
        .selectFrom('follows as f')
        .innerJoin('accounts as a', 'a.id', 'f.account_id')
        .select(['f.id as follow_id', 'a.uri', 'a.domain', 'a.inbox_url', 'a.shared_inbox_url'])
        .where('f.target_account_id', '=', accountId)
        .where('a.domain', 'is not', null)
        .where('a.deleted_at', 'is', null);
      if (origin) {
        // A prefix compared as text (no LIKE: its escaping differs between SQLite and PostgreSQL).
        const prefix = `${origin}/`;
        q = q.where(sql<string>`substr(a.uri, 1, ${sql.lit(prefix.length)})`, '=', prefix);
      }
      return q.orderBy('f.id', 'desc').execute();
    },
    followingPage(accountId: string, before: string | null, limit: number) {
      let q = db
        .selectFrom('follows as f')
        .innerJoin('accounts as a', 'a.id', 'f.target_account_id')
        .select(['f.id as follow_id', 'a.uri'])
        .where('f.account_id', '=', accountId)
        .where('a.deleted_at', 'is', null);
      if (before) q = q.where('f.id', '<', before);
      return q.orderBy('f.id', 'desc').limit(limit).execute();
    },
  };
}
