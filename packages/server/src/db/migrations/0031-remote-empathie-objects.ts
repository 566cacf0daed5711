import type { Kysely } from 'kysely';

/**
 * Empathie's own objects across servers (ADR 0019): the structured call to action or spotlight
 * another Empathie publishes beside a post, kept beside our copy of that post.
 */
export const remoteEmpathieObjects = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('remote_empathie_objects')
      .addColumn('post_id', 'text', (c) =>
        c.primaryKey().references('posts.id').onDelete('cascade'),
      )
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('object_uri', 'text', (c) => c.notNull())
      .addColumn('data_json', 'text', (c) => c.notNull())
      .addColumn('fetched_at', 'text', (c) => c.notNull())
      .execute();
  },
};
