import type { Kysely } from 'kysely';

/**
 * What a person needs to control their own data: a deleted account is hidden at once and erased
 * later (`accounts.deleted_at`), sessions can be listed by the app that opened them and when they
 * were last used, and the apps that registered are remembered by name for that list.
 */
export const accountDataProtection = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('accounts').addColumn('deleted_at', 'text').execute();
    await db.schema.alterTable('access_tokens').addColumn('app_name', 'text').execute();
    await db.schema.alterTable('access_tokens').addColumn('last_used_at', 'text').execute();
    await db.schema
      .createTable('oauth_apps')
      .addColumn('client_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('website', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
