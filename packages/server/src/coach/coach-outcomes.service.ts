import type { CoachFindingKind } from '@empathie/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { weeklyEmotionsOf, weeklyToneOf } from '../gentle/post-tone.repository.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import {
  averageScoreDrop,
  countOutcomesByWeek,
  insertOutcome,
  type WeeklyOutcomeCount,
  weeklyHurtfulPosts,
} from './coach-outcomes.repository.ts';
import { thresholdFor } from './sensitivity.ts';
import { lastWeeks, weekOf } from './weeks.ts';

export const OUTCOMES = [
  'revised',
  'used_suggestion',
  'sent_later',
  'posted_anyway',
  'saved_draft',
  'cancelled',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The coach's finding kinds; `satisfies` keeps this list in step with the engine's type. */
export const FINDING_KINDS = [
  'insult',
  'label',
  'generalisation',
  'judgment',
  'command',
  'threat',
  'shouting',
  'sarcasm',
] as const satisfies readonly CoachFindingKind[];
// Fails to compile if the engine gains a kind this list lacks.
const _allKinds: Exclude<CoachFindingKind, (typeof FINDING_KINDS)[number]> extends never
  ? true
  : never = true;
void _allKinds;

/**
 * Below this many pauses, instance-wide figures are withheld: on a small instance a share or a
 * week could point at one person.
 */
export const MIN_GROUP = 5;

/** What "hurtful" means in a person's own figures: what the default sensitivity would fold. */
export const HURTFUL_THRESHOLD = thresholdFor('medium') ?? 0.7;

export interface OutcomeInput {
  outcome: Outcome;
  scoreBefore: number;
  scoreAfter?: number | undefined;
  findings?: string[] | undefined;
  language?: 'fr' | 'en' | undefined;
}

type Counts = Record<Outcome, number>;
const zeroCounts = (): Counts =>
  Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as unknown as Counts;

function tally(rows: WeeklyOutcomeCount[], weeks: string[]) {
  const total = zeroCounts();
  const byWeek = new Map(weeks.map((w) => [w, zeroCounts()]));
  for (const r of rows) {
    if (!(OUTCOMES as readonly string[]).includes(r.outcome)) continue;
    const outcome = r.outcome as Outcome;
    total[outcome] += r.count;
    const week = byWeek.get(r.week);
    if (week) week[outcome] += r.count;
  }
  const sum = (c: Counts) => OUTCOMES.reduce((n, o) => n + c[o], 0);
  return { total, byWeek, sum };
}

export type CoachOutcomesService = ReturnType<typeof createCoachOutcomesService>;

export function createCoachOutcomesService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
}) {
  const { db, clock, ids } = deps;

  async function record(accountId: string, input: OutcomeInput): Promise<{ id: string }> {
    const now = clock.now();
    const id = ids();
    await insertOutcome(db, {
      id,
      accountId,
      outcome: input.outcome,
      scoreBefore: input.scoreBefore,
      scoreAfter: input.scoreAfter ?? null,
      findings: [...new Set(input.findings ?? [])],
      language: input.language ?? null,
      week: weekOf(now),
      createdAt: now.toISOString(),
    });
    return { id };
  }

  /** One person's own figures over the last `weekCount` weeks, ready for a chart. */
  async function personal(accountId: string, weekCount: number) {
    const weeks = lastWeeks(clock.now(), weekCount);
    const since = weeks[0] as string;
    const [rows, drop, tone, hurtful, emotions] = await Promise.all([
      countOutcomesByWeek(db, since, accountId),
      averageScoreDrop(db, since, accountId),
      weeklyToneOf(db, accountId, since),
      weeklyHurtfulPosts(db, accountId, since, HURTFUL_THRESHOLD),
      weeklyEmotionsOf(db, accountId, since),
    ]);
    const emotionsByWeek = new Map<string, Record<string, number>>();
    for (const e of emotions) {
      const week = emotionsByWeek.get(e.week) ?? {};
      week[e.emotion] = e.posts;
      emotionsByWeek.set(e.week, week);
    }
    const { total, byWeek, sum } = tally(rows, weeks);
    const toneByWeek = new Map(tone.map((t) => [t.week, t]));
    return {
      weeks: weekCount,
      since,
      steppedIn: sum(total),
      postsPublished: tone.reduce((n, t) => n + t.posts, 0),
      hurtfulPublished: [...hurtful.values()].reduce((n, c) => n + c, 0),
      outcomes: total,
      averageScoreDrop: drop.average,
      perWeek: weeks.map((week) => {
        const counts = byWeek.get(week) ?? zeroCounts();
        const t = toneByWeek.get(week);
        return {
          week,
          steppedIn: sum(counts),
          outcomes: counts,
          posts: t?.posts ?? 0,
          // Outcomes, not suspicion: how many posts went out that may hurt, never a hostility
          // figure for the ordinary ones.
          hurtfulPosts: hurtful.get(week) ?? 0,
          /** Dominant emotion of each post, counted: what the person's writing carried. */
          emotions: emotionsByWeek.get(week) ?? {},
        };
      }),
    };
  }

  /** Instance-wide shares and weekly counts; no identifiers, small groups withheld. */
  async function instance(weekCount: number) {
    const weeks = lastWeeks(clock.now(), weekCount);
    const since = weeks[0] as string;
    const [rows, drop] = await Promise.all([
      countOutcomesByWeek(db, since, null),
      averageScoreDrop(db, since, null),
    ]);
    const { total, byWeek, sum } = tally(rows, weeks);
    const pauses = sum(total);
    const shares =
      pauses >= MIN_GROUP
        ? (Object.fromEntries(OUTCOMES.map((o) => [o, total[o] / pauses])) as Record<
            Outcome,
            number
          >)
        : null;
    return {
      weeks: weekCount,
      since,
      pauses,
      shares,
      averageScoreDrop: drop.count >= MIN_GROUP ? drop.average : null,
      perWeek: weeks.map((week) => {
        const counts = byWeek.get(week) ?? zeroCounts();
        const n = sum(counts);
        // An empty week says nothing about anyone; a week of one to four pauses might.
        return n === 0 || n >= MIN_GROUP
          ? { week, pauses: n as number | null, outcomes: counts as Counts | null, withheld: false }
          : { week, pauses: null, outcomes: null, withheld: true };
      }),
    };
  }

  return { record, personal, instance };
}
