import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { TokenResolver } from '../http/auth.ts';

/** Finds the live (not revoked) token with this hash, for an approved local user. */
export function tokenResolver(db: Kysely<Database>): TokenResolver {
  return async (tokenHash) => {
    const row = await db
      .selectFrom('access_tokens as t')
      .innerJoin('users as u', 'u.account_id', 't.account_id')
      .innerJoin('accounts as a', 'a.id', 't.account_id')
      .select([
        't.id as tokenId',
        't.scopes',
        'a.id as accountId',
        'a.username',
        'u.role',
        'u.approved',
      ])
      .where('t.token_hash', '=', tokenHash)
      .where('t.revoked_at', 'is', null)
      .executeTakeFirst();
    if (row?.approved !== 1) return null;
    return {
      accountId: row.accountId,
      username: row.username,
      role: row.role,
      tokenId: row.tokenId,
      scopes: row.scopes.split(/\s+/).filter(Boolean),
    };
  };
}

export async function insertToken(
  db: Kysely<Database>,
  token: { id: string; tokenHash: string; accountId: string; scopes: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('access_tokens')
    .values({
      id: token.id,
      token_hash: token.tokenHash,
      account_id: token.accountId,
      scopes: token.scopes,
      created_at: token.createdAt,
      revoked_at: null,
    })
    .execute();
}

/** Revokes the live token with this hash; says whether there was one. */
export async function revokeToken(
  db: Kysely<Database>,
  tokenHash: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('access_tokens')
    .set({ revoked_at: at })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
