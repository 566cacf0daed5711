import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createOutboundRecorder } from '../federation/outbound-events.ts';
import { appendAudit } from '../moderation/audit.repository.ts';
import type {
  NoticeCategory,
  ReportCategory,
  ReportSource,
} from '../moderation/moderation.tables.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import {
  existingPostsOf,
  existingRules,
  insertReport,
  isTrustedFlagger,
  liveAccount,
  type ReportRow,
} from './reports.repository.ts';

export const REPORT_CATEGORIES = ['spam', 'legal', 'violation', 'other'] as const;
export const REPORT_COMMENT_MAX = 1000;
export const REPORT_STATUSES_MAX = 50;

/** Reasons that go to the top of the queue (DSA: threats to life and child safety first). */
const URGENT: ReadonlySet<string> = new Set(['threats', 'child_safety']);

export interface FileReportInput {
  /** The person the report is for (the owner of a held folder when an ally files it). */
  reporterId: string;
  /** The reported account. */
  accountId: string;
  statusIds?: readonly string[];
  comment?: string;
  category?: ReportCategory;
  /** Empathie's finer reason, when the reporter gave one. */
  reason?: NoticeCategory | null;
  ruleIds?: readonly string[];
  forward?: boolean;
  source: ReportSource;
  /** The ally who filed it on the reporter's behalf, if any. */
  filedBy?: string | null;
}

export type FileReportError =
  | { kind: 'account_not_found' }
  | { kind: 'self_report' }
  | { kind: 'status_not_found'; id: string }
  | { kind: 'rule_not_found'; id: string };

/** Queue priority: 2 urgent reasons, 1 trusted flaggers, 0 the rest. */
export function reportPriority(reason: string | null | undefined, trustedFlagger: boolean): number {
  if (reason && URGENT.has(reason)) return 2;
  return trustedFlagger ? 1 : 0;
}

export interface ReportsDeps {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
}

/**
 * Files a report through any door that leads to the moderators: a member's report, an ally
 * acting from a held folder, the shield. Checks that what the report names exists (the reported
 * posts must be the reported account's) and sets its place in the queue.
 *
 * @example
 * await fileReport(deps, { reporterId: owner, accountId: sender, statusIds: [postId],
 *   source: 'ally', filedBy: allyId, reason: 'harassment' });
 */
export async function fileReport(
  deps: ReportsDeps,
  input: FileReportInput,
): Promise<Result<ReportRow, FileReportError>> {
  const { db, clock, ids } = deps;
  if (input.accountId === input.reporterId) return err({ kind: 'self_report' });
  const target = await liveAccount(db, input.accountId);
  if (!target) return err({ kind: 'account_not_found' });
  const statusIds = [...new Set(input.statusIds ?? [])];
  const posts = await existingPostsOf(db, input.accountId, statusIds);
  const missingPost = statusIds.find((id) => !posts.has(id));
  if (missingPost) return err({ kind: 'status_not_found', id: missingPost });
  const ruleIds = [...new Set(input.ruleIds ?? [])];
  const rules = await existingRules(db, ruleIds);
  const missingRule = ruleIds.find((id) => !rules.has(id));
  if (missingRule) return err({ kind: 'rule_not_found', id: missingRule });

  const now = clock.now().toISOString();
  const reason = input.reason ?? null;
  const row: ReportRow = {
    id: ids(),
    account_id: input.reporterId,
    target_account_id: input.accountId,
    status_ids: statusIds.join(','),
    comment: (input.comment ?? '').trim(),
    category: input.category ?? (ruleIds.length > 0 ? 'violation' : 'other'),
    filed_by: input.filedBy ?? null,
    created_at: now,
    rule_ids: ruleIds.join(','),
    forwarded: input.forward ? 1 : 0,
    source: input.source,
    reason,
    priority: reportPriority(reason, await isTrustedFlagger(db, input.reporterId)),
    state: 'open',
    assigned_to: null,
    resolved_at: null,
    resolved_by: null,
    outcome: null,
    updated_at: now,
  };
  // Forwarding is federation's: a durable event in the same transaction as the report, turned
  // into a `Flag` to the reported account's server by the one outbound bridge.
  const forward = input.forward === true && target.domain !== null;
  await db.transaction().execute(async (trx) => {
    await insertReport(trx, row);
    if (forward) {
      await createOutboundRecorder({ clock, ids })(trx, {
        type: 'report.forwarded',
        reportId: row.id,
      });
    }
  });
  // Every door writes the same line to the audit log, whoever calls.
  await appendAudit(db, ids, now, {
    actorId: row.filed_by ?? row.account_id,
    action: 'report.create',
    targetType: 'report',
    targetId: row.id,
    detail: { category: row.category, reason, source: input.source },
  });
  return ok(row);
}

export type ReportsService = ReturnType<typeof createReportsService>;

export function createReportsService(deps: ReportsDeps) {
  return { fileReport: (input: FileReportInput) => fileReport(deps, input) };
}
