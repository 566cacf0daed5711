import type { Account, Status } from '../../api/mastodon.types.ts';

// Wire types of the shield and allies (docs/api.md, "The shield and allies").

export type ShieldMode = 'off' | 'auto' | 'on';
export type ShieldSensitivity = 'low' | 'medium' | 'high';
export const SHIELD_MODES: readonly ShieldMode[] = ['auto', 'on', 'off'];
export const SHIELD_SENSITIVITIES: readonly ShieldSensitivity[] = ['low', 'medium', 'high'];

export interface ShieldStatus {
  mode: ShieldMode;
  active: boolean;
  activated_at: string | null;
  reason: string | null;
  held_count: number;
  sensitivity: ShieldSensitivity;
  sensitivity_is_default: boolean;
}

export interface ShieldChange {
  mode?: ShieldMode;
  /** null: back to the instance default. */
  sensitivity?: ShieldSensitivity | null;
}

export type HeldKind = 'reply' | 'mention' | 'direct' | 'follow';
export type HeldAction = 'approve' | 'hide' | 'report' | 'block';

export interface HeldItem {
  id: string;
  kind: HeldKind;
  account: Account;
  status: Status | null;
  received_at: string;
  state: 'held' | 'approved' | 'hidden';
  reported: boolean;
  decided_at: string | null;
}

export interface ShieldDefaults {
  sensitivity: ShieldSensitivity;
  quiet_hours: number;
}

export type AllyPermission = 'review' | 'dossier' | 'block_lists' | 'direct';
export const ALLY_PERMISSIONS: readonly AllyPermission[] = [
  'review',
  'dossier',
  'block_lists',
  'direct',
];

/** An alliance, seen from either side: `account` is the other person. */
export interface Ally {
  id: string;
  account: Account;
  permissions: AllyPermission[];
  state: 'invited' | 'active' | 'declined';
  created_at: string;
  responded_at: string | null;
}

export interface AllyLogEntry {
  id: string;
  action:
    | 'approve'
    | 'hide'
    | 'report'
    | 'block'
    | 'invite'
    | 'accept'
    | 'decline'
    | 'revoke'
    | 'dossier_collect'
    | 'dossier_export'
    | 'dossier_remove';
  actor: Account | null;
  target: Account | null;
  held_id: string | null;
  created_at: string;
}

export interface AllySummary {
  account: Account;
  approved: number;
  hidden: number;
  reported: number;
  blocked: number;
}
