import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ALLY_PERMISSIONS, type AllyPermission } from './allies.tables.ts';

export type { AllyPermission } from './allies.tables.ts';

/**
 * Whether `allyId` may act for `ownerId` with `permission` right now: an accepted ally holding
 * that permission. Read from the database on every call (no cache), so a revoked ally or a
 * withdrawn permission loses access on their very next request. A person is never their own
 * ally: callers check "is it the person themselves?" first.
 *
 * @example
 *   if (!(await allyMay(db, { ownerId, allyId: viewer.accountId, permission: 'dossier' })))
 *     return apiError(c, 'not_found');
 */
export async function allyMay(
  db: Kysely<Database>,
  query: { ownerId: string; allyId: string; permission: AllyPermission },
): Promise<boolean> {
  if (query.ownerId === query.allyId) return false;
  const row = await db
    .selectFrom('allies')
    .select('permissions')
    .where('owner_id', '=', query.ownerId)
    .where('ally_id', '=', query.allyId)
    .where('state', '=', 'active')
    .executeTakeFirst();
  return row !== undefined && parsePermissions(row.permissions).includes(query.permission);
}

/** Stored text → known permissions; unknown words (from a later version) are ignored. */
export function parsePermissions(stored: string): AllyPermission[] {
  const known: ReadonlySet<string> = new Set(ALLY_PERMISSIONS);
  return stored
    .split(',')
    .filter((p): p is AllyPermission => known.has(p))
    .sort();
}
