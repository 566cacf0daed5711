import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface OutcomeRow {
  id: string;
  accountId: string;
  outcome: string;
  scoreBefore: number;
  scoreAfter: number | null;
  findings: string[];
  language: string | null;
  week: string;
  createdAt: string;
}

export async function insertOutcome(db: Kysely<Database>, row: OutcomeRow): Promise<void> {
  await db
    .insertInto('coach_outcomes')
    .values({
      id: row.id,
      account_id: row.accountId,
      outcome: row.outcome,
      score_before: row.scoreBefore,
      score_after: row.scoreAfter,
      findings: row.findings.join(','),
      language: row.language,
      week: row.week,
      created_at: row.createdAt,
    })
    .execute();
}

export interface WeeklyOutcomeCount {
  week: string;
  outcome: string;
  count: number;
}

/**
 * Outcomes counted per week and kind since `sinceWeek`, for one person or (accountId null) the
 * whole instance. Each is one range scan of an index on (account_id, week) or (week, outcome).
 */
export async function countOutcomesByWeek(
  db: Kysely<Database>,
  sinceWeek: string,
  accountId: string | null,
): Promise<WeeklyOutcomeCount[]> {
  let q = db
    .selectFrom('coach_outcomes')
    .select(['week', 'outcome'])
    .select((eb) => eb.fn.countAll().as('count'))
    .where('week', '>=', sinceWeek);
  if (accountId !== null) q = q.where('account_id', '=', accountId);
  const rows = await q.groupBy(['week', 'outcome']).execute();
  // PostgreSQL returns count(*) as a string.
  return rows.map((r) => ({ week: r.week, outcome: r.outcome, count: Number(r.count) }));
}

/** Average of (before − after) over pauses where the draft was re-scored after a change. */
export async function averageScoreDrop(
  db: Kysely<Database>,
  sinceWeek: string,
  accountId: string | null,
): Promise<{ average: number | null; count: number }> {
  let q = db
    .selectFrom('coach_outcomes')
    .select((eb) => [
      eb.fn.avg<number | string | null>(eb('score_before', '-', eb.ref('score_after'))).as('drop'),
      eb.fn.count<number | string>('score_after').as('count'),
    ])
    .where('week', '>=', sinceWeek)
    .where('score_after', 'is not', null);
  if (accountId !== null) q = q.where('account_id', '=', accountId);
  const row = await q.executeTakeFirst();
  const count = Number(row?.count ?? 0);
  return { average: count > 0 && row?.drop != null ? Number(row.drop) : null, count };
}

/**
 * A person's published posts per week that a reader at the default sensitivity would find
 * hurtful (toxicity at or above `threshold`). My coach names these, and only these: an ordinary
 * post never carries a hostility figure.
 */
export async function weeklyHurtfulPosts(
  db: Kysely<Database>,
  accountId: string,
  sinceWeek: string,
  threshold: number,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('post_tones')
    .select('week')
    .select((eb) => eb.fn.countAll<number | string>().as('posts'))
    .where('account_id', '=', accountId)
    .where('week', '>=', sinceWeek)
    .where('toxicity', '>=', threshold)
    .groupBy('week')
    .execute();
  return new Map(rows.map((r) => [r.week, Number(r.posts)]));
}
