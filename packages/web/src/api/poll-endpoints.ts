import type { ApiClient } from './api-client.ts';

const enc = encodeURIComponent;

/** Mastodon's Poll entity, as the server sends it (docs/api.md). */
export interface Poll {
  id: string;
  expires_at: string;
  expired: boolean;
  multiple: boolean;
  votes_count: number;
  voters_count: number;
  /** `votes_count` is null while the author hides the totals (until the poll ends). */
  options: Array<{ title: string; votes_count: number | null }>;
  voted?: boolean;
  own_votes?: number[];
}

/** A poll to publish with a post. */
export interface NewPoll {
  options: string[];
  expires_in: number;
  multiple: boolean;
  hide_totals: boolean;
}

// Polls: read one, vote. createEndpoints spreads these in.
export function createPollEndpoints(api: ApiClient) {
  return {
    poll: (id: string) => api.request<Poll>('GET', `/api/v1/polls/${enc(id)}`),
    votePoll: (id: string, choices: number[]) =>
      api.request<Poll>('POST', `/api/v1/polls/${enc(id)}/votes`, { body: { choices } }),
  };
}
