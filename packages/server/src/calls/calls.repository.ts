import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { visibleTo } from '../policy/visibility.ts';
import type { CallTable, CallUpdateTable, CallVolunteerTable } from './calls.tables.ts';
import './calls.tables.ts';

export type Db = Kysely<Database>;
export type CallRow = CallTable;
export type VolunteerRow = CallVolunteerTable;
export type UpdateRow = CallUpdateTable;

/** How a skill name matches another: trimmed, lower case, inner spaces collapsed. */
export function skillKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function insertCall(
  db: Db,
  call: CallRow,
  skills: Array<{ name: string; wanted: number }>,
): Promise<void> {
  // Inside the post's own transaction when called from it (posts.create `within`).
  const run = (write: (trx: Db) => Promise<void>) =>
    db.isTransaction ? write(db) : db.transaction().execute(write);
  return run(async (trx) => {
    await trx.insertInto('calls').values(call).execute();
    await trx
      .insertInto('call_skills')
      .values(
        skills.map((s, position) => ({
          call_id: call.id,
          name: s.name.trim(),
          name_key: skillKey(s.name),
          wanted: s.wanted,
          position,
        })),
      )
      .execute();
    await trx
      .insertInto('call_organisers')
      .values({ call_id: call.id, account_id: call.account_id, added_at: call.created_at })
      .execute();
  });
}

/** The call, if the viewer may see the status that carries it. */
export function findVisibleCall(db: Db, id: string, viewerId: string | null) {
  return db
    .selectFrom('calls as c')
    .innerJoin('posts as p', 'p.id', 'c.status_id')
    .selectAll('c')
    .where('c.id', '=', id)
    .where(visibleTo(viewerId, 'p'))
    .executeTakeFirst();
}

export function findCall(db: Db, id: string) {
  return db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirst();
}

export function callsByStatusIds(db: Db, statusIds: string[]) {
  if (statusIds.length === 0) return Promise.resolve([] as CallRow[]);
  return db.selectFrom('calls').selectAll().where('status_id', 'in', statusIds).execute();
}

export interface CallQuery {
  viewerId: string | null;
  state?: 'open' | 'closed' | undefined;
  skill?: string | undefined;
  /** Matching the viewer's skills, public and private alike. */
  matchingMe?: boolean;
  order: 'newest' | 'closing';
  maxId?: string | undefined;
  limit: number;
}

/** A page of visible calls: by id (newest first), or by deadline (soonest first, then id). */
export async function listCalls(db: Db, q: CallQuery): Promise<CallRow[]> {
  let query = db
    .selectFrom('calls as c')
    .innerJoin('posts as p', 'p.id', 'c.status_id')
    .selectAll('c')
    .where(visibleTo(q.viewerId, 'p'));
  if (q.state) query = query.where('c.state', '=', q.state);
  if (q.skill) {
    const key = skillKey(q.skill);
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('call_skills as s')
          .select('s.call_id')
          .whereRef('s.call_id', '=', 'c.id')
          .where('s.name_key', '=', key),
      ),
    );
  }
  if (q.matchingMe && q.viewerId) {
    const viewerId = q.viewerId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('call_skills as s')
          .innerJoin('account_skills as a', 'a.name_key', 's.name_key')
          .select('s.call_id')
          .whereRef('s.call_id', '=', 'c.id')
          .where('a.account_id', '=', viewerId),
      ),
    );
  }
  if (q.order === 'newest') {
    if (q.maxId) query = query.where('c.id', '<', q.maxId);
    return query.orderBy('c.id', 'desc').limit(q.limit).execute();
  }
  if (q.maxId) {
    const after = await findCall(db, q.maxId);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('c.deadline', '>', after.deadline),
          eb.and([eb('c.deadline', '=', after.deadline), eb('c.id', '>', after.id)]),
        ]),
      );
    }
  }
  return query.orderBy('c.deadline', 'asc').orderBy('c.id', 'asc').limit(q.limit).execute();
}

export function skillsOf(db: Db, callIds: string[]) {
  if (callIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('call_skills')
    .selectAll()
    .where('call_id', 'in', callIds)
    .orderBy('call_id')
    .orderBy('position')
    .execute();
}

/** Joined count per (call, skill key). */
export async function joinedCounts(db: Db, callIds: string[]): Promise<Map<string, number>> {
  if (callIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('call_volunteer_skills')
    .select(['call_id', 'name_key', (eb) => eb.fn.countAll<number>().as('n')])
    .where('call_id', 'in', callIds)
    .groupBy(['call_id', 'name_key'])
    .execute();
  return new Map(rows.map((r) => [`${r.call_id} ${r.name_key}`, Number(r.n)]));
}

export async function volunteerCounts(db: Db, callIds: string[]): Promise<Map<string, number>> {
  if (callIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('call_volunteers')
    .select(['call_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('call_id', 'in', callIds)
    .groupBy('call_id')
    .execute();
  return new Map(rows.map((r) => [r.call_id, Number(r.n)]));
}

export function organisersOf(db: Db, callIds: string[]) {
  if (callIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('call_organisers')
    .selectAll()
    .where('call_id', 'in', callIds)
    .orderBy('added_at')
    .execute();
}

export async function isOrganiser(db: Db, callId: string, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom('call_organisers')
    .select('account_id')
    .where('call_id', '=', callId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row !== undefined;
}

export function addOrganiser(db: Db, callId: string, accountId: string, now: string) {
  return db
    .insertInto('call_organisers')
    .values({ call_id: callId, account_id: accountId, added_at: now })
    .onConflict((oc) => oc.columns(['call_id', 'account_id']).doNothing())
    .execute();
}

/** The viewer's own participation in each call of the page. */
export function participationsOf(db: Db, callIds: string[], accountId: string) {
  if (callIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('call_volunteers')
    .selectAll()
    .where('call_id', 'in', callIds)
    .where('account_id', '=', accountId)
    .execute();
}

export function skillKeysOf(db: Db, callId: string, accountIds: string[]) {
  if (accountIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('call_volunteer_skills')
    .selectAll()
    .where('call_id', '=', callId)
    .where('account_id', 'in', accountIds)
    .execute();
}

/** Joins, or changes the skills and note of one who already joined, in one transaction. */
export function upsertVolunteer(db: Db, row: VolunteerRow, skillKeys: string[]): Promise<void> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('call_volunteers')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['call_id', 'account_id'])
          .doUpdateSet({ note: row.note, note_visibility: row.note_visibility }),
      )
      .execute();
    await trx
      .deleteFrom('call_volunteer_skills')
      .where('call_id', '=', row.call_id)
      .where('account_id', '=', row.account_id)
      .execute();
    await trx
      .insertInto('call_volunteer_skills')
      .values(
        skillKeys.map((k) => ({ call_id: row.call_id, account_id: row.account_id, name_key: k })),
      )
      .execute();
  });
}

export function removeVolunteer(db: Db, callId: string, accountId: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('call_volunteer_skills')
      .where('call_id', '=', callId)
      .where('account_id', '=', accountId)
      .execute();
    const r = await trx
      .deleteFrom('call_volunteers')
      .where('call_id', '=', callId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  });
}

/** Volunteers by join order (cursor: the volunteer row's id), newest first like Mastodon lists. */
export function volunteersPage(db: Db, callId: string, page: { maxId?: string; limit: number }) {
  let q = db.selectFrom('call_volunteers').selectAll().where('call_id', '=', callId);
  if (page.maxId) q = q.where('id', '<', page.maxId);
  return q.orderBy('id', 'desc').limit(page.limit).execute();
}

/** The latest public notes of a call, for everyone who may see it. */
export function publicNotes(db: Db, callId: string, limit: number) {
  return db
    .selectFrom('call_volunteers')
    .selectAll()
    .where('call_id', '=', callId)
    .where('note_visibility', '=', 'public')
    .where('note', 'is not', null)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export function insertUpdate(db: Db, row: UpdateRow) {
  return db.insertInto('call_updates').values(row).execute();
}

export function updatesOf(db: Db, callId: string, audiences: Array<'public' | 'volunteers'>) {
  return db
    .selectFrom('call_updates')
    .selectAll()
    .where('call_id', '=', callId)
    .where('audience', 'in', audiences)
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
}

export function closeCall(db: Db, id: string, outcome: string, now: string) {
  return db
    .updateTable('calls')
    .set({ state: 'closed', outcome, closed_at: now })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
}

/** How many calls a person joined (what they gave). */
export async function callsJoinedBy(db: Db, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('call_volunteers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The skills one person offered, in each of the calls of a page. */
export function offeredSkills(db: Db, callIds: string[], accountId: string) {
  if (callIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('call_volunteer_skills')
    .selectAll()
    .where('call_id', 'in', callIds)
    .where('account_id', '=', accountId)
    .execute();
}
