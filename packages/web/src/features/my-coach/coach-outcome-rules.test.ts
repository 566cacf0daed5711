import { describe, expect, it } from 'vitest';
import type { CoachWeek, OutcomeCounts } from '../../api/empathie.types.ts';
import { changedAfterPause, choiceBars, weekRows } from './coach-outcome-rules.ts';

const counts = (partial: Partial<OutcomeCounts> = {}): OutcomeCounts => ({
  revised: 0,
  used_suggestion: 0,
  sent_later: 0,
  posted_anyway: 0,
  saved_draft: 0,
  cancelled: 0,
  ...partial,
});

const week = (partial: Partial<CoachWeek> & { week: string }): CoachWeek => ({
  stepped_in: 0,
  outcomes: counts(),
  posts: 0,
  hurtful_posts: 0,
  ...partial,
});

describe('my coach in outcomes', () => {
  it('draws every choice, the most frequent as the longest bar', () => {
    const bars = choiceBars(counts({ used_suggestion: 4, posted_anyway: 1 }));
    expect(bars.map((bar) => bar.outcome)).toEqual([
      'revised',
      'used_suggestion',
      'sent_later',
      'posted_anyway',
      'saved_draft',
      'cancelled',
    ]);
    expect(bars.find((bar) => bar.outcome === 'used_suggestion')?.length).toBe(1);
    expect(bars.find((bar) => bar.outcome === 'posted_anyway')?.length).toBe(0.25);
    expect(choiceBars(counts()).every((bar) => bar.length === 0)).toBe(true);
  });

  it('counts as changed every pause after which the post did not go out as written', () => {
    expect(
      changedAfterPause(counts({ revised: 1, used_suggestion: 2, posted_anyway: 3, cancelled: 1 })),
    ).toBe(4);
  });

  it('lists only weeks with something in them, newest first, with counts and no score', () => {
    // A week of friendly posts ("Super idée, j'apporte des arrosoirs et du café"): two posts,
    // nothing hurtful, and nothing in the row that reads as a hostility figure.
    const rows = weekRows([
      week({ week: '2026-11-02', posts: 2 }),
      week({ week: '2026-11-09' }),
      week({
        week: '2026-11-16',
        posts: 1,
        stepped_in: 2,
        outcomes: counts({ used_suggestion: 1, posted_anyway: 1 }),
        hurtful_posts: 1,
      }),
    ]);
    expect(rows).toEqual([
      { week: '2026-11-16', posts: 1, pauses: 2, changed: 1, hurtful: 1 },
      { week: '2026-11-02', posts: 2, pauses: 0, changed: 0, hurtful: 0 },
    ]);
    for (const row of rows) expect(Object.keys(row)).not.toContain('average_toxicity');
  });
});
