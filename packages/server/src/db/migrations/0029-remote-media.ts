import type { Kysely } from 'kysely';

/**
 * Images of other servers (ADR 0021, "Images across servers"): a remote post's attachments and a
 * remote account's avatar and header are rows of `media_attachments` too, with the address they
 * came from. Nothing is downloaded when they arrive: the image proxy fetches, cleans and caches a
 * file the first time someone asks for it, under the row's random `proxy_key`.
 */
export const remoteMedia = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
    for (const column of [
      'remote_url',
      'remote_media_type',
      'proxy_key',
      'purpose',
      'fetch_error',
      'fetch_failed_at',
    ]) {
      await db.schema.alterTable('media_attachments').addColumn(column, 'text').execute();
    }
    await db.schema
      .createIndex('media_attachments_by_proxy_key')
      .on('media_attachments')
      .column('proxy_key')
      .unique()
      .execute();
  },
};
