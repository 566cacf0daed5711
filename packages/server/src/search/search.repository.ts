import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type Selectable,
  sql,
} from 'kysely';
import type { Dialect } from '../db/database.ts';
import type { AccountTable, Database, PostTable } from '../db/schema.ts';
import { notSuspended } from '../moderation/moderation.policy.ts';
import { notBlockedWith, notMutedBy } from '../policy/relations.sql.ts';
import { visibleTo } from '../policy/visibility.ts';

type Db = Kysely<Database>;

/** Replaces the indexed terms of a post (create and edit). */
export async function indexPost(db: Db, postId: string, terms: string): Promise<void> {
  await db.deleteFrom('post_search').where('post_id', '=', postId).execute();
  if (terms !== '') await db.insertInto('post_search').values({ post_id: postId, terms }).execute();
}

/** Terms come from `[\p{L}\p{N}]+` words, but quote them anyway: query syntax is not ours to trust. */
function ftsQuery(groups: string[][]): string {
  const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
  return groups.map((g) => `(${g.map(quote).join(' OR ')})`).join(' AND ');
}

function tsQuery(groups: string[][]): string {
  const quote = (t: string) => `'${t.replace(/['\\]/g, '')}'`;
  return groups.map((g) => `(${g.map(quote).join(' | ')})`).join(' & ');
}

/**
 * Posts whose text matches every query group, newest first, that the viewer may see (the
 * shared visibility rule), skipping authors the viewer mutes.
 */
export async function searchPosts(
  db: Db,
  dialect: Dialect,
  groups: string[][],
  viewerId: string | null,
  limit: number,
  offset: number,
): Promise<Selectable<PostTable>[]> {
  if (groups.length === 0) return [];
  const match =
    dialect === 'sqlite'
      ? sql<boolean>`post_search match ${ftsQuery(groups)}`
      : sql<boolean>`post_search.tsv @@ to_tsquery('simple', ${tsQuery(groups)})`;
  let query = db
    .selectFrom('post_search')
    .innerJoin('posts as p', 'p.id', 'post_search.post_id')
    .selectAll('p')
    .where(match)
    .where('p.reblog_of_id', 'is', null)
    .where(visibleTo(viewerId, 'p'));
  if (viewerId) query = query.where(notMutedBy(viewerId, 'p.account_id'));
  return query.orderBy('p.id', 'desc').limit(limit).offset(offset).execute();
}

/** Past every string that starts with the prefix, in byte order (UTF-8 of U+10FFFF is highest). */
const AFTER_PREFIX = '\u{10FFFF}';

/** `expr` starts with `prefix`, written as a range so that an index on `expr` is walked. */
function startsWith(expr: Expression<string>, prefix: string): RawBuilder<boolean> {
  return sql<boolean>`(${expr} >= ${prefix} and ${expr} < ${prefix + AFTER_PREFIX})`;
}

/**
 * The lower-cased forms a display-name prefix may take in `lower(display_name)`. PostgreSQL
 * lowers all of Unicode; SQLite only ASCII, so `Élodie` stays `Élodie` there: we also try the
 * prefix with its first letter capitalised, which covers names that begin with an accented
 * capital. Extra forms cost one more index range each and match nothing wrong on either dialect.
 */
export function displayNamePrefixes(q: string): string[] {
  const full = q.toLowerCase();
  const asciiLower = (t: string) => t.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const first = [...full][0] ?? '';
  const capitalised = first.toUpperCase() + asciiLower(full.slice(first.length));
  return [...new Set([full, asciiLower(q), asciiLower(capitalised)])];
}

/**
 * Accounts whose username or display name starts with the query, case-insensitively. Both
 * tests are index ranges (`accounts_username_domain`, `accounts_display_name_key`), so the cost
 * follows the matches, not the number of accounts.
 */
export function searchAccounts(
  db: Db,
  q: string,
  viewerId: string | null,
  limit: number,
  offset: number,
): Promise<Selectable<AccountTable>[]> {
  const username = q.toLowerCase();
  const displayName = sql<string>`lower(${sql.ref('a.display_name')})`;
  let query = db
    .selectFrom('accounts as a')
    .selectAll('a')
    .where((w) =>
      w.or([
        startsWith(sql.ref('a.username_key'), username),
        ...displayNamePrefixes(q).map((p) => startsWith(displayName, p)),
      ]),
    )
    .where('a.deleted_at', 'is', null)
    .where(notSuspended('a'))
    // Sign-ups waiting for approval are not members yet: nobody should find them.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('users as pending')
            .select('pending.account_id')
            .whereRef('pending.account_id', '=', 'a.id')
            .where('pending.approved', '=', 0),
        ),
      ),
    );
  if (viewerId) {
    query = query.where(notBlockedWith(viewerId, 'a.id'));
  }
  return query.orderBy('a.username_key').limit(limit).offset(offset).execute();
}

/**
 * A hashtag exists for a viewer only through a public post that viewer may see. The `tags` row
 * outlives its posts (and is written for followers-only and direct posts too), so it alone would
 * tell anyone which words private conversations use, even after they are deleted. Each test is
 * a range of `post_tags (tag_id, post_id)` joined to posts by key.
 */
function publiclyUsed(viewerId: string | null) {
  return ({ exists, selectFrom }: ExpressionBuilder<Database, 'tags'>) =>
    exists(
      selectFrom('post_tags as vt')
        .innerJoin('posts as p', 'p.id', 'vt.post_id')
        .select('vt.post_id')
        .whereRef('vt.tag_id', '=', 'tags.id')
        .where('p.visibility', '=', 'public')
        .where(visibleTo(viewerId, 'p')),
    );
}

/** Hashtags by prefix: a range of the unique index on `tags.name` (stored lower-cased). */
export function searchTags(
  db: Db,
  q: string,
  viewerId: string | null,
  limit: number,
  offset: number,
) {
  return db
    .selectFrom('tags')
    .selectAll()
    .where(startsWith(sql.ref('name'), q.normalize('NFC').toLowerCase()))
    .where(publiclyUsed(viewerId))
    .orderBy('name')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** The hashtag of this normalised name, when a public post the viewer may see carries it. */
export function findPublicTag(
  db: Db,
  name: string,
  viewerId: string | null,
): Promise<{ name: string } | undefined> {
  return db
    .selectFrom('tags')
    .select('name')
    .where('name', '=', name)
    .where(publiclyUsed(viewerId))
    .executeTakeFirst();
}
