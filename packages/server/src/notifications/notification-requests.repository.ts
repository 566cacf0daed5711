import type { Kysely, Selectable } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database, NotificationRequestTable } from '../db/schema.ts';
import { notBlockedWith } from '../policy/relations.sql.ts';

type Db = Kysely<Database>;
export type NotificationRequestRow = Selectable<NotificationRequestTable>;

/** Opens (or refreshes) the request that gathers a sender's held-back notifications. */
export async function upsertRequest(
  db: Db,
  r: { id: string; recipientId: string; fromId: string; now: string },
): Promise<void> {
  await db
    .insertInto('notification_requests')
    .values({
      id: r.id,
      account_id: r.recipientId,
      from_account_id: r.fromId,
      created_at: r.now,
      updated_at: r.now,
    })
    .onConflict((oc) =>
      oc.columns(['account_id', 'from_account_id']).doUpdateSet({ updated_at: r.now }),
    )
    .execute();
}

/** The recipient's requests, newest first; none from an account in a block relation with them. */
export async function listRequests(
  db: Db,
  recipientId: string,
  page: PageParams,
): Promise<NotificationRequestRow[]> {
  const q = db
    .selectFrom('notification_requests as r')
    .selectAll('r')
    .where('r.account_id', '=', recipientId)
    .where(notBlockedWith(recipientId, 'r.from_account_id'));
  return finishPage(await applyPage(q, 'r.id', page).execute(), page);
}

export function findRequest(db: Db, recipientId: string, id: string) {
  return db
    .selectFrom('notification_requests')
    .selectAll()
    .where('account_id', '=', recipientId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Per sender: how many notifications wait, and the newest post among them. */
export async function pendingBySender(
  db: Db,
  recipientId: string,
  senderIds: string[],
): Promise<Map<string, { count: number; lastPostId: string | null }>> {
  const out = new Map<string, { count: number; lastPostId: string | null }>();
  if (senderIds.length === 0) return out;
  const rows = await db
    .selectFrom('notifications')
    .select(['from_account_id', 'post_id', 'id'])
    .where('account_id', '=', recipientId)
    .where('filtered', '=', 1)
    .where('from_account_id', 'in', senderIds)
    .orderBy('id', 'desc')
    .execute();
  for (const row of rows) {
    const seen = out.get(row.from_account_id);
    if (seen) seen.count += 1;
    else out.set(row.from_account_id, { count: 1, lastPostId: row.post_id });
    const current = out.get(row.from_account_id);
    if (current && current.lastPostId === null && row.post_id) current.lastPostId = row.post_id;
  }
  return out;
}

/** Accepting lets the sender's waiting notifications through, and those to come. */
export async function acceptRequest(db: Db, request: NotificationRequestRow, now: string) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('notifications')
      .set({ filtered: 0 })
      .where('account_id', '=', request.account_id)
      .where('from_account_id', '=', request.from_account_id)
      .where('filtered', '=', 1)
      .execute();
    await trx
      .insertInto('notification_permissions')
      .values({
        account_id: request.account_id,
        from_account_id: request.from_account_id,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['account_id', 'from_account_id']).doNothing())
      .execute();
    await trx.deleteFrom('notification_requests').where('id', '=', request.id).execute();
  });
}

/** Dismissing deletes the waiting notifications; later ones open a new request. */
export async function dismissRequest(db: Db, request: NotificationRequestRow) {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('notifications')
      .where('account_id', '=', request.account_id)
      .where('from_account_id', '=', request.from_account_id)
      .where('filtered', '=', 1)
      .execute();
    await trx.deleteFrom('notification_requests').where('id', '=', request.id).execute();
  });
}

export async function requestSummary(db: Db, recipientId: string) {
  const [requests, notifications] = await Promise.all([
    db
      .selectFrom('notification_requests')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('account_id', '=', recipientId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('account_id', '=', recipientId)
      .where('filtered', '=', 1)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    pending_requests_count: Number(requests.n),
    pending_notifications_count: Number(notifications.n),
  };
}
