import type { Kysely, Selectable } from 'kysely';
import type { PageParams } from '../db/pagination.ts';
import { applyPage, finishPage } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type { ReportTable } from '../shield/shield.tables.ts';

type Db = Kysely<Database>;
export type ReportRow = Selectable<ReportTable>;

export async function insertReport(db: Db, row: ReportTable): Promise<void> {
  await db.insertInto('reports').values(row).execute();
}

export function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A person's own reports, newest first. */
export async function listReportsBy(db: Db, reporterId: string, page: PageParams) {
  const q = db.selectFrom('reports').selectAll().where('account_id', '=', reporterId);
  return finishPage(await applyPage(q, 'id', page).execute(), page);
}

/** Every report, newest first, optionally only the open or resolved ones (Mastodon's admin list). */
export async function listReports(
  db: Db,
  filter: { resolved?: boolean | undefined; targetAccountId?: string | undefined },
  page: PageParams,
) {
  let q = db.selectFrom('reports').selectAll();
  if (filter.resolved !== undefined)
    q = q.where('state', '=', filter.resolved ? 'resolved' : 'open');
  if (filter.targetAccountId) q = q.where('target_account_id', '=', filter.targetAccountId);
  return finishPage(await applyPage(q, 'id', page).execute(), page);
}

/** Open reports in queue order: priority first, then oldest first. Bounded. */
export function openReports(db: Db, limit: number) {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('state', '=', 'open')
    .orderBy('priority', 'desc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

export async function updateReport(
  db: Db,
  id: string,
  changes: Partial<Omit<ReportRow, 'id'>>,
): Promise<void> {
  await db.updateTable('reports').set(changes).where('id', '=', id).execute();
}

export async function existingPostsOf(db: Db, accountId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('posts')
    .select('id')
    .where('account_id', '=', accountId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function existingRules(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('instance_rules')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export function liveAccount(db: Db, id: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'domain'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function isTrustedFlagger(db: Db, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom('account_moderation')
    .select('trusted_flagger')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(row?.trusted_flagger ?? 0) === 1;
}

export function findAccountRow(db: Db, id: string) {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}
