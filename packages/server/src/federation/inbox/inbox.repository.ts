import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

/** A local account by its actor URI (the object of a Follow, a Block, a mention). */
export async function localAccountByUri(db: Db, uri: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('accounts')
    .select('id')
    .where('uri', '=', uri)
    .where('domain', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

/** Accounts this instance knows (local or remote) among the given actor URIs. */
export async function accountIdsByUris(db: Db, uris: string[]): Promise<string[]> {
  if (uris.length === 0) return [];
  const rows = await db
    .selectFrom('accounts')
    .select('id')
    .where('uri', 'in', uris)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

export function postByUri(db: Db, uri: string) {
  return db
    .selectFrom('posts')
    .select(['id', 'account_id', 'reblog_of_id', 'local'])
    .where('uri', '=', uri)
    .executeTakeFirst();
}

/**
 * Whether a new remote post concerns anyone here: its author is followed by one of our people,
 * or it names one of them. Anything else is not stored (nobody asked for it).
 */
export async function concernsUs(db: Db, authorId: string, mentionIds: string[]): Promise<boolean> {
  const followed = await db
    .selectFrom('follows as f')
    .innerJoin('accounts as a', 'a.id', 'f.account_id')
    .select('f.id')
    .where('f.target_account_id', '=', authorId)
    .where('a.domain', 'is', null)
    .limit(1)
    .executeTakeFirst();
  if (followed) return true;
  if (mentionIds.length === 0) return false;
  const local = await db
    .selectFrom('accounts')
    .select('id')
    .where('id', 'in', mentionIds)
    .where('domain', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return local !== undefined;
}

/** Pending requests of our people to follow a remote account, with the follower's username. */
export function pendingRequestsTo(db: Db, targetId: string) {
  return db
    .selectFrom('follow_requests as r')
    .innerJoin('accounts as a', 'a.id', 'r.account_id')
    .select(['r.id', 'r.account_id', 'a.username', 'a.uri'])
    .where('r.target_account_id', '=', targetId)
    .where('a.domain', 'is', null)
    .execute();
}

/** Marks a remote account gone (its server said `Delete` of the actor): hidden from everyone. */
export async function markRemoteAccountDeleted(db: Db, id: string, now: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ deleted_at: now })
    .where('id', '=', id)
    .where('domain', 'is not', null)
    .execute();
}

/** The followers collection a remote account's actor document gave (remote_profiles, FED 0022). */
export async function followersUrlOf(db: Db, accountId: string): Promise<string | null> {
  const row = await db
    .selectFrom('remote_profiles')
    .select('followers_url')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row?.followers_url ?? null;
}
