import { type Expression, type Kysely, type Selectable, sql } from 'kysely';
import type { AccountTable, Database, PostTable } from '../db/schema.ts';
import { visibleTo } from '../policy/visibility.ts';

export type Db = Kysely<Database>;
export type PostRow = Selectable<PostTable>;
export type AccountRow = Selectable<AccountTable>;

/** The post if it exists and the viewer may see it (the one door for "by id"). */
export function findVisiblePost(
  db: Db,
  id: string,
  viewerId: string | null,
): Promise<PostRow | undefined> {
  return db
    .selectFrom('posts as p')
    .selectAll('p')
    .where('p.id', '=', id)
    .where(visibleTo(viewerId, 'p'))
    .executeTakeFirst();
}

export function findPost(db: Db, id: string): Promise<PostRow | undefined> {
  return db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Local accounts named in a post (`@name` or `@name@ourdomain`), by lower-case username. */
export async function findLocalAccountsByUsername(
  db: Db,
  usernames: string[],
): Promise<AccountRow[]> {
  if (usernames.length === 0) return [];
  return db
    .selectFrom('accounts')
    .selectAll()
    .where('username_key', 'in', usernames)
    .where('domain', 'is', null)
    .execute();
}

/** Remote accounts already known, named `@name@host` in a post. */
export async function findRemoteAccountsByRef(
  db: Db,
  refs: Array<{ username: string; domain: string | null }>,
): Promise<AccountRow[]> {
  const wanted = refs.filter((r) => r.domain !== null);
  if (wanted.length === 0) return [];
  const rows = await db
    .selectFrom('accounts')
    .selectAll()
    .where(
      'username_key',
      'in',
      wanted.map((r) => r.username),
    )
    .where('domain', 'is not', null)
    .where('deleted_at', 'is', null)
    .execute();
  const keys = new Set(wanted.map((r) => `${r.username}@${r.domain}`));
  return rows.filter((a) => keys.has(`${a.username_key}@${(a.domain ?? '').toLowerCase()}`));
}

export function findAccountsByIds(db: Db, ids: string[]): Promise<AccountRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('accounts').selectAll().where('id', 'in', ids).execute();
}

export async function userDefaults(db: Db, accountId: string) {
  return db
    .selectFrom('users')
    .select(['default_visibility', 'default_language', 'default_sensitive', 'default_reply_policy'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/** Finds or creates each tag (case-insensitive name) and returns their ids. */
export async function upsertTags(
  db: Db,
  tags: Array<{ name: string; display: string }>,
  newId: () => string,
  now: string,
): Promise<string[]> {
  if (tags.length === 0) return [];
  await db
    .insertInto('tags')
    .values(
      tags.map((t) => ({ id: newId(), name: t.name, display_name: t.display, created_at: now })),
    )
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const rows = await db
    .selectFrom('tags')
    .select('id')
    .where(
      'name',
      'in',
      tags.map((t) => t.name),
    )
    .execute();
  return rows.map((r) => r.id);
}

export async function replaceMentionsAndTags(
  db: Db,
  postId: string,
  mentionIds: string[],
  tagIds: string[],
): Promise<void> {
  await db.deleteFrom('mentions').where('post_id', '=', postId).execute();
  await db.deleteFrom('post_tags').where('post_id', '=', postId).execute();
  if (mentionIds.length > 0) {
    await db
      .insertInto('mentions')
      .values(mentionIds.map((account_id) => ({ post_id: postId, account_id })))
      .execute();
  }
  if (tagIds.length > 0) {
    await db
      .insertInto('post_tags')
      .values(tagIds.map((tag_id) => ({ post_id: postId, tag_id })))
      .execute();
  }
}

export async function bumpAccountStatuses(
  db: Db,
  accountId: string,
  delta: 1 | -1,
  now: string | null,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set((eb) => ({
      statuses_count: clampedAdd(eb.ref('statuses_count'), delta),
      ...(now ? { last_status_at: now } : {}),
    }))
    .where('id', '=', accountId)
    .execute();
}

// Portable "never below zero" (SQLite's scalar max() is an aggregate on PostgreSQL).
function clampedAdd(column: Expression<number>, delta: number) {
  return sql<number>`case when ${column} + ${delta} < 0 then 0 else ${column} + ${delta} end`;
}

type Counter = 'replies_count' | 'reblogs_count' | 'favourites_count';

export async function bumpPostCounter(
  db: Db,
  postId: string,
  counter: Counter,
  delta: 1 | -1,
): Promise<void> {
  await db
    .updateTable('posts')
    .set((eb) => ({ [counter]: clampedAdd(eb.ref(counter), delta) }))
    .where('id', '=', postId)
    .execute();
}

/** The viewer's share of a post, if any. */
export function findShare(db: Db, accountId: string, postId: string) {
  return db
    .selectFrom('posts')
    .selectAll()
    .where('reblog_of_id', '=', postId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/**
 * Deletes a post and everything that hangs off it. Mentions, tags, favourites and edits go by
 * cascade; the feed, notifications and search rows are removed explicitly (no foreign key, or
 * an FTS table that has none).
 */
export async function deletePostRows(db: Db, postId: string): Promise<void> {
  await db.deleteFrom('home_feed').where('post_id', '=', postId).execute();
  await db.deleteFrom('notifications').where('post_id', '=', postId).execute();
  await db.deleteFrom('post_search').where('post_id', '=', postId).execute();
  await db.deleteFrom('idempotency_keys').where('post_id', '=', postId).execute();
  await db.deleteFrom('posts').where('id', '=', postId).execute();
}
