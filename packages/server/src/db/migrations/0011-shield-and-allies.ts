import type { Kysely } from 'kysely';

/**
 * The shield against pile-ons and the allies who help: each person's shield state and the
 * baseline of their usual traffic, the incoming interactions the detector weighs, the held
 * folder (nothing in it is ever deleted by the shield), allies with their permissions and the
 * log of what they did, and a minimal `reports` table for the reports filed from the held
 * folder (moderation owns it and may add columns later).
 * Rates and weights are `double precision` so both dialects read back what was written.
 */
export const shieldAndAllies = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('shield_settings')
      .addColumn('account_id', 'text', (c) =>
        c.primaryKey().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('mode', 'text', (c) => c.notNull().defaultTo('auto'))
      // Null follows the instance default, so an admin's later change reaches everyone.
      .addColumn('sensitivity', 'text')
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('activated_at', 'text')
      .addColumn('reason', 'text')
      .addColumn('last_surge_at', 'text')
      // Exponentially weighted rate of incoming interactions per hour, as of `baseline_at`.
      .addColumn('baseline_rate', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('baseline_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('shield_traffic')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('from_account_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('post_id', 'text')
      .addColumn('outsider', 'integer', (c) => c.notNull())
      .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('shield_traffic_window')
      .on('shield_traffic')
      .columns(['owner_id', 'received_at'])
      .execute();
    await db.schema
      .createIndex('shield_traffic_by_post')
      .on('shield_traffic')
      .column('post_id')
      .execute();

    await db.schema
      .createTable('shield_held')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('from_account_id', 'text', (c) => c.notNull())
      .addColumn('post_id', 'text')
      // held → approved (shown as usual) or hidden (kept out of sight, never deleted).
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('held'))
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'text')
      .addColumn('decided_by', 'text')
      .addColumn('reported_at', 'text')
      .execute();
    await db.schema
      .createIndex('shield_held_folder')
      .on('shield_held')
      .columns(['owner_id', 'state', 'id'])
      .execute();
    // The visibility rule looks a post up here for every row it returns.
    await db.schema
      .createIndex('shield_held_by_post')
      .on('shield_held')
      .column('post_id')
      .execute();

    await db.schema
      .createTable('allies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('ally_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      // Comma-separated: review, dossier, block_lists, direct.
      .addColumn('permissions', 'text', (c) => c.notNull())
      // invited → active, or declined.
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('responded_at', 'text')
      .execute();
    await db.schema
      .createIndex('allies_pair')
      .on('allies')
      .columns(['owner_id', 'ally_id'])
      .unique()
      .execute();
    await db.schema
      .createIndex('allies_by_ally')
      .on('allies')
      .columns(['ally_id', 'state'])
      .execute();

    await db.schema
      .createTable('ally_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_account_id', 'text')
      .addColumn('held_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('ally_log_by_owner')
      .on('ally_log')
      .columns(['owner_id', 'id'])
      .execute();

    await db.schema
      .createTable('reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // The person reporting; `filed_by` is the ally who filed it for them, if any.
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('target_account_id', 'text', (c) => c.notNull())
      // Comma-separated post ids.
      .addColumn('status_ids', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('category', 'text', (c) => c.notNull().defaultTo('other'))
      .addColumn('filed_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('reports_by_target')
      .on('reports')
      .columns(['target_account_id', 'id'])
      .execute();
  },
};
