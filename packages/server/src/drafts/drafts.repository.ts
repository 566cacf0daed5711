import type { Kysely, Selectable } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database, DraftTable } from '../db/schema.ts';

export type DraftRow = Selectable<DraftTable>;

export async function insertDraft(db: Kysely<Database>, row: DraftRow): Promise<void> {
  await db.insertInto('drafts').values(row).execute();
}

/** Only the owner's draft: anyone else's is indistinguishable from a missing one. */
export async function findOwnDraft(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<DraftRow | undefined> {
  return db
    .selectFrom('drafts')
    .selectAll()
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export async function listOwnDrafts(
  db: Kysely<Database>,
  accountId: string,
  page: PageParams,
): Promise<DraftRow[]> {
  const query = db.selectFrom('drafts').selectAll().where('account_id', '=', accountId);
  return finishPage(await applyPage(query, 'id', page).execute(), page);
}

export async function updateOwnDraft(
  db: Kysely<Database>,
  accountId: string,
  id: string,
  changes: Omit<DraftRow, 'id' | 'account_id' | 'created_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('drafts')
    .set(changes)
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteOwnDraft(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('drafts')
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
