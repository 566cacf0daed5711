import type { ApiClient, Query } from './api-client.ts';
import type {
  AdminCoachStats,
  CoachMe,
  CoachOutcomeInput,
  CoachSettings,
  CoachSettingsPatch,
  Draft,
  DraftInput,
} from './empathie.types.ts';

const enc = encodeURIComponent;
const base = '/api/empathie/v1';

// The coach, drafts and their figures. Kept apart from endpoints.ts so the coach's contract
// lives in one place; createEndpoints spreads these in.
export function createCoachEndpoints(api: ApiClient) {
  return {
    coachSettings: () => api.request<CoachSettings>('GET', `${base}/coach/settings`),
    saveCoachSettings: (patch: CoachSettingsPatch) =>
      api.request<CoachSettings>('PATCH', `${base}/coach/settings`, { body: patch }),
    adminCoachSettings: () => api.request<CoachSettings>('GET', `${base}/admin/coach/settings`),
    saveAdminCoachSettings: (patch: CoachSettingsPatch) =>
      api.request<CoachSettings>('PATCH', `${base}/admin/coach/settings`, { body: patch }),
    recordCoachOutcome: (input: CoachOutcomeInput) =>
      api.request<{ id: string }>('POST', `${base}/coach/outcomes`, { body: input }),
    coachMe: (weeks = 12) => api.request<CoachMe>('GET', `${base}/coach/me`, { query: { weeks } }),
    adminCoachStats: (weeks = 12) =>
      api.request<AdminCoachStats>('GET', `${base}/admin/coach/stats`, { query: { weeks } }),
    drafts: (query?: Query) =>
      api.request<Draft[]>('GET', `${base}/drafts`, query ? { query } : {}),
    draft: (id: string) => api.request<Draft>('GET', `${base}/drafts/${enc(id)}`),
    saveDraft: (input: DraftInput) => api.request<Draft>('POST', `${base}/drafts`, { body: input }),
    deleteDraft: (id: string) => api.request<unknown>('DELETE', `${base}/drafts/${enc(id)}`),
    /** Whether this server schedules posts (Mastodon's `scheduled_at`): only then is "send later" offered. */
    supportsScheduledPosts: async () =>
      (await api.request<unknown>('GET', '/api/v1/scheduled_statuses')).ok,
  };
}
