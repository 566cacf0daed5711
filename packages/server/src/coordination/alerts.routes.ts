import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireModerator } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import { appendAudit } from '../moderation/audit.repository.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import {
  type AlertRow,
  accountsByIds,
  decideAlert,
  findAlert,
  listAlerts,
} from './coordination.repository.ts';

const ID = ':id{[0-9]{1,20}}';
const KINDS = ['undeclared_automation', 'copy_paste', 'convergence', 'signup_burst'] as const;
const alertsQuery = pageSchema(20, 80).extend({
  state: z.enum(['open', 'dismissed', 'resolved', 'all']).optional(),
  kind: z.enum(KINDS).optional(),
});
const decisionBody = z.object({ reason: z.string().trim().max(1000).optional() });
/** Accounts shown per alert; the evidence says how many there are in all. */
const ACCOUNTS_SHOWN = 100;

/**
 * The detector's alerts, for moderators and admins: what it saw, on whom, and the decision.
 * Dismissing or resolving an alert changes nothing else: any action on an account goes through
 * the moderation queue, with its statement of reasons.
 */
export function mountAlertRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ids: IdGenerator;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, clock, ids, ctx, openapi } = deps;

  async function present(rows: AlertRow[]) {
    const idsOf = (r: AlertRow) => (JSON.parse(r.account_ids) as string[]).slice(0, ACCOUNTS_SHOWN);
    const wanted = [...new Set(rows.flatMap(idsOf))];
    const accounts = new Map((await accountsByIds(db, wanted)).map((a) => [a.id, a]));
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      state: r.state,
      accounts: idsOf(r).flatMap((id) => {
        const row = accounts.get(id);
        return row ? [serializeAccount(row, ctx)] : [];
      }),
      evidence: JSON.parse(r.evidence) as unknown,
      created_at: r.created_at,
      updated_at: r.updated_at,
      decided_at: r.decided_at,
      decided_by: r.decided_by,
    }));
  }

  app.get('/api/empathie/v1/admin/alerts', async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, alertsQuery);
    if (!parsed.ok) return parsed.response;
    const page = toPageParams(parsed.value);
    const rows = await listAlerts(
      db,
      { state: parsed.value.state ?? 'open', kind: parsed.value.kind },
      page,
    );
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(await present(rows));
  });
  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/admin/alerts',
    summary: 'The coordination detector’s alerts, with their evidence (moderators)',
    tag: 'moderation',
    query: alertsQuery,
  });

  app.get(`/api/empathie/v1/admin/alerts/${ID}`, async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const row = await findAlert(db, c.req.param('id'));
    if (!row) return apiError(c, 'not_found');
    const [alert] = await present([row]);
    return c.json(alert);
  });
  openapi.register({
    method: 'get',
    path: `/api/empathie/v1/admin/alerts/${ID}`,
    summary: 'One alert (moderators)',
    tag: 'moderation',
  });

  for (const [action, state] of [
    ['dismiss', 'dismissed'],
    ['resolve', 'resolved'],
  ] as const) {
    app.post(`/api/empathie/v1/admin/alerts/${ID}/${action}`, async (c) => {
      const viewer = requireModerator(c);
      if (viewer instanceof Response) return viewer;
      const parsed = await parseBody(c, decisionBody);
      if (!parsed.ok) return parsed.response;
      const id = c.req.param('id');
      const at = clock.now().toISOString();
      // The decision and its line in the append-only audit log commit together.
      const decided = await db.transaction().execute(async (trx) => {
        if (!(await decideAlert(trx, id, state, viewer.accountId, at))) return false;
        await appendAudit(trx, ids, at, {
          actorId: viewer.accountId,
          action: `alert.${action}`,
          targetType: 'alert',
          targetId: id,
          ...(parsed.value.reason ? { reason: parsed.value.reason } : {}),
        });
        return true;
      });
      const row = await findAlert(db, id);
      if (!row) return apiError(c, 'not_found');
      if (!decided) {
        return apiError(c, 'conflict', {
          fr: 'Cette alerte a déjà été traitée.',
          en: 'This alert has already been handled.',
        });
      }
      const [alert] = await present([row]);
      return c.json(alert);
    });
    openapi.register({
      method: 'post',
      path: `/api/empathie/v1/admin/alerts/${ID}/${action}`,
      summary:
        action === 'dismiss'
          ? 'Dismiss an alert: nothing coordinated here (moderators)'
          : 'Mark an alert handled (moderators)',
      tag: 'moderation',
      body: decisionBody,
    });
  }
}
