import type { ApiClient } from './api-client.ts';
import type { Account, Status } from './mastodon.types.ts';

const enc = encodeURIComponent;

export const NOTICE_CATEGORIES = [
  'threats',
  'harassment',
  'hate',
  'privacy',
  'intellectual_property',
  'child_safety',
  'other',
] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];
export type ReportCategory = 'spam' | 'legal' | 'violation' | 'other';

/** Mastodon's Report, with what became of it (docs/api.md, "Moderation"). */
export interface Report {
  id: string;
  action_taken: boolean;
  action_taken_at: string | null;
  category: ReportCategory;
  comment: string;
  created_at: string;
  status_ids: string[];
  target_account: Account | null;
  empathie: { reason: NoticeCategory | null; state: 'open' | 'resolved'; outcome: string | null };
}

export interface Rule {
  id: string;
  text: string;
  hint: string;
}

export interface NoticeInput {
  url: string;
  category: NoticeCategory;
  explanation: string;
  name?: string;
  email?: string;
  good_faith: true;
}

export interface NoticeState {
  reference: string;
  url: string;
  category: NoticeCategory;
  state: 'open' | 'resolved';
  created_at: string;
  decision: { outcome: string; text: string | null; decided_at: string } | null;
}

export interface Appeal {
  id: string;
  text: string;
  state: 'pending' | 'upheld' | 'reversed';
  reason: string | null;
  created_at: string;
  decided_at: string | null;
}

export interface Statement {
  id: string;
  action: 'remove_post' | 'mark_sensitive' | 'limit' | 'suspend' | 'disable';
  status_id: string | null;
  /** The restricted post's text, when a post was restricted. */
  content: string | null;
  state: 'in_force' | 'reversed';
  restriction: string;
  facts: string;
  ground: string;
  automated: boolean;
  automated_text: string;
  how_to_appeal: string;
  created_at: string;
  appeal: Appeal | null;
}

export interface AdminAccount {
  id: string;
  username: string;
  silenced: boolean;
  suspended: boolean;
  disabled: boolean;
  trusted_flagger: boolean;
  account: Account;
}

export interface Tone {
  status_id: string;
  toxicity: number;
  threat: number;
  insult: number;
  identity_attack: number;
}

export interface AdminReport {
  id: string;
  category: ReportCategory;
  comment: string;
  created_at: string;
  action_taken: boolean;
  account: AdminAccount | null;
  target_account: AdminAccount | null;
  statuses: Status[];
  empathie: {
    reason: NoticeCategory | null;
    source: string;
    priority: number;
    removed_status_ids: string[];
    tones?: Tone[];
    context?: Array<{
      status_id: string;
      ancestors: Status[];
      edits: Array<{ id: string; text: string; created_at: string }>;
    }>;
  };
}

export interface QueueNotice {
  id: string;
  reference: string;
  url: string;
  category: NoticeCategory;
  explanation: string;
  target_account_id: string | null;
  target_status_id: string | null;
  priority: number;
  created_at: string;
}

export interface QueueGroup {
  key: string;
  account: AdminAccount | null;
  priority: number;
  reports: AdminReport[];
  notices: QueueNotice[];
}

export interface AdminAppeal extends Appeal {
  account: AdminAccount | null;
  statement: {
    id: string;
    action: Statement['action'];
    status_id: string | null;
    facts: string;
    ground: string;
    ground_text: string;
  } | null;
  can_decide: boolean;
}

export interface AuditEntry {
  id: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  reason: string;
  created_at: string;
}

interface Count {
  key: string;
  count: number;
}

export interface Transparency {
  period: { from: string; to: string };
  notices: { total: number; by_category: Count[] };
  reports: { total: number; by_category: Count[]; by_source: Count[] };
  actions: { total: number; by_type: Count[]; by_ground: Count[]; automated: number };
  median_hours_to_decision: number | null;
  decisions: number;
  appeals: { total: number; pending: number; upheld: number; reversed: number };
}

export interface Decision {
  ground: string;
  text: string;
  report_id?: string;
  notice_id?: string;
}

/** Reports, notices, statements and appeals, the moderators' queue, the transparency report. */
export function createModerationEndpoints(api: ApiClient) {
  const admin = '/api/empathie/v1/admin';
  return {
    report: (input: {
      account_id: string;
      status_ids?: string[];
      reason: NoticeCategory | 'spam';
      comment?: string;
    }) => {
      const { reason, ...rest } = input;
      const body =
        reason === 'spam'
          ? { ...rest, category: 'spam' as const }
          : {
              ...rest,
              reason,
              category: reason === 'other' ? ('other' as const) : ('legal' as const),
            };
      return api.request<Report>('POST', '/api/v1/reports', { body });
    },
    myReports: () => api.request<Report[]>('GET', '/api/v1/reports', { query: { limit: 40 } }),
    rules: () => api.request<Rule[]>('GET', '/api/v1/instance/rules'),
    sendNotice: (input: NoticeInput) =>
      api.request<{ reference: string; message: string }>('POST', '/api/empathie/v1/notices', {
        body: input,
      }),
    readNotice: (reference: string, email: string) =>
      api.request<NoticeState>('GET', `/api/empathie/v1/notices/${enc(reference)}`, {
        query: { email },
      }),
    statements: () => api.request<Statement[]>('GET', '/api/empathie/v1/statements'),
    appeal: (id: string, text: string) =>
      api.request<Appeal>('POST', `/api/empathie/v1/statements/${enc(id)}/appeal`, {
        body: { text },
      }),
    transparency: (from: string, to: string) =>
      api.request<Transparency>('GET', '/api/empathie/v1/transparency', { query: { from, to } }),

    queue: () => api.request<QueueGroup[]>('GET', `${admin}/queue`),
    adminReport: (id: string) =>
      api.request<AdminReport>('GET', `/api/v1/admin/reports/${enc(id)}`),
    moderateAccount: (id: string, type: 'silence' | 'suspend', decision: Decision) =>
      api.request<unknown>('POST', `/api/v1/admin/accounts/${enc(id)}/action`, {
        body: { type, ...decision },
      }),
    moderateStatus: (id: string, type: 'remove' | 'sensitive', decision: Decision) =>
      api.request<{ statement_id: string }>('POST', `${admin}/statuses/${enc(id)}/action`, {
        body: { type, ...decision },
      }),
    dismissNotice: (id: string, text: string) =>
      api.request<unknown>('POST', `${admin}/notices/${enc(id)}/dismiss`, { body: { text } }),
    resolveReport: (id: string) =>
      api.request<unknown>('POST', `/api/v1/admin/reports/${enc(id)}/resolve`),
    appeals: () => api.request<AdminAppeal[]>('GET', `${admin}/appeals`, { query: { limit: 80 } }),
    decideAppeal: (id: string, decision: 'uphold' | 'reverse', reason: string) =>
      api.request<unknown>('POST', `${admin}/appeals/${enc(id)}/decide`, {
        body: { decision, reason },
      }),
    auditLog: () =>
      api.request<AuditEntry[]>('GET', `${admin}/audit_log`, { query: { limit: 100 } }),
  };
}
