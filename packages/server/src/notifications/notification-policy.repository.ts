import type { Kysely, Selectable } from 'kysely';
import type { Database, NotificationPolicyTable } from '../db/schema.ts';

type Db = Kysely<Database>;

export type PolicyOutcome = 'accept' | 'filter' | 'drop';
export const POLICY_OUTCOMES: readonly PolicyOutcome[] = ['accept', 'filter', 'drop'];

export const POLICY_FIELDS = [
  'for_not_following',
  'for_not_followers',
  'for_new_accounts',
  'for_private_mentions',
  'for_limited_accounts',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

export type NotificationPolicy = Record<PolicyField, PolicyOutcome>;

/**
 * Until a person chooses otherwise, everything arrives: nothing is set aside without their
 * knowing (Mastodon filters strangers' private mentions by default; here a direct message from
 * a stranger still arrives, and the shield handles surges). `limited` accounts do not exist yet.
 */
export const DEFAULT_POLICY: NotificationPolicy = {
  for_not_following: 'accept',
  for_not_followers: 'accept',
  for_new_accounts: 'accept',
  for_private_mentions: 'accept',
  for_limited_accounts: 'filter',
};

function outcome(value: string, fallback: PolicyOutcome): PolicyOutcome {
  return (POLICY_OUTCOMES as readonly string[]).includes(value)
    ? (value as PolicyOutcome)
    : fallback;
}

function fromRow(row: Selectable<NotificationPolicyTable> | undefined): NotificationPolicy {
  if (!row) return { ...DEFAULT_POLICY };
  return {
    for_not_following: outcome(row.for_not_following, DEFAULT_POLICY.for_not_following),
    for_not_followers: outcome(row.for_not_followers, DEFAULT_POLICY.for_not_followers),
    for_new_accounts: outcome(row.for_new_accounts, DEFAULT_POLICY.for_new_accounts),
    for_private_mentions: outcome(row.for_private_mentions, DEFAULT_POLICY.for_private_mentions),
    for_limited_accounts: outcome(row.for_limited_accounts, DEFAULT_POLICY.for_limited_accounts),
  };
}

export async function findNotificationPolicy(
  db: Db,
  accountId: string,
): Promise<NotificationPolicy> {
  const row = await db
    .selectFrom('notification_policies')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return fromRow(row);
}

export async function saveNotificationPolicy(
  db: Db,
  accountId: string,
  policy: NotificationPolicy,
  now: string,
): Promise<void> {
  await db
    .insertInto('notification_policies')
    .values({ account_id: accountId, ...policy, updated_at: now })
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ ...policy, updated_at: now }))
    .execute();
}

/** Whether the person accepted a request from this sender (their notifications then pass). */
export async function isPermitted(db: Db, accountId: string, fromId: string): Promise<boolean> {
  const row = await db
    .selectFrom('notification_permissions')
    .select('account_id')
    .where('account_id', '=', accountId)
    .where('from_account_id', '=', fromId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function permit(db: Db, accountId: string, fromId: string, now: string) {
  await db
    .insertInto('notification_permissions')
    .values({ account_id: accountId, from_account_id: fromId, created_at: now })
    .onConflict((oc) => oc.columns(['account_id', 'from_account_id']).doNothing())
    .execute();
}
