/**
 * Signs that an account posts automatically, read from the times of its recent posts. Each
 * is a hint for a moderator, never a verdict: a person live-posting a match can post six times
 * in a minute; what the three together describe is rarely a person.
 */

export interface CadenceThresholds {
  /** Posts within any 60 seconds. */
  perMinute: number;
  /** At least this many posts in the day before the intervals' regularity counts. */
  regularMinPosts: number;
  /** Coefficient of variation of the intervals (standard deviation / mean) at or below this. */
  regularMaxCv: number;
  /** Distinct hours of the last 24 with a post; people sleep. */
  roundTheClockHours: number;
}

export const DEFAULT_CADENCE: CadenceThresholds = {
  perMinute: 6,
  regularMinPosts: 12,
  regularMaxCv: 0.15,
  roundTheClockHours: 20,
};

export type CadenceSignal = 'many_per_minute' | 'regular_cadence' | 'around_the_clock';

export interface CadenceReading {
  signals: CadenceSignal[];
  posts_24h: number;
  max_per_minute: number;
  /** Null when there are too few posts to measure. */
  interval_cv: number | null;
  mean_interval_seconds: number | null;
  hours_with_posts: number;
}

/**
 * Reads the posting times (milliseconds) of one account over the last 24 hours before `now`.
 *
 * @example readCadence(everyFifteenMinutesForADay, now).signals // ['regular_cadence', 'around_the_clock']
 */
export function readCadence(
  times: readonly number[],
  now: number,
  thresholds: CadenceThresholds = DEFAULT_CADENCE,
): CadenceReading {
  const day = times.filter((t) => t > now - 86_400_000 && t <= now).sort((a, b) => a - b);
  let maxPerMinute = 0;
  let start = 0;
  for (let end = 0; end < day.length; end += 1) {
    while ((day[end] ?? 0) - (day[start] ?? 0) >= 60_000) start += 1;
    maxPerMinute = Math.max(maxPerMinute, end - start + 1);
  }
  const intervals: number[] = [];
  for (let i = 1; i < day.length; i += 1) intervals.push((day[i] ?? 0) - (day[i - 1] ?? 0));
  let cv: number | null = null;
  let mean: number | null = null;
  if (intervals.length >= 2) {
    mean = intervals.reduce((s, x) => s + x, 0) / intervals.length;
    const variance = intervals.reduce((s, x) => s + (x - (mean ?? 0)) ** 2, 0) / intervals.length;
    cv = mean > 0 ? Math.sqrt(variance) / mean : 0;
  }
  // Hours counted back from now, so "the last 24 hours" does not depend on the time zone.
  const hours = new Set(day.map((t) => Math.floor((now - t) / 3_600_000)));
  const signals: CadenceSignal[] = [];
  if (maxPerMinute >= thresholds.perMinute) signals.push('many_per_minute');
  if (day.length >= thresholds.regularMinPosts && cv !== null && cv <= thresholds.regularMaxCv) {
    signals.push('regular_cadence');
  }
  if (hours.size >= thresholds.roundTheClockHours) signals.push('around_the_clock');
  return {
    signals,
    posts_24h: day.length,
    max_per_minute: maxPerMinute,
    interval_cv: cv === null ? null : Math.round(cv * 1000) / 1000,
    mean_interval_seconds: mean === null ? null : Math.round(mean / 1000),
    hours_with_posts: hours.size,
  };
}
