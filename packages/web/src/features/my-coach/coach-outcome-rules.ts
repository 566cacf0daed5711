import { OUTCOMES, type Outcome, type OutcomeCounts } from '../../api/empathie.types.ts';

/** One bar of "what I chose": how often, and its length against the most frequent choice. */
export interface ChoiceBar {
  outcome: Outcome;
  count: number;
  /** 0–1, for the bar's length; the count itself is always written beside it. */
  length: number;
}

/** The choices a person made when the coach paused, in the API's order, zeros kept (so the
 * test ids stay stable) but drawn as empty bars. */
export function choiceBars(outcomes: OutcomeCounts): ChoiceBar[] {
  const most = Math.max(0, ...OUTCOMES.map((outcome) => outcomes[outcome] ?? 0));
  return OUTCOMES.map((outcome) => {
    const count = outcomes[outcome] ?? 0;
    return { outcome, count, length: most === 0 ? 0 : count / most };
  });
}

/** Pauses after which the post did not go out as first written. */
export function changedAfterPause(outcomes: OutcomeCounts): number {
  return OUTCOMES.filter((outcome) => outcome !== 'posted_anyway').reduce(
    (sum, outcome) => sum + (outcomes[outcome] ?? 0),
    0,
  );
}

export interface WeekRow {
  week: string;
  posts: number;
  pauses: number;
  changed: number;
  hurtful: number;
}

/**
 * The weeks worth a row: those with a post or a pause, newest first. Only counts, never a
 * score: an ordinary post is counted as a post and nothing else.
 */
export function weekRows(
  weeks: readonly {
    week: string;
    posts: number;
    stepped_in: number;
    outcomes: OutcomeCounts;
    hurtful_posts: number;
  }[],
): WeekRow[] {
  return weeks
    .filter((week) => week.posts > 0 || week.stepped_in > 0)
    .map((week) => ({
      week: week.week,
      posts: week.posts,
      pauses: week.stepped_in,
      changed: changedAfterPause(week.outcomes),
      hurtful: week.hurtful_posts,
    }))
    .reverse();
}
