import type { Kysely, Selectable } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type {
  AlertKind,
  AlertState,
  CoordinationAlertTable,
  CoordinationContactTable,
  CoordinationPostTable,
} from './coordination.tables.ts';

type Db = Kysely<Database>;
export type AlertRow = Selectable<CoordinationAlertTable>;

/** What the detector needs to know about a post, read once per job. */
export function findPostForDetection(db: Db, postId: string) {
  return db
    .selectFrom('posts')
    .innerJoin('accounts', 'accounts.id', 'posts.account_id')
    .select([
      'posts.id',
      'posts.account_id',
      'posts.text',
      'posts.created_at',
      'posts.reblog_of_id',
      'posts.in_reply_to_account_id',
      'accounts.bot',
      'accounts.created_at as account_created_at',
      'accounts.statuses_count',
    ])
    .where('posts.id', '=', postId)
    .executeTakeFirst();
}

export async function mentionedAccounts(db: Db, postId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('mentions')
    .select('account_id')
    .where('post_id', '=', postId)
    .limit(50)
    .execute();
  return rows.map((r) => r.account_id);
}

export function findAccountCreated(db: Db, accountId: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'created_at', 'domain'])
    .where('id', '=', accountId)
    .executeTakeFirst();
}

export async function insertFingerprint(
  db: Db,
  row: Selectable<CoordinationPostTable>,
  bands: string[],
): Promise<void> {
  await db
    .insertInto('coordination_posts')
    .values(row)
    .onConflict((oc) => oc.column('post_id').doNothing())
    .execute();
  if (bands.length === 0) return;
  await db
    .insertInto('coordination_bands')
    .values(bands.map((band) => ({ band, post_id: row.post_id, created_at: row.created_at })))
    .onConflict((oc) => oc.columns(['band', 'post_id']).doNothing())
    .execute();
}

/** Posting times of one account since `since` (ISO), newest last; capped at a day's worth. */
export async function postTimes(db: Db, accountId: string, since: string, until: string) {
  const rows = await db
    .selectFrom('coordination_posts')
    .select(['post_id', 'created_at'])
    .where('account_id', '=', accountId)
    .where('created_at', '>', since)
    .where('created_at', '<=', until)
    .orderBy('created_at', 'desc')
    .limit(1500)
    .execute();
  return rows.reverse();
}

/** Recent posts sharing at least one band with the given ones (the LSH candidates). */
export function bandCandidates(db: Db, bands: string[], since: string, excludePostId: string) {
  return db
    .selectFrom('coordination_bands as b')
    .innerJoin('coordination_posts as p', 'p.post_id', 'b.post_id')
    .select(['p.post_id', 'p.account_id', 'p.signature', 'p.alert_id', 'p.created_at'])
    .distinct()
    .where('b.band', 'in', bands)
    .where('b.created_at', '>=', since)
    .where('b.post_id', '!=', excludePostId)
    .limit(2000)
    .execute();
}

export async function markPostsInAlert(db: Db, postIds: string[], alertId: string): Promise<void> {
  if (postIds.length === 0) return;
  await db
    .updateTable('coordination_posts')
    .set({ alert_id: alertId })
    .where('post_id', 'in', postIds)
    .execute();
}

export async function insertContact(
  db: Db,
  row: Selectable<CoordinationContactTable>,
): Promise<void> {
  await db
    .insertInto('coordination_contacts')
    .values(row)
    .onConflict((oc) => oc.columns(['target_id', 'post_id']).doNothing())
    .execute();
}

export function contactsSince(db: Db, targetId: string, since: string, until: string) {
  return db
    .selectFrom('coordination_contacts')
    .select(['author_id', 'post_id', 'newcomer', 'created_at'])
    .where('target_id', '=', targetId)
    .where('created_at', '>=', since)
    .where('created_at', '<=', until)
    .orderBy('created_at')
    .limit(5000)
    .execute();
}

export async function insertSignup(db: Db, accountId: string, createdAt: string): Promise<void> {
  await db
    .insertInto('coordination_signups')
    .values({ account_id: accountId, created_at: createdAt })
    .onConflict((oc) => oc.column('account_id').doNothing())
    .execute();
}

export function signupsBetween(db: Db, since: string, until: string) {
  return db
    .selectFrom('coordination_signups')
    .select(['account_id', 'created_at'])
    .where('created_at', '>', since)
    .where('created_at', '<=', until)
    .orderBy('created_at')
    .limit(5000)
    .execute();
}

export async function countSignupsBetween(db: Db, since: string, until: string): Promise<number> {
  const row = await db
    .selectFrom('coordination_signups')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('created_at', '>', since)
    .where('created_at', '<=', until)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Forgets the detector's memory older than `before`; alerts stay. */
export async function pruneMemory(db: Db, before: string): Promise<void> {
  await db.deleteFrom('coordination_bands').where('created_at', '<', before).execute();
  await db.deleteFrom('coordination_posts').where('created_at', '<', before).execute();
  await db.deleteFrom('coordination_contacts').where('created_at', '<', before).execute();
  await db.deleteFrom('coordination_signups').where('created_at', '<', before).execute();
}

export function findOpenAlert(db: Db, kind: AlertKind, subject: string, updatedSince: string) {
  return db
    .selectFrom('coordination_alerts')
    .selectAll()
    .where('kind', '=', kind)
    .where('subject', '=', subject)
    .where('state', '=', 'open')
    .where('updated_at', '>=', updatedSince)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export function findAlert(db: Db, id: string) {
  return db.selectFrom('coordination_alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAlert(db: Db, row: AlertRow): Promise<void> {
  await db.insertInto('coordination_alerts').values(row).execute();
}

export async function updateAlertEvidence(
  db: Db,
  id: string,
  changes: { account_ids: string; evidence: string; updated_at: string },
): Promise<void> {
  await db.updateTable('coordination_alerts').set(changes).where('id', '=', id).execute();
}

/** Decides an open alert; false when it is unknown or already decided. */
export async function decideAlert(
  db: Db,
  id: string,
  state: Exclude<AlertState, 'open'>,
  by: string,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('coordination_alerts')
    .set({ state, decided_by: by, decided_at: at, updated_at: at })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function listAlerts(
  db: Db,
  filter: { state: AlertState | 'all'; kind: AlertKind | undefined },
  page: PageParams,
): Promise<AlertRow[]> {
  let q = db.selectFrom('coordination_alerts').selectAll();
  if (filter.state !== 'all') q = q.where('state', '=', filter.state);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  return finishPage(await applyPage(q, 'id', page).execute(), page);
}

export function accountsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('accounts').selectAll().where('id', 'in', ids).execute();
}
