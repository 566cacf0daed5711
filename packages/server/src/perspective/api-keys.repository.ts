import type { Kysely } from 'kysely';
import type { ApiKeyTable, Database } from '../db/schema.ts';

export type ApiKeyRow = ApiKeyTable;

export function apiKeysRepository(db: Kysely<Database>) {
  return {
    async insert(row: ApiKeyRow): Promise<void> {
      await db.insertInto('api_keys').values(row).execute();
    },
    async findLiveByHash(keyHash: string): Promise<ApiKeyRow | undefined> {
      return db
        .selectFrom('api_keys')
        .selectAll()
        .where('key_hash', '=', keyHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
    },
    async listByAccount(accountId: string | null): Promise<ApiKeyRow[]> {
      let query = db.selectFrom('api_keys').selectAll().orderBy('id', 'desc');
      if (accountId !== null) query = query.where('account_id', '=', accountId);
      return query.execute();
    },
    async findById(id: string): Promise<ApiKeyRow | undefined> {
      return db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async revoke(id: string, at: string): Promise<void> {
      await db.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).execute();
    },
    async touch(id: string, at: string): Promise<void> {
      await db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
    },
    async memberKeysAllowed(): Promise<boolean> {
      const row = await db
        .selectFrom('instance_settings')
        .select('value')
        .where('key', '=', 'perspective_member_keys')
        .executeTakeFirst();
      return row?.value === 'true';
    },
    async setMemberKeysAllowed(allowed: boolean): Promise<void> {
      const value = allowed ? 'true' : 'false';
      await db
        .insertInto('instance_settings')
        .values({ key: 'perspective_member_keys', value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
  };
}

export type ApiKeysRepository = ReturnType<typeof apiKeysRepository>;
