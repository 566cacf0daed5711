import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { TokenResolver } from '../http/auth.ts';

/**
 * Finds the live (not revoked) token with this hash, for an approved local user whose account is
 * not deleted. Records when the token was last used, to the hour: enough for a person to
 * recognise a forgotten session, at most one write per token and hour, and no trace of activity.
 */
export function tokenResolver(
  db: Kysely<Database>,
  now: () => Date = () => new Date(),
): TokenResolver {
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
        't.last_used_at',
      ])
      .where('t.token_hash', '=', tokenHash)
      .where('t.revoked_at', 'is', null)
      .where('a.deleted_at', 'is', null)
      // Suspending or disabling an account ends its sessions at once (ADR 0014).
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('account_moderation as am')
              .select('am.account_id')
              .whereRef('am.account_id', '=', 'a.id')
              .where((eb) =>
                eb.or([
                  eb('am.suspended_at', 'is not', null),
                  eb('am.disabled_at', 'is not', null),
                ]),
              ),
          ),
        ),
      )
      .executeTakeFirst();
    if (row?.approved !== 1) return null;
    const hour = `${now().toISOString().slice(0, 13)}:00:00.000Z`;
    if (row.last_used_at !== hour) {
      await db
        .updateTable('access_tokens')
        .set({ last_used_at: hour })
        .where('id', '=', row.tokenId)
        .execute();
    }
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
  token: {
    id: string;
    tokenHash: string;
    accountId: string;
    scopes: string;
    createdAt: string;
    appName?: string | null;
    clientId?: string | null;
  },
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
      app_name: token.appName ?? null,
      client_id: token.clientId ?? null,
      last_used_at: `${token.createdAt.slice(0, 13)}:00:00.000Z`,
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
