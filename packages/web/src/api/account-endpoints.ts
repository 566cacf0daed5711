import type { ApiClient } from './api-client.ts';

const base = '/api/empathie/v1/account';
const enc = encodeURIComponent;

/** One of the person's sessions (a live token): a device or an app they logged in with. */
export interface AccountSession {
  id: string;
  app_name: string | null;
  scopes: string[];
  created_at: string;
  /** To the hour. */
  last_used_at: string | null;
  current: boolean;
}

export interface ClosedSessions {
  closed_sessions: number;
}

export interface AccountDeletion {
  /** When the account's content is erased for good (ISO time). */
  erase_at: string;
  grace_days: number;
}

// A person's control over their own data (docs/api.md, "Your data"). createEndpoints spreads
// these in.
export function createAccountEndpoints(api: ApiClient) {
  return {
    downloadArchive: () => api.download(`${base}/export`),
    changePassword: (currentPassword: string, newPassword: string) =>
      api.request<ClosedSessions>('POST', `${base}/password`, {
        body: { current_password: currentPassword, new_password: newPassword },
      }),
    sessions: () => api.request<AccountSession[]>('GET', `${base}/sessions`),
    revokeSession: (id: string) =>
      api.request<Record<string, never>>('DELETE', `${base}/sessions/${enc(id)}`),
    revokeAllSessions: (keepCurrent: boolean) =>
      api.request<ClosedSessions>('POST', `${base}/sessions/revoke_all`, {
        body: { keep_current: keepCurrent },
      }),
    deleteAccount: (password: string) =>
      api.request<AccountDeletion>('POST', `${base}/deletion`, { body: { password } }),
  };
}
