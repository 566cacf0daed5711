import { type Kysely, type SqlBool, sql } from 'kysely';
import type { AccountRow } from '../api/mastodon/account.serializer.ts';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import { notBlockedBy } from '../policy/relations.sql.ts';
import { followRequestNotHeld } from '../shield/shield.policy.ts';

type Db = Kysely<Database>;
export type RelationTableName = 'follows' | 'follow_requests' | 'blocks' | 'mutes';

export async function relationExists(
  db: Db,
  table: RelationTableName,
  accountId: string,
  targetId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('account_id', '=', accountId)
    .where('target_account_id', '=', targetId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Inserts the pair unless it exists; says whether it inserted. The unique pair constraint decides,
 * so two simultaneous follows cannot both count.
 */
export async function insertRelation(
  db: Db,
  table: 'follows' | 'follow_requests' | 'blocks',
  row: { id: string; accountId: string; targetId: string; createdAt: string },
): Promise<boolean> {
  const result = await db
    .insertInto(table)
    .values({
      id: row.id,
      account_id: row.accountId,
      target_account_id: row.targetId,
      created_at: row.createdAt,
    })
    .onConflict((oc) => oc.columns(['account_id', 'target_account_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Deletes the pair; says whether it existed. */
export async function deleteRelation(
  db: Db,
  table: RelationTableName,
  accountId: string,
  targetId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom(table)
    .where('account_id', '=', accountId)
    .where('target_account_id', '=', targetId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Keeps the denormalised counters of both accounts in step with one follow row. */
export async function adjustFollowCounts(
  db: Db,
  followerId: string,
  targetId: string,
  delta: 1 | -1,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set((eb) => ({ following_count: eb('following_count', '+', delta) }))
    .where('id', '=', followerId)
    .execute();
  await db
    .updateTable('accounts')
    .set((eb) => ({ followers_count: eb('followers_count', '+', delta) }))
    .where('id', '=', targetId)
    .execute();
}

export async function upsertMute(
  db: Db,
  row: { id: string; accountId: string; targetId: string; createdAt: string; hide: boolean },
): Promise<void> {
  const updated = await db
    .updateTable('mutes')
    .set({ hide_notifications: row.hide ? 1 : 0 })
    .where('account_id', '=', row.accountId)
    .where('target_account_id', '=', row.targetId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await db
    .insertInto('mutes')
    .values({
      id: row.id,
      account_id: row.accountId,
      target_account_id: row.targetId,
      created_at: row.createdAt,
      hide_notifications: row.hide ? 1 : 0,
    })
    .execute();
}

/** Target ids among `ids` that `accountId` has a row for in `table`. */
export async function targetsOf(
  db: Db,
  table: RelationTableName,
  accountId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('target_account_id as id')
    .where('account_id', '=', accountId)
    .where('target_account_id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Account ids among `ids` that have a row in `table` towards `targetId`. */
export async function sourcesOf(
  db: Db,
  table: RelationTableName,
  targetId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('account_id as id')
    .where('target_account_id', '=', targetId)
    .where('account_id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function mutesWithNotifications(
  db: Db,
  accountId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('mutes')
    .select('target_account_id as id')
    .where('account_id', '=', accountId)
    .where('target_account_id', 'in', ids)
    .where('hide_notifications', '=', 1)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * One side of a relation table as accounts, paged by the relation row's id (so the order is "most
 * recent first" and cursors stay stable). `side` says which end is listed: `followers` lists the
 * `account_id` of rows whose target is `anchorId`. Accounts that block `viewerId` are left out.
 */
export async function pageRelatedAccounts(
  db: Db,
  table: RelationTableName,
  side: 'sources' | 'targets',
  anchorId: string,
  viewerId: string | null,
  page: PageParams,
): Promise<Array<{ cursor: string; account: AccountRow }>> {
  const [anchorColumn, listedColumn] =
    side === 'sources'
      ? (['r.target_account_id', 'r.account_id'] as const)
      : (['r.account_id', 'r.target_account_id'] as const);
  let query = db
    // Every relation table has the same columns; typing it as one of them keeps Kysely simple.
    .selectFrom(`${table} as r` as 'follows as r')
    .innerJoin('accounts as a', 'a.id', listedColumn)
    .selectAll('a')
    .select('r.id as cursor')
    .where(anchorColumn, '=', anchorId)
    // A deleted account is gone for everyone, from lists too (its rows are erased later).
    .where('a.deleted_at', 'is', null);
  if (viewerId) query = query.where(notBlockedBy(viewerId, 'a.id'));
  // A request the shield holds waits in the held folder until the person lets it through.
  if (table === 'follow_requests')
    query = query.where(followRequestNotHeld(anchorColumn, listedColumn));
  const rows = finishPage(await applyPage(query, 'r.id', page).execute(), page);
  return rows.map(({ cursor, ...account }) => ({ cursor, account }));
}

/** Keeps a remote follower's `Follow` id on its request (see migration 0024). */
export async function setFollowUri(db: Db, requestId: string, uri: string): Promise<void> {
  await db.updateTable('follow_requests').set({ uri }).where('id', '=', requestId).execute();
}

/** The `Follow` id a remote follower's request arrived with, if any. */
export async function followUriOf(
  db: Db,
  followerId: string,
  targetId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('follow_requests')
    .select('uri')
    .where('account_id', '=', followerId)
    .where('target_account_id', '=', targetId)
    .executeTakeFirst();
  return row?.uri ?? undefined;
}

/**
 * The accounts on `domain` or one of its subdomains (with or without a port, as a domain block
 * covers them: policy/domain-blocks.repository.ts) on one side of `accountId`'s follows or
 * requests: those who follow or ask to follow them (`toward`), or those they follow or ask to
 * follow (`from`). A person's domain block cuts these (relationships.service.ts).
 */
export async function relatedOnDomain(
  db: Db,
  table: 'follows' | 'follow_requests',
  direction: 'toward' | 'from',
  accountId: string,
  domain: string,
): Promise<string[]> {
  const d = domain.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  const [mine, theirs] =
    direction === 'toward'
      ? (['r.target_account_id', 'r.account_id'] as const)
      : (['r.account_id', 'r.target_account_id'] as const);
  // Both tables have the same pair columns; the type names one of them.
  const from = `${table} as r` as 'follows as r';
  const rows = await db
    .selectFrom(from)
    .innerJoin('accounts as a', 'a.id', theirs)
    .select('a.id')
    .where(mine, '=', accountId)
    .where('a.domain', 'is not', null)
    .where(
      sql<SqlBool>`(a.domain = ${domain.toLowerCase()} or a.domain like ${`%.${d}`} escape '\\'
        or a.domain like ${`${d}:%`} escape '\\' or a.domain like ${`%.${d}:%`} escape '\\')`,
    )
    .execute();
  return rows.map((r) => r.id);
}
