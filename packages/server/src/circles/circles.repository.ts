import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CircleMessageTable, CircleTable } from './circles.tables.ts';
import './circles.tables.ts';

export type Db = Kysely<Database>;
export type CircleRow = CircleTable;
export type CircleMessageRow = CircleMessageTable;

export function findCircle(db: Db, id: string) {
  return db.selectFrom('circles').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The person's open circle, else their latest one. */
export function circleOf(db: Db, accountId: string) {
  return db
    .selectFrom('circles')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('state', 'desc') // 'open' before 'closed'
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function openCircleOf(db: Db, accountId: string) {
  return db
    .selectFrom('circles')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('state', '=', 'open')
    .executeTakeFirst();
}

export function insertCircle(db: Db, row: CircleRow) {
  return db.insertInto('circles').values(row).execute();
}

export function closeCircle(db: Db, id: string, now: string) {
  return db
    .updateTable('circles')
    .set({ state: 'closed', closed_at: now })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
}

export async function isMember(db: Db, circleId: string, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom('circle_members')
    .select('account_id')
    .where('circle_id', '=', circleId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row !== undefined;
}

export function addMember(db: Db, circleId: string, accountId: string, now: string) {
  return db
    .insertInto('circle_members')
    .values({ circle_id: circleId, account_id: accountId, added_at: now })
    .onConflict((oc) => oc.columns(['circle_id', 'account_id']).doNothing())
    .execute();
}

export async function follows(db: Db, followerId: string, targetId: string): Promise<boolean> {
  const row = await db
    .selectFrom('follows')
    .select('id')
    .where('account_id', '=', followerId)
    .where('target_account_id', '=', targetId)
    .executeTakeFirst();
  return row !== undefined;
}

export function insertMessage(db: Db, row: CircleMessageRow) {
  return db.insertInto('circle_messages').values(row).execute();
}

/** Messages newest first; only `authorId`'s when given (a writer reads their own only). */
export function messagesPage(
  db: Db,
  circleId: string,
  page: { maxId?: string | undefined; limit: number; authorId?: string },
) {
  let q = db.selectFrom('circle_messages').selectAll().where('circle_id', '=', circleId);
  if (page.authorId) q = q.where('author_id', '=', page.authorId);
  if (page.maxId) q = q.where('id', '<', page.maxId);
  return q.orderBy('id', 'desc').limit(page.limit).execute();
}

export function findMessage(db: Db, circleId: string, id: string) {
  return db
    .selectFrom('circle_messages')
    .selectAll()
    .where('circle_id', '=', circleId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function thankMessage(db: Db, id: string, now: string) {
  return db
    .updateTable('circle_messages')
    .set({ thanked_at: now })
    .where('id', '=', id)
    .where('thanked_at', 'is', null)
    .executeTakeFirst();
}

/** How many people wrote, and how many messages: what the person sees of the support. */
export async function supportCounts(db: Db, circleId: string) {
  const row = await db
    .selectFrom('circle_messages')
    .select((eb) => [
      eb.fn.count<number>('author_id').distinct().as('people'),
      eb.fn.countAll<number>().as('messages'),
    ])
    .where('circle_id', '=', circleId)
    .executeTakeFirst();
  return { people: Number(row?.people ?? 0), messages: Number(row?.messages ?? 0) };
}

/** How many kind messages a person sent to support circles (what they gave). */
export async function supportSentBy(db: Db, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('circle_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('author_id', '=', accountId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One page of the person's followers not yet asked to write for this circle. */
export function followersNotAsked(db: Db, circle: CircleRow, limit: number) {
  return db
    .selectFrom('follows as f')
    .innerJoin('users as u', 'u.account_id', 'f.account_id')
    .select('f.account_id')
    .where('f.target_account_id', '=', circle.account_id)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('notifications as n')
            .select('n.id')
            .whereRef('n.account_id', '=', 'f.account_id')
            .where('n.from_account_id', '=', circle.account_id)
            .where('n.type', '=', 'empathie.circle.request')
            .where('n.created_at', '>=', circle.created_at),
        ),
      ),
    )
    .orderBy('f.account_id')
    .limit(limit)
    .execute();
}
