import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

interface Count {
  key: string;
  count: number;
}

function counts(rows: Array<{ key: string | null | undefined; n: unknown }>): Count[] {
  return rows
    .map((r) => ({ key: r.key ?? 'unknown', count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 100) / 100;
}

/** Decisions read for the median: enough for any small instance's period, bounded anyway. */
const DECISIONS_READ = 50_000;

/**
 * The transparency report (DSA Art. 15 and 24) for a period, computed from the data each time:
 * notices and reports by kind, actions by type and ground, the median time from a notice or
 * report to its decision, appeals and reversals.
 */
export async function transparencyReport(
  db: Kysely<Database>,
  range: { from: string; to: string },
) {
  const notices = await db
    .selectFrom('notices')
    .select(['category as key', (eb) => eb.fn.countAll().as('n')])
    .groupBy('category')
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .execute();
  const reports = await db
    .selectFrom('reports')
    .select(['category as key', (eb) => eb.fn.countAll().as('n')])
    .groupBy('category')
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .execute();
  const reportSources = await db
    .selectFrom('reports')
    .select(['source as key', (eb) => eb.fn.countAll().as('n')])
    .groupBy('source')
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .execute();
  const actions = await db
    .selectFrom('moderation_statements')
    .select(['action as key', (eb) => eb.fn.countAll().as('n')])
    .groupBy('action')
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .execute();
  const grounds = await db
    .selectFrom('moderation_statements')
    .select(['ground as key', (eb) => eb.fn.countAll().as('n')])
    .groupBy('ground')
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .execute();
  const automated = await db
    .selectFrom('moderation_statements')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('automated', '=', 1)
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .executeTakeFirst();
  const appeals = await db
    .selectFrom('moderation_appeals')
    .select(['state as key', (eb) => eb.fn.countAll().as('n')])
    .groupBy('state')
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .execute();
  const decidedReports = await db
    .selectFrom('reports')
    .select(['created_at', 'resolved_at as decided_at'])
    .where('resolved_at', 'is not', null)
    .limit(DECISIONS_READ)
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .execute();
  const decidedNotices = await db
    .selectFrom('notices')
    .select(['created_at', 'decided_at'])
    .where('decided_at', 'is not', null)
    .limit(DECISIONS_READ)
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .execute();
  const hours = [...decidedReports, ...decidedNotices].flatMap((r) =>
    r.decided_at ? [(Date.parse(r.decided_at) - Date.parse(r.created_at)) / 3_600_000] : [],
  );
  const appealCounts = counts(appeals);
  const total = (list: Count[]) => list.reduce((sum, c) => sum + c.count, 0);
  const countOf = (list: Count[], key: string) => list.find((c) => c.key === key)?.count ?? 0;
  const actionCounts = counts(actions);
  return {
    period: { from: range.from, to: range.to },
    notices: { total: total(counts(notices)), by_category: counts(notices) },
    reports: {
      total: total(counts(reports)),
      by_category: counts(reports),
      by_source: counts(reportSources),
    },
    actions: {
      total: total(actionCounts),
      by_type: actionCounts,
      by_ground: counts(grounds),
      automated: Number(automated?.n ?? 0),
    },
    median_hours_to_decision: median(hours),
    decisions: hours.length,
    appeals: {
      total: total(appealCounts),
      pending: countOf(appealCounts, 'pending'),
      upheld: countOf(appealCounts, 'upheld'),
      reversed: countOf(appealCounts, 'reversed'),
    },
  };
}
