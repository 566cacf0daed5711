import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import type { AllyLogRow, AllyRow } from './allies.repository.ts';
import type { AlliesService, AllyError } from './allies.service.ts';
import { ALLY_PERMISSIONS } from './allies.tables.ts';

const accountId = z.string().regex(/^\d{1,20}$/, 'an account id');
const inviteSchema = z.object({
  account_id: accountId,
  permissions: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(ALLY_PERMISSIONS)).max(ALLY_PERMISSIONS.length),
  ),
});
const logSchema = pageSchema(40, 80).extend({ for: accountId.optional() });

function allyError(c: Context, error: AllyError): Response {
  switch (error.kind) {
    case 'not_found':
      return apiError(c, 'not_found');
    case 'self':
      return apiError(c, 'validation_failed', {
        fr: 'Vous ne pouvez pas être votre propre allié·e.',
        en: 'You cannot be your own ally.',
      });
    case 'not_invitable':
      return apiError(c, 'not_found', {
        fr: 'Ce compte n’existe pas sur cette instance.',
        en: 'This account does not exist on this instance.',
      });
    case 'already_answered':
      return apiError(c, 'conflict', {
        fr: 'Cette invitation a déjà reçu une réponse.',
        en: 'This invitation has already been answered.',
      });
    default: {
      const unexpected: never = error;
      throw new Error(`unexpected ${String(unexpected)}`);
    }
  }
}

export function mountAlliesRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    allies: AlliesService;
    publicUrl: string;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, allies, openapi } = deps;
  const ctx = { publicUrl: deps.publicUrl };
  const base = '/api/empathie/v1/allies';
  const invitations = '/api/empathie/v1/ally_invitations';

  /** `side`: which account of the pair to show (the ally in my list, the person in theirs). */
  async function serializeAllies(rows: AllyRow[], side: 'ally_id' | 'owner_id') {
    const accounts = new Map(
      (await findAccountsByIds(db, [...new Set(rows.map((r) => r[side]))])).map((a) => [a.id, a]),
    );
    return rows.flatMap((r) => {
      const account = accounts.get(r[side]);
      if (!account || account.deleted_at) return [];
      return [
        {
          id: r.id,
          account: serializeAccount(account, ctx),
          permissions: allies.permissionsOf(r),
          state: r.state,
          created_at: r.created_at,
          responded_at: r.responded_at,
        },
      ];
    });
  }

  async function serializeLog(rows: AllyLogRow[]) {
    const ids = rows.flatMap((r) => [
      r.actor_id,
      ...(r.target_account_id ? [r.target_account_id] : []),
    ]);
    const accounts = new Map(
      (await findAccountsByIds(db, [...new Set(ids)])).map((a) => [a.id, a]),
    );
    const show = (id: string | null) => {
      const a = id ? accounts.get(id) : undefined;
      return a ? serializeAccount(a, ctx) : null;
    };
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      actor: show(r.actor_id),
      target: show(r.target_account_id),
      held_id: r.held_id,
      created_at: r.created_at,
    }));
  }

  app.post(base, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, inviteSchema);
    if (!parsed.ok) return parsed.response;
    const done = await allies.invite(
      viewer.accountId,
      parsed.value.account_id,
      parsed.value.permissions,
    );
    if (!done.ok) return allyError(c, done.error);
    const [out] = await serializeAllies([done.value], 'ally_id');
    return out ? c.json(out) : apiError(c, 'not_found');
  });

  app.get(base, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json(await serializeAllies(await allies.list(viewer.accountId), 'ally_id'));
  });

  app.get(`${base}/helping`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json(await serializeAllies(await allies.helping(viewer.accountId), 'owner_id'));
  });

  app.get(`${base}/log`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const q = parseQuery(c, logSchema);
    if (!q.ok) return q.response;
    const ownerId = q.value.for ?? viewer.accountId;
    // The person reads their log; an ally who reviews for them reads it too, to work together.
    if (ownerId !== viewer.accountId && !(await allies.may(ownerId, viewer.accountId, 'review'))) {
      return apiError(c, 'forbidden', {
        fr: 'Seule la personne et ses allié·es qui relisent pour elle lisent ce journal.',
        en: 'Only the person and the allies who review for them read this log.',
      });
    }
    const rows = await allies.log(ownerId, toPageParams(q.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    c.header('Cache-Control', 'private, no-store');
    return c.json(await serializeLog(rows));
  });

  app.get(`${base}/log/summary`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const counts = await allies.logCounts(viewer.accountId);
    const byActor = new Map<string, Map<string, number>>();
    for (const row of counts) {
      const actor = byActor.get(row.actor_id) ?? new Map<string, number>();
      actor.set(row.action, Number(row.n));
      byActor.set(row.actor_id, actor);
    }
    const accounts = new Map(
      (await findAccountsByIds(db, [...byActor.keys()])).map((a) => [a.id, a]),
    );
    return c.json(
      [...byActor].flatMap(([actorId, actions]) => {
        const account = accounts.get(actorId);
        if (!account || actorId === viewer.accountId) return [];
        const n = (action: string) => actions.get(action) ?? 0;
        return [
          {
            account: serializeAccount(account, ctx),
            approved: n('approve'),
            hidden: n('hide'),
            reported: n('report'),
            blocked: n('block'),
          },
        ];
      }),
    );
  });

  app.delete(`${base}/:account_id{[0-9]+}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await allies.revoke(viewer.accountId, c.req.param('account_id'));
    return done.ok ? c.json({}) : allyError(c, done.error);
  });

  app.get(invitations, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return c.json(await serializeAllies(await allies.invitations(viewer.accountId), 'owner_id'));
  });

  for (const answer of ['accept', 'decline'] as const) {
    app.post(`${invitations}/:id{[0-9]+}/${answer}`, async (c) => {
      const viewer = requireViewer(c);
      if (viewer instanceof Response) return viewer;
      const done = await allies[answer](viewer.accountId, c.req.param('id'));
      if (!done.ok) return allyError(c, done.error);
      const [out] = await serializeAllies([done.value], 'owner_id');
      return out ? c.json(out) : apiError(c, 'not_found');
    });
  }

  const tag = 'allies';
  openapi.register({
    method: 'post',
    path: base,
    summary: 'Invite an ally, or change their permissions',
    tag,
    body: inviteSchema,
  });
  openapi.register({ method: 'get', path: base, summary: 'My allies and their permissions', tag });
  openapi.register({
    method: 'get',
    path: `${base}/helping`,
    summary: 'The people I help as an ally',
    tag,
  });
  openapi.register({
    method: 'get',
    path: `${base}/log`,
    summary: 'What my allies did for me (Link pagination); ?for= for an ally who reviews',
    tag,
    query: logSchema,
  });
  openapi.register({
    method: 'get',
    path: `${base}/log/summary`,
    summary: 'What each of my allies did for me, counted',
    tag,
  });
  openapi.register({
    method: 'delete',
    path: `${base}/:account_id`,
    summary: 'Revoke an ally: their access ends at once',
    tag,
  });
  openapi.register({
    method: 'get',
    path: invitations,
    summary: 'Invitations to be someone’s ally',
    tag,
  });
  openapi.register({
    method: 'post',
    path: `${invitations}/:id/accept`,
    summary: 'Accept an invitation to be an ally',
    tag,
  });
  openapi.register({
    method: 'post',
    path: `${invitations}/:id/decline`,
    summary: 'Decline an invitation to be an ally',
    tag,
  });
}
