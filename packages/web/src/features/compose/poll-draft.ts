import type { NewPoll } from '../../api/poll-endpoints.ts';

/** The server's limits (docs/api.md, `configuration.polls`). */
export const POLL_MIN_OPTIONS = 2;
export const POLL_MAX_OPTIONS = 4;
export const POLL_MAX_OPTION_CHARS = 50;

/** Durations offered in the composer, in seconds: 5 minutes to 7 days (the server takes 30). */
export const POLL_DURATIONS = [300, 1800, 3600, 21_600, 86_400, 259_200, 604_800] as const;
export type PollDuration = (typeof POLL_DURATIONS)[number];

export interface PollDraft {
  options: string[];
  expiresIn: PollDuration;
  multiple: boolean;
  hideTotals: boolean;
}

export function emptyPollDraft(): PollDraft {
  return { options: ['', ''], expiresIn: 86_400, multiple: false, hideTotals: false };
}

export type PollDraftProblem = 'empty' | 'duplicate' | 'tooLong' | null;

/** What stops the poll from being published, if anything (the server says the same in words). */
export function pollDraftProblem(draft: PollDraft): PollDraftProblem {
  const titles = draft.options.map((o) => o.trim());
  if (titles.some((o) => [...o].length > POLL_MAX_OPTION_CHARS)) return 'tooLong';
  if (titles.some((o) => o === '')) return 'empty';
  const keys = titles.map((o) => o.toLowerCase());
  if (new Set(keys).size !== keys.length) return 'duplicate';
  return null;
}

export function toNewPoll(draft: PollDraft): NewPoll {
  return {
    options: draft.options.map((o) => o.trim()),
    expires_in: draft.expiresIn,
    multiple: draft.multiple,
    hide_totals: draft.hideTotals,
  };
}
