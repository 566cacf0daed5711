import type { Kysely } from 'kysely';

/**
 * Images with their descriptions (Mastodon's media attachments). A row exists from the upload;
 * `post_id` stays null until a post takes it, and the storage keys are random (ADR 0021).
 */
export const media = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('media_attachments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('post_id', 'text')
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('focus_x', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('focus_y', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('original_key', 'text')
      .addColumn('original_type', 'text')
      .addColumn('original_width', 'integer')
      .addColumn('original_height', 'integer')
      .addColumn('original_bytes', 'integer')
      .addColumn('small_key', 'text')
      .addColumn('small_width', 'integer')
      .addColumn('small_height', 'integer')
      .addColumn('blurhash', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('media_attachments_by_post')
      .on('media_attachments')
      .columns(['post_id', 'position'])
      .execute();
    await db.schema
      .createIndex('media_attachments_by_account')
      .on('media_attachments')
      .columns(['account_id', 'id'])
      .execute();
  },
};
