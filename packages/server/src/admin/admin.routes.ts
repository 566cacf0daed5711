import type { Hono } from 'hono';
import { z } from 'zod';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import { type AppEnv, requireAdmin, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { formBoolean, parseBody, parseQuery } from '../http/params.ts';
import type { InstanceSettings } from '../instance/instance-settings.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { AdminService } from './admin.service.ts';
import type { InviteRow } from './invites.repository.ts';

const ID = ':id{[0-9]{1,20}}';
const settingsPatch = z.object({
  registration_mode: z.enum(['open', 'approval', 'invite']).optional(),
  max_post_chars: z.coerce.number().int().min(1).max(100_000).optional(),
  invites_by_members: formBoolean.optional(),
  bots_must_declare: formBoolean.optional(),
});
const invitePost = z.object({
  max_uses: z.coerce.number().int().min(1).max(10_000).nullable().optional(),
  /** Seconds; Mastodon's choices are 30 minutes to a week, we allow up to a year. */
  expires_in: z.coerce
    .number()
    .int()
    .min(60)
    .max(366 * 86_400)
    .nullable()
    .optional(),
});
const page = pageSchema(20, 80);

function settingsJson(s: InstanceSettings) {
  return {
    registration_mode: s.registrationMode,
    max_post_chars: s.maxPostChars,
    invites_by_members: s.invitesByMembers,
    bots_must_declare: s.botsMustDeclare,
  };
}

function inviteJson(invite: InviteRow, ctx: SerializerContext) {
  return {
    id: invite.id,
    code: invite.code,
    url: `${ctx.publicUrl}/invite/${invite.code}`,
    max_uses: invite.max_uses === null ? null : Number(invite.max_uses),
    uses: Number(invite.uses),
    expires_at: invite.expires_at,
    created_at: invite.created_at,
  };
}

export function mountAdminRoutes(
  app: Hono<AppEnv>,
  admin: AdminService,
  ctx: SerializerContext,
  openapi: OpenApiRegistry,
): void {
  app.get('/api/empathie/v1/admin/settings', async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    return c.json(settingsJson(await admin.settings()));
  });
  app.patch('/api/empathie/v1/admin/settings', async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, settingsPatch);
    if (!parsed.ok) return parsed.response;
    const v = parsed.value;
    const updated = await admin.updateSettings({
      ...(v.registration_mode ? { registrationMode: v.registration_mode } : {}),
      ...(v.max_post_chars ? { maxPostChars: v.max_post_chars } : {}),
      ...(v.invites_by_members !== undefined ? { invitesByMembers: v.invites_by_members } : {}),
      ...(v.bots_must_declare !== undefined ? { botsMustDeclare: v.bots_must_declare } : {}),
    });
    return c.json(settingsJson(updated));
  });
  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/admin/settings',
    summary: 'Instance settings (admin)',
    tag: 'admin',
  });
  openapi.register({
    method: 'patch',
    path: '/api/empathie/v1/admin/settings',
    summary:
      'Change the registration mode, post length, who may invite, whether bots must say so (admin)',
    tag: 'admin',
    body: settingsPatch,
  });

  app.get('/api/empathie/v1/admin/pending_accounts', async (c) => {
    const viewer = requireAdmin(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, page);
    if (!parsed.ok) return parsed.response;
    const rows = await admin.pendingAccounts(toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(
      rows.map((r) => ({
        id: r.id,
        username: r.username,
        email: r.email,
        reason: r.reason,
        created_at: r.createdAt,
      })),
    );
  });
  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/admin/pending_accounts',
    summary: 'Sign-ups waiting for approval (admin)',
    tag: 'admin',
    query: page,
  });

  for (const decision of ['approve', 'reject'] as const) {
    app.post(`/api/empathie/v1/admin/pending_accounts/${ID}/${decision}`, async (c) => {
      const viewer = requireAdmin(c);
      if (viewer instanceof Response) return viewer;
      const outcome = await admin[decision](c.req.param('id'));
      return outcome.ok ? c.json({}) : apiError(c, 'not_found');
    });
    openapi.register({
      method: 'post',
      path: `/api/empathie/v1/admin/pending_accounts/${ID}/${decision}`,
      summary:
        decision === 'approve' ? 'Let a waiting person in (admin)' : 'Decline a sign-up (admin)',
      tag: 'admin',
    });
  }

  app.post('/api/empathie/v1/invites', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, invitePost);
    if (!parsed.ok) return parsed.response;
    const outcome = await admin.createInvite(viewer, {
      maxUses: parsed.value.max_uses ?? null,
      expiresInSeconds: parsed.value.expires_in ?? null,
    });
    return outcome.ok ? c.json(inviteJson(outcome.value, ctx)) : apiError(c, 'forbidden');
  });
  app.get('/api/empathie/v1/invites', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, page);
    if (!parsed.ok) return parsed.response;
    const rows = await admin.invites(viewer, toPageParams(parsed.value));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(rows.map((r) => inviteJson(r, ctx)));
  });
  app.delete(`/api/empathie/v1/invites/${ID}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const outcome = await admin.revokeInvite(viewer, c.req.param('id'));
    return outcome.ok ? c.json(inviteJson(outcome.value, ctx)) : apiError(c, 'not_found');
  });
  openapi.register({
    method: 'delete',
    path: `/api/empathie/v1/invites/${ID}`,
    summary: 'Revoke an invite code: it ends now, its uses stay counted',
    tag: 'admin',
  });
  openapi.register({
    method: 'post',
    path: '/api/empathie/v1/invites',
    summary: 'Create an invite code (admins; members when allowed)',
    tag: 'admin',
    body: invitePost,
  });
  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/invites',
    summary: 'Invite codes (all for admins, one’s own for members)',
    tag: 'admin',
    query: page,
  });
}
