import type { Kysely } from 'kysely';

/**
 * Support circles (kind messages gathered for a person under attack, from their followers and
 * the volunteers they accept) and spotlights (a post that values someone, shown on their
 * profile once they accept it).
 */
export const circlesAndSpotlights = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('circles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('opened_by', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text')
      .execute();
    await db.schema
      .createIndex('circles_by_account')
      .on('circles')
      .columns(['account_id', 'state'])
      .execute();

    await db.schema
      .createTable('circle_members')
      .addColumn('circle_id', 'text', (c) =>
        c.notNull().references('circles.id').onDelete('cascade'),
      )
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('circle_members_pk', ['circle_id', 'account_id'])
      .execute();

    await db.schema
      .createTable('circle_messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('circle_id', 'text', (c) =>
        c.notNull().references('circles.id').onDelete('cascade'),
      )
      .addColumn('author_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('thanked_at', 'text')
      .execute();
    await db.schema
      .createIndex('circle_messages_page')
      .on('circle_messages')
      .columns(['circle_id', 'id'])
      .execute();
    await db.schema
      .createIndex('circle_messages_by_author')
      .on('circle_messages')
      .columns(['author_id', 'circle_id'])
      .execute();

    await db.schema
      .createTable('spotlights')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('status_id', 'text', (c) => c.notNull().unique())
      .addColumn('author_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('accepted_at', 'text')
      .execute();
    await db.schema
      .createIndex('spotlights_by_account')
      .on('spotlights')
      .columns(['account_id', 'id'])
      .execute();
    await db.schema
      .createIndex('spotlights_by_author')
      .on('spotlights')
      .columns(['author_id', 'id'])
      .execute();
  },
};
