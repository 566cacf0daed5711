import type { Kysely } from 'kysely';

/**
 * What a person controls to defend themselves: who may reply to each post (and their default),
 * keyword filters (Mastodon's v2 filters), the notification policy for strangers with the
 * requests it holds back, and shared block lists whose subscriptions block or mute everyone on
 * a list. `block_list_effects` remembers which block and mute rows a subscription created, so
 * that unsubscribing removes exactly those and never a block made by hand.
 */
export const defenceControls = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    // Reply controls: `everyone`, `following` (people the author follows), `mentioned`, `nobody`.
    await db.schema
      .alterTable('posts')
      .addColumn('reply_policy', 'text', (c) => c.notNull().defaultTo('everyone'))
      .execute();
    await db.schema
      .alterTable('users')
      .addColumn('default_reply_policy', 'text', (c) => c.notNull().defaultTo('everyone'))
      .execute();
    // A held post keeps the policy chosen when it was written (null: the author's default).
    await db.schema.alterTable('scheduled_statuses').addColumn('reply_policy', 'text').execute();

    // Keyword filters.
    await db.schema
      .createTable('filters')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      // Comma-separated contexts: home, notifications, public, thread, account.
      .addColumn('context', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('filters_by_account')
      .on('filters')
      .columns(['account_id', 'id'])
      .execute();
    await db.schema
      .createTable('filter_keywords')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('filter_id', 'text', (c) =>
        c.notNull().references('filters.id').onDelete('cascade'),
      )
      .addColumn('keyword', 'text', (c) => c.notNull())
      .addColumn('whole_word', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('filter_keywords_by_filter')
      .on('filter_keywords')
      .columns(['filter_id', 'id'])
      .execute();
    await db.schema
      .createTable('filter_statuses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('filter_id', 'text', (c) =>
        c.notNull().references('filters.id').onDelete('cascade'),
      )
      .addColumn('status_id', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('filter_statuses_by_filter')
      .on('filter_statuses')
      .columns(['filter_id', 'status_id'])
      .unique()
      .execute();

    // Strangers' notifications: the policy, the notifications it holds back, who was accepted.
    await db.schema
      .createTable('notification_policies')
      .addColumn('account_id', 'text', (c) =>
        c.primaryKey().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('for_not_following', 'text', (c) => c.notNull())
      .addColumn('for_not_followers', 'text', (c) => c.notNull())
      .addColumn('for_new_accounts', 'text', (c) => c.notNull())
      .addColumn('for_private_mentions', 'text', (c) => c.notNull())
      .addColumn('for_limited_accounts', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .alterTable('notifications')
      .addColumn('filtered', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('notifications_filtered_from')
      .on('notifications')
      .columns(['account_id', 'filtered', 'from_account_id'])
      .execute();
    await db.schema
      .createTable('notification_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('from_account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('notification_requests_pair')
      .on('notification_requests')
      .columns(['account_id', 'from_account_id'])
      .unique()
      .execute();
    await db.schema
      .createTable('notification_permissions')
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('from_account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('notification_permissions_pk', ['account_id', 'from_account_id'])
      .execute();

    // Shared block lists.
    await db.schema
      .createTable('block_lists')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      // `public` (anyone signed in may read and subscribe) or `private` (the owner only).
      .addColumn('visibility', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('block_lists_by_account')
      .on('block_lists')
      .columns(['account_id', 'id'])
      .execute();
    await db.schema
      .createTable('block_list_entries')
      .addColumn('list_id', 'text', (c) =>
        c.notNull().references('block_lists.id').onDelete('cascade'),
      )
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('block_list_entries_pk', ['list_id', 'account_id'])
      .execute();
    await db.schema
      .createTable('block_list_subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('list_id', 'text', (c) =>
        c.notNull().references('block_lists.id').onDelete('cascade'),
      )
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('block_list_subscriptions_pair')
      .on('block_list_subscriptions')
      .columns(['list_id', 'account_id'])
      .unique()
      .execute();
    await db.schema
      .createIndex('block_list_subscriptions_by_account')
      .on('block_list_subscriptions')
      .columns(['account_id'])
      .execute();
    await db.schema
      .createTable('block_list_effects')
      .addColumn('subscription_id', 'text', (c) =>
        c.notNull().references('block_list_subscriptions.id').onDelete('cascade'),
      )
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('target_account_id', 'text', (c) => c.notNull())
      // `block` or `mute`: which relation row the subscription created.
      .addColumn('relation', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('block_list_effects_pk', ['subscription_id', 'target_account_id'])
      .execute();
    await db.schema
      .createIndex('block_list_effects_by_target')
      .on('block_list_effects')
      .columns(['account_id', 'target_account_id', 'relation'])
      .execute();
  },
};
