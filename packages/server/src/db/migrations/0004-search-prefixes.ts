import { type Kysely, sql } from 'kysely';

/**
 * Prefix search on display names walks an index instead of every account: an expression index on
 * `lower(display_name)` (usernames already have one, led by `username_key`).
 */
export const searchPrefixes = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await sql`create index accounts_display_name_key on accounts (lower(display_name))`.execute(db);
  },
};
