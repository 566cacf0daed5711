import type { ApiClient } from './api-client.ts';
import type { Account } from './mastodon.types.ts';

const enc = encodeURIComponent;
const admin = '/api/empathie/v1/admin';

/** A sign-up waiting for an admin (approval mode). */
export interface PendingAccount {
  id: string;
  username: string;
  email: string;
  reason: string | null;
  created_at: string;
}

export interface Invite {
  id: string;
  code: string;
  url: string;
  max_uses: number | null;
  uses: number;
  expires_at: string | null;
  created_at: string;
}

export type AlertKind = 'undeclared_automation' | 'copy_paste' | 'convergence' | 'signup_burst';
export type AlertState = 'open' | 'dismissed' | 'resolved';

/** What the coordination detector saw; the fields depend on the kind (docs/api.md). */
export interface AlertEvidence {
  account_count?: number;
  signals?: string[];
  posts_24h?: number;
  max_per_minute?: number;
  interval_cv?: number | null;
  mean_interval_seconds?: number | null;
  hours_with_posts?: number;
  bots_must_declare?: boolean;
  text?: string;
  post_ids?: string[];
  posts_in_window?: number;
  min_similarity?: number;
  window_minutes?: number;
  first_at?: string;
  last_at?: string;
  target_id?: string;
  target_acct?: string | null;
  newcomers?: number;
  accounts_in_window?: number;
  signups_in_window?: number;
  usual_per_window?: number;
}

export interface Alert {
  id: string;
  kind: AlertKind;
  state: AlertState;
  accounts: Account[];
  evidence: AlertEvidence;
  created_at: string;
  updated_at: string;
  decided_at: string | null;
}

// The admin's everyday screens and the moderators' alerts (docs/api.md, "Administration" and
// "Bots and coordination"). createEndpoints spreads these in.
export function createAdminEndpoints(api: ApiClient) {
  return {
    pendingAccounts: () => api.request<PendingAccount[]>('GET', `${admin}/pending_accounts`),
    decidePending: (id: string, decision: 'approve' | 'reject') =>
      api.request<Record<string, never>>(
        'POST',
        `${admin}/pending_accounts/${enc(id)}/${decision}`,
      ),
    invites: () => api.request<Invite[]>('GET', '/api/empathie/v1/invites'),
    createInvite: (input: { max_uses: number | null; expires_in: number | null }) =>
      api.request<Invite>('POST', '/api/empathie/v1/invites', { body: input }),
    revokeInvite: (id: string) =>
      api.request<Invite>('DELETE', `/api/empathie/v1/invites/${enc(id)}`),
    alerts: (state: AlertState | 'all') =>
      api.request<Alert[]>('GET', `${admin}/alerts`, { query: { state } }),
    decideAlert: (id: string, decision: 'dismiss' | 'resolve') =>
      api.request<Alert>('POST', `${admin}/alerts/${enc(id)}/${decision}`, { body: {} }),
  };
}
