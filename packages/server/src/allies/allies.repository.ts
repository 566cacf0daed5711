import type { Kysely, Selectable } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type { AllyLogTable, AllyTable } from './allies.tables.ts';
import './allies.tables.ts';

type Db = Kysely<Database>;
export type AllyRow = Selectable<AllyTable>;
export type AllyLogRow = Selectable<AllyLogTable>;

export function findAlly(db: Db, ownerId: string, allyId: string): Promise<AllyRow | undefined> {
  return db
    .selectFrom('allies')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('ally_id', '=', allyId)
    .executeTakeFirst();
}

export async function insertAlly(db: Db, row: AllyTable): Promise<void> {
  await db.insertInto('allies').values(row).execute();
}

export async function updateAlly(
  db: Db,
  id: string,
  changes: Partial<Pick<AllyTable, 'permissions' | 'state' | 'responded_at'>>,
): Promise<void> {
  await db.updateTable('allies').set(changes).where('id', '=', id).execute();
}

export async function deleteAlly(db: Db, ownerId: string, allyId: string): Promise<boolean> {
  const r = await db
    .deleteFrom('allies')
    .where('owner_id', '=', ownerId)
    .where('ally_id', '=', allyId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** A person's allies (invited, active or declined), newest first. */
export function alliesOf(db: Db, ownerId: string): Promise<AllyRow[]> {
  return db
    .selectFrom('allies')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

/** The people someone has accepted to help, or been invited to help. */
export function helpedBy(db: Db, allyId: string, state: AllyTable['state']): Promise<AllyRow[]> {
  return db
    .selectFrom('allies')
    .selectAll()
    .where('ally_id', '=', allyId)
    .where('state', '=', state)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

export async function activeAllyIds(db: Db, ownerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('allies')
    .select('ally_id')
    .where('owner_id', '=', ownerId)
    .where('state', '=', 'active')
    .execute();
  return rows.map((r) => r.ally_id);
}

export async function appendLog(db: Db, row: AllyLogTable): Promise<void> {
  await db.insertInto('ally_log').values(row).execute();
}

export async function listLog(db: Db, ownerId: string, page: PageParams): Promise<AllyLogRow[]> {
  const q = db.selectFrom('ally_log').selectAll().where('owner_id', '=', ownerId);
  return finishPage(await applyPage(q, 'id', page).execute(), page);
}

/** How many times each actor did each thing for the person: the log's summary. */
export async function logCounts(db: Db, ownerId: string) {
  return db
    .selectFrom('ally_log')
    .select(['actor_id', 'action', (eb) => eb.fn.countAll<number>().as('n')])
    .where('owner_id', '=', ownerId)
    .groupBy(['actor_id', 'action'])
    .execute();
}
