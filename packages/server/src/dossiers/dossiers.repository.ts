import type { Kysely, Selectable } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type { DossierItemTable, DossierTable } from './dossiers.tables.ts';
import './dossiers.tables.ts';

type Db = Kysely<Database>;
export type DossierRow = Selectable<DossierTable>;
export type DossierItemRow = Selectable<DossierItemTable>;
export type DossierWithCount = DossierRow & { item_count: number };

/** The most items one dossier holds: an export stays one request, a printable file stays readable. */
export const MAX_ITEMS = 1000;

export async function insertDossier(db: Db, row: DossierRow): Promise<void> {
  await db.insertInto('dossiers').values(row).execute();
}

function withCount(db: Db) {
  return db
    .selectFrom('dossiers as d')
    .selectAll('d')
    .select((eb) =>
      eb
        .selectFrom('dossier_items as i')
        .select((e) => e.fn.countAll<number | string>().as('n'))
        .whereRef('i.dossier_id', '=', 'd.id')
        .as('item_count'),
    );
}

function normalise(row: DossierRow & { item_count: number | string | null }): DossierWithCount {
  return { ...row, item_count: Number(row.item_count ?? 0) };
}

/** A person's dossiers, newest first, by cursor. */
export async function listDossiers(
  db: Db,
  ownerId: string,
  page: PageParams,
): Promise<DossierWithCount[]> {
  const q = withCount(db).where('d.account_id', '=', ownerId);
  return finishPage(await applyPage(q, 'd.id', page).execute(), page).map(normalise);
}

/** The dossier if it belongs to `ownerId`: anyone else's answers nothing. */
export async function findDossier(
  db: Db,
  id: string,
  ownerId: string,
): Promise<DossierWithCount | undefined> {
  const row = await withCount(db)
    .where('d.id', '=', id)
    .where('d.account_id', '=', ownerId)
    .executeTakeFirst();
  return row ? normalise(row) : undefined;
}

export async function deleteDossier(db: Db, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('dossier_items').where('dossier_id', '=', id).execute();
    await trx.deleteFrom('dossiers').where('id', '=', id).execute();
  });
}

/** Every dossier of a person, with their items: the person deleted their account. */
export async function deleteDossiersOf(db: Db, ownerId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('dossier_items')
      .where('dossier_id', 'in', (eb) =>
        eb.selectFrom('dossiers').select('id').where('account_id', '=', ownerId),
      )
      .execute();
    await trx.deleteFrom('dossiers').where('account_id', '=', ownerId).execute();
  });
}

export async function touchDossier(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('dossiers').set({ updated_at: at }).where('id', '=', id).execute();
}

/**
 * Stores an item unless the dossier holds that post already; answers the stored row either way
 * (`created` says which), so adding twice is harmless.
 */
export async function insertItem(
  db: Db,
  row: DossierItemRow,
): Promise<{ created: boolean; row: DossierItemRow }> {
  const result = await db
    .insertInto('dossier_items')
    .values(row)
    .onConflict((oc) => oc.columns(['dossier_id', 'status_id']).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return { created: true, row };
  const existing = await findItemByStatus(db, row.dossier_id, row.status_id);
  if (!existing) throw new Error('dossier item neither inserted nor found');
  return { created: false, row: existing };
}

export function findItemByStatus(
  db: Db,
  dossierId: string,
  statusId: string,
): Promise<DossierItemRow | undefined> {
  return db
    .selectFrom('dossier_items')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .where('status_id', '=', statusId)
    .executeTakeFirst();
}

/** Items in the order they were collected; direct messages left out unless `withDirect`. */
export function listItems(
  db: Db,
  dossierId: string,
  options: { withDirect: boolean },
): Promise<DossierItemRow[]> {
  let q = db.selectFrom('dossier_items').selectAll().where('dossier_id', '=', dossierId);
  if (!options.withDirect) q = q.where('visibility', '!=', 'direct');
  return q.orderBy('id').limit(MAX_ITEMS).execute();
}

export function findItem(
  db: Db,
  dossierId: string,
  itemId: string,
): Promise<DossierItemRow | undefined> {
  return db
    .selectFrom('dossier_items')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .where('id', '=', itemId)
    .executeTakeFirst();
}

export async function deleteItem(db: Db, itemId: string): Promise<void> {
  await db.deleteFrom('dossier_items').where('id', '=', itemId).execute();
}
