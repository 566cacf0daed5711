import type { Kysely } from 'kysely';
import '../circles/circles.tables.ts';
import type { SpotlightTable } from '../circles/circles.tables.ts';
import type { Database } from '../db/schema.ts';
import { visibleTo } from '../policy/visibility.ts';

export type Db = Kysely<Database>;
export type SpotlightRow = SpotlightTable;

export function insertSpotlight(db: Db, row: SpotlightRow) {
  return db.insertInto('spotlights').values(row).execute();
}

export function findVisibleSpotlight(db: Db, id: string, viewerId: string | null) {
  return db
    .selectFrom('spotlights as s')
    .innerJoin('posts as p', 'p.id', 's.status_id')
    .selectAll('s')
    .where('s.id', '=', id)
    .where(visibleTo(viewerId, 'p'))
    .executeTakeFirst();
}

export function acceptSpotlight(db: Db, id: string, now: string) {
  return db
    .updateTable('spotlights')
    .set({ accepted_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .execute();
}

export function spotlightsByStatusIds(db: Db, statusIds: string[]) {
  if (statusIds.length === 0) return Promise.resolve([] as SpotlightRow[]);
  return db.selectFrom('spotlights').selectAll().where('status_id', 'in', statusIds).execute();
}

/** Spotlights on one person (accepted ones; all of them for the person), or since a time. */
export function listSpotlights(
  db: Db,
  q: {
    viewerId: string | null;
    accountId?: string;
    acceptedOnly?: boolean;
    since?: string;
    maxId?: string | undefined;
    limit: number;
  },
) {
  let query = db
    .selectFrom('spotlights as s')
    .innerJoin('posts as p', 'p.id', 's.status_id')
    .selectAll('s')
    .where(visibleTo(q.viewerId, 'p'));
  if (q.accountId) query = query.where('s.account_id', '=', q.accountId);
  if (q.acceptedOnly) query = query.where('s.accepted_at', 'is not', null);
  if (q.since) query = query.where('s.created_at', '>=', q.since);
  if (q.maxId) query = query.where('s.id', '<', q.maxId);
  return query.orderBy('s.id', 'desc').limit(q.limit).execute();
}

export async function spotlightsGivenBy(db: Db, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('spotlights')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('author_id', '=', accountId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
