import type { ApiClient, Query } from './api-client.ts';
import type { ScheduledStatus } from './empathie.types.ts';
import type { NewStatus } from './endpoints.ts';
import type { Status } from './mastodon.types.ts';

const enc = encodeURIComponent;

/** A new post that may be held: for the undo window, or until `scheduled_at`. */
export interface HeldStatusInput extends NewStatus {
  /** Hold it for the author's undo window (cannot be combined with `scheduled_at`). */
  undo_window?: boolean;
  /** With `scheduled_at`: held for the author's last look when its time comes (docs/api.md). */
  empathie_review?: boolean;
}

/** What may change in a waiting post; absent fields are kept (docs/api.md). */
export interface HeldRewrite {
  status?: string;
  spoiler_text?: string;
  sensitive?: boolean;
  visibility?: NewStatus['visibility'];
  language?: NewStatus['language'];
}

/** The answer to a post that may be held: a Status when published at once, else the held post. */
export type PublishAnswer = Status | ScheduledStatus;

export function isHeld(answer: PublishAnswer): answer is ScheduledStatus {
  return 'scheduled_at' in answer && 'params' in answer;
}

// Held posts (undo window, send later). Kept apart from endpoints.ts so this contract lives in
// one place; createEndpoints spreads these in.
export function createScheduledEndpoints(api: ApiClient) {
  return {
    publishStatus: (input: HeldStatusInput, idempotencyKey: string) =>
      api.request<PublishAnswer>('POST', '/api/v1/statuses', {
        body: input,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    scheduledList: (query?: Query) =>
      api.request<ScheduledStatus[]>('GET', '/api/v1/scheduled_statuses', query ? { query } : {}),
    scheduledStatus: (id: string) =>
      api.request<ScheduledStatus>('GET', `/api/v1/scheduled_statuses/${enc(id)}`),
    moveScheduled: (id: string, scheduledAt: string) =>
      api.request<ScheduledStatus>('PUT', `/api/v1/scheduled_statuses/${enc(id)}`, {
        body: { scheduled_at: scheduledAt },
      }),
    editScheduled: (id: string, rewrite: HeldRewrite) =>
      api.request<ScheduledStatus>('PUT', `/api/empathie/v1/scheduled_statuses/${enc(id)}`, {
        body: rewrite,
      }),
    deleteScheduled: (id: string) =>
      api.request<unknown>('DELETE', `/api/v1/scheduled_statuses/${enc(id)}`),
  };
}
