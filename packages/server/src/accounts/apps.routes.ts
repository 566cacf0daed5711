import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/auth.ts';
import { parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { grantedScopes } from './accounts.service.ts';
import type { OAuthAppStore } from './oauth-apps.repository.ts';

const appSchema = z.object({
  client_name: z.string().min(1).max(200),
  redirect_uris: z.union([z.string().max(2000), z.array(z.string().max(2000)).max(10)]),
  scopes: z.string().max(200).optional(),
  website: z.string().max(2000).optional(),
});

/**
 * Mastodon client libraries register an app before the password log-in. Until the full OAuth
 * flow arrives (with federation), registration hands out fresh credentials that `/oauth/token`
 * accepts without checking: the password is what authenticates the person.
 */
export function mountAppRoutes(
  app: Hono<AppEnv>,
  ids: IdGenerator,
  openapi: OpenApiRegistry,
  apps: OAuthAppStore,
): void {
  app.post('/api/v1/apps', async (c) => {
    const parsed = await parseBody(c, appSchema);
    if (!parsed.ok) return parsed.response;
    const { client_name, redirect_uris, scopes, website } = parsed.value;
    const redirects = Array.isArray(redirect_uris) ? redirect_uris : redirect_uris.split(/\s+/);
    const clientId = randomBytes(24).toString('base64url');
    // Remembered so the tokens it obtains can be named in the person's list of sessions.
    await apps.remember({ clientId, name: client_name, website: website ?? null });
    return c.json({
      id: ids(),
      name: client_name,
      website: website ?? null,
      scopes: grantedScopes(scopes).split(' '),
      redirect_uri: redirects.join('\n'),
      redirect_uris: redirects,
      client_id: clientId,
      client_secret: randomBytes(32).toString('base64url'),
      vapid_key: '',
    });
  });
  openapi.register({
    method: 'post',
    path: '/api/v1/apps',
    summary: 'Register a client app (credentials are not checked yet)',
    tag: 'oauth',
    auth: false,
    body: appSchema,
  });
}
