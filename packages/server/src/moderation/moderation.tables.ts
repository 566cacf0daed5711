/**
 * Table types of moderation (migration 0014), merged into the shared schema's interfaces so
 * the shared file stays small: the restriction states on accounts, posts and users, the queue's
 * columns on `reports`, and moderation's own tables.
 */

export type ReportState = 'open' | 'resolved';
/** `federation`: a report another server forwarded (a `Flag` at our inbox). */
export type ReportSource = 'member' | 'ally' | 'shield' | 'federation';
export type ReportCategory = 'spam' | 'legal' | 'violation' | 'other';
export type NoticeCategory =
  | 'harassment'
  | 'hate'
  | 'threats'
  | 'privacy'
  | 'intellectual_property'
  | 'child_safety'
  | 'other';

/** What a moderator may do; each restriction sends a statement of reasons. */
export type RestrictionAction = 'remove_post' | 'mark_sensitive' | 'limit' | 'suspend' | 'disable';

/** One row per account a moderator restricted or an admin made a trusted flagger. */
export interface AccountModerationTable {
  account_id: string;
  /** Suspended: invisible everywhere, log-in refused. */
  suspended_at: string | null;
  /** Limited: its posts reach only its followers. */
  limited_at: string | null;
  /** Log-in refused, content left as it is (Mastodon's `disable`). */
  disabled_at: string | null;
  /** Set by an admin (DSA Art. 22): this person's reports come first in the queue. */
  trusted_flagger: number;
  updated_at: string;
}

/** A post a moderator removed: hidden from everyone until an appeal reverses it. */
export interface PostRemovalTable {
  post_id: string;
  statement_id: string;
  removed_at: string;
}

export interface NoticeTable {
  id: string;
  reference: string;
  url: string;
  category: NoticeCategory;
  explanation: string;
  name: string | null;
  email: string | null;
  email_key: string | null;
  sender_id: string | null;
  target_account_id: string | null;
  target_post_id: string | null;
  priority: number;
  state: ReportState;
  assigned_to: string | null;
  outcome: string | null;
  decision: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface InstanceRuleTable {
  id: string;
  text: string;
  hint: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface StatementTable {
  id: string;
  account_id: string;
  action: RestrictionAction;
  post_id: string | null;
  facts: string;
  /** `rule:<id>` or `law:<category>`; `terms` when none was chosen (a plain Mastodon client). */
  ground: string;
  ground_text: string;
  automated: number;
  decided_by: string | null;
  report_id: string | null;
  notice_id: string | null;
  previous: string;
  state: 'in_force' | 'reversed';
  reversed_at: string | null;
  created_at: string;
}

export interface AppealTable {
  id: string;
  statement_id: string;
  account_id: string;
  text: string;
  state: 'pending' | 'upheld' | 'reversed';
  decided_by: string | null;
  reason: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  reason: string;
  detail: string;
  created_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    notices: NoticeTable;
    instance_rules: InstanceRuleTable;
    moderation_statements: StatementTable;
    moderation_appeals: AppealTable;
    moderation_audit_log: AuditLogTable;
    account_moderation: AccountModerationTable;
    post_removals: PostRemovalTable;
  }
}

declare module '../shield/shield.tables.ts' {
  interface ReportTable {
    rule_ids?: string;
    forwarded?: number;
    source?: ReportSource;
    reason?: NoticeCategory | null;
    priority?: number;
    state?: ReportState;
    assigned_to?: string | null;
    resolved_at?: string | null;
    resolved_by?: string | null;
    outcome?: string | null;
    updated_at?: string | null;
  }
}
