import type { KvKey, KvStore, KvStoreSetOptions } from '@fedify/fedify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';

/**
 * Fedify's key-value store on our own database (SQLite or PostgreSQL), so that its caches and
 * idempotence marks survive restarts and are shared by every process of an instance. Fedify's
 * own SQLite/PostgreSQL add-ons need Node 22 (ENGINEERING.md), hence this small one.
 */
export function databaseKvStore(db: Kysely<Database>, clock: Clock): KvStore {
  // JSON of the parts: unambiguous whatever characters a part holds (a URL, a `:` or a `/`).
  const encode = (key: KvKey) => JSON.stringify(key);
  return {
    async get<T = unknown>(key: KvKey): Promise<T | undefined> {
      const row = await db
        .selectFrom('federation_kv')
        .select(['value', 'expires_at'])
        .where('key', '=', encode(key))
        .executeTakeFirst();
      if (!row) return undefined;
      if (row.expires_at !== null && row.expires_at <= clock.now().toISOString()) {
        // Expired: gone for the reader, and cleaned up on the way.
        await db
          .deleteFrom('federation_kv')
          .where('key', '=', encode(key))
          .where('expires_at', '=', row.expires_at)
          .execute();
        return undefined;
      }
      return JSON.parse(row.value) as T;
    },
    async set(key: KvKey, value: unknown, options?: KvStoreSetOptions): Promise<void> {
      const ttl = options?.ttl;
      const expiresAt =
        ttl === undefined
          ? null
          : new Date(clock.now().getTime() + ttl.total({ unit: 'millisecond' })).toISOString();
      const row = { key: encode(key), value: JSON.stringify(value), expires_at: expiresAt };
      await db
        .insertInto('federation_kv')
        .values(row)
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({ value: row.value, expires_at: row.expires_at }),
        )
        .execute();
    },
    async delete(key: KvKey): Promise<void> {
      await db.deleteFrom('federation_kv').where('key', '=', encode(key)).execute();
    },
  };
}

/** Removes expired entries; run now and then (a job), so the table does not only grow. */
export async function purgeExpiredKv(db: Kysely<Database>, clock: Clock): Promise<number> {
  const result = await db
    .deleteFrom('federation_kv')
    .where('expires_at', '<=', clock.now().toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
