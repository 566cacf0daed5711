import type { Kysely } from 'kysely';

/**
 * A block cuts the follows between two people. When a block-list subscription made the block,
 * the follow the subscriber had is remembered, so that leaving the list gives it back: unsubscribing
 * restores what was there before the list, not only the absence of a block.
 */
export const blockListFollows = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('block_list_effects')
      .addColumn('restore_follow', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
