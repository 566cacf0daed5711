import type { Kysely } from 'kysely';

/**
 * Bookmarks (private to the person who keeps them) and pinned posts (shown at the top of a
 * profile), as Mastodon apps use them. Both list newest first by their own time-ordered id.
 */
export const bookmarksAndPins = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    for (const table of ['bookmarks', 'pins']) {
      await db.schema
        .createTable(table)
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('post_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint(`${table}_once`, ['account_id', 'post_id'])
        .execute();
      await db.schema
        .createIndex(`${table}_by_account`)
        .on(table)
        .columns(['account_id', 'id'])
        .execute();
      await db.schema.createIndex(`${table}_by_post`).on(table).column('post_id').execute();
    }
  },
};
