import type { Kysely, Selectable } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type {
  BlockListEntryTable,
  BlockListSubscriptionTable,
  BlockListTable,
  Database,
} from '../db/schema.ts';

export type Db = Kysely<Database>;
export type BlockListRow = Selectable<BlockListTable>;
export type BlockListEntryRow = Selectable<BlockListEntryTable>;
export type SubscriptionRow = Selectable<BlockListSubscriptionTable>;
export type Relation = 'block' | 'mute';

export function findList(db: Db, id: string): Promise<BlockListRow | undefined> {
  return db.selectFrom('block_lists').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listOwnedBy(db: Db, ownerId: string, page: PageParams) {
  const q = db.selectFrom('block_lists').selectAll().where('account_id', '=', ownerId);
  return finishPage(await applyPage(q, 'id', page).execute(), page);
}

/** Lists the person subscribes to, with the subscription. */
export async function listSubscribedBy(db: Db, accountId: string) {
  return db
    .selectFrom('block_list_subscriptions as s')
    .innerJoin('block_lists as l', 'l.id', 's.list_id')
    .selectAll('l')
    .select(['s.action as subscription_action', 's.id as subscription_id'])
    .where('s.account_id', '=', accountId)
    .orderBy('s.id', 'desc')
    .limit(200)
    .execute();
}

export async function insertList(db: Db, row: BlockListRow): Promise<void> {
  await db.insertInto('block_lists').values(row).execute();
}

export async function updateList(
  db: Db,
  id: string,
  changes: Partial<Pick<BlockListRow, 'title' | 'description' | 'visibility' | 'updated_at'>>,
) {
  await db.updateTable('block_lists').set(changes).where('id', '=', id).execute();
}

export async function deleteList(db: Db, id: string): Promise<void> {
  await db.deleteFrom('block_list_entries').where('list_id', '=', id).execute();
  await db.deleteFrom('block_list_subscriptions').where('list_id', '=', id).execute();
  await db.deleteFrom('block_lists').where('id', '=', id).execute();
}

export async function countEntries(db: Db, listIds: string[]): Promise<Map<string, number>> {
  if (listIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('block_list_entries')
    .select(['list_id', (eb) => eb.fn.countAll().as('n')])
    .where('list_id', 'in', listIds)
    .groupBy('list_id')
    .execute();
  return new Map(rows.map((r) => [r.list_id, Number(r.n)]));
}

/** One page of a list's entries, by account id (time-sortable), newest first. */
export async function entriesPage(db: Db, listId: string, page: PageParams) {
  const q = db
    .selectFrom('block_list_entries as e')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .selectAll('a')
    .select(['e.reason', 'e.created_at as added_at'])
    .where('e.list_id', '=', listId)
    .where('a.deleted_at', 'is', null);
  return finishPage(await applyPage(q, 'e.account_id', page).execute(), page);
}

export function entriesOf(db: Db, listId: string): Promise<BlockListEntryRow[]> {
  return db
    .selectFrom('block_list_entries')
    .selectAll()
    .where('list_id', '=', listId)
    .orderBy('created_at')
    .orderBy('account_id')
    .execute();
}

/** Adds entries; an account already on the list keeps its entry (its reason is updated). */
export async function upsertEntries(
  db: Db,
  listId: string,
  entries: Array<{ accountId: string; reason: string }>,
  now: string,
): Promise<string[]> {
  // PostgreSQL refuses an empty `in ()`; nothing to add anyway.
  if (entries.length === 0) return [];
  const existing = new Set(
    (
      await db
        .selectFrom('block_list_entries')
        .select('account_id')
        .where('list_id', '=', listId)
        .where(
          'account_id',
          'in',
          entries.map((e) => e.accountId),
        )
        .execute()
    ).map((r) => r.account_id),
  );
  const added: string[] = [];
  for (const e of entries) {
    if (existing.has(e.accountId)) {
      await db
        .updateTable('block_list_entries')
        .set({ reason: e.reason })
        .where('list_id', '=', listId)
        .where('account_id', '=', e.accountId)
        .execute();
    } else {
      await db
        .insertInto('block_list_entries')
        .values({ list_id: listId, account_id: e.accountId, reason: e.reason, created_at: now })
        .execute();
      added.push(e.accountId);
    }
  }
  return added;
}

/** Removes entries and answers which accounts were on the list. */
export async function deleteEntries(db: Db, listId: string, accountIds: string[]) {
  if (accountIds.length === 0) return [];
  const present = await db
    .selectFrom('block_list_entries')
    .select('account_id')
    .where('list_id', '=', listId)
    .where('account_id', 'in', accountIds)
    .execute();
  await db
    .deleteFrom('block_list_entries')
    .where('list_id', '=', listId)
    .where('account_id', 'in', accountIds)
    .execute();
  return present.map((p) => p.account_id);
}

export function subscriptionsOf(db: Db, listId: string): Promise<SubscriptionRow[]> {
  return db
    .selectFrom('block_list_subscriptions')
    .selectAll()
    .where('list_id', '=', listId)
    .execute();
}

export function findSubscription(db: Db, listId: string, accountId: string) {
  return db
    .selectFrom('block_list_subscriptions')
    .selectAll()
    .where('list_id', '=', listId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export async function insertSubscription(db: Db, row: SubscriptionRow): Promise<boolean> {
  const r = await db
    .insertInto('block_list_subscriptions')
    .values(row)
    .onConflict((oc) => oc.columns(['list_id', 'account_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteSubscription(db: Db, id: string): Promise<void> {
  await db.deleteFrom('block_list_effects').where('subscription_id', '=', id).execute();
  await db.deleteFrom('block_list_subscriptions').where('id', '=', id).execute();
}

/** Effects: the block and mute rows a subscription created. */
export function effectsFor(db: Db, accountId: string, targetId: string, relation: Relation) {
  return db
    .selectFrom('block_list_effects')
    .select('subscription_id')
    .where('account_id', '=', accountId)
    .where('target_account_id', '=', targetId)
    .where('relation', '=', relation)
    .execute();
}

export function effectsOf(db: Db, subscriptionId: string) {
  return db
    .selectFrom('block_list_effects')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .execute();
}

export async function insertEffect(
  db: Db,
  e: {
    subscriptionId: string;
    accountId: string;
    targetId: string;
    relation: Relation;
    restoreFollow?: boolean;
  },
) {
  await db
    .insertInto('block_list_effects')
    .values({
      subscription_id: e.subscriptionId,
      account_id: e.accountId,
      target_account_id: e.targetId,
      relation: e.relation,
      restore_follow: e.restoreFollow ? 1 : 0,
    })
    .onConflict((oc) => oc.columns(['subscription_id', 'target_account_id']).doNothing())
    .execute();
}

/** Removes one effect; answers it (with whether a follow is owed back), or undefined. */
export async function deleteEffect(db: Db, subscriptionId: string, targetId: string) {
  const found = await db
    .selectFrom('block_list_effects')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .where('target_account_id', '=', targetId)
    .executeTakeFirst();
  if (!found) return undefined;
  await db
    .deleteFrom('block_list_effects')
    .where('subscription_id', '=', subscriptionId)
    .where('target_account_id', '=', targetId)
    .execute();
  return found;
}

/** Whether `accountId` follows `targetId` (a block is about to cut it). */
export async function follows(db: Db, accountId: string, targetId: string) {
  const row = await db
    .selectFrom('follows')
    .select('id')
    .where('account_id', '=', accountId)
    .where('target_account_id', '=', targetId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Another effect on the same pair owes the follow back: hand the debt over to it. */
export async function moveFollowDebt(db: Db, accountId: string, targetId: string) {
  const heir = await db
    .selectFrom('block_list_effects')
    .select('subscription_id')
    .where('account_id', '=', accountId)
    .where('target_account_id', '=', targetId)
    .where('relation', '=', 'block')
    .executeTakeFirst();
  if (!heir) return;
  await db
    .updateTable('block_list_effects')
    .set({ restore_follow: 1 })
    .where('subscription_id', '=', heir.subscription_id)
    .where('target_account_id', '=', targetId)
    .execute();
}

/** The person took the relation into their own hands: no subscription owns it any more. */
export async function forgetEffects(
  db: Db,
  accountId: string,
  targetId: string,
  relation: Relation,
) {
  await db
    .deleteFrom('block_list_effects')
    .where('account_id', '=', accountId)
    .where('target_account_id', '=', targetId)
    .where('relation', '=', relation)
    .execute();
}

export async function relationExists(
  db: Db,
  relation: Relation,
  accountId: string,
  targetId: string,
) {
  const row = await db
    .selectFrom(relation === 'block' ? 'blocks' : 'mutes')
    .select('id')
    .where('account_id', '=', accountId)
    .where('target_account_id', '=', targetId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Local or known accounts by id (deleted ones left out). */
export function existingAccounts(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('accounts')
    .selectAll()
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
}

export function accountsByAcct(db: Db, usernames: string[], domain: string | null) {
  if (usernames.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('accounts')
    .selectAll()
    .where('username_key', 'in', usernames)
    .where('deleted_at', 'is', null);
  q = domain === null ? q.where('domain', 'is', null) : q.where('domain', '=', domain);
  return q.execute();
}
