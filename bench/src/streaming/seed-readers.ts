import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../packages/server/src/db/schema.ts';
import { newToken } from '../../../packages/server/src/http/auth.ts';
import { createIdGenerator } from '../../../packages/server/src/shared/ids.ts';

export interface Seeded {
  author: { id: string; token: string };
  readers: Array<{ id: string; token: string }>;
}

/**
 * One author and `count` readers who all follow her, each with a real token (stored hashed),
 * written through the server's own migrated schema with portable SQL, so the same seed serves
 * SQLite and PostgreSQL. Sign-ups and follows are not what is measured.
 */
export async function seedReaders(
  db: Kysely<Database>,
  count: number,
  publicUrl: string,
): Promise<Seeded> {
  const ids = createIdGenerator();
  const now = new Date().toISOString();
  const people: Array<{ id: string; token: string }> = [];
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i <= count; i += 1) {
      const id = ids();
      const name = i === 0 ? 'author' : `reader_${String(i).padStart(5, '0')}`;
      await sql`insert into accounts (id, username, username_key, domain, uri, url, display_name,
        note, intention, locked, bot, discoverable, followers_count, following_count,
        statuses_count, last_status_at, created_at, updated_at)
        values (${id}, ${name}, ${name}, null, ${`${publicUrl}/users/${name}`},
        ${`${publicUrl}/@${name}`}, ${name}, '', '', 0, 0, 1, ${i === 0 ? count : 0},
        ${i === 0 ? 0 : 1}, 0, null, ${now}, ${now})`.execute(trx);
      await sql`insert into users (account_id, email, email_key, password_hash, role, approved,
        ui_language, default_visibility, created_at)
        values (${id}, ${`${name}@bench.example`}, ${`${name}@bench.example`}, 'not-used', 'user',
        1, 'fr', 'public', ${now})`.execute(trx);
      const made = newToken();
      await sql`insert into access_tokens (id, token_hash, account_id, scopes, created_at, revoked_at)
        values (${ids()}, ${made.hash}, ${id}, 'read write follow', ${now}, null)`.execute(trx);
      people.push({ id, token: made.token });
    }
    const author = people[0] as { id: string };
    for (const reader of people.slice(1)) {
      await sql`insert into follows (id, account_id, target_account_id, created_at)
        values (${ids()}, ${reader.id}, ${author.id}, ${now})`.execute(trx);
    }
  });
  const [author, ...readers] = people as [{ id: string; token: string }, ...typeof people];
  return { author, readers };
}
