import type { Kysely, Selectable } from 'kysely';
import type { PageParams } from '../db/pagination.ts';
import { applyPage, finishPage } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type {
  AccountModerationTable,
  AppealTable,
  NoticeTable,
  StatementTable,
} from './moderation.tables.ts';

type Db = Kysely<Database>;
export type StatementRow = Selectable<StatementTable>;
export type AppealRow = Selectable<AppealTable>;
export type NoticeRow = Selectable<NoticeTable>;
export type AccountModerationRow = Selectable<AccountModerationTable>;

/** The restriction columns one can set on an account. */
export type AccountFlag = 'suspended_at' | 'limited_at' | 'disabled_at';

export function accountModeration(db: Db, accountId: string) {
  return db
    .selectFrom('account_moderation')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export async function accountModerationMany(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, AccountModerationRow>();
  const rows = await db
    .selectFrom('account_moderation')
    .selectAll()
    .where('account_id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.account_id, r]));
}

/** Sets or clears one restriction (or the trusted-flagger mark) of an account. */
export async function setAccountModeration(
  db: Db,
  accountId: string,
  changes: Partial<Record<AccountFlag, string | null>> & { trusted_flagger?: number },
  at: string,
): Promise<void> {
  await db
    .insertInto('account_moderation')
    .values({
      account_id: accountId,
      suspended_at: null,
      limited_at: null,
      disabled_at: null,
      trusted_flagger: 0,
      ...changes,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ ...changes, updated_at: at }))
    .execute();
}

export async function removePost(db: Db, postId: string, statementId: string, at: string) {
  await db
    .insertInto('post_removals')
    .values({ post_id: postId, statement_id: statementId, removed_at: at })
    .onConflict((oc) => oc.column('post_id').doNothing())
    .execute();
}

export async function restorePost(db: Db, postId: string): Promise<void> {
  await db.deleteFrom('post_removals').where('post_id', '=', postId).execute();
}

export async function removedPosts(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('post_removals')
    .select('post_id')
    .where('post_id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.post_id));
}

export async function setPostSensitive(db: Db, postId: string, sensitive: number) {
  await db.updateTable('posts').set({ sensitive }).where('id', '=', postId).execute();
}

export function findPost(db: Db, id: string) {
  return db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function postsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('posts')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export function postEdits(db: Db, postId: string) {
  return db
    .selectFrom('post_edits')
    .select(['id', 'text', 'spoiler_text', 'sensitive', 'created_at'])
    .where('post_id', '=', postId)
    .orderBy('id')
    .limit(50)
    .execute();
}

export function postTones(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('post_tones')
    .selectAll()
    .where('post_id', 'in', [...ids])
    .execute();
}

export function uiLanguage(db: Db, accountId: string) {
  return db
    .selectFrom('users')
    .select('ui_language')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export async function insertStatement(db: Db, row: StatementRow): Promise<void> {
  await db.insertInto('moderation_statements').values(row).execute();
}

export function findStatement(db: Db, id: string) {
  return db.selectFrom('moderation_statements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function statementsOf(db: Db, accountId: string, page: PageParams) {
  const q = db.selectFrom('moderation_statements').selectAll().where('account_id', '=', accountId);
  return finishPage(await applyPage(q, 'id', page).execute(), page);
}

export async function allStatements(db: Db, range: { from: string; to: string }, page: PageParams) {
  const q = db
    .selectFrom('moderation_statements')
    .selectAll()
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to);
  return finishPage(await applyPage(q, 'id', page).execute(), page);
}

export async function markReversed(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable('moderation_statements')
    .set({ state: 'reversed', reversed_at: at })
    .where('id', '=', id)
    .execute();
}

export async function insertAppeal(db: Db, row: AppealRow): Promise<void> {
  await db.insertInto('moderation_appeals').values(row).execute();
}

export function findAppeal(db: Db, id: string) {
  return db.selectFrom('moderation_appeals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function appealsByStatement(db: Db, statementIds: readonly string[]) {
  if (statementIds.length === 0) return new Map<string, AppealRow>();
  const rows = await db
    .selectFrom('moderation_appeals')
    .selectAll()
    .where('statement_id', 'in', [...statementIds])
    .execute();
  return new Map(rows.map((r) => [r.statement_id, r]));
}

export async function listAppeals(db: Db, state: AppealRow['state'] | null, page: PageParams) {
  let q = db.selectFrom('moderation_appeals').selectAll();
  if (state) q = q.where('state', '=', state);
  return finishPage(await applyPage(q, 'id', page).execute(), page);
}

/** Decides a pending appeal; false when it was decided meanwhile. */
export async function decideAppeal(
  db: Db,
  id: string,
  changes: { state: 'upheld' | 'reversed'; decided_by: string; reason: string; decided_at: string },
): Promise<boolean> {
  const r = await db
    .updateTable('moderation_appeals')
    .set(changes)
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertNotice(db: Db, row: NoticeRow): Promise<void> {
  await db.insertInto('notices').values(row).execute();
}

export function findNoticeByReference(db: Db, reference: string) {
  return db.selectFrom('notices').selectAll().where('reference', '=', reference).executeTakeFirst();
}

export function findNotice(db: Db, id: string) {
  return db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
}

export function openNotices(db: Db, limit: number) {
  return db
    .selectFrom('notices')
    .selectAll()
    .where('state', '=', 'open')
    .orderBy('priority', 'desc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

export async function updateNotice(
  db: Db,
  id: string,
  changes: Partial<Omit<NoticeRow, 'id' | 'reference'>>,
): Promise<void> {
  await db.updateTable('notices').set(changes).where('id', '=', id).execute();
}

/** Resolves a local post URL or profile URL to what it names, if it is on this instance. */
export async function resolveLocalUrl(
  db: Db,
  url: string,
): Promise<{ accountId: string; postId: string | null } | null> {
  const post = await db
    .selectFrom('posts')
    .select(['id', 'account_id'])
    .where((eb) => eb.or([eb('url', '=', url), eb('uri', '=', url)]))
    .executeTakeFirst();
  if (post) return { accountId: post.account_id, postId: post.id };
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .where((eb) => eb.or([eb('url', '=', url), eb('uri', '=', url)]))
    .executeTakeFirst();
  return account ? { accountId: account.id, postId: null } : null;
}

/** Account ids for the admin list, newest first, by cursor; filtered by name, origin, state. */
export async function listAccountIds(
  db: Db,
  filter: {
    username?: string | undefined;
    origin?: 'local' | 'remote' | undefined;
    status?: 'active' | 'pending' | 'disabled' | 'silenced' | 'suspended' | undefined;
  },
  page: PageParams,
): Promise<Array<{ id: string }>> {
  let query = db.selectFrom('accounts as a').select('a.id').where('a.deleted_at', 'is', null);
  if (filter.username) query = query.where('a.username_key', '=', filter.username.toLowerCase());
  if (filter.origin === 'local') query = query.where('a.domain', 'is', null);
  if (filter.origin === 'remote') query = query.where('a.domain', 'is not', null);
  const flag =
    filter.status === 'suspended'
      ? 'am.suspended_at'
      : filter.status === 'silenced'
        ? 'am.limited_at'
        : filter.status === 'disabled'
          ? 'am.disabled_at'
          : null;
  if (flag) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('account_moderation as am')
          .select('am.account_id')
          .whereRef('am.account_id', '=', 'a.id')
          .where(flag, 'is not', null),
      ),
    );
  }
  return finishPage(await applyPage(query, 'a.id', page).execute(), page);
}

/** Sets a local person's role; false when there is no such person. */
export async function setRole(
  db: Db,
  accountId: string,
  role: 'admin' | 'moderator' | 'user',
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ role })
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function statementsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('moderation_statements')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/** The notification that announces a statement or an appeal's outcome, from the person to themselves. */
export async function insertModerationNotification(
  db: Db,
  n: { id: string; accountId: string; type: 'empathie.statement' | 'empathie.appeal'; at: string },
): Promise<void> {
  await db
    .insertInto('notifications')
    .values({
      id: n.id,
      account_id: n.accountId,
      from_account_id: n.accountId,
      type: n.type,
      post_id: null,
      created_at: n.at,
      filtered: 0,
    })
    .execute();
}

export async function accountExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('accounts').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export function inForceStatements(db: Db, accountId: string, action: StatementRow['action']) {
  return db
    .selectFrom('moderation_statements')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('action', '=', action)
    .where('state', '=', 'in_force')
    .execute();
}

export function appealOf(db: Db, statementId: string) {
  return db
    .selectFrom('moderation_appeals')
    .select('id')
    .where('statement_id', '=', statementId)
    .executeTakeFirst();
}
