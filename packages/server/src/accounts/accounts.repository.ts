import type { Insertable, Kysely, Updateable } from 'kysely';
import type { AccountRow, UserRow } from '../api/mastodon/account.serializer.ts';
import type { AccountTable, Database, UserTable } from '../db/schema.ts';
import { notSuspended } from '../moderation/moderation.policy.ts';

export type Db = Kysely<Database>;

export function findAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * An account that other people may see: remote, or local and approved (a sign-up waiting for
 * approval does not exist yet for anyone else), not deleted, not suspended by a moderator.
 */
export function findVisibleAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  return db
    .selectFrom('accounts as a')
    .leftJoin('users as u', 'u.account_id', 'a.id')
    .selectAll('a')
    .where('a.id', '=', id)
    .where((eb) => eb.or([eb('u.approved', 'is', null), eb('u.approved', '=', 1)]))
    .where('a.deleted_at', 'is', null)
    .where(notSuspended('a'))
    .executeTakeFirst();
}

export function findVisibleAccountByAcct(
  db: Db,
  usernameKey: string,
  domain: string | null,
): Promise<AccountRow | undefined> {
  return db
    .selectFrom('accounts as a')
    .leftJoin('users as u', 'u.account_id', 'a.id')
    .selectAll('a')
    .where('a.username_key', '=', usernameKey)
    .where('a.domain', domain === null ? 'is' : '=', domain)
    .where((eb) => eb.or([eb('u.approved', 'is', null), eb('u.approved', '=', 1)]))
    .where('a.deleted_at', 'is', null)
    .where(notSuspended('a'))
    .executeTakeFirst();
}

export async function localUsernameTaken(db: Db, usernameKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('accounts')
    .select('id')
    .where('username_key', '=', usernameKey)
    .where('domain', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countLocalUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertLocalAccount(
  db: Db,
  account: Insertable<AccountTable>,
  user: Insertable<UserTable>,
): Promise<void> {
  await db.insertInto('accounts').values(account).execute();
  await db.insertInto('users').values(user).execute();
}

export function findUser(db: Db, accountId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}

export async function updateAccount(
  db: Db,
  id: string,
  changes: Updateable<AccountTable>,
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('accounts').set(changes).where('id', '=', id).execute();
}

export async function updateUser(
  db: Db,
  accountId: string,
  changes: Updateable<UserTable>,
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('users').set(changes).where('account_id', '=', accountId).execute();
}

export function findAdminAccount(db: Db): Promise<AccountRow | undefined> {
  return db
    .selectFrom('accounts as a')
    .innerJoin('users as u', 'u.account_id', 'a.id')
    .selectAll('a')
    .where('u.role', '=', 'admin')
    .orderBy('a.id', 'asc')
    .limit(1)
    .executeTakeFirst();
}

export async function countApprovedUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('approved', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
