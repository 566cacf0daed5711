import { type Kysely, sql } from 'kysely';
import type { PostRow } from '../api/mastodon/status.serializer.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

/** Marks an account deleted (hidden from everyone at once); false if it already was. */
export async function markAccountDeleted(db: Db, accountId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('accounts')
    .set({ deleted_at: at })
    .where('id', '=', accountId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Whether another live, approved administrator exists besides this account. */
export async function anotherAdminExists(db: Db, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select('u.account_id')
    .where('u.role', '=', 'admin')
    .where('u.approved', '=', 1)
    .where('a.deleted_at', 'is', null)
    .where('u.account_id', '!=', accountId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export function findDeletedAccount(db: Db, accountId: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'deleted_at'])
    .where('id', '=', accountId)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
}

/** The next batch of the account's posts, newest first (replies go before what they answer). */
export function nextPostsOf(db: Db, accountId: string, limit: number): Promise<PostRow[]> {
  return db
    .selectFrom('posts')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Shares of a post, by anyone: they go with it, as when a post is deleted by hand. */
export function sharesOf(db: Db, postId: string): Promise<PostRow[]> {
  return db.selectFrom('posts').selectAll().where('reblog_of_id', '=', postId).execute();
}

/**
 * What the person owns in the other domains' tables, as (table, column): their filters, their
 * notification policy and the requests and permissions on either side, their block lists and
 * subscriptions, their shield, their allies (either way), the log of what allies did for them,
 * and their own evidence dossiers. Written as plain SQL on constant names, so this list does not
 * depend on each domain's table types; child rows go by their foreign keys' cascade. Kept on
 * purpose: dossiers held by other people, reports, moderation records, other people's shield
 * counters and their block lists that name the account (ADR 0011).
 */
const OWNED_ELSEWHERE: ReadonlyArray<readonly [table: string, column: string]> = [
  ['filters', 'account_id'],
  ['notification_policies', 'account_id'],
  ['notification_requests', 'account_id'],
  ['notification_requests', 'from_account_id'],
  ['notification_permissions', 'account_id'],
  ['notification_permissions', 'from_account_id'],
  ['block_list_effects', 'account_id'],
  ['block_list_effects', 'target_account_id'],
  ['block_list_subscriptions', 'account_id'],
  ['block_lists', 'account_id'],
  ['shield_settings', 'account_id'],
  ['shield_traffic', 'owner_id'],
  ['shield_held', 'owner_id'],
  ['shield_held', 'from_account_id'],
  ['allies', 'owner_id'],
  ['allies', 'ally_id'],
  ['ally_log', 'owner_id'],
  ['dossiers', 'account_id'],
  // Their direct conversations, the hashtags they follow or feature, and who they voted for
  // (the polls' tallies keep the count, no longer the person).
  ['conversations', 'account_id'],
  ['conversation_posts', 'account_id'],
  ['tag_follows', 'account_id'],
  ['featured_tags', 'account_id'],
  ['poll_votes', 'account_id'],
  ['poll_voters', 'account_id'],
  // Their push subscriptions (tokens with them), what they did with announcements and
  // suggestions, and who they feature or are featured by.
  ['push_subscriptions', 'account_id'],
  ['announcement_dismissals', 'account_id'],
  ['announcement_reactions', 'account_id'],
  ['suggestion_dismissals', 'account_id'],
  ['suggestion_dismissals', 'target_account_id'],
  ['endorsements', 'account_id'],
  ['endorsements', 'target_account_id'],
  // The keys the person's actor signed with: nobody may sign as them any more. (A remote
  // account's cached profile goes the same way when its server deletes it.)
  ['actor_keys', 'owner_id'],
  ['remote_profiles', 'account_id'],
];

/**
 * Erases everything but the account's tombstone, which keeps the username reserved (nobody can
 * take a deleted person's name and speak as them) and the mentions in other people's posts
 * pointing somewhere. Counters of the people on the other side of each relationship are kept
 * right. Posts must be gone already (see `nextPostsOf`).
 */
export async function eraseAccountRows(db: Db, accountId: string, at: string): Promise<void> {
  // Relationships: the other side's counters first, then the rows.
  await db
    .updateTable('accounts')
    .set((eb) => ({ followers_count: eb('followers_count', '-', 1) }))
    .where('id', 'in', (eb) =>
      eb.selectFrom('follows').select('target_account_id').where('account_id', '=', accountId),
    )
    .where('followers_count', '>', 0)
    .execute();
  await db
    .updateTable('accounts')
    .set((eb) => ({ following_count: eb('following_count', '-', 1) }))
    .where('id', 'in', (eb) =>
      eb.selectFrom('follows').select('account_id').where('target_account_id', '=', accountId),
    )
    .where('following_count', '>', 0)
    .execute();
  for (const table of ['follows', 'follow_requests', 'blocks', 'mutes'] as const) {
    await db
      .deleteFrom(table)
      .where((eb) =>
        eb.or([eb('account_id', '=', accountId), eb('target_account_id', '=', accountId)]),
      )
      .execute();
  }
  // Favourites the person gave, and the counts they added to.
  await db
    .updateTable('posts')
    .set((eb) => ({ favourites_count: eb('favourites_count', '-', 1) }))
    .where('id', 'in', (eb) =>
      eb.selectFrom('favourites').select('post_id').where('account_id', '=', accountId),
    )
    .where('favourites_count', '>', 0)
    .execute();
  await db.deleteFrom('favourites').where('account_id', '=', accountId).execute();
  await db
    .deleteFrom('notifications')
    .where((eb) => eb.or([eb('account_id', '=', accountId), eb('from_account_id', '=', accountId)]))
    .execute();
  await db
    .deleteFrom('home_feed')
    .where((eb) => eb.or([eb('account_id', '=', accountId), eb('author_id', '=', accountId)]))
    .execute();
  for (const table of [
    'markers',
    'idempotency_keys',
    'drafts',
    'coach_settings',
    'coach_outcomes',
    'scheduled_statuses',
    'api_keys',
    'access_tokens',
    // What the person kept, and the app authorizations they gave that were not yet exchanged.
    'bookmarks',
    'pins',
    'oauth_authorization_codes',
  ] as const) {
    await db.deleteFrom(table).where('account_id', '=', accountId).execute();
  }
  // The person's lists, and their place in other people's lists.
  await db
    .deleteFrom('list_accounts')
    .where((eb) =>
      eb.or([
        eb('account_id', '=', accountId),
        eb(
          'list_id',
          'in',
          eb.selectFrom('lists').select('id').where('account_id', '=', accountId),
        ),
      ]),
    )
    .execute();
  await db.deleteFrom('lists').where('account_id', '=', accountId).execute();
  await db.deleteFrom('invites').where('created_by', '=', accountId).execute();
  for (const [table, column] of OWNED_ELSEWHERE) {
    await sql`delete from ${sql.table(table)} where ${sql.ref(column)} = ${accountId}`.execute(db);
  }
  // The e-mail address and the password hash: the person can sign up again with that address.
  await db.deleteFrom('users').where('account_id', '=', accountId).execute();
  await db
    .updateTable('accounts')
    .set({
      display_name: '',
      note: '',
      intention: '',
      discoverable: 0,
      followers_count: 0,
      following_count: 0,
      statuses_count: 0,
      last_status_at: null,
      updated_at: at,
    })
    .where('id', '=', accountId)
    .execute();
}
