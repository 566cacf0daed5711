import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireAdmin, requireModerator } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { formBoolean, parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import { adminAccounts } from './admin.serializer.ts';
import { listAudit } from './audit.repository.ts';
import { moderationError } from './moderation.errors.ts';
import {
  allStatements,
  findNotice,
  listAppeals,
  statementsByIds,
} from './moderation.repository.ts';
import type { ModerationService } from './moderation.service.ts';
import { period } from './public.routes.ts';
import type { QueueService, ReportTransition } from './queue.service.ts';
import { toTransparencyDatabase } from './statements.export.ts';

const ID = ':id{[0-9]{1,20}}';
const page = pageSchema(20, 200);
const ground = z
  .string()
  .max(40)
  .regex(/^(terms|law:[a-z_]{1,30}|rule:\d{1,20})$/, 'terms, law:<ground> or rule:<id>');
export const decisionFields = {
  ground: ground.optional(),
  text: z.string().max(5000).optional(),
  report_id: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
  notice_id: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
};
export const statusAction = z.object({ type: z.enum(['remove', 'sensitive']), ...decisionFields });
const dismissPost = z.object({ text: z.string().trim().min(1).max(5000) });
const decidePost = z.object({
  decision: z.enum(['uphold', 'reverse']),
  reason: z.string().trim().min(1).max(5000),
});
const reportsQuery = pageSchema(20, 200).extend({
  resolved: formBoolean.optional(),
  target_account_id: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
});
const appealsQuery = pageSchema(20, 200).extend({
  state: z.enum(['pending', 'upheld', 'reversed']).optional(),
});
const exportQuery = pageSchema(100, 1000).extend({
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

/**
 * The moderators' routes: Mastodon's admin API shapes (reports, accounts, account actions) so
 * existing admin tools work, and Empathie's queue, post actions, notices, appeals and export.
 * Moderators and admins reach them; roles, trusted flaggers, rules and the audit log are for
 * admins only.
 */
export function mountModerationAdminRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ctx: SerializerContext;
    moderation: ModerationService;
    queue: QueueService;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, clock, ctx, moderation, queue, openapi } = deps;
  const doc = (
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    summary: string,
    extra = {},
  ) => openapi.register({ method, path, summary, tag: 'moderation', ...extra });

  app.get('/api/v1/admin/reports', async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, reportsQuery);
    if (!parsed.ok) return parsed.response;
    const reports = await queue.list(
      viewer,
      { resolved: parsed.value.resolved, targetAccountId: parsed.value.target_account_id },
      toPageParams(parsed.value),
    );
    setLinkHeader(c, reports[0]?.id, reports.at(-1)?.id);
    return c.json(reports);
  });
  doc('get', '/api/v1/admin/reports', 'Reports (moderators)', { query: reportsQuery });

  app.get(`/api/v1/admin/reports/${ID}`, async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const report = await queue.detail(viewer, c.req.param('id'));
    return report ? c.json(report) : apiError(c, 'not_found');
  });
  doc(
    'get',
    `/api/v1/admin/reports/${ID}`,
    'A report with its posts, their thread, edits and the engine’s hint (moderators)',
  );

  for (const t of [
    'assign_to_self',
    'unassign',
    'resolve',
    'reopen',
  ] as const satisfies ReportTransition[]) {
    app.post(`/api/v1/admin/reports/${ID}/${t}`, async (c) => {
      const viewer = requireModerator(c);
      if (viewer instanceof Response) return viewer;
      const done = await queue.transition(viewer, c.req.param('id'), t);
      if (!done.ok) return apiError(c, 'not_found');
      return c.json(await queue.detail(viewer, c.req.param('id')));
    });
    doc(
      'post',
      `/api/v1/admin/reports/${ID}/${t}`,
      `Report: ${t.replaceAll('_', ' ')} (moderators)`,
    );
  }

  app.post(`/api/empathie/v1/admin/statuses/${ID}/action`, async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, statusAction);
    if (!parsed.ok) return parsed.response;
    const v = parsed.value;
    const done = await moderation.actOnPost(viewer, c.req.param('id'), v.type, {
      ground: v.ground,
      text: v.text,
      reportId: v.report_id,
      noticeId: v.notice_id,
    });
    return done.ok ? c.json({ statement_id: done.value.id }) : moderationError(c, done.error);
  });
  doc(
    'post',
    `/api/empathie/v1/admin/statuses/${ID}/action`,
    'Remove a post or mark it sensitive (moderators)',
    {
      body: statusAction,
    },
  );

  app.get('/api/empathie/v1/admin/queue', async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    return c.json(await queue.queue(viewer));
  });
  doc(
    'get',
    '/api/empathie/v1/admin/queue',
    'Open reports and notices, grouped and ranked (moderators)',
  );

  app.get(`/api/empathie/v1/admin/notices/${ID}`, async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const notice = await findNotice(db, c.req.param('id'));
    return notice ? c.json(queue.noticeJson(notice)) : apiError(c, 'not_found');
  });
  doc('get', `/api/empathie/v1/admin/notices/${ID}`, 'A notice (moderators)');

  app.post(`/api/empathie/v1/admin/notices/${ID}/dismiss`, async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, dismissPost);
    if (!parsed.ok) return parsed.response;
    const done = await moderation.dismissNotice(viewer, c.req.param('id'), parsed.value.text);
    return done.ok ? c.json({}) : moderationError(c, done.error);
  });
  doc(
    'post',
    `/api/empathie/v1/admin/notices/${ID}/dismiss`,
    'Close a notice without action, saying why (moderators)',
    {
      body: dismissPost,
    },
  );

  app.get('/api/empathie/v1/admin/appeals', async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, appealsQuery);
    if (!parsed.ok) return parsed.response;
    const rows = await listAppeals(db, parsed.value.state ?? null, toPageParams(parsed.value));
    const statements = await statementsByIds(
      db,
      rows.map((r) => r.statement_id),
    );
    const byId = new Map(statements.map((s) => [s.id, s]));
    const accounts = await adminAccounts(
      db,
      rows.map((r) => r.account_id),
      ctx,
    );
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(
      rows.map((a) => {
        const s = byId.get(a.statement_id);
        return {
          id: a.id,
          text: a.text,
          state: a.state,
          reason: a.reason,
          created_at: a.created_at,
          decided_at: a.decided_at,
          decided_by: a.decided_by,
          account: accounts.get(a.account_id) ?? null,
          statement: s
            ? {
                id: s.id,
                action: s.action,
                status_id: s.post_id,
                facts: s.facts,
                ground: s.ground,
                ground_text: s.ground_text,
                decided_by: s.decided_by,
                created_at: s.created_at,
                state: s.state,
              }
            : null,
          /** Whether this viewer may decide it: never the moderator who took the decision. */
          can_decide: a.state === 'pending' && s?.decided_by !== viewer.accountId,
        };
      }),
    );
  });
  doc('get', '/api/empathie/v1/admin/appeals', 'Appeals (moderators)', { query: appealsQuery });

  app.post(`/api/empathie/v1/admin/appeals/${ID}/decide`, async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, decidePost);
    if (!parsed.ok) return parsed.response;
    const done = await moderation.decideAppeal(
      viewer,
      c.req.param('id'),
      parsed.value.decision,
      parsed.value.reason,
    );
    return done.ok
      ? c.json({ id: done.value.id, state: done.value.state, reason: done.value.reason })
      : moderationError(c, done.error);
  });
  doc(
    'post',
    `/api/empathie/v1/admin/appeals/${ID}/decide`,
    'Decide an appeal (another moderator)',
    {
      body: decidePost,
    },
  );

  app.get('/api/empathie/v1/admin/statements.json', async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, exportQuery);
    if (!parsed.ok) return parsed.response;
    const rows = await allStatements(
      db,
      period(parsed.value, clock.now()),
      toPageParams(parsed.value),
    );
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(rows.map((s) => toTransparencyDatabase(s, ctx.publicUrl)));
  });
  doc(
    'get',
    '/api/empathie/v1/admin/statements.json',
    'Statements of reasons in the fields of the EU DSA transparency database (moderators)',
    {
      query: exportQuery,
    },
  );

  app.get('/api/empathie/v1/admin/audit_log', async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, page);
    if (!parsed.ok) return parsed.response;
    const rows = await listAudit(db, toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(
      rows.map((r) => ({
        id: r.id,
        actor_id: r.actor_id,
        action: r.action,
        target_type: r.target_type,
        target_id: r.target_id,
        reason: r.reason,
        detail: JSON.parse(r.detail) as unknown,
        created_at: r.created_at,
      })),
    );
  });
  doc('get', '/api/empathie/v1/admin/audit_log', 'The moderation audit log, append-only (admins)', {
    query: page,
  });
}
