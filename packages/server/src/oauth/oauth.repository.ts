import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface RegisteredApp {
  id: string | null;
  clientId: string;
  name: string;
  website: string | null;
  /** Null for an app registered before secrets were kept: it cannot use the code flow. */
  secretHash: string | null;
  redirectUris: string[];
  scopes: string[];
}

export interface StoredCode {
  clientId: string;
  accountId: string;
  redirectUri: string;
  scopes: string;
  codeChallenge: string | null;
}

/** SQL of the OAuth flow: apps, authorization codes and the tokens apps hold for themselves. */
export function oauthRepository(db: Db) {
  return {
    async registerApp(app: {
      id: string;
      clientId: string;
      secretHash: string;
      name: string;
      website: string | null;
      redirectUris: string[];
      scopes: string;
      createdAt: string;
    }): Promise<void> {
      await db
        .insertInto('oauth_apps')
        .values({
          id: app.id,
          client_id: app.clientId,
          secret_hash: app.secretHash,
          name: app.name,
          website: app.website,
          redirect_uris: app.redirectUris.join('\n'),
          scopes: app.scopes,
          created_at: app.createdAt,
        })
        .execute();
    },

    async findApp(clientId: string): Promise<RegisteredApp | null> {
      const row = await db
        .selectFrom('oauth_apps')
        .selectAll()
        .where('client_id', '=', clientId)
        .executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        clientId: row.client_id,
        name: row.name,
        website: row.website,
        secretHash: row.secret_hash,
        redirectUris: (row.redirect_uris ?? '').split('\n').filter(Boolean),
        scopes: (row.scopes ?? '').split(/\s+/).filter(Boolean),
      };
    },

    async insertCode(
      code: StoredCode & { codeHash: string; expiresAt: string; createdAt: string },
    ) {
      await db
        .insertInto('oauth_authorization_codes')
        .values({
          code_hash: code.codeHash,
          client_id: code.clientId,
          account_id: code.accountId,
          redirect_uri: code.redirectUri,
          scopes: code.scopes,
          code_challenge: code.codeChallenge,
          expires_at: code.expiresAt,
          used_at: null,
          created_at: code.createdAt,
        })
        .execute();
    },

    /**
     * Marks the code used and returns it, when it is unused and unexpired; a second exchange of
     * the same code (even a concurrent one) finds nothing: the update is the single-use lock.
     */
    async consumeCode(codeHash: string, now: string): Promise<StoredCode | null> {
      const result = await db
        .updateTable('oauth_authorization_codes')
        .set({ used_at: now })
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return null;
      const row = await db
        .selectFrom('oauth_authorization_codes')
        .selectAll()
        .where('code_hash', '=', codeHash)
        .executeTakeFirstOrThrow();
      return {
        clientId: row.client_id,
        accountId: row.account_id,
        redirectUri: row.redirect_uri,
        scopes: row.scopes,
        codeChallenge: row.code_challenge,
      };
    },

    /** Expired codes are of no use to anyone: dropped as new ones are made. */
    async deleteExpiredCodes(now: string): Promise<void> {
      await db.deleteFrom('oauth_authorization_codes').where('expires_at', '<=', now).execute();
    },

    async insertAppToken(token: {
      id: string;
      tokenHash: string;
      clientId: string;
      scopes: string;
      createdAt: string;
    }): Promise<void> {
      await db
        .insertInto('oauth_app_tokens')
        .values({
          id: token.id,
          token_hash: token.tokenHash,
          client_id: token.clientId,
          scopes: token.scopes,
          created_at: token.createdAt,
          revoked_at: null,
        })
        .execute();
    },

    /** The app behind a live app token (`client_credentials`). */
    async findAppToken(tokenHash: string): Promise<{ clientId: string; scopes: string } | null> {
      const row = await db
        .selectFrom('oauth_app_tokens')
        .select(['client_id', 'scopes'])
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row ? { clientId: row.client_id, scopes: row.scopes } : null;
    },

    async revokeAppToken(tokenHash: string, at: string): Promise<void> {
      await db
        .updateTable('oauth_app_tokens')
        .set({ revoked_at: at })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .execute();
    },

    /** Which app obtained this person's token, for `apps/verify_credentials`. */
    async clientOfToken(tokenId: string): Promise<string | null> {
      const row = await db
        .selectFrom('access_tokens')
        .select('client_id')
        .where('id', '=', tokenId)
        .executeTakeFirst();
      return row?.client_id ?? null;
    },
  };
}

export type OAuthRepository = ReturnType<typeof oauthRepository>;
