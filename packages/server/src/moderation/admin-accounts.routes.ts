import type { Context, Hono } from 'hono';
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
import { decisionFields } from './admin.routes.ts';
import { adminAccounts } from './admin.serializer.ts';
import { moderationError } from './moderation.errors.ts';
import { listAccountIds, setAccountModeration, setRole } from './moderation.repository.ts';
import type { ModerationService } from './moderation.service.ts';

const ID = ':id{[0-9]{1,20}}';
export const accountAction = z.object({
  type: z.enum(['none', 'sensitive', 'disable', 'silence', 'suspend']),
  ...decisionFields,
  send_email_notification: formBoolean.optional(),
  warning_preset_id: z.string().max(20).optional(),
});
const rolePut = z.object({ role: z.enum(['member', 'moderator', 'admin']) });
const trustedPut = z.object({ trusted: formBoolean });
const accountsQuery = pageSchema(20, 200).extend({
  username: z.string().max(100).optional(),
  status: z.enum(['active', 'pending', 'disabled', 'silenced', 'suspended']).optional(),
  origin: z.enum(['local', 'remote']).optional(),
  local: formBoolean.optional(),
  remote: formBoolean.optional(),
  // Mastodon's v1 filters, one boolean per state.
  silenced: formBoolean.optional(),
  suspended: formBoolean.optional(),
  disabled: formBoolean.optional(),
});

/**
 * Accounts for moderators, in Mastodon's admin shapes (list, one, actions and their lifting), and
 * for admins the role and the trusted-flagger mark.
 */
export function mountModerationAccountRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    clock: Clock;
    ctx: SerializerContext;
    moderation: ModerationService;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, clock, ctx, moderation, openapi } = deps;
  const doc = (method: 'get' | 'post' | 'put', path: string, summary: string, extra = {}) =>
    openapi.register({ method, path, summary, tag: 'moderation', ...extra });

  const listAccounts = async (c: Context<AppEnv>) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, accountsQuery);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const p = toPageParams(q);
    const status =
      q.status ??
      (q.suspended ? 'suspended' : q.silenced ? 'silenced' : q.disabled ? 'disabled' : undefined);
    const rows = await listAccountIds(
      db,
      {
        username: q.username,
        origin: q.origin ?? (q.local ? 'local' : q.remote ? 'remote' : undefined),
        status,
      },
      p,
    );
    const accounts = await adminAccounts(
      db,
      rows.map((r) => r.id),
      ctx,
    );
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(rows.flatMap((r) => accounts.get(r.id) ?? []));
  };
  app.get('/api/v1/admin/accounts', listAccounts);
  app.get('/api/v2/admin/accounts', listAccounts);
  doc('get', '/api/v1/admin/accounts', 'Accounts (moderators)', { query: accountsQuery });
  doc('get', '/api/v2/admin/accounts', 'Accounts (moderators)', { query: accountsQuery });

  app.get(`/api/v1/admin/accounts/${ID}`, async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const account = (await adminAccounts(db, [c.req.param('id')], ctx)).get(c.req.param('id'));
    return account ? c.json(account) : apiError(c, 'not_found');
  });
  doc('get', `/api/v1/admin/accounts/${ID}`, 'One account (moderators)');

  app.post(`/api/v1/admin/accounts/${ID}/action`, async (c) => {
    const viewer = requireModerator(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, accountAction);
    if (!parsed.ok) return parsed.response;
    const v = parsed.value;
    const done = await moderation.actOnAccount(viewer, c.req.param('id'), v.type, {
      ground: v.ground,
      text: v.text,
      reportId: v.report_id,
      noticeId: v.notice_id,
    });
    return done.ok ? c.json({}) : moderationError(c, done.error);
  });
  doc(
    'post',
    `/api/v1/admin/accounts/${ID}/action`,
    'Act on an account, with a ground (moderators)',
    {
      body: accountAction,
    },
  );

  for (const [route, action] of [
    ['unsilence', 'limit'],
    ['unsuspend', 'suspend'],
    ['enable', 'disable'],
  ] as const) {
    app.post(`/api/v1/admin/accounts/${ID}/${route}`, async (c) => {
      const viewer = requireModerator(c);
      if (viewer instanceof Response) return viewer;
      const id = c.req.param('id');
      const done = await moderation.lift(viewer, id, action);
      if (!done.ok) return moderationError(c, done.error);
      return c.json((await adminAccounts(db, [id], ctx)).get(id));
    });
    doc(
      'post',
      `/api/v1/admin/accounts/${ID}/${route}`,
      `Lift a restriction: ${route} (moderators)`,
    );
  }

  app.put(`/api/empathie/v1/admin/accounts/${ID}/role`, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, rolePut);
    if (!parsed.ok) return parsed.response;
    const id = c.req.param('id');
    if (id === viewer.accountId && parsed.value.role !== 'admin') {
      return apiError(c, 'validation_failed', {
        fr: 'Vous ne pouvez pas retirer votre propre rôle d’administration.',
        en: 'You cannot remove your own admin role.',
      });
    }
    const role = parsed.value.role === 'member' ? 'user' : parsed.value.role;
    const changed = await setRole(db, id, role);
    if (!changed) return apiError(c, 'not_found');
    await moderation.audit({
      actorId: viewer.accountId,
      action: 'account.role',
      targetType: 'account',
      targetId: id,
      detail: { role: parsed.value.role },
    });
    return c.json((await adminAccounts(db, [id], ctx)).get(id));
  });
  doc(
    'put',
    `/api/empathie/v1/admin/accounts/${ID}/role`,
    'Make a person a member, moderator or admin (admins)',
    {
      body: rolePut,
    },
  );

  app.put(`/api/empathie/v1/admin/accounts/${ID}/trusted_flagger`, async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, trustedPut);
    if (!parsed.ok) return parsed.response;
    const id = c.req.param('id');
    const account = (await adminAccounts(db, [id], ctx)).get(id);
    if (!account) return apiError(c, 'not_found');
    const at = clock.now().toISOString();
    await setAccountModeration(db, id, { trusted_flagger: parsed.value.trusted ? 1 : 0 }, at);
    await moderation.audit({
      actorId: viewer.accountId,
      action: 'account.trusted_flagger',
      targetType: 'account',
      targetId: id,
      detail: { trusted: parsed.value.trusted },
    });
    return c.json((await adminAccounts(db, [id], ctx)).get(id));
  });
  doc(
    'put',
    `/api/empathie/v1/admin/accounts/${ID}/trusted_flagger`,
    'Mark a trusted flagger (admins)',
    {
      body: trustedPut,
    },
  );
}
