import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { idAtTime } from '../shared/ids.ts';

type Db = Kysely<Database>;

/**
 * Counts for the instance's public figures. Posts are counted by id range (ids are time-ordered,
 * so the primary key serves the range): no scan of all posts on a request path.
 */
export function instanceActivityRepository(db: Db) {
  return {
    async postsBetween(from: Date, to: Date): Promise<number> {
      const row = await db
        .selectFrom('posts')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('id', '>=', idAtTime(from))
        .where('id', '<', idAtTime(to))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The servers this one knows people on (Mastodon's peers), sorted. */
    async knownDomains(): Promise<string[]> {
      const rows = await db
        .selectFrom('accounts')
        .select('domain')
        .distinct()
        .where('domain', 'is not', null)
        .orderBy('domain')
        .execute();
      return rows.flatMap((r) => (r.domain ? [r.domain] : []));
    },

    async localSignUpsBetween(from: Date, to: Date): Promise<number> {
      const row = await db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('domain', 'is', null)
        // Account ids are time-ordered too.
        .where('id', '>=', idAtTime(from))
        .where('id', '<', idAtTime(to))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * Local accounts that posted since `since` (NodeInfo's "active" users): a pass over the
     * accounts, which is why the routes keep the answer for an hour.
     */
    async localPostersSince(since: Date): Promise<number> {
      const row = await db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('domain', 'is', null)
        .where('deleted_at', 'is', null)
        .where('last_status_at', '>=', since.toISOString())
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type InstanceActivityRepository = ReturnType<typeof instanceActivityRepository>;
