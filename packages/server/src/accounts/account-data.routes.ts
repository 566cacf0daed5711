import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { type Bilingual, langOf } from '../http/language.ts';
import { parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { AccountDeletionService } from './account-deletion.service.ts';
import type { AccountExportService } from './account-export.service.ts';
import type { PasswordChangeService } from './password-change.service.ts';
import type { SessionsService } from './sessions.service.ts';

const BASE = '/api/empathie/v1/account';

const passwordChangeSchema = z.object({
  current_password: z.string().min(1).max(1024),
  new_password: z.string().min(8).max(128),
});

const deletionSchema = z.object({
  password: z.string().min(1).max(1024),
});

const revokeAllSchema = z.object({
  /**
   * Keep the session making the request (log out everywhere else): the default, so that only an
   * explicit `false` logs this device out too.
   */
  keep_current: z.boolean().optional(),
});

const sessionJson = z.object({
  id: z.string(),
  app_name: z.string().nullable(),
  scopes: z.array(z.string()),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  current: z.boolean(),
});

const WRONG_PASSWORD: Bilingual = {
  fr: 'Le mot de passe actuel est incorrect.',
  en: 'The current password is incorrect.',
};

function wrongPassword(c: Context, field: string): Response {
  return apiError(c, 'validation_failed', WRONG_PASSWORD, {
    fields: [{ field, message: WRONG_PASSWORD[langOf(c)] }],
  });
}

function rateLimited(c: Context, retryAfterSeconds: number): Response {
  return apiError(c, 'rate_limited', undefined, undefined, {
    'Retry-After': String(retryAfterSeconds),
  });
}

/**
 * A person's control over their own data: the archive, the password, the sessions and the
 * account itself. Every route acts on the token's owner only; there is no account id to pass,
 * so nobody can aim these at someone else.
 */
export function mountAccountDataRoutes(
  app: Hono<AppEnv>,
  deps: {
    exporter: AccountExportService;
    deletion: AccountDeletionService;
    passwords: PasswordChangeService;
    sessions: SessionsService;
    openapi: OpenApiRegistry;
  },
): void {
  const { exporter, deletion, passwords, sessions, openapi } = deps;

  app.get(`${BASE}/export`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const result = await exporter.archive(viewer.accountId);
    if (!result.ok) {
      switch (result.error.kind) {
        case 'rate_limited':
          return rateLimited(c, result.error.retryAfterSeconds);
        case 'not_found':
          return apiError(c, 'not_found');
      }
    }
    const { fileName, bytes } = result.value;
    return new Response(bytes, {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'no-store',
      },
    });
  });
  openapi.register({
    method: 'get',
    path: `${BASE}/export`,
    summary:
      'Download an archive of your data (ZIP: actor.json, outbox.json, relationships, Mastodon CSV exports)',
    tag: 'account',
  });

  app.post(`${BASE}/password`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, passwordChangeSchema);
    if (!parsed.ok) return parsed.response;
    const { current_password, new_password } = parsed.value;
    const result = await passwords.change(viewer, current_password, new_password);
    if (result.ok) return c.json({ closed_sessions: result.value.closedSessions });
    switch (result.error.kind) {
      case 'wrong_password':
        return wrongPassword(c, 'current_password');
      case 'rate_limited':
        return rateLimited(c, result.error.retryAfterSeconds);
      case 'invalid':
        return apiError(c, 'validation_failed', result.error.message, {
          fields: [{ field: 'new_password', message: result.error.message[langOf(c)] }],
        });
    }
  });
  openapi.register({
    method: 'post',
    path: `${BASE}/password`,
    summary: 'Change your password (current one required); closes every other session',
    tag: 'account',
    body: passwordChangeSchema,
    response: z.object({ closed_sessions: z.number().int() }),
  });

  app.get(`${BASE}/sessions`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const list = await sessions.list(viewer);
    return c.json(
      list.map((s) => ({
        id: s.id,
        app_name: s.appName,
        scopes: s.scopes,
        created_at: s.createdAt,
        last_used_at: s.lastUsedAt,
        current: s.current,
      })),
    );
  });
  openapi.register({
    method: 'get',
    path: `${BASE}/sessions`,
    summary: 'Your sessions (live tokens): app, scopes, created, last used (to the hour), current',
    tag: 'account',
    response: z.array(sessionJson),
  });

  app.delete(`${BASE}/sessions/:id{[0-9]+}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const revoked = await sessions.revoke(viewer, c.req.param('id'));
    return revoked ? c.json({}) : apiError(c, 'not_found');
  });
  openapi.register({
    method: 'delete',
    path: `${BASE}/sessions/:id`,
    summary: 'Revoke one of your sessions (it fails at its next request)',
    tag: 'account',
  });

  app.post(`${BASE}/sessions/revoke_all`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, revokeAllSchema);
    if (!parsed.ok) return parsed.response;
    const closed = await sessions.revokeAll(viewer, {
      keepCurrent: parsed.value.keep_current ?? true,
    });
    return c.json({ closed_sessions: closed });
  });
  openapi.register({
    method: 'post',
    path: `${BASE}/sessions/revoke_all`,
    summary: 'Log out everywhere else (everywhere, this session too, with keep_current: false)',
    tag: 'account',
    body: revokeAllSchema,
    response: z.object({ closed_sessions: z.number().int() }),
  });

  app.post(`${BASE}/deletion`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = await parseBody(c, deletionSchema);
    if (!parsed.ok) return parsed.response;
    const result = await deletion.request(viewer, parsed.value.password);
    if (result.ok) {
      return c.json(
        { erase_at: result.value.eraseAt.toISOString(), grace_days: deletion.graceDays },
        202,
      );
    }
    switch (result.error.kind) {
      case 'wrong_password':
        return wrongPassword(c, 'password');
      case 'rate_limited':
        return rateLimited(c, result.error.retryAfterSeconds);
      case 'last_admin':
        return apiError(c, 'conflict', {
          fr: 'Vous êtes le ou la seule administrateur·rice de l’instance : confiez d’abord ce rôle à quelqu’un d’autre.',
          en: 'You are the instance’s only administrator: give the role to someone else first.',
        });
    }
  });
  openapi.register({
    method: 'post',
    path: `${BASE}/deletion`,
    summary:
      'Delete your account (password required): gone for everyone now, content erased after the grace period; not reversible',
    tag: 'account',
    body: deletionSchema,
    response: z.object({ erase_at: z.string(), grace_days: z.number().int() }),
  });
}
