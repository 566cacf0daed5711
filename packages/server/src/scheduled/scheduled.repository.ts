import type { Kysely, Selectable } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database, ScheduledStatusTable } from '../db/schema.ts';

export type ScheduledRow = Selectable<ScheduledStatusTable>;
export type Db = Kysely<Database>;

export async function insertScheduled(db: Db, row: ScheduledRow): Promise<void> {
  await db.insertInto('scheduled_statuses').values(row).execute();
}

/** The held post a request with this Idempotency-Key already created, if still held. */
export function findHeldByKey(
  db: Db,
  accountId: string,
  key: string,
): Promise<ScheduledRow | undefined> {
  return db
    .selectFrom('scheduled_statuses')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** The row only if it is the viewer's: anyone else's is "not found". */
export function findOwnScheduled(
  db: Db,
  accountId: string,
  id: string,
): Promise<ScheduledRow | undefined> {
  return db
    .selectFrom('scheduled_statuses')
    .selectAll()
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export function findScheduled(db: Db, id: string): Promise<ScheduledRow | undefined> {
  return db.selectFrom('scheduled_statuses').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Newest first by id, one index range on (account_id, id). */
export async function listOwnScheduled(
  db: Db,
  accountId: string,
  page: PageParams,
): Promise<ScheduledRow[]> {
  const query = db.selectFrom('scheduled_statuses').selectAll().where('account_id', '=', accountId);
  return finishPage(await applyPage(query, 'id', page).execute(), page);
}

export async function countOwnScheduled(db: Db, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('scheduled_statuses')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateOwnScheduled(
  db: Db,
  accountId: string,
  id: string,
  changes: Partial<Omit<ScheduledRow, 'id' | 'account_id' | 'created_at'>>,
): Promise<ScheduledRow | undefined> {
  await db
    .updateTable('scheduled_statuses')
    .set(changes)
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .execute();
  return findOwnScheduled(db, accountId, id);
}

/** True when a row was removed (false: already published, cancelled, or not the viewer's). */
export async function deleteScheduled(db: Db, id: string, accountId?: string): Promise<boolean> {
  let query = db.deleteFrom('scheduled_statuses').where('id', '=', id);
  if (accountId) query = query.where('account_id', '=', accountId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
