import type { Kysely } from 'kysely';

/**
 * A held post remembers the Idempotency-Key of the request that created it, so a client's retry
 * answers the same held post instead of holding a second copy.
 */
export const heldPostIdempotency = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('scheduled_statuses').addColumn('idempotency_key', 'text').execute();
    // NULL keys (requests without the header) never collide: both dialects keep NULLs distinct.
    await db.schema
      .createIndex('scheduled_statuses_idempotency')
      .on('scheduled_statuses')
      .columns(['account_id', 'idempotency_key'])
      .unique()
      .execute();
  },
};
