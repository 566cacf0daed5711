import type { Kysely } from 'kysely';

/**
 * "Think before you post": each person's coach settings, the outcomes of coach pauses (never the
 * draft's text), saved drafts, and the tone the server measured on every published local post.
 * Scores are `double precision` so PostgreSQL keeps 0.7 as 0.7 (a `real` would read 0.69999…).
 */
export const coach = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('coach_settings')
      .addColumn('account_id', 'text', (c) =>
        c.primaryKey().references('accounts.id').onDelete('cascade'),
      )
      // Null means "follow the instance default", so an admin's later change reaches everyone.
      .addColumn('coach_enabled', 'integer')
      .addColumn('sensitivity', 'text')
      .addColumn('cool_down_minutes', 'integer')
      .addColumn('undo_seconds', 'integer')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('coach_outcomes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('score_before', 'double precision', (c) => c.notNull())
      .addColumn('score_after', 'double precision')
      .addColumn('findings', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('language', 'text')
      // Monday of the UTC week, computed when written: weekly figures group on it in both dialects.
      .addColumn('week', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('coach_outcomes_by_account_week')
      .on('coach_outcomes')
      .columns(['account_id', 'week'])
      .execute();
    await db.schema
      .createIndex('coach_outcomes_by_week')
      .on('coach_outcomes')
      .columns(['week', 'outcome'])
      .execute();

    await db.schema
      .createTable('drafts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('spoiler_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('visibility', 'text', (c) => c.notNull())
      .addColumn('language', 'text')
      .addColumn('in_reply_to_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('drafts_by_account')
      .on('drafts')
      .columns(['account_id', 'id'])
      .execute();

    await db.schema
      .createTable('post_tones')
      .addColumn('post_id', 'text', (c) =>
        c.primaryKey().references('posts.id').onDelete('cascade'),
      )
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('toxicity', 'double precision', (c) => c.notNull())
      .addColumn('severe_toxicity', 'double precision', (c) => c.notNull())
      .addColumn('insult', 'double precision', (c) => c.notNull())
      .addColumn('threat', 'double precision', (c) => c.notNull())
      .addColumn('identity_attack', 'double precision', (c) => c.notNull())
      .addColumn('profanity', 'double precision', (c) => c.notNull())
      .addColumn('emotion', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('week', 'text', (c) => c.notNull())
      .addColumn('analysed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('post_tones_by_account_week')
      .on('post_tones')
      .columns(['account_id', 'week'])
      .execute();
  },
};
