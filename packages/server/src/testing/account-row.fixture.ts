import type { Insertable, Kysely } from 'kysely';
import type { AccountTable, Database } from '../db/schema.ts';

/**
 * Inserts an account row written straight into the database, for tests that need an account to
 * point at: a bare local one by default; `fields` sets a domain, addresses or a display name.
 */
export async function insertAccountRow(
  db: Kysely<Database>,
  id: string,
  username: string,
  now: string,
  fields: Partial<Insertable<AccountTable>> = {},
): Promise<void> {
  await db
    .insertInto('accounts')
    .values({
      id,
      username,
      username_key: username.toLowerCase(),
      domain: null,
      uri: `https://e.test/users/${username}`,
      url: `https://e.test/@${username}`,
      display_name: '',
      note: '',
      intention: '',
      locked: 0,
      bot: 0,
      discoverable: 1,
      followers_count: 0,
      following_count: 0,
      statuses_count: 0,
      last_status_at: null,
      inbox_url: null,
      shared_inbox_url: null,
      public_key_pem: null,
      created_at: now,
      updated_at: now,
      ...fields,
    })
    .execute();
}
