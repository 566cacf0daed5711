import type { Kysely } from 'kysely';

/**
 * Bots and coordination (ADR 0015-bots-and-coordination): the detector's short-lived memory
 * (fingerprints of recent posts, who turned to whom, recent sign-ups), the alerts it raises for
 * moderators, and the record of which rules a person accepted when they signed up.
 */
export const botsAndCoordination = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('coordination_alerts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      // What the alert is about (an account, a target, a campaign): later evidence joins it.
      .addColumn('subject', 'text', (c) => c.notNull())
      // JSON arrays and objects, capped by the detector.
      .addColumn('account_ids', 'text', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('coordination_alerts_by_subject')
      .on('coordination_alerts')
      .columns(['kind', 'subject', 'state', 'updated_at'])
      .execute();
    await db.schema
      .createIndex('coordination_alerts_by_state')
      .on('coordination_alerts')
      .columns(['state', 'id'])
      .execute();

    // One row per recent post: its author, time and MinHash signature (kept two days).
    await db.schema
      .createTable('coordination_posts')
      .addColumn('post_id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('signature', 'text')
      // The copy-paste alert this post already belongs to, so a campaign stays one alert.
      .addColumn('alert_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('coordination_posts_by_author')
      .on('coordination_posts')
      .columns(['account_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('coordination_posts_by_time')
      .on('coordination_posts')
      .column('created_at')
      .execute();
    // Locality-sensitive hashing bands: near-identical texts share at least one band.
    await db.schema
      .createTable('coordination_bands')
      .addColumn('band', 'text', (c) => c.notNull())
      .addColumn('post_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('coordination_bands_pk', ['band', 'post_id'])
      .execute();
    await db.schema
      .createIndex('coordination_bands_by_band')
      .on('coordination_bands')
      .columns(['band', 'created_at'])
      .execute();
    await db.schema
      .createIndex('coordination_bands_by_time')
      .on('coordination_bands')
      .column('created_at')
      .execute();
    // Who replied to or mentioned whom, and whether the author had little history then.
    await db.schema
      .createTable('coordination_contacts')
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text', (c) => c.notNull())
      .addColumn('post_id', 'text', (c) => c.notNull())
      .addColumn('newcomer', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('coordination_contacts_pk', ['target_id', 'post_id'])
      .execute();
    await db.schema
      .createIndex('coordination_contacts_by_target')
      .on('coordination_contacts')
      .columns(['target_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('coordination_contacts_by_time')
      .on('coordination_contacts')
      .column('created_at')
      .execute();
    await db.schema
      .createTable('coordination_signups')
      .addColumn('account_id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('coordination_signups_by_time')
      .on('coordination_signups')
      .column('created_at')
      .execute();

    // What a person accepted at sign-up: the rules' ids and a hash of their wording then.
    await db.schema
      .createTable('rule_acceptances')
      .addColumn('account_id', 'text', (c) =>
        c.primaryKey().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('rule_ids', 'text', (c) => c.notNull())
      .addColumn('rules_version', 'text', (c) => c.notNull())
      .addColumn('bots_must_declare', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('accepted_at', 'text', (c) => c.notNull())
      .execute();
  },
};
