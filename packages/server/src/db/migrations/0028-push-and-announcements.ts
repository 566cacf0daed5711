import type { Kysely } from 'kysely';

/**
 * Web Push subscriptions (one per access token, as Mastodon has it), instance announcements with
 * their dismissals and reactions, the suggestions a person waved away, and the accounts a person
 * features on their profile (Mastodon's endorsements). The VAPID key pair lives in
 * `instance_settings`, written once by the first process that needs it.
 */
export const pushAndAnnouncements = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('push_subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('access_token_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('endpoint', 'text', (c) => c.notNull())
      .addColumn('p256dh', 'text', (c) => c.notNull())
      .addColumn('auth', 'text', (c) => c.notNull())
      .addColumn('alerts', 'text', (c) => c.notNull())
      .addColumn('policy', 'text', (c) => c.notNull().defaultTo('all'))
      .addColumn('access_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('push_subscriptions_by_account')
      .on('push_subscriptions')
      .column('account_id')
      .execute();

    await db.schema
      .createTable('announcements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('content_fr', 'text', (c) => c.notNull())
      .addColumn('content_en', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text')
      .addColumn('ends_at', 'text')
      .addColumn('all_day', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('published_at', 'text')
      .addColumn('author_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('announcement_dismissals')
      .addColumn('announcement_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('announcement_dismissals_pk', ['announcement_id', 'account_id'])
      .execute();
    await db.schema
      .createTable('announcement_reactions')
      .addColumn('announcement_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('announcement_reactions_pk', [
        'announcement_id',
        'account_id',
        'name',
      ])
      .execute();

    await db.schema
      .createTable('suggestion_dismissals')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('target_account_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('suggestion_dismissals_pk', ['account_id', 'target_account_id'])
      .execute();

    await db.schema
      .createTable('endorsements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('target_account_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('endorsements_once', ['account_id', 'target_account_id'])
      .execute();
    await db.schema
      .createIndex('endorsements_by_account')
      .on('endorsements')
      .columns(['account_id', 'id'])
      .execute();
  },
};
