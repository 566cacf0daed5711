import type { Kysely } from 'kysely';

/** A person's lists of accounts they follow, each with its own timeline (Mastodon's lists). */
export const lists = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('lists')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('replies_policy', 'text', (c) => c.notNull().defaultTo('list'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('lists_by_account')
      .on('lists')
      .columns(['account_id', 'id'])
      .execute();
    await db.schema
      .createTable('list_accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('list_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addUniqueConstraint('list_accounts_once', ['list_id', 'account_id'])
      .execute();
    await db.schema
      .createIndex('list_accounts_by_account')
      .on('list_accounts')
      .column('account_id')
      .execute();
  },
};
