/** Tables of federation identity (migration 0022-federation-identity). */

export interface FederationKvTable {
  /** The Fedify key, its parts joined by a separator that cannot occur in them (kv-store.ts). */
  key: string;
  /** JSON of the value. */
  value: string;
  /** ISO 8601; null: never expires. */
  expires_at: string | null;
}

export interface ActorKeyTable {
  /** A local account's id, or the instance actor's identifier. */
  owner_id: string;
  kind: 'rsa' | 'ed25519';
  public_key_jwk: string;
  private_key_jwk: string;
  created_at: string;
}

/** What federation learns about a remote account beyond its `accounts` row. */
export interface RemoteProfileTable {
  account_id: string;
  avatar_url: string | null;
  header_url: string | null;
  /** JSON `[{ name, value }]`: the profile's fields, values as sanitised HTML. */
  fields_json: string;
  followers_url: string | null;
  following_url: string | null;
  outbox_url: string | null;
  featured_url: string | null;
  public_key_id: string | null;
  /** When the actor document was last read. */
  fetched_at: string;
  /** When its collections (counts, pinned posts) were last read: at most daily (migration 0033). */
  collections_fetched_at: string | null;
}

declare module '../db/schema.ts' {
  interface Database {
    federation_kv: FederationKvTable;
    actor_keys: ActorKeyTable;
    remote_profiles: RemoteProfileTable;
  }
}
