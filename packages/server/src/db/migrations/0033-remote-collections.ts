import type { Kysely } from 'kysely';

/**
 * When a remote account's collections (followers, following, outbox counts and its pinned posts)
 * were last read: at most once a day, separately from the actor document, which an `Update` may
 * make us read again at any time (ADR 0019, "Remote counts and pinned posts").
 */
export const remoteCollections = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('remote_profiles')
      .addColumn('collections_fetched_at', 'text')
      .execute();
  },
};
