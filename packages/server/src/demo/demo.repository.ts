import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Local accounts on this instance: the demo only fills an empty one. */
export async function countLocalAccounts(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('domain', 'is', null)
    .executeTakeFirst();
  // count(*) is a string on PostgreSQL.
  return Number(row?.n ?? 0);
}
