import { type Kysely, type Selectable, sql } from 'kysely';
import type { Dialect } from '../db/database.ts';
import type { AccountTable, Database, PostTable } from '../db/schema.ts';
import { visibleTo } from '../posts/visibility.ts';

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
  if (viewerId) {
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('mutes as sm')
            .select('sm.id')
            .where('sm.account_id', '=', viewerId)
            .whereRef('sm.target_account_id', '=', 'p.account_id'),
        ),
      ),
    );
  }
  return query.orderBy('p.id', 'desc').limit(limit).offset(offset).execute();
}

/** Accounts whose username or display name starts with the query, case-insensitively. */
export function searchAccounts(
  db: Db,
  q: string,
  viewerId: string | null,
  limit: number,
  offset: number,
): Promise<Selectable<AccountTable>[]> {
  const prefix = `${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  let query = db
    .selectFrom('accounts as a')
    .selectAll('a')
    .where((w) =>
      w.or([
        sql<boolean>`${sql.ref('a.username_key')} like ${prefix} escape '\\'`,
        sql<boolean>`lower(${sql.ref('a.display_name')}) like ${prefix} escape '\\'`,
      ]),
    );
  if (viewerId) {
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('blocks as sb')
            .select('sb.id')
            .where((w) =>
              w.or([
                w.and([
                  w('sb.account_id', '=', viewerId),
                  w('sb.target_account_id', '=', w.ref('a.id')),
                ]),
                w.and([
                  w('sb.target_account_id', '=', viewerId),
                  w('sb.account_id', '=', w.ref('a.id')),
                ]),
              ]),
            ),
        ),
      ),
    );
  }
  return query.orderBy('a.username_key').limit(limit).offset(offset).execute();
}

export function searchTags(db: Db, q: string, limit: number, offset: number) {
  const prefix = `${q
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('tags')
    .selectAll()
    .where(sql<boolean>`${sql.ref('name')} like ${prefix} escape '\\'`)
    .orderBy('name')
    .limit(limit)
    .offset(offset)
    .execute();
}
