/**
 * Table types of the dossiers domain, declared beside it and merged into the `Database`
 * interface (migration 0012 creates them), as the allies domain does.
 */

export interface DossierTable {
  id: string;
  /** The person the dossier belongs to (an ally may fill it, never own it). */
  account_id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

export interface DossierItemTable {
  id: string;
  dossier_id: string;
  status_id: string;
  visibility: string;
  /** The owner, or the ally who collected it for them. */
  collected_by: string;
  collected_at: string;
  /** The snapshot as canonical JSON (RFC 8785): its SHA-256 is `sha256`. */
  snapshot: string;
  sha256: string;
}

/** The instance's signing key; the private half never leaves this table. */
export interface DossierSigningKeyTable {
  key_id: string;
  purpose: string;
  public_key_pem: string;
  private_key_pem: string;
  created_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    dossiers: DossierTable;
    dossier_items: DossierItemTable;
    dossier_signing_keys: DossierSigningKeyTable;
  }
}
