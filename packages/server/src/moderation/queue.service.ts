import type { Kysely } from 'kysely';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import type { PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type { Viewer } from '../http/auth.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import {
  findReport,
  listReports,
  openReports,
  type ReportRow,
  updateReport,
} from '../reports/reports.repository.ts';
import type { Clock } from '../shared/clock.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { type AdminAccount, adminAccounts } from './admin.serializer.ts';
import type { AuditEntry } from './audit.repository.ts';
import {
  type NoticeRow,
  openNotices,
  postEdits,
  postsByIds,
  postTones,
  removedPosts,
} from './moderation.repository.ts';
import { listRules, ruleJson } from './rules.repository.ts';

export type ReportTransition = 'assign_to_self' | 'unassign' | 'resolve' | 'reopen';

/** Empathie's additions to Mastodon's Admin::Report (clients ignore unknown keys). */
interface ReportExtension {
  reason: string | null;
  source: string;
  priority: number;
  outcome: string | null;
  removed_status_ids: string[];
  /** The engine's reading of the reported posts: a hint, never a verdict. */
  tones?: unknown[];
  /** Each reported post's thread above it and its edit history. */
  context?: unknown[];
}
const QUEUE_SCAN = 200;
const ANCESTORS = 5;

export type QueueService = ReturnType<typeof createQueueService>;

/**
 * The moderators' queue: Mastodon's Admin::Report for existing admin tools, and Empathie's
 * grouped queue (threats and child safety first, then trusted flaggers, then the rest; reports
 * and notices about the same account together, oldest first within a rank).
 */
export function createQueueService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ctx: SerializerContext;
  present: StatusPresenter;
  audit: (entry: AuditEntry) => Promise<void>;
}) {
  const { db, clock, ctx, present, audit } = deps;

  async function adminReports(rows: ReportRow[], viewer: Viewer, detailed: boolean) {
    const accountIds = rows.flatMap((r) =>
      [r.account_id, r.target_account_id, r.assigned_to, r.resolved_by].filter(
        (x): x is string => typeof x === 'string' && x !== '',
      ),
    );
    const accounts = await adminAccounts(db, accountIds, ctx);
    const rules = new Map((await listRules(db)).map((r) => [r.id, ruleJson(r)]));
    const out = [];
    for (const r of rows) {
      const statusIds = r.status_ids ? r.status_ids.split(',') : [];
      const posts = await postsByIds(db, statusIds);
      const removed = await removedPosts(db, statusIds);
      const statuses = await present(posts, viewer.accountId);
      const base = {
        id: r.id,
        action_taken: r.state === 'resolved',
        action_taken_at: r.resolved_at ?? null,
        category: r.category,
        comment: r.comment,
        forwarded: r.forwarded === 1,
        created_at: r.created_at,
        updated_at: r.updated_at ?? r.created_at,
        account: accounts.get(r.account_id) ?? null,
        target_account: accounts.get(r.target_account_id) ?? null,
        assigned_account: (r.assigned_to && accounts.get(r.assigned_to)) || null,
        action_taken_by_account: (r.resolved_by && accounts.get(r.resolved_by)) || null,
        statuses,
        rules: (r.rule_ids ? r.rule_ids.split(',') : []).flatMap((id) => {
          const rule = rules.get(id);
          return rule ? [rule] : [];
        }),
      };
      const empathie: ReportExtension = {
        reason: r.reason ?? null,
        source: r.source ?? 'member',
        priority: r.priority ?? 0,
        outcome: r.outcome ?? null,
        removed_status_ids: [...removed],
      };
      if (detailed) {
        // The engine's reading: a hint for the moderator, never a verdict.
        empathie.tones = (await postTones(db, statusIds)).map((t) => ({
          status_id: t.post_id,
          toxicity: t.toxicity,
          insult: t.insult,
          threat: t.threat,
          identity_attack: t.identity_attack,
          profanity: t.profanity,
          emotion: t.emotion,
          language: t.language,
        }));
        empathie.context = await Promise.all(
          posts.map(async (p) => ({
            status_id: p.id,
            ancestors: await present(await ancestorsOf(p.in_reply_to_id), viewer.accountId),
            edits: await postEdits(db, p.id),
          })),
        );
      }
      out.push({ ...base, empathie });
    }
    return out;
  }

  async function ancestorsOf(startId: string | null) {
    const chain = [];
    let id = startId;
    while (id && chain.length < ANCESTORS) {
      const [post] = await postsByIds(db, [id]);
      if (!post) break;
      chain.unshift(post);
      id = post.in_reply_to_id;
    }
    return chain;
  }

  function noticeJson(n: NoticeRow) {
    return {
      id: n.id,
      reference: n.reference,
      url: n.url,
      category: n.category,
      explanation: n.explanation,
      name: n.name,
      email: n.email,
      target_account_id: n.target_account_id,
      target_status_id: n.target_post_id,
      priority: n.priority,
      state: n.state,
      outcome: n.outcome,
      decision: n.decision,
      created_at: n.created_at,
    };
  }

  return {
    noticeJson,

    async list(
      viewer: Viewer,
      filter: { resolved?: boolean | undefined; targetAccountId?: string | undefined },
      page: PageParams,
    ) {
      const rows = await listReports(db, filter, page);
      return adminReports(rows, viewer, false);
    },

    async detail(viewer: Viewer, id: string) {
      const row = await findReport(db, id);
      if (!row) return null;
      const [report] = await adminReports([row], viewer, true);
      return report ?? null;
    },

    async transition(
      viewer: Viewer,
      id: string,
      transition: ReportTransition,
    ): Promise<Result<void, 'not_found'>> {
      const row = await findReport(db, id);
      if (!row) return err('not_found');
      const at = clock.now().toISOString();
      switch (transition) {
        case 'assign_to_self':
          await updateReport(db, id, { assigned_to: viewer.accountId, updated_at: at });
          break;
        case 'unassign':
          await updateReport(db, id, { assigned_to: null, updated_at: at });
          break;
        case 'resolve':
          await updateReport(db, id, {
            state: 'resolved',
            outcome: row.outcome ?? 'none',
            resolved_at: at,
            resolved_by: viewer.accountId,
            updated_at: at,
          });
          break;
        case 'reopen':
          await updateReport(db, id, {
            state: 'open',
            resolved_at: null,
            resolved_by: null,
            outcome: null,
            updated_at: at,
          });
          break;
        default: {
          const unexpected: never = transition;
          throw new Error(`unknown transition ${String(unexpected)}`);
        }
      }
      await audit({
        actorId: viewer.accountId,
        action: `report.${transition}`,
        targetType: 'report',
        targetId: id,
      });
      return ok(undefined);
    },

    /** Open reports and notices grouped by the account they are about, most urgent first. */
    async queue(viewer: Viewer) {
      const [reports, notices] = await Promise.all([
        openReports(db, QUEUE_SCAN),
        openNotices(db, QUEUE_SCAN),
      ]);
      const presented = await adminReports(reports, viewer, false);
      const groups = new Map<
        string,
        {
          key: string;
          account: AdminAccount | null;
          priority: number;
          oldest: string;
          reports: typeof presented;
          notices: ReturnType<typeof noticeJson>[];
        }
      >();
      const groupOf = (key: string, at: string) => {
        let g = groups.get(key);
        if (!g) {
          g = { key, account: null, priority: 0, oldest: at, reports: [], notices: [] };
          groups.set(key, g);
        }
        if (at < g.oldest) g.oldest = at;
        return g;
      };
      for (const r of presented) {
        const g = groupOf(r.target_account?.id ?? `report:${r.id}`, r.created_at);
        g.account = r.target_account;
        g.priority = Math.max(g.priority, Number(r.empathie.priority ?? 0));
        g.reports.push(r);
      }
      const targets = await adminAccounts(
        db,
        notices.flatMap((n) => (n.target_account_id ? [n.target_account_id] : [])),
        ctx,
      );
      for (const n of notices) {
        const g = groupOf(n.target_account_id ?? `notice:${n.id}`, n.created_at);
        if (n.target_account_id) g.account ??= targets.get(n.target_account_id) ?? null;
        g.priority = Math.max(g.priority, n.priority);
        g.notices.push(noticeJson(n));
      }
      return [...groups.values()].sort(
        (a, b) => b.priority - a.priority || a.oldest.localeCompare(b.oldest),
      );
    },
  };
}
