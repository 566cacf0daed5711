import type { Kysely, Selectable } from 'kysely';
import type { Database, FilterKeywordTable, FilterTable } from '../db/schema.ts';

type Db = Kysely<Database>;
export type FilterRow = Selectable<FilterTable>;
export type FilterKeywordRow = Selectable<FilterKeywordTable>;
export type FilterStatusRow = { id: string; filter_id: string; status_id: string };

export interface FilterWithParts {
  filter: FilterRow;
  keywords: FilterKeywordRow[];
  statuses: FilterStatusRow[];
}

/** A person's filters with their keywords and statuses: three queries, whatever the count. */
export async function listFilters(
  db: Db,
  accountId: string,
  options: { activeAt?: string } = {},
): Promise<FilterWithParts[]> {
  let q = db.selectFrom('filters').selectAll().where('account_id', '=', accountId).orderBy('id');
  const at = options.activeAt;
  if (at) q = q.where((w) => w.or([w('expires_at', 'is', null), w('expires_at', '>', at)]));
  const filters = await q.execute();
  return withParts(db, filters);
}

async function withParts(db: Db, filters: FilterRow[]): Promise<FilterWithParts[]> {
  if (filters.length === 0) return [];
  const ids = filters.map((f) => f.id);
  const [keywords, statuses] = await Promise.all([
    db
      .selectFrom('filter_keywords')
      .selectAll()
      .where('filter_id', 'in', ids)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('filter_statuses')
      .selectAll()
      .where('filter_id', 'in', ids)
      .orderBy('id')
      .execute(),
  ]);
  return filters.map((filter) => ({
    filter,
    keywords: keywords.filter((k) => k.filter_id === filter.id),
    statuses: statuses.filter((s) => s.filter_id === filter.id),
  }));
}

/** One of the person's own filters; anyone else's is "not found". */
export async function findOwnFilter(
  db: Db,
  accountId: string,
  id: string,
): Promise<FilterWithParts | undefined> {
  const filter = await db
    .selectFrom('filters')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!filter) return undefined;
  const [parts] = await withParts(db, [filter]);
  return parts;
}

export async function insertFilter(db: Db, row: FilterRow): Promise<void> {
  await db.insertInto('filters').values(row).execute();
}

export async function updateFilter(
  db: Db,
  id: string,
  changes: Partial<Pick<FilterRow, 'title' | 'context' | 'action' | 'expires_at'>>,
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('filters').set(changes).where('id', '=', id).execute();
}

export async function deleteFilter(db: Db, id: string): Promise<void> {
  await db.deleteFrom('filter_keywords').where('filter_id', '=', id).execute();
  await db.deleteFrom('filter_statuses').where('filter_id', '=', id).execute();
  await db.deleteFrom('filters').where('id', '=', id).execute();
}

export async function insertKeyword(db: Db, row: FilterKeywordRow): Promise<void> {
  await db.insertInto('filter_keywords').values(row).execute();
}

export async function updateKeyword(
  db: Db,
  id: string,
  changes: Partial<Pick<FilterKeywordRow, 'keyword' | 'whole_word'>>,
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('filter_keywords').set(changes).where('id', '=', id).execute();
}

export async function deleteKeyword(db: Db, filterId: string, id: string): Promise<void> {
  await db
    .deleteFrom('filter_keywords')
    .where('filter_id', '=', filterId)
    .where('id', '=', id)
    .execute();
}

/** A keyword of one of the person's filters, with that filter's id. */
export function findOwnKeyword(db: Db, accountId: string, id: string) {
  return db
    .selectFrom('filter_keywords as k')
    .innerJoin('filters as f', 'f.id', 'k.filter_id')
    .selectAll('k')
    .where('f.account_id', '=', accountId)
    .where('k.id', '=', id)
    .executeTakeFirst();
}

export function findOwnFilterStatus(db: Db, accountId: string, id: string) {
  return db
    .selectFrom('filter_statuses as s')
    .innerJoin('filters as f', 'f.id', 's.filter_id')
    .selectAll('s')
    .where('f.account_id', '=', accountId)
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function insertFilterStatus(db: Db, row: FilterStatusRow): Promise<boolean> {
  const r = await db
    .insertInto('filter_statuses')
    .values(row)
    .onConflict((oc) => oc.columns(['filter_id', 'status_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteFilterStatus(db: Db, id: string): Promise<void> {
  await db.deleteFrom('filter_statuses').where('id', '=', id).execute();
}
