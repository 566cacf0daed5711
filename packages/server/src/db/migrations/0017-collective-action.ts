import type { Kysely } from 'kysely';

/**
 * Calls to action (a goal, skills each with a number wanted, a deadline, an optional flash
 * moment), the people who joined them with which skills, organisers, updates, a delivery ledger
 * that makes every fan-out notify each person once, and the skills people list on their profile.
 */
export const collectiveAction = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('calls')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('status_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('flash_at', 'text')
      .addColumn('place', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text')
      .execute();
    await db.schema.createIndex('calls_by_state').on('calls').columns(['state', 'id']).execute();
    await db.schema
      .createIndex('calls_by_deadline')
      .on('calls')
      .columns(['state', 'deadline', 'id'])
      .execute();

    await db.schema
      .createTable('call_skills')
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('wanted', 'integer', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('call_skills_pk', ['call_id', 'name_key'])
      .execute();
    await db.schema
      .createIndex('call_skills_by_name')
      .on('call_skills')
      .column('name_key')
      .execute();

    await db.schema
      .createTable('call_organisers')
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('call_organisers_pk', ['call_id', 'account_id'])
      .execute();

    await db.schema
      .createTable('call_volunteers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('note', 'text')
      .addColumn('note_visibility', 'text', (c) => c.notNull())
      .addColumn('joined_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('call_volunteers_once')
      .on('call_volunteers')
      .columns(['call_id', 'account_id'])
      .unique()
      .execute();
    await db.schema
      .createIndex('call_volunteers_page')
      .on('call_volunteers')
      .columns(['call_id', 'id'])
      .execute();
    await db.schema
      .createIndex('call_volunteers_by_account')
      .on('call_volunteers')
      .columns(['account_id', 'call_id'])
      .execute();

    await db.schema
      .createTable('call_volunteer_skills')
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('call_volunteer_skills_pk', ['call_id', 'account_id', 'name_key'])
      .execute();

    await db.schema
      .createTable('call_updates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('status_id', 'text')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('call_updates_by_call')
      .on('call_updates')
      .columns(['call_id', 'id'])
      .execute();

    await db.schema
      .createTable('call_deliveries')
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('delivered_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('call_deliveries_pk', ['call_id', 'key', 'account_id'])
      .execute();

    await db.schema
      .createTable('account_skills')
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('public', 'integer', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('account_skills_pk', ['account_id', 'name_key'])
      .execute();
  },
};
