/**
 * Table types of the shield, declared beside it and merged into the `Database` interface
 * (migration 0011 creates them), so the shared schema file stays small for every domain.
 */
import type { IncomingKind } from './shield.detection.ts';

export type ShieldMode = 'off' | 'auto' | 'on';
export type HeldState = 'held' | 'approved' | 'hidden';

export interface ShieldSettingsTable {
  account_id: string;
  mode: ShieldMode;
  /** Null follows the instance default. */
  sensitivity: string | null;
  active: number;
  activated_at: string | null;
  /** Why it is on: `surge` (switched itself on) or `manual`. */
  reason: string | null;
  last_surge_at: string | null;
  /** Incoming interactions per hour, exponentially weighted, as of `baseline_at`. */
  baseline_rate: number;
  baseline_at: string | null;
  updated_at: string;
}

/** One incoming interaction, kept a few days for the sliding windows of the detector. */
export interface ShieldTrafficTable {
  id: string;
  owner_id: string;
  from_account_id: string;
  kind: IncomingKind;
  post_id: string | null;
  outsider: number;
  weight: number;
  received_at: string;
}

/** An item of the held folder. Nothing here is deleted by the shield. */
export interface ShieldHeldTable {
  id: string;
  owner_id: string;
  kind: IncomingKind;
  from_account_id: string;
  post_id: string | null;
  state: HeldState;
  received_at: string;
  decided_at: string | null;
  decided_by: string | null;
  reported_at: string | null;
}

/** A report filed by a person (or an ally for them); moderation handles it. */
export interface ReportTable {
  id: string;
  account_id: string;
  target_account_id: string;
  status_ids: string;
  comment: string;
  category: string;
  filed_by: string | null;
  created_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    shield_settings: ShieldSettingsTable;
    shield_traffic: ShieldTrafficTable;
    shield_held: ShieldHeldTable;
    reports: ReportTable;
  }
}
