import { describe, expect, it } from 'vitest';
import type { Poll } from '../../api/poll-endpoints.ts';
import { canVote, pollShares, timeLeft } from './poll-results.ts';

const poll = (extra: Partial<Poll> = {}): Poll => ({
  id: '1',
  expires_at: '2026-11-02T10:00:00.000Z',
  expired: false,
  multiple: false,
  votes_count: 4,
  voters_count: 4,
  options: [
    { title: 'a', votes_count: 3 },
    { title: 'b', votes_count: 1 },
  ],
  ...extra,
});

describe('poll results', () => {
  it('share the votes in percent, by voters for a multiple-choice poll, none while hidden', () => {
    expect(pollShares(poll())).toEqual([75, 25]);
    expect(pollShares(poll({ multiple: true, votes_count: 5, voters_count: 4 }))).toEqual([75, 25]);
    expect(
      pollShares(
        poll({ votes_count: 0, voters_count: 0, options: [{ title: 'a', votes_count: 0 }] }),
      ),
    ).toEqual([0]);
    expect(pollShares(poll({ options: [{ title: 'a', votes_count: null }] }))).toEqual([null]);
  });

  it('offer the vote only to a signed-in reader who has not voted, before the end', () => {
    const now = Date.parse('2026-11-01T10:00:00.000Z');
    expect(canVote(poll(), true, now)).toBe(true);
    expect(canVote(poll(), false, now)).toBe(false);
    expect(canVote(poll({ voted: true }), true, now)).toBe(false);
    expect(canVote(poll({ expired: true }), true, now)).toBe(false);
    expect(canVote(poll(), true, Date.parse('2026-11-03T00:00:00.000Z'))).toBe(false);
  });
});

describe('time left', () => {
  it('says the largest whole unit', () => {
    const now = Date.parse('2026-11-01T10:00:00.000Z');
    expect(timeLeft('2026-11-03T11:00:00.000Z', now)).toEqual({ unit: 'days', count: 2 });
    expect(timeLeft('2026-11-01T13:30:00.000Z', now)).toEqual({ unit: 'hours', count: 3 });
    expect(timeLeft('2026-11-01T10:04:10.000Z', now)).toEqual({ unit: 'minutes', count: 5 });
  });
});
