import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { formBoolean, parseBody, parseQuery } from '../http/params.ts';
import { reportJson } from '../moderation/admin.serializer.ts';
import { NOTICE_CATEGORIES } from '../moderation/notices.service.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { findAccountRow, listReportsBy } from './reports.repository.ts';
import {
  type FileReportError,
  REPORT_CATEGORIES,
  REPORT_COMMENT_MAX,
  REPORT_STATUSES_MAX,
  type ReportsService,
} from './reports.service.ts';

const id = z.string().regex(/^\d{1,20}$/, 'an id of digits');
/** One value or a list, as forms and JSON send them. */
const idList = (max: number) =>
  z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(id).max(max));

export const reportPost = z.object({
  account_id: id,
  status_ids: idList(REPORT_STATUSES_MAX).optional(),
  comment: z.string().max(REPORT_COMMENT_MAX).optional(),
  category: z.enum(REPORT_CATEGORIES).optional(),
  rule_ids: idList(50).optional(),
  forward: formBoolean.optional(),
  /** Empathie: the finer reason (threats and child safety go to the top of the queue). */
  reason: z.enum(NOTICE_CATEGORIES).optional(),
});
const page = pageSchema(20, 80);

function reportError(c: Parameters<typeof apiError>[0], e: FileReportError): Response {
  switch (e.kind) {
    case 'account_not_found':
      return apiError(c, 'not_found', {
        fr: 'Ce compte n’existe pas.',
        en: 'This account does not exist.',
      });
    case 'self_report':
      return apiError(c, 'validation_failed', {
        fr: 'Vous ne pouvez pas vous signaler vous-même.',
        en: 'You cannot report yourself.',
      });
    case 'status_not_found':
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'Une publication signalée n’existe pas ou n’est pas de ce compte.',
          en: 'A reported post does not exist or is not from this account.',
        },
        { status_id: e.id },
      );
    case 'rule_not_found':
      return apiError(
        c,
        'validation_failed',
        { fr: 'Cette règle n’existe pas.', en: 'This rule does not exist.' },
        { rule_id: e.id },
      );
    default: {
      const unexpected: never = e;
      throw new Error(`unknown report error ${String(unexpected)}`);
    }
  }
}

/** A member's reports (Mastodon's `POST /api/v1/reports`) and what became of them. */
export function mountReportRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    reports: ReportsService;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, reports, ctx, openapi } = deps;

  const targetOf = async (accountId: string) => {
    const row = await findAccountRow(db, accountId);
    return row ? serializeAccount(row, ctx) : null;
  };

  app.post('/api/v1/reports', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, reportPost);
    if (!parsed.ok) return parsed.response;
    const v = parsed.value;
    const illegal = v.reason !== undefined && v.reason !== 'other';
    const filed = await reports.fileReport({
      reporterId: viewer.accountId,
      accountId: v.account_id,
      statusIds: v.status_ids ?? [],
      comment: v.comment ?? '',
      category: v.category ?? (illegal ? 'legal' : undefined),
      reason: v.reason ?? null,
      ruleIds: v.rule_ids ?? [],
      forward: v.forward ?? false,
      source: 'member',
    });
    if (!filed.ok) return reportError(c, filed.error);
    return c.json(reportJson(filed.value, await targetOf(filed.value.target_account_id)));
  });
  openapi.register({
    method: 'post',
    path: '/api/v1/reports',
    summary: 'Report an account and some of its posts to the moderators',
    tag: 'moderation',
    body: reportPost,
  });

  app.get('/api/v1/reports', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, page);
    if (!parsed.ok) return parsed.response;
    const rows = await listReportsBy(db, viewer.accountId, toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    const out = [];
    for (const r of rows) out.push(reportJson(r, await targetOf(r.target_account_id)));
    return c.json(out);
  });
  openapi.register({
    method: 'get',
    path: '/api/v1/reports',
    summary: 'My reports and what became of them',
    tag: 'moderation',
    query: page,
  });
}
