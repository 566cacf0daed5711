import type { SelectQueryBuilder } from 'kysely';

/** Mastodon's cursor parameters, already validated. */
export interface PageParams {
  maxId?: string | undefined;
  sinceId?: string | undefined;
  minId?: string | undefined;
  limit: number;
}

/**
 * Applies Mastodon cursor semantics on a time-sortable id column: newest first, `max_id` and
 * `since_id` bound the range, and `min_id` asks for the page immediately newer than it (fetched
 * oldest-first, then reversed by `finishPage`). Every page is one index range scan, so it costs
 * the same whatever the size of the table.
 */
export function applyPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  column: string,
  page: PageParams,
): SelectQueryBuilder<DB, TB, O> {
  // biome-ignore lint/suspicious/noExplicitAny: the column is checked by the caller's table
  let q = query as SelectQueryBuilder<any, any, O>;
  if (page.maxId) q = q.where(column, '<', page.maxId);
  if (page.sinceId) q = q.where(column, '>', page.sinceId);
  if (page.minId) q = q.where(column, '>', page.minId).orderBy(column, 'asc');
  else q = q.orderBy(column, 'desc');
  return q.limit(page.limit) as SelectQueryBuilder<DB, TB, O>;
}

/** Puts a page fetched by `applyPage` back in newest-first order. */
export function finishPage<T>(rows: T[], page: PageParams): T[] {
  return page.minId ? rows.reverse() : rows;
}
