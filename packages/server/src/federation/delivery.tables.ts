/** Tables of delivery and domain blocks (migration 0023-federation-delivery). */

/** One message of Fedify's queue: an outbox delivery, a fan-out, or an inbox activity. */
export interface FederationMessageTable {
  id: string;
  /** Fedify's `type`: 'outbox' | 'fanout' | 'inbox' (another kind is kept and handed over as is). */
  kind: string;
  /** The inbox's host (`hostname[:port]`) for an outbox message; null otherwise. */
  host: string | null;
  /** Outbox messages only: one queued message per (activity, inbox); see delivery-key.ts. */
  delivery_key: string | null;
  payload: string;
  run_at: string;
  locked_until: string | null;
  attempts: number;
  last_error: string | null;
  created_at: string;
}

export type DeliveryOutcome = 'delivered' | 'gave_up' | 'refused';

/** The ledger: what an inbox has received (or will never receive, and why). */
export interface FederationDeliveryTable {
  delivery_key: string;
  activity_id: string;
  inbox: string;
  outcome: DeliveryOutcome;
  attempts: number;
  last_error: string | null;
  finished_at: string;
}

/** A host that failed lately: after a few failures in a row it rests until `resting_until`. */
export interface FederationHostTable {
  host: string;
  failures: number;
  resting_until: string | null;
  last_error: string | null;
  updated_at: string;
}

export type DomainBlockSeverity = 'noop' | 'silence' | 'suspend';

export interface InstanceDomainBlockTable {
  id: string;
  domain: string;
  severity: DomainBlockSeverity;
  reject_media: number;
  reject_reports: number;
  private_comment: string | null;
  public_comment: string | null;
  obfuscate: number;
  created_at: string;
  updated_at: string;
}

export interface AccountDomainBlockTable {
  id: string;
  account_id: string;
  domain: string;
  created_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    federation_messages: FederationMessageTable;
    federation_deliveries: FederationDeliveryTable;
    federation_hosts: FederationHostTable;
    instance_domain_blocks: InstanceDomainBlockTable;
    account_domain_blocks: AccountDomainBlockTable;
  }
}
