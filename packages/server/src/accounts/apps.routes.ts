import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { parseBody } from '../http/params.ts';
import { isAcceptableRedirectUri, type OAuthService } from '../oauth/oauth.service.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';

const appSchema = z.object({
  client_name: z.string().min(1).max(200),
  redirect_uris: z.union([z.string().max(2000), z.array(z.string().max(2000)).max(10)]),
  scopes: z.string().max(200).optional(),
  website: z.string().max(2000).optional(),
});

/**
 * Registers a client app (Mastodon's `POST /api/v1/apps`). Its secret is shown once and kept
 * hashed; its redirect URIs are what `/oauth/authorize` will accept, exactly; its scopes are
 * the most a person may grant it. The name is what the app says it is: shown, never trusted.
 */
export function mountAppRoutes(
  app: Hono<AppEnv>,
  openapi: OpenApiRegistry,
  oauth: OAuthService,
  /** The instance's VAPID public key, for Web Push (ADR 0023). */
  vapidKey: () => Promise<string>,
) {
  app.post('/api/v1/apps', async (c) => {
    const parsed = await parseBody(c, appSchema);
    if (!parsed.ok) return parsed.response;
    const { client_name, redirect_uris, scopes, website } = parsed.value;
    const redirects = (Array.isArray(redirect_uris) ? redirect_uris : redirect_uris.split(/\s+/))
      .map((uri) => uri.trim())
      .filter(Boolean);
    if (redirects.length === 0 || !redirects.every(isAcceptableRedirectUri)) {
      return apiError(
        c,
        'validation_failed',
        {
          fr: 'redirect_uris : chaque adresse doit être une URI absolue, sans fragment, ou urn:ietf:wg:oauth:2.0:oob.',
          en: 'redirect_uris: each must be an absolute URI without fragment, or urn:ietf:wg:oauth:2.0:oob.',
        },
        { fields: [{ field: 'redirect_uris' }] },
      );
    }
    const registered = await oauth.registerApp({
      name: client_name,
      website: website ?? null,
      redirectUris: redirects,
      scopes,
    });
    return c.json({
      id: registered.id,
      name: client_name,
      website: website ?? null,
      scopes: registered.scopes,
      redirect_uri: redirects.join('\n'),
      redirect_uris: redirects,
      client_id: registered.clientId,
      client_secret: registered.clientSecret,
      vapid_key: await vapidKey(),
    });
  });
  openapi.register({
    method: 'post',
    path: '/api/v1/apps',
    summary: 'Register a client app; its client_secret is shown once',
    tag: 'oauth',
    auth: false,
    body: appSchema,
  });
}
