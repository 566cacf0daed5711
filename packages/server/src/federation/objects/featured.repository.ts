import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { localAccountId } from './objects.repository.ts';

/** At most this many pinned posts are listed (Mastodon lets a person pin five). */
export const FEATURED_LIMIT = 20;

/**
 * Ids of the posts a local account pinned that anyone may read (public and unlisted originals,
 * never followers-only or direct: the collection is served to any server), most recently pinned
 * first; null when there is no such local account.
 */
export async function featuredPostIds(
  db: Kysely<Database>,
  username: string,
): Promise<string[] | null> {
  const actorId = await localAccountId(db, username);
  if (actorId === undefined) return null;
  const rows = await db
    .selectFrom('pins as s')
    .innerJoin('posts as p', 'p.id', 's.post_id')
    .select('p.id')
    .where('s.account_id', '=', actorId)
    .where('p.account_id', '=', actorId)
    .where('p.local', '=', 1)
    .where('p.reblog_of_id', 'is', null)
    .where('p.visibility', 'in', ['public', 'unlisted'])
    .orderBy('s.id', 'desc')
    .limit(FEATURED_LIMIT)
    .execute();
  return rows.map((r) => r.id);
}
