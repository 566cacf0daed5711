import { createAccountEndpoints } from './account-endpoints.ts';
import { createAdminEndpoints } from './admin-endpoints.ts';
import { createAnnouncementEndpoints } from './announcement-endpoints.ts';
import type { ApiClient, ApiResult, Query } from './api-client.ts';
import { createCoachEndpoints } from './coach-endpoints.ts';
import { createCollectiveEndpoints, createSupportEndpoints } from './collective-endpoints.ts';
import type { ReplyPolicy } from './defence.types.ts';
import { createDefenceEndpoints } from './defence-endpoints.ts';
import { createDossierEndpoints } from './dossier-endpoints.ts';
import type {
  Account,
  AdminSettings,
  Context,
  CredentialAccount,
  InstanceV2,
  Marker,
  Notification,
  Relationship,
  SearchResults,
  Status,
  StatusSource,
  Token,
  UiLanguage,
  Visibility,
} from './mastodon.types.ts';
import { createMediaEndpoints } from './media-endpoints.ts';
import { createModerationEndpoints } from './moderation-endpoints.ts';
import { createOAuthEndpoints } from './oauth-endpoints.ts';
import { createPollEndpoints, type NewPoll } from './poll-endpoints.ts';
import { createScheduledEndpoints } from './scheduled-endpoints.ts';
import { createShieldEndpoints } from './shield-endpoints.ts';

// One typed function per route of docs/api.md that the web app uses. Features call these, never
// raw paths, so a contract change is a change here.

export interface SignUpInput {
  username: string;
  email: string;
  password: string;
  agreement: boolean;
  locale: UiLanguage;
  reason?: string;
  invite_code?: string;
  /** The ids of the rules shown and accepted; the server refuses if they changed meanwhile. */
  rule_ids?: string[];
}

export interface NewStatus {
  status: string;
  spoiler_text?: string;
  sensitive?: boolean;
  visibility: Visibility;
  language: UiLanguage;
  in_reply_to_id?: string;
  /** ISO time: the server keeps the post until then (only where scheduled posts exist). */
  scheduled_at?: string;
  /** Who may reply; the person's default when absent. */
  reply_policy?: ReplyPolicy;
  /** A poll published with the post (it cannot be held for the undo window or scheduled). */
  poll?: NewPoll;
  /** Uploaded images, in order (they cannot be held for the undo window or scheduled either). */
  media_ids?: string[];
}

export interface ProfileUpdate {
  display_name?: string;
  note?: string;
  locked?: boolean;
  /** Mastodon's flag: this account posts automatically. */
  bot?: boolean;
  source?: { language?: UiLanguage };
}

export type RelationshipAction = 'follow' | 'unfollow' | 'block' | 'unblock' | 'mute' | 'unmute';
export type StatusAction = 'favourite' | 'unfavourite' | 'reblog' | 'unreblog';

const enc = encodeURIComponent;

export function createEndpoints(api: ApiClient) {
  const get = <T>(path: string, query?: Query): Promise<ApiResult<T>> =>
    api.request<T>('GET', path, query ? { query } : {});
  const post = <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    api.request<T>('POST', path, {
      ...(body !== undefined ? { body } : {}),
      ...(headers ? { headers } : {}),
    });

  return {
    ...createAccountEndpoints(api),
    ...createAdminEndpoints(api),
    ...createAnnouncementEndpoints(api),
    ...createCoachEndpoints(api),
    ...createCollectiveEndpoints(api),
    ...createSupportEndpoints(api),
    ...createDefenceEndpoints(api),
    ...createDossierEndpoints(api),
    ...createModerationEndpoints(api),
    ...createOAuthEndpoints(api),
    ...createScheduledEndpoints(api),
    ...createPollEndpoints(api),
    ...createMediaEndpoints(api),
    ...createShieldEndpoints(api),

    /** Follows a `Link` header target (already a same-origin path with its query). */
    page: <T>(path: string) => get<T>(path),

    instance: () => get<InstanceV2>('/api/v2/instance'),
    signUp: (input: SignUpInput) => post<Token>('/api/v1/accounts', input),
    logIn: (username: string, password: string) =>
      // No `scope`: the first-party app takes what the server gives the account, admin scopes
      // included for an admin (the admin pages need them; ADR 0006).
      post<Token>('/oauth/token', { grant_type: 'password', username, password }),
    /** Moves a fresh token into the HttpOnly session cookie; the app then forgets it. */
    openWebSession: (token: string) =>
      post<Record<string, never>>('/api/empathie/v1/web_session', undefined, {
        Authorization: `Bearer ${token}`,
      }),
    /** Revokes the session's token and clears its cookie. */
    logOut: () => api.request<Record<string, never>>('DELETE', '/api/empathie/v1/web_session'),
    verifyCredentials: () => get<CredentialAccount>('/api/v1/accounts/verify_credentials'),
    updateCredentials: (update: ProfileUpdate) =>
      api.request<CredentialAccount>('PATCH', '/api/v1/accounts/update_credentials', {
        body: update,
      }),
    saveIntention: (intention: string) =>
      api.request<{ intention: string }>('PUT', '/api/empathie/v1/intention', {
        body: { intention },
      }),
    preferences: () => get<{ ui_language: string }>('/api/empathie/v1/preferences'),
    savePreferences: (ui_language: UiLanguage) =>
      api.request<{ ui_language: UiLanguage }>('PATCH', '/api/empathie/v1/preferences', {
        body: { ui_language },
      }),
    adminSettings: () => get<AdminSettings>('/api/empathie/v1/admin/settings'),
    saveAdminSettings: (settings: Partial<AdminSettings>) =>
      api.request<AdminSettings>('PATCH', '/api/empathie/v1/admin/settings', { body: settings }),

    lookupAccount: (acct: string) => get<Account>('/api/v1/accounts/lookup', { acct }),
    accountStatuses: (id: string, query?: Query) =>
      get<Status[]>(`/api/v1/accounts/${enc(id)}/statuses`, query),
    relationships: (ids: readonly string[]) =>
      get<Relationship[]>('/api/v1/accounts/relationships', { id: ids }),
    relate: (id: string, action: RelationshipAction) =>
      post<Relationship>(`/api/v1/accounts/${enc(id)}/${action}`),
    followRequests: () => get<Account[]>('/api/v1/follow_requests'),
    answerFollowRequest: (id: string, answer: 'authorize' | 'reject') =>
      post<Relationship>(`/api/v1/follow_requests/${enc(id)}/${answer}`),

    homeTimeline: (query?: Query) => get<Status[]>('/api/v1/timelines/home', query),
    localTimeline: (query?: Query) =>
      get<Status[]>('/api/v1/timelines/public', { local: true, ...query }),
    tagTimeline: (tag: string, query?: Query) =>
      get<Status[]>(`/api/v1/timelines/tag/${enc(tag)}`, query),

    status: (id: string) => get<Status>(`/api/v1/statuses/${enc(id)}`),
    context: (id: string) => get<Context>(`/api/v1/statuses/${enc(id)}/context`),
    statusSource: (id: string) => get<StatusSource>(`/api/v1/statuses/${enc(id)}/source`),
    createStatus: (input: NewStatus, idempotencyKey: string) =>
      post<Status>('/api/v1/statuses', input, { 'Idempotency-Key': idempotencyKey }),
    editStatus: (id: string, input: Omit<NewStatus, 'visibility' | 'in_reply_to_id'>) =>
      api.request<Status>('PUT', `/api/v1/statuses/${enc(id)}`, { body: input }),
    deleteStatus: (id: string) => api.request<Status>('DELETE', `/api/v1/statuses/${enc(id)}`),
    actOnStatus: (id: string, action: StatusAction) =>
      post<Status>(`/api/v1/statuses/${enc(id)}/${action}`),

    notifications: (query?: Query) => get<Notification[]>('/api/v1/notifications', query),
    markers: () =>
      get<Partial<Record<'notifications' | 'home', Marker>>>('/api/v1/markers', {
        timeline: ['notifications'],
      }),
    markNotificationsRead: (lastReadId: string) =>
      post<unknown>('/api/v1/markers', { notifications: { last_read_id: lastReadId } }),

    search: (q: string, type?: 'accounts' | 'statuses' | 'hashtags') =>
      get<SearchResults>('/api/v2/search', { q, type, limit: 20 }),
  };
}

export type Endpoints = ReturnType<typeof createEndpoints>;
