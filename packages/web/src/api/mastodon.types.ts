// The subset of Mastodon's JSON shapes the web app reads (see docs/api.md).

import type { FilterResult } from './defence.types.ts';
import type { StatusEmpathie } from './empathie.types.ts';
import type { MediaAttachment } from './media-endpoints.ts';
import type { Poll } from './poll-endpoints.ts';

export type Visibility = 'public' | 'unlisted' | 'private' | 'direct';

export interface Account {
  id: string;
  username: string;
  acct: string;
  display_name: string;
  locked: boolean;
  bot: boolean;
  created_at: string;
  note: string;
  url: string;
  avatar: string;
  header: string;
  followers_count: number;
  following_count: number;
  statuses_count: number;
  empathie?: { intention?: string };
}

export interface CredentialAccount extends Account {
  source: {
    note: string;
    privacy: Visibility;
    sensitive: boolean;
    language: string | null;
    follow_requests_count: number;
  };
  role?: { name: string } | null;
}

export interface Mention {
  id: string;
  username: string;
  acct: string;
  url: string;
}

export interface Tag {
  name: string;
  url: string;
}

export interface Status {
  id: string;
  uri: string;
  url: string | null;
  created_at: string;
  edited_at: string | null;
  account: Account;
  content: string;
  visibility: Visibility;
  sensitive: boolean;
  spoiler_text: string;
  language: string | null;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  reblog: Status | null;
  replies_count: number;
  reblogs_count: number;
  favourites_count: number;
  favourited?: boolean;
  reblogged?: boolean;
  mentions: Mention[];
  tags: Tag[];
  /** Mastodon's results of the viewer's keyword filters (a `warn` match). */
  filtered?: FilterResult[];
  /** A poll the post carries, with the viewer's own votes. */
  poll?: Poll | null;
  /** The post's images with their descriptions (alt text). */
  media_attachments?: MediaAttachment[];
  empathie?: StatusEmpathie;
}

export interface StatusSource {
  id: string;
  text: string;
  spoiler_text: string;
}

export interface Context {
  ancestors: Status[];
  descendants: Status[];
}

export interface Relationship {
  id: string;
  following: boolean;
  followed_by: boolean;
  requested: boolean;
  blocking: boolean;
  blocked_by: boolean;
  muting: boolean;
}

export type NotificationType =
  | 'mention'
  | 'status'
  | 'reblog'
  | 'follow'
  | 'follow_request'
  | 'favourite'
  | 'update'
  | 'poll'
  | 'admin.sign_up'
  | 'admin.report'
  // Empathie's shield: on (to the person), on for someone I help (to allies), off again.
  | 'empathie.shield'
  | 'empathie.shield.ally'
  | 'empathie.shield.off'
  // Someone asks the person to be their ally.
  | 'empathie.ally.invitation'
  // A moderation decision about me (statement of reasons), and the outcome of my appeal.
  | 'empathie.statement'
  | 'empathie.appeal'
  // Calls to action I joined: an update, a message to volunteers, the reminder, the flash
  // moment, and the closing with its outcome.
  | 'empathie.call.update'
  | 'empathie.call.message'
  | 'empathie.call.reminder'
  | 'empathie.call.flash'
  | 'empathie.call.closed'
  // Support circles: offered to me, a request to write for someone, a message for me, thanks;
  // and someone put me in the spotlight.
  | 'empathie.circle.suggested'
  | 'empathie.circle.request'
  | 'empathie.circle.message'
  | 'empathie.circle.thanks'
  | 'empathie.spotlight';

export interface Notification {
  id: string;
  type: NotificationType;
  created_at: string;
  account: Account;
  status?: Status | null;
}

export interface Marker {
  last_read_id: string;
  version: number;
  updated_at: string;
}

export interface SearchResults {
  accounts: Account[];
  statuses: Status[];
  hashtags: Tag[];
}

export interface Token {
  access_token: string;
  token_type: string;
  scope: string;
  created_at: number;
}

export interface InstanceV2 {
  domain: string;
  title: string;
  description?: string;
  languages?: string[];
  configuration?: { statuses?: { max_characters?: number } };
  registrations?: { enabled: boolean; approval_required: boolean };
  contact?: { email?: string; account?: Account | null };
  /** Empathie's additions: whether accounts that post automatically must say so. */
  empathie?: { bots_must_declare?: boolean };
}

export type RegistrationMode = 'open' | 'approval' | 'invite';

export interface AdminSettings {
  registration_mode: RegistrationMode;
  max_post_chars: number;
  invites_by_members: boolean;
  /** Accounts that post automatically must say so (Mastodon's `bot` flag). */
  bots_must_declare: boolean;
}

export type UiLanguage = 'fr' | 'en';
