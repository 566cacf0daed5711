import type { Kysely, Selectable } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type { IncomingKind } from './shield.detection.ts';
import type {
  HeldState,
  ShieldHeldTable,
  ShieldSettingsTable,
  ShieldTrafficTable,
} from './shield.tables.ts';
import './shield.tables.ts';

type Db = Kysely<Database>;
export type ShieldRow = Selectable<ShieldSettingsTable>;
export type HeldRow = Selectable<ShieldHeldTable>;
export type TrafficRow = Selectable<ShieldTrafficTable>;

export function readShield(db: Db, accountId: string): Promise<ShieldRow | undefined> {
  return db
    .selectFrom('shield_settings')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/** Creates the row with defaults the first time, else changes only the given columns. */
export async function writeShield(
  db: Db,
  accountId: string,
  changes: Partial<Omit<ShieldSettingsTable, 'account_id'>>,
  now: string,
): Promise<void> {
  const set = { ...changes, updated_at: now };
  await db
    .insertInto('shield_settings')
    .values({
      account_id: accountId,
      mode: 'auto',
      sensitivity: null,
      active: 0,
      activated_at: null,
      reason: null,
      last_surge_at: null,
      baseline_rate: 0,
      baseline_at: null,
      ...set,
    })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(set))
    .execute();
}

/** What the circle rule needs to know about a sender, in one query of key lookups. */
export async function senderFacts(db: Db, ownerId: string, fromId: string) {
  const row = await db
    .selectFrom('accounts as a')
    .select((eb) => [
      'a.created_at',
      eb
        .exists(
          eb
            .selectFrom('follows as f')
            .select('f.id')
            .where('f.account_id', '=', ownerId)
            .where('f.target_account_id', '=', fromId),
        )
        .as('followed'),
      eb
        .selectFrom('follows as b')
        .select('b.created_at')
        .where('b.account_id', '=', fromId)
        .where('b.target_account_id', '=', ownerId)
        .as('follower_since'),
    ])
    .where('a.id', '=', fromId)
    .executeTakeFirst();
  return {
    personFollowsSender: Boolean(Number(row?.followed ?? 0)),
    senderFollowsSince: row?.follower_since ? new Date(row.follower_since) : null,
    senderCreatedAt: new Date(row?.created_at ?? 0),
  };
}

export async function insertTraffic(db: Db, row: ShieldTrafficTable): Promise<void> {
  await db.insertInto('shield_traffic').values(row).execute();
}

export function trafficOfPost(db: Db, postId: string): Promise<TrafficRow[]> {
  return db.selectFrom('shield_traffic').selectAll().where('post_id', '=', postId).execute();
}

export async function setTrafficWeight(db: Db, id: string, weight: number): Promise<void> {
  await db.updateTable('shield_traffic').set({ weight }).where('id', '=', id).execute();
}

/** Summed weight and count of outsider arrivals received after `since` (one index range). */
export async function windowLoad(
  db: Db,
  ownerId: string,
  since: string,
): Promise<{ load: number; outsiders: number }> {
  const row = await db
    .selectFrom('shield_traffic')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('weight'), eb.lit(0)).as('load'),
      eb.fn.countAll<number>().as('outsiders'),
    ])
    .where('owner_id', '=', ownerId)
    .where('received_at', '>', since)
    .where('outsider', '=', 1)
    .executeTakeFirst();
  return { load: Number(row?.load ?? 0), outsiders: Number(row?.outsiders ?? 0) };
}

/** Hurtful outsider arrivals since `since` that are not in the folder yet (to hold them late). */
export function hurtfulNotHeld(db: Db, ownerId: string, since: string): Promise<TrafficRow[]> {
  return db
    .selectFrom('shield_traffic as t')
    .selectAll('t')
    .where('t.owner_id', '=', ownerId)
    .where('t.received_at', '>', since)
    .where('t.outsider', '=', 1)
    .where('t.weight', '>', 0)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('shield_held as h')
            .select('h.id')
            .whereRef('h.owner_id', '=', 't.owner_id')
            .whereRef('h.from_account_id', '=', 't.from_account_id')
            .whereRef('h.kind', '=', 't.kind')
            .where((w) =>
              w.or([
                w('h.post_id', '=', w.ref('t.post_id')),
                w.and([w('h.post_id', 'is', null), w('t.post_id', 'is', null)]),
              ]),
            ),
        ),
      ),
    )
    .orderBy('t.received_at')
    .execute();
}

export async function pruneTraffic(db: Db, ownerId: string, before: string): Promise<void> {
  await db
    .deleteFrom('shield_traffic')
    .where('owner_id', '=', ownerId)
    .where('received_at', '<', before)
    .execute();
}

/** The folder's row for this interaction, if it was ever held (in any state). */
export function findHeldFor(
  db: Db,
  item: { ownerId: string; fromId: string; kind: IncomingKind; postId: string | null },
): Promise<HeldRow | undefined> {
  let q = db
    .selectFrom('shield_held')
    .selectAll()
    .where('owner_id', '=', item.ownerId)
    .where('from_account_id', '=', item.fromId)
    .where('kind', '=', item.kind);
  q = item.postId === null ? q.where('post_id', 'is', null) : q.where('post_id', '=', item.postId);
  return q.executeTakeFirst();
}

export async function insertHeld(db: Db, row: ShieldHeldTable): Promise<void> {
  await db.insertInto('shield_held').values(row).execute();
}

export async function listHeld(
  db: Db,
  ownerId: string,
  options: { includeDirect: boolean; states: HeldState[] },
  page: PageParams,
): Promise<HeldRow[]> {
  let q = db
    .selectFrom('shield_held')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('state', 'in', options.states);
  if (!options.includeDirect) q = q.where('kind', '<>', 'direct');
  return finishPage(await applyPage(q, 'id', page).execute(), page);
}

export function findHeld(db: Db, ownerId: string, id: string): Promise<HeldRow | undefined> {
  return db
    .selectFrom('shield_held')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function countHeld(db: Db, ownerId: string): Promise<number> {
  const row = await db
    .selectFrom('shield_held')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .where('state', '=', 'held')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Held items received since a date, by state: the summary when the shield switches off. */
export async function heldSince(db: Db, ownerId: string, since: string) {
  const rows = await db
    .selectFrom('shield_held')
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('owner_id', '=', ownerId)
    .where('received_at', '>=', since)
    .groupBy('state')
    .execute();
  return new Map(rows.map((r) => [r.state, Number(r.n)]));
}

export async function decideHeld(
  db: Db,
  id: string,
  changes: { state: HeldState; decided_by: string; decided_at: string; reported_at?: string },
): Promise<void> {
  await db.updateTable('shield_held').set(changes).where('id', '=', id).execute();
}
