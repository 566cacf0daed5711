import { type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The SQL side of the policy: the block and mute predicates every query that lists posts,
 * accounts or notifications applies. No other module reads `blocks` or `mutes` to decide what
 * someone sees (a scan in `policy.paths.test.ts` keeps it so). Blocks made by a block-list
 * subscription are ordinary rows of `blocks` / `mutes`, so they are honoured here too.
 */

/** Either account blocks the other, as a correlated EXISTS (an index lookup on `blocks_pair`). */
export function blockedEitherWaySql(
  viewerId: string,
  other: RawBuilder<unknown> | ReturnType<typeof sql.ref>,
): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (
    select 1 from blocks pol_b
    where (pol_b.account_id = ${other} and pol_b.target_account_id = ${viewerId})
       or (pol_b.account_id = ${viewerId} and pol_b.target_account_id = ${other})
  )`;
}

/** `where(notBlockedWith(viewer, 'a.id'))`: no block between the viewer and that column's account. */
export function notBlockedWith(viewerId: string, column: string) {
  // biome-ignore lint/suspicious/noExplicitAny: applies to any query holding the column
  return ({ not }: ExpressionBuilder<any, any>) =>
    not(blockedEitherWaySql(viewerId, sql.ref(column)));
}

/**
 * `where(notMutedBy(viewer, 'p.account_id'))`: the viewer does not mute that column's account;
 * with `notificationsOnly`, only mutes that also hide notifications count.
 */
export function notMutedBy(
  viewerId: string,
  column: string,
  options: { notificationsOnly?: boolean } = {},
) {
  const onlyNotifications = options.notificationsOnly
    ? sql`and pol_m.hide_notifications = 1`
    : sql``;
  // biome-ignore lint/suspicious/noExplicitAny: applies to any query holding the column
  return ({ not }: ExpressionBuilder<any, any>) =>
    not(
      sql<SqlBool>`exists (
        select 1 from mutes pol_m
        where pol_m.account_id = ${viewerId} and pol_m.target_account_id = ${sql.ref(column)}
        ${onlyNotifications}
      )`,
    );
}

/** The pairs of `viewerId` and each of `others` with a block between them, either way. */
export async function blockedAmong(
  db: Kysely<Database>,
  viewerId: string,
  others: string[],
): Promise<Set<string>> {
  if (others.length === 0) return new Set();
  const rows = await db
    .selectFrom('blocks')
    .select(['account_id', 'target_account_id'])
    .where((w) =>
      w.or([
        w.and([w('account_id', '=', viewerId), w('target_account_id', 'in', others)]),
        w.and([w('target_account_id', '=', viewerId), w('account_id', 'in', others)]),
      ]),
    )
    .execute();
  return new Set(rows.map((b) => (b.account_id === viewerId ? b.target_account_id : b.account_id)));
}

/** Of `others`, those `viewerId` mutes (with notifications hidden, if asked). */
export async function mutedAmong(
  db: Kysely<Database>,
  viewerId: string,
  others: string[],
  options: { notificationsOnly?: boolean } = {},
): Promise<Set<string>> {
  if (others.length === 0) return new Set();
  let q = db
    .selectFrom('mutes')
    .select('target_account_id')
    .where('account_id', '=', viewerId)
    .where('target_account_id', 'in', others);
  if (options.notificationsOnly) q = q.where('hide_notifications', '=', 1);
  return new Set((await q.execute()).map((m) => m.target_account_id));
}

/**
 * `where(notBlockedBy(viewer, 'a.id'))`: that column's account does not block the viewer (lists
 * of accounts hide those who block you, and still show those you block, marked as such).
 */
export function notBlockedBy(viewerId: string, column: string) {
  // biome-ignore lint/suspicious/noExplicitAny: applies to any query holding the column
  return ({ not }: ExpressionBuilder<any, any>) =>
    not(
      sql<SqlBool>`exists (
        select 1 from blocks pol_bb
        where pol_bb.account_id = ${sql.ref(column)} and pol_bb.target_account_id = ${viewerId}
      )`,
    );
}

/** Whether `accountId` blocks `viewerId` (a signed-out viewer is never blocked). */
export async function isBlockedBy(
  db: Kysely<Database>,
  viewerId: string | null,
  accountId: string,
): Promise<boolean> {
  if (!viewerId) return false;
  const row = await db
    .selectFrom('blocks')
    .select('id')
    .where('account_id', '=', accountId)
    .where('target_account_id', '=', viewerId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * `where(readerNotMuting('tf.account_id', authorId))`: the account in that column does not mute
 * `authorId` (a fan-out choosing readers for one author's post, e.g. followers of a hashtag).
 */
export function readerNotMuting(readerColumn: string, authorId: string) {
  // biome-ignore lint/suspicious/noExplicitAny: applies to any query holding the column
  return ({ not }: ExpressionBuilder<any, any>) =>
    not(
      sql<SqlBool>`exists (
        select 1 from mutes pol_rm
        where pol_rm.account_id = ${sql.ref(readerColumn)} and pol_rm.target_account_id = ${authorId}
      )`,
    );
}
