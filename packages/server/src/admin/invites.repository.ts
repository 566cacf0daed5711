import type { Kysely, Selectable } from 'kysely';
import type { PageParams } from '../db/pagination.ts';
import { applyPage, finishPage } from '../db/pagination.ts';
import type { Database, InviteTable } from '../db/schema.ts';

export type InviteRow = Selectable<InviteTable>;

export async function insertInvite(db: Kysely<Database>, invite: InviteRow): Promise<void> {
  await db.insertInto('invites').values(invite).execute();
}

export function findInviteByCode(
  db: Kysely<Database>,
  code: string,
): Promise<InviteRow | undefined> {
  return db.selectFrom('invites').selectAll().where('code', '=', code).executeTakeFirst();
}

/**
 * Counts one use, only while the invite is still usable: the condition sits in the UPDATE so two
 * simultaneous sign-ups cannot both take the last use.
 */
export async function consumeInvite(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invites')
    .set((eb) => ({ uses: eb('uses', '+', 1) }))
    .where('id', '=', id)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .where((eb) => eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Invites newest first; all of them for an admin (`createdBy` null), else one member's. */
export async function listInvites(
  db: Kysely<Database>,
  createdBy: string | null,
  page: PageParams,
): Promise<InviteRow[]> {
  let query = db.selectFrom('invites').selectAll();
  if (createdBy) query = query.where('created_by', '=', createdBy);
  return finishPage(await applyPage(query, 'id', page).execute(), page);
}

/**
 * Revokes an invite by ending it now: it keeps its use count for the record and can no longer be
 * used. `createdBy` limits a member to their own invites (null for an admin). Returns the invite,
 * or undefined when the person may not see it.
 */
export async function revokeInvite(
  db: Kysely<Database>,
  id: string,
  createdBy: string | null,
  now: string,
): Promise<InviteRow | undefined> {
  let query = db.selectFrom('invites').selectAll().where('id', '=', id);
  if (createdBy) query = query.where('created_by', '=', createdBy);
  const invite = await query.executeTakeFirst();
  if (!invite) return undefined;
  if (invite.expires_at === null || invite.expires_at > now) {
    await db.updateTable('invites').set({ expires_at: now }).where('id', '=', id).execute();
    return { ...invite, expires_at: now };
  }
  return invite;
}
