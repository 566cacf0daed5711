import type { Generated } from 'kysely';

/**
 * Table types. Both dialects store the same shapes: identifiers and timestamps are text
 * (18-digit time-sortable ids; ISO 8601 UTC), booleans are 0/1 integers, counters are integers.
 */
export interface Database {
  instance_settings: { key: string; value: string };
  accounts: AccountTable;
  users: UserTable;
  access_tokens: AccessTokenTable;
  invites: InviteTable;
  follows: RelationTable;
  follow_requests: FollowRequestTable;
  blocks: RelationTable;
  mutes: RelationTable & { hide_notifications: number };
  posts: PostTable;
  post_edits: PostEditTable;
  mentions: { post_id: string; account_id: string };
  tags: { id: string; name: string; display_name: string; created_at: string };
  post_tags: { post_id: string; tag_id: string };
  favourites: { id: string; account_id: string; post_id: string; created_at: string };
  bookmarks: { id: string; account_id: string; post_id: string; created_at: string };
  pins: { id: string; account_id: string; post_id: string; created_at: string };
  lists: {
    id: string;
    account_id: string;
    title: string;
    /** Which replies the list's timeline shows: to anyone followed, to members, or none. */
    replies_policy: 'followed' | 'list' | 'none';
    created_at: string;
  };
  list_accounts: { id: string; list_id: string; account_id: string };
  home_feed: { account_id: string; post_id: string; author_id: string };
  notifications: NotificationTable;
  markers: {
    account_id: string;
    timeline: string;
    last_read_id: string;
    version: number;
    updated_at: string;
  };
  idempotency_keys: { account_id: string; key: string; post_id: string; created_at: string };
  jobs: JobTable;
  post_search: { post_id: string; terms: string };
  api_keys: ApiKeyTable;
  coach_settings: CoachSettingsTable;
  coach_outcomes: CoachOutcomeTable;
  drafts: DraftTable;
  post_tones: PostToneTable;
  scheduled_statuses: ScheduledStatusTable;
  oauth_apps: OAuthAppTable;
  oauth_authorization_codes: OAuthAuthorizationCodeTable;
  oauth_app_tokens: OAuthAppTokenTable;
  filters: FilterTable;
  filter_keywords: FilterKeywordTable;
  filter_statuses: { id: string; filter_id: string; status_id: string };
  notification_policies: NotificationPolicyTable;
  notification_requests: NotificationRequestTable;
  notification_permissions: { account_id: string; from_account_id: string; created_at: string };
  block_lists: BlockListTable;
  block_list_entries: BlockListEntryTable;
  block_list_subscriptions: BlockListSubscriptionTable;
  block_list_effects: BlockListEffectTable;
  push_subscriptions: PushSubscriptionTable;
  announcements: AnnouncementTable;
  announcement_dismissals: { announcement_id: string; account_id: string; created_at: string };
  announcement_reactions: {
    announcement_id: string;
    account_id: string;
    name: string;
    created_at: string;
  };
  suggestion_dismissals: { account_id: string; target_account_id: string; created_at: string };
  endorsements: { id: string; account_id: string; target_account_id: string; created_at: string };
}

/**
 * A Web Push subscription, one per access token. `alerts` is a JSON object of notification type
 * → boolean; `access_token` is the token itself, which Mastodon's payload carries (ADR 0023).
 */
export interface PushSubscriptionTable {
  id: string;
  access_token_id: string;
  account_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  alerts: string;
  policy: 'all' | 'followed' | 'follower' | 'none';
  access_token: string;
  created_at: string;
}

/** An instance announcement, written by admins in French and English. */
export interface AnnouncementTable {
  id: string;
  content_fr: string;
  content_en: string;
  starts_at: string | null;
  ends_at: string | null;
  all_day: number;
  /** Null while a draft: members see only published announcements. */
  published_at: string | null;
  author_id: string;
  created_at: string;
  updated_at: string;
}

/** Who may reply to a post: everyone, people its author follows, people it mentions, nobody. */
export type ReplyPolicy = 'everyone' | 'following' | 'mentioned' | 'nobody';

/** A keyword filter (Mastodon's v2 filters); `context` is comma-separated. */
export interface FilterTable {
  id: string;
  account_id: string;
  title: string;
  context: string;
  action: 'warn' | 'hide';
  expires_at: string | null;
  created_at: string;
}

export interface FilterKeywordTable {
  id: string;
  filter_id: string;
  keyword: string;
  whole_word: number;
}

/** `accept`, `filter` or `drop`, per kind of stranger. */
export interface NotificationPolicyTable {
  account_id: string;
  for_not_following: string;
  for_not_followers: string;
  for_new_accounts: string;
  for_private_mentions: string;
  for_limited_accounts: string;
  updated_at: string;
}

/** One sender whose notifications the policy held back for a person. */
export interface NotificationRequestTable {
  id: string;
  account_id: string;
  from_account_id: string;
  created_at: string;
  updated_at: string;
}

export interface BlockListTable {
  id: string;
  account_id: string;
  title: string;
  description: string;
  visibility: 'public' | 'private';
  created_at: string;
  updated_at: string;
}

export interface BlockListEntryTable {
  list_id: string;
  account_id: string;
  reason: string;
  created_at: string;
}

export interface BlockListSubscriptionTable {
  id: string;
  list_id: string;
  account_id: string;
  action: 'block' | 'mute';
  created_at: string;
}

/** A block or mute row that a subscription created (and so may remove). */
export interface BlockListEffectTable {
  subscription_id: string;
  account_id: string;
  target_account_id: string;
  relation: 'block' | 'mute';
  /** 1 when the block cut the subscriber's follow: leaving the list follows again. */
  restore_follow: Generated<number>;
}

/** A person's coach settings; a null column follows the instance default. */
export interface CoachSettingsTable {
  account_id: string;
  coach_enabled: number | null;
  sensitivity: string | null;
  cool_down_minutes: number | null;
  undo_seconds: number | null;
  updated_at: string;
}

/** What a person chose when the coach paused a post; never the draft's text. */
export interface CoachOutcomeTable {
  id: string;
  account_id: string;
  outcome: string;
  score_before: number;
  score_after: number | null;
  /** Finding kinds, comma-separated. */
  findings: string;
  language: string | null;
  /** Monday of the UTC week (YYYY-MM-DD). */
  week: string;
  created_at: string;
}

export interface DraftTable {
  id: string;
  account_id: string;
  text: string;
  spoiler_text: string;
  visibility: string;
  language: string | null;
  in_reply_to_id: string | null;
  created_at: string;
  updated_at: string;
}

/** The tone the server measured on a published local post (the client is never trusted). */
export interface PostToneTable {
  post_id: string;
  account_id: string;
  toxicity: number;
  severe_toxicity: number;
  insult: number;
  threat: number;
  identity_attack: number;
  profanity: number;
  emotion: string;
  language: string;
  /** Monday of the UTC week of publication (YYYY-MM-DD). */
  week: string;
  analysed_at: string;
}

export interface ApiKeyTable {
  id: string;
  name: string;
  key_hash: string;
  /** The first characters of the key, shown in lists so people can tell keys apart. */
  key_prefix: string;
  account_id: string;
  requests_per_minute: number;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AccountTable {
  id: string;
  username: string;
  /** Lower-cased username: uniqueness is case-insensitive. */
  username_key: string;
  /** Null for accounts of this instance; the remote host for federated ones. */
  domain: string | null;
  uri: string;
  url: string;
  display_name: string;
  note: string;
  intention: string;
  locked: number;
  bot: number;
  discoverable: number;
  followers_count: number;
  following_count: number;
  statuses_count: number;
  last_status_at: string | null;
  inbox_url: string | null;
  shared_inbox_url: string | null;
  public_key_pem: string | null;
  created_at: string;
  updated_at: string;
  /** Set when the account was deleted: hidden from everyone at once, its content erased later. */
  deleted_at: string | null;
}

export interface UserTable {
  account_id: string;
  email: string;
  email_key: string;
  password_hash: string;
  role: 'admin' | 'moderator' | 'user';
  /** 0 while an approval-mode sign-up waits for an admin. */
  approved: number;
  sign_up_reason: string | null;
  invite_id: string | null;
  ui_language: string;
  default_visibility: string;
  default_language: string | null;
  default_sensitive: number;
  default_reply_policy: Generated<string>;
  created_at: string;
}

export interface AccessTokenTable {
  id: string;
  token_hash: string;
  account_id: string;
  scopes: string;
  created_at: string;
  revoked_at: string | null;
  /** The registered app that obtained the token, when the client said which. */
  app_name: string | null;
  /** When the token last authenticated a request (to the hour: not a trace of activity). */
  last_used_at: string | null;
  /** The registered app (`client_id`) that obtained the token, when known (apps page). */
  client_id: string | null;
}

/** A client app registered through `POST /api/v1/apps`, remembered to name its sessions. */
export interface OAuthAppTable {
  client_id: string;
  name: string;
  website: string | null;
  created_at: string;
  /** Mastodon's `Application.id`; null for apps registered before the authorization-code flow. */
  id: string | null;
  /** SHA-256 of the client secret; null for apps registered before it was kept. */
  secret_hash: string | null;
  /** The registered redirect URIs, one a line, checked exactly. */
  redirect_uris: string | null;
  /** The scopes the app registered, space-separated: the most a person may grant it. */
  scopes: string | null;
}

/** A single-use authorization code (stored hashed), bound to its app, redirect URI and PKCE. */
export interface OAuthAuthorizationCodeTable {
  code_hash: string;
  client_id: string;
  account_id: string;
  redirect_uri: string;
  scopes: string;
  /** PKCE S256 challenge, when the app sent one. */
  code_challenge: string | null;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/** A token an app holds for itself (`client_credentials`): no person behind it. */
export interface OAuthAppTokenTable {
  id: string;
  token_hash: string;
  client_id: string;
  scopes: string;
  created_at: string;
  revoked_at: string | null;
}

export interface InviteTable {
  id: string;
  code: string;
  created_by: string;
  max_uses: number | null;
  uses: number;
  expires_at: string | null;
  created_at: string;
}

export interface RelationTable {
  id: string;
  account_id: string;
  target_account_id: string;
  created_at: string;
}

/** A request to follow; `uri` is a remote follower's `Follow` id, named again in the answer. */
export interface FollowRequestTable extends RelationTable {
  uri: Generated<string | null>;
}

export type Visibility = 'public' | 'unlisted' | 'private' | 'direct';

export interface PostTable {
  id: string;
  account_id: string;
  uri: string;
  url: string;
  text: string;
  content_html: string;
  spoiler_text: string;
  sensitive: number;
  visibility: Visibility;
  language: string | null;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  /** Set on a share: the shared post. A share has no text of its own. */
  reblog_of_id: string | null;
  /** The first post of the thread, for context queries. */
  thread_root_id: string | null;
  local: number;
  replies_count: number;
  reblogs_count: number;
  favourites_count: number;
  created_at: string;
  edited_at: string | null;
  /** Defaults to `everyone` (a column added later: rows written before it carry the default). */
  reply_policy: Generated<ReplyPolicy>;
}

export interface PostEditTable {
  id: string;
  post_id: string;
  text: string;
  content_html: string;
  spoiler_text: string;
  sensitive: number;
  created_at: string;
}

export type NotificationType =
  | 'mention'
  | 'reply'
  | 'follow'
  | 'follow_request'
  | 'favourite'
  | 'reblog'
  // The shield switched on (to the person, once), a person one helps is shielded (to allies),
  // and the shield switched itself off after a quiet period (to the person, with a summary).
  | 'empathie.shield'
  | 'empathie.shield.ally'
  | 'empathie.shield.off'
  // Someone asks the person to be their ally.
  | 'empathie.ally.invitation'
  // A moderator restricted the person's post or account (statement of reasons), and an appeal
  // against it was decided.
  | 'empathie.statement'
  | 'empathie.appeal'
  // Calls to action: an organiser's update or message, the reminder before the flash moment,
  // the flash moment itself, and the call's closing with its outcome (to everyone who joined).
  | 'empathie.call.update'
  | 'empathie.call.message'
  | 'empathie.call.reminder'
  | 'empathie.call.flash'
  | 'empathie.call.closed'
  // Support circles: offered to the person when their shield switches on, a request to the
  // person's followers to write, a kind message reaching the person, the person's thanks.
  | 'empathie.circle.suggested'
  | 'empathie.circle.request'
  | 'empathie.circle.message'
  | 'empathie.circle.thanks'
  // Someone put the person in the spotlight.
  | 'empathie.spotlight'
  // A poll the person voted in, or wrote, has ended.
  | 'poll';

export interface NotificationTable {
  id: string;
  account_id: string;
  from_account_id: string;
  type: NotificationType;
  post_id: string | null;
  created_at: string;
  /** 1 while the recipient's notification policy holds it back in a notification request. */
  filtered: Generated<number>;
}

export interface JobTable {
  id: string;
  queue: string;
  payload: string;
  run_at: string;
  attempts: number;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
}

/** A post held for later (scheduled, or in its undo window); null parameters follow defaults. */
export interface ScheduledStatusTable {
  id: string;
  account_id: string;
  /** `scheduled` (send later), `undo` (undo window), `review` (send later, then a last look). */
  kind: 'scheduled' | 'undo' | 'review';
  scheduled_at: string;
  text: string;
  spoiler_text: string;
  sensitive: number | null;
  visibility: Visibility | null;
  language: string | null;
  in_reply_to_id: string | null;
  failure: string | null;
  created_at: string;
  /** The creating request's Idempotency-Key, so a retry finds this row. */
  idempotency_key: string | null;
  /** Who may reply once it is published; null follows the author's default then. */
  reply_policy: ReplyPolicy | null;
}
