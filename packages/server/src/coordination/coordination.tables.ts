/**
 * Table types of bots and coordination (migration 0016), merged into the shared schema's
 * interface so the shared file stays small.
 */

export type AlertKind = 'undeclared_automation' | 'copy_paste' | 'convergence' | 'signup_burst';
export type AlertState = 'open' | 'dismissed' | 'resolved';

export interface CoordinationAlertTable {
  id: string;
  kind: AlertKind;
  subject: string;
  /** JSON array of account ids. */
  account_ids: string;
  /** JSON object: what the detector saw. */
  evidence: string;
  state: AlertState;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CoordinationPostTable {
  post_id: string;
  account_id: string;
  /** MinHash signature, comma-separated; null when the text is too short to compare. */
  signature: string | null;
  alert_id: string | null;
  created_at: string;
}

export interface CoordinationBandTable {
  band: string;
  post_id: string;
  created_at: string;
}

export interface CoordinationContactTable {
  target_id: string;
  author_id: string;
  post_id: string;
  newcomer: number;
  created_at: string;
}

export interface CoordinationSignupTable {
  account_id: string;
  created_at: string;
}

export interface RuleAcceptanceTable {
  account_id: string;
  /** JSON array of the rule ids shown and accepted. */
  rule_ids: string;
  rules_version: string;
  bots_must_declare: number;
  accepted_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    coordination_alerts: CoordinationAlertTable;
    coordination_posts: CoordinationPostTable;
    coordination_bands: CoordinationBandTable;
    coordination_contacts: CoordinationContactTable;
    coordination_signups: CoordinationSignupTable;
    rule_acceptances: RuleAcceptanceTable;
  }
}
