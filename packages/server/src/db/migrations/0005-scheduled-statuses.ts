import type { Kysely } from 'kysely';

/**
 * Posts held for later: Mastodon's scheduled statuses and Empathie's undo window. A held post is
 * not a row of `posts` until it is published, so no timeline, search, thread or notification can
 * show it early. Unset parameters stay null and take the author's defaults at publication.
 */
export const scheduledStatuses = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('scheduled_statuses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      // `scheduled` (send later) or `undo` (held for the undo window).
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('scheduled_at', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('spoiler_text', 'text', (c) => c.notNull())
      .addColumn('sensitive', 'integer')
      .addColumn('visibility', 'text')
      .addColumn('language', 'text')
      .addColumn('in_reply_to_id', 'text')
      // Why the last attempt to publish was refused (the replied-to post is gone…), else null.
      .addColumn('failure', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('scheduled_statuses_by_account')
      .on('scheduled_statuses')
      .columns(['account_id', 'id'])
      .execute();
  },
};
