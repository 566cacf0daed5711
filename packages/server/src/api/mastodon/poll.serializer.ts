import type { PollOptionRow, PollRow } from '../../polls/polls.repository.ts';

/** Mastodon's Poll entity. */
export interface MastodonPoll {
  id: string;
  expires_at: string;
  expired: boolean;
  multiple: boolean;
  votes_count: number;
  voters_count: number;
  /** An option's `votes_count` is null while `hide_totals` hides it (until the poll ends). */
  options: Array<{ title: string; votes_count: number | null }>;
  emojis: never[];
  /** For a signed-in viewer only: whether they voted (always true for the author), and what. */
  voted?: boolean;
  own_votes?: number[];
}

export function serializePoll(
  poll: PollRow,
  options: PollOptionRow[],
  viewer: { id: string; choices: number[] | undefined } | null,
  now: Date,
): MastodonPoll {
  const expired = poll.expires_at <= now.toISOString();
  const showTotals = expired || poll.hide_totals !== 1;
  const sorted = [...options].sort((a, b) => Number(a.position) - Number(b.position));
  const out: MastodonPoll = {
    id: poll.id,
    expires_at: poll.expires_at,
    expired,
    multiple: poll.multiple === 1,
    votes_count: sorted.reduce((sum, o) => sum + Number(o.votes_count), 0),
    voters_count: Number(poll.voters_count),
    options: sorted.map((o) => ({
      title: o.title,
      votes_count: showTotals ? Number(o.votes_count) : null,
    })),
    emojis: [],
  };
  if (viewer) {
    out.voted = viewer.id === poll.account_id || viewer.choices !== undefined;
    out.own_votes = viewer.choices ?? [];
  }
  return out;
}
