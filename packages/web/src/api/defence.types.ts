// Wire types of the defence controls: reply policy, keyword filters (Mastodon v2), the
// notification policy and its requests (Mastodon), shared block lists (Empathie).
import type { Account, Status } from './mastodon.types.ts';

export type ReplyPolicy = 'everyone' | 'following' | 'mentioned' | 'nobody';
export const replyPolicies: readonly ReplyPolicy[] = [
  'everyone',
  'following',
  'mentioned',
  'nobody',
];

export type FilterContext = 'home' | 'notifications' | 'public' | 'thread' | 'account';
export const filterContexts: readonly FilterContext[] = [
  'home',
  'notifications',
  'public',
  'thread',
  'account',
];

export interface FilterKeyword {
  id: string;
  keyword: string;
  whole_word: boolean;
}

export interface Filter {
  id: string;
  title: string;
  context: FilterContext[];
  expires_at: string | null;
  filter_action: 'warn' | 'hide';
  keywords: FilterKeyword[];
  statuses: Array<{ id: string; status_id: string }>;
}

export interface FilterResult {
  filter: Filter;
  keyword_matches: string[] | null;
  status_matches: string[] | null;
}

export interface NewFilter {
  title: string;
  context: FilterContext[];
  filter_action: 'warn' | 'hide';
  expires_in?: number | '';
  keywords_attributes: Array<{ keyword: string; whole_word: boolean }>;
}

export type PolicyOutcome = 'accept' | 'filter' | 'drop';
export type PolicyField =
  | 'for_not_following'
  | 'for_not_followers'
  | 'for_new_accounts'
  | 'for_private_mentions'
  | 'for_limited_accounts';
export const policyFields: readonly PolicyField[] = [
  'for_not_following',
  'for_not_followers',
  'for_new_accounts',
  'for_private_mentions',
];

export type NotificationPolicy = Record<PolicyField, PolicyOutcome> & {
  summary: { pending_requests_count: number; pending_notifications_count: number };
};

export interface NotificationRequest {
  id: string;
  created_at: string;
  updated_at: string;
  account: Account;
  notifications_count: string;
  last_status: Status | null;
}

export interface BlockList {
  id: string;
  title: string;
  description: string;
  visibility: 'public' | 'private';
  owner: Account;
  accounts_count: number;
  subscription: { action: 'block' | 'mute' } | null;
  created_at: string;
  updated_at: string;
}

export interface BlockListEntry {
  account: Account;
  reason: string;
  added_at: string;
}
