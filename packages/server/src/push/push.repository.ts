import type { Kysely } from 'kysely';
import type { Database, PushSubscriptionTable } from '../db/schema.ts';
import type { VapidKeys } from './web-push.crypto.ts';

type Db = Kysely<Database>;
export type PushSubscriptionRow = PushSubscriptionTable;

const VAPID_KEY = 'vapid_keys';

/** SQL of Web Push: subscriptions (one per access token) and the instance's VAPID keys. */
export function pushRepository(db: Db) {
  return {
    ofToken: (tokenId: string) =>
      db
        .selectFrom('push_subscriptions')
        .selectAll()
        .where('access_token_id', '=', tokenId)
        .executeTakeFirst(),

    byId: (id: string) =>
      db.selectFrom('push_subscriptions').selectAll().where('id', '=', id).executeTakeFirst(),

    ofAccount: (accountId: string) =>
      db.selectFrom('push_subscriptions').selectAll().where('account_id', '=', accountId).execute(),

    /** A new subscription replaces the token's previous one, as on Mastodon. */
    async replace(row: PushSubscriptionRow): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('push_subscriptions')
          .where('access_token_id', '=', row.access_token_id)
          .execute();
        await trx.insertInto('push_subscriptions').values(row).execute();
      });
    },

    async update(id: string, change: { alerts: string; policy: PushSubscriptionRow['policy'] }) {
      await db.updateTable('push_subscriptions').set(change).where('id', '=', id).execute();
    },

    async remove(id: string): Promise<void> {
      await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
    },

    async removeOfAccount(accountId: string): Promise<void> {
      await db.deleteFrom('push_subscriptions').where('account_id', '=', accountId).execute();
    },

    /** Whether the token behind a subscription still lives (a revoked one takes it along). */
    async tokenIsLive(tokenId: string): Promise<boolean> {
      const row = await db
        .selectFrom('access_tokens')
        .select('id')
        .where('id', '=', tokenId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Who follows whom between the recipient and the sender, for the `followed`/`follower` policy. */
    async follows(followerId: string, targetId: string): Promise<boolean> {
      const row = await db
        .selectFrom('follows')
        .select('id')
        .where('account_id', '=', followerId)
        .where('target_account_id', '=', targetId)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** What a push says: the notification, its sender, the post's text, the person's language. */
    notification: (id: string) =>
      db
        .selectFrom('notifications as n')
        .innerJoin('accounts as f', 'f.id', 'n.from_account_id')
        .innerJoin('users as u', 'u.account_id', 'n.account_id')
        .leftJoin('posts as p', 'p.id', 'n.post_id')
        .select([
          'n.id',
          'n.type',
          'n.account_id',
          'n.from_account_id',
          'n.post_id',
          'f.username',
          'f.domain',
          'f.display_name',
          'u.ui_language',
          'p.text as post_text',
          'p.spoiler_text as post_spoiler',
        ])
        .where('n.id', '=', id)
        .executeTakeFirst(),

    /** The post a notification is about, for the presenter (filters, gentle folding). */
    post: (id: string) =>
      db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst(),

    /**
     * The instance's VAPID key pair, created by the first caller. Two processes racing both try
     * to insert; the second insert does nothing and both read back the one that won.
     */
    async vapidKeys(generate: () => VapidKeys): Promise<VapidKeys> {
      const read = () =>
        db
          .selectFrom('instance_settings')
          .select('value')
          .where('key', '=', VAPID_KEY)
          .executeTakeFirst();
      const found = await read();
      if (found) return JSON.parse(found.value) as VapidKeys;
      await db
        .insertInto('instance_settings')
        .values({ key: VAPID_KEY, value: JSON.stringify(generate()) })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      const stored = await read();
      if (!stored) throw new Error('VAPID keys could not be stored');
      return JSON.parse(stored.value) as VapidKeys;
    },
  };
}

export type PushRepository = ReturnType<typeof pushRepository>;

/** The instance's VAPID public key (created on first use): apps and the instance answer carry it. */
export async function vapidPublicKey(db: Db, generate: () => VapidKeys): Promise<string> {
  return (await pushRepository(db).vapidKeys(generate)).publicKey;
}
