import type { Kysely } from 'kysely';
import type { Database, Visibility } from '../../db/schema.ts';
import type { AccountRef } from '../outbound-activities.ts';

type Db = Kysely<Database>;

/** A local post (or share) as the object dispatchers serve it. */
export interface ServedPost {
  id: string;
  account_id: string;
  visibility: Visibility;
  reblog_of_id: string | null;
  created_at: string;
}

/**
 * The local post `id` of the local account `username` (exactly as stored), or nothing: a path
 * naming someone else's post, a remote post or a deleted author finds nothing.
 */
export function servedPost(db: Db, username: string, id: string): Promise<ServedPost | undefined> {
  return db
    .selectFrom('posts as p')
    .innerJoin('accounts as a', 'a.id', 'p.account_id')
    .select(['p.id', 'p.account_id', 'p.visibility', 'p.reblog_of_id', 'p.created_at'])
    .where('p.id', '=', id)
    .where('p.local', '=', 1)
    .where('a.username', '=', username)
    .where('a.domain', 'is', null)
    .where('a.deleted_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Whether the actor that signed a fetch may read a followers-only or direct post: a follower of
 * the author for the first, someone the post names for the second. Neither if the author blocks
 * them (a block also ends the follow, this is belt and braces).
 */
export async function fetcherMay(db: Db, post: ServedPost, actorUri: string): Promise<boolean> {
  const fetcher = await db
    .selectFrom('accounts')
    .select('id')
    .where('uri', '=', actorUri)
    .executeTakeFirst();
  if (!fetcher) return false;
  if (post.visibility === 'private') {
    const follows = await db
      .selectFrom('follows')
      .select('id')
      .where('account_id', '=', fetcher.id)
      .where('target_account_id', '=', post.account_id)
      .executeTakeFirst();
    return follows !== undefined;
  }
  if (post.visibility === 'direct') {
    const named = await db
      .selectFrom('mentions')
      .select('account_id')
      .where('post_id', '=', post.id)
      .where('account_id', '=', fetcher.id)
      .executeTakeFirst();
    return named !== undefined;
  }
  return true;
}

/** A post's URI and its author, as an Announce of it names them. */
export async function authorOf(
  db: Db,
  postId: string,
): Promise<{ uri: string; author: AccountRef } | undefined> {
  const row = await db
    .selectFrom('posts as p')
    .innerJoin('accounts as a', 'a.id', 'p.account_id')
    .select([
      'p.uri as post_uri',
      'a.id',
      'a.username',
      'a.domain',
      'a.uri',
      'a.inbox_url',
      'a.shared_inbox_url',
    ])
    .where('p.id', '=', postId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    uri: row.post_uri,
    author: {
      id: row.id,
      username: row.username,
      domain: row.domain,
      uri: row.uri,
      inboxUrl: row.inbox_url,
      sharedInboxUrl: row.shared_inbox_url,
    },
  };
}

function outboxQuery(db: Db, username: string) {
  return db
    .selectFrom('posts as p')
    .innerJoin('accounts as a', 'a.id', 'p.account_id')
    .where('a.username', '=', username)
    .where('a.domain', 'is', null)
    .where('a.deleted_at', 'is', null)
    .where('p.local', '=', 1)
    .where('p.reblog_of_id', 'is', null)
    .where('p.visibility', 'in', ['public', 'unlisted']);
}

/** The id of a live local account by its username (the `{identifier}` of our actor URIs). */
export async function localAccountId(db: Db, username: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('accounts')
    .select('id')
    .where('username', '=', username)
    .where('domain', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

/** Ids of a page of the outbox (public and unlisted originals), newest first; null: no such actor. */
export async function outboxPage(
  db: Db,
  username: string,
  before: string | null,
  limit: number,
): Promise<string[] | null> {
  if ((await localAccountId(db, username)) === undefined) return null;
  let query = outboxQuery(db, username).select('p.id');
  if (before) query = query.where('p.id', '<', before);
  const rows = await query.orderBy('p.id', 'desc').limit(limit).execute();
  return rows.map((r) => r.id);
}

export async function outboxSize(db: Db, username: string): Promise<number | null> {
  const row = await outboxQuery(db, username)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return row ? Number(row.n) : null;
}
