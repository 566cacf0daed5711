import type { Kysely } from 'kysely';

/**
 * Federation identity: Fedify's key-value store on our own database, the key pairs of local
 * actors, and what we learn about remote accounts beyond the columns the social core had.
 */
export const federationIdentity = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    // Fedify's cache (remote documents, public keys, idempotence marks): JSON values, some expiring.
    await db.schema
      .createTable('federation_kv')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .execute();
    await db.schema
      .createIndex('federation_kv_by_expiry')
      .on('federation_kv')
      .column('expires_at')
      .execute();
    // One RSA (HTTP Signatures) and one Ed25519 (Object Integrity Proofs) pair per local actor,
    // generated when first asked for. `owner_id` is an account id, or the instance actor's name.
    await db.schema
      .createTable('actor_keys')
      .addColumn('owner_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('public_key_jwk', 'text', (c) => c.notNull())
      .addColumn('private_key_jwk', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('actor_keys_pk', ['owner_id', 'kind'])
      .execute();
    // Remote accounts: what the accounts table does not hold (their pictures, fields and
    // collections, the key they sign with) and when we last read their actor document, so it is
    // refreshed now and then rather than on every activity. Local accounts have no row here.
    await db.schema
      .createTable('remote_profiles')
      .addColumn('account_id', 'text', (c) => c.primaryKey())
      .addColumn('avatar_url', 'text')
      .addColumn('header_url', 'text')
      .addColumn('fields_json', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('followers_url', 'text')
      .addColumn('following_url', 'text')
      .addColumn('outbox_url', 'text')
      .addColumn('featured_url', 'text')
      .addColumn('public_key_id', 'text')
      .addColumn('fetched_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('remote_profiles_by_key')
      .on('remote_profiles')
      .column('public_key_id')
      .execute();
    await db.schema
      .createIndex('accounts_by_domain')
      .on('accounts')
      .columns(['domain', 'username_key'])
      .execute();
  },
};
