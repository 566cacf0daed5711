import type { Kysely } from 'kysely';

/**
 * OAuth's authorization-code flow as Mastodon apps use it (ADR 0006 and docs/api.md): apps keep
 * their credentials (the secret hashed) and registered redirect URIs; authorization codes are
 * short-lived, single-use and stored hashed; a person's tokens say which app holds them; and an
 * app may hold tokens of its own (`client_credentials`), with no person behind them.
 */
export const oauthAuthorization = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    // Apps registered before this migration keep working with the password grant only.
    await db.schema.alterTable('oauth_apps').addColumn('id', 'text').execute();
    await db.schema.alterTable('oauth_apps').addColumn('secret_hash', 'text').execute();
    await db.schema.alterTable('oauth_apps').addColumn('redirect_uris', 'text').execute();
    await db.schema.alterTable('oauth_apps').addColumn('scopes', 'text').execute();
    await db.schema.alterTable('access_tokens').addColumn('client_id', 'text').execute();
    await db.schema
      .createIndex('access_tokens_by_client')
      .on('access_tokens')
      .columns(['account_id', 'client_id'])
      .execute();
    await db.schema
      .createTable('oauth_authorization_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('redirect_uri', 'text', (c) => c.notNull())
      .addColumn('scopes', 'text', (c) => c.notNull())
      .addColumn('code_challenge', 'text')
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('oauth_app_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('scopes', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
  },
};
