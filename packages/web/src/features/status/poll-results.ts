import type { Poll } from '../../api/poll-endpoints.ts';

/** Each option's share of the votes, in whole percent (0 when nobody voted yet). */
export function pollShares(poll: Poll): Array<number | null> {
  // For a multiple-choice poll Mastodon divides by voters: each person counts once per choice.
  const base = poll.multiple ? poll.voters_count : poll.votes_count;
  return poll.options.map((o) =>
    o.votes_count === null ? null : base > 0 ? Math.round((o.votes_count * 100) / base) : 0,
  );
}

/** Whether the viewer is shown the form (may still vote) or the results. */
export function canVote(poll: Poll, signedIn: boolean, now: number): boolean {
  return signedIn && !poll.voted && !poll.expired && Date.parse(poll.expires_at) > now;
}

/** How long a poll still runs, in its largest whole unit (at least one minute). */
export function timeLeft(
  expiresAt: string,
  now: number,
): { unit: 'days' | 'hours' | 'minutes'; count: number } {
  const minutes = Math.max(1, Math.ceil((Date.parse(expiresAt) - now) / 60_000));
  if (minutes >= 24 * 60) return { unit: 'days', count: Math.floor(minutes / (24 * 60)) };
  if (minutes >= 60) return { unit: 'hours', count: Math.floor(minutes / 60) };
  return { unit: 'minutes', count: minutes };
}
