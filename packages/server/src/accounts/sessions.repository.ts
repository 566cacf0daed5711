import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface SessionRow {
  id: string;
  app_name: string | null;
  scopes: string;
  created_at: string;
  last_used_at: string | null;
}

/** A person's live tokens (their sessions), newest first. */
export function listLiveTokens(db: Db, accountId: string): Promise<SessionRow[]> {
  return db
    .selectFrom('access_tokens')
    .select(['id', 'app_name', 'scopes', 'created_at', 'last_used_at'])
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute() as Promise<SessionRow[]>;
}

/** Revokes one of this person's live tokens; false when it is not theirs or already revoked. */
export async function revokeOwnToken(
  db: Db,
  accountId: string,
  tokenId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('access_tokens')
    .set({ revoked_at: at })
    .where('id', '=', tokenId)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Revokes every live token of this person, but `keepTokenId` when given; returns how many. */
export async function revokeAllTokens(
  db: Db,
  accountId: string,
  at: string,
  keepTokenId: string | null = null,
): Promise<number> {
  let query = db
    .updateTable('access_tokens')
    .set({ revoked_at: at })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null);
  if (keepTokenId !== null) query = query.where('id', '!=', keepTokenId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
