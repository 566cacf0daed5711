import type { Kysely } from 'kysely';

/**
 * Delivery that never loses anything, and domain blocks (ADR 0019, "Delivery"):
 * - `federation_messages`: Fedify's message queue on our database (message-queue.ts);
 * - `federation_deliveries`: the ledger of what each inbox has received (or will never receive),
 *   so a restart never sends an activity twice to the same inbox;
 * - `federation_hosts`: hosts that keep failing, resting until a later retry;
 * - `instance_domain_blocks` (admins: silence, suspend) and `account_domain_blocks` (a person's own).
 */
export const federationDelivery = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('federation_messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('host', 'text')
      .addColumn('delivery_key', 'text', (c) => c.unique())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('run_at', 'text', (c) => c.notNull())
      .addColumn('locked_until', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('federation_messages_due')
      .on('federation_messages')
      .columns(['run_at', 'id'])
      .execute();
    await db.schema
      .createTable('federation_deliveries')
      .addColumn('delivery_key', 'text', (c) => c.primaryKey())
      .addColumn('activity_id', 'text', (c) => c.notNull())
      .addColumn('inbox', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('finished_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('federation_deliveries_by_time')
      .on('federation_deliveries')
      .column('finished_at')
      .execute();
    await db.schema
      .createTable('federation_hosts')
      .addColumn('host', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('resting_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('instance_domain_blocks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('domain', 'text', (c) => c.notNull().unique())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('reject_media', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reject_reports', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('private_comment', 'text')
      .addColumn('public_comment', 'text')
      .addColumn('obfuscate', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('account_domain_blocks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('domain', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('account_domain_blocks_once', ['account_id', 'domain'])
      .execute();
  },
};
