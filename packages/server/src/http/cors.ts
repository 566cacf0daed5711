import type { Hono, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './auth.ts';

/**
 * The paths browser-based Mastodon apps (and Perspective clients) call from other origins.
 * `/oauth/authorize` is a page for people, not an API, so it is left out.
 */
export const CORS_PATHS = [
  '/api/*',
  '/oauth/token',
  '/oauth/revoke',
  '/.well-known/*',
  '/nodeinfo/*',
  '/v1alpha1/*',
] as const;

export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  'Accept-Language',
  'Idempotency-Key',
  'X-Goog-Api-Key',
  'X-Requested-With',
];

export const CORS_EXPOSED_HEADERS = [
  'Link',
  'Retry-After',
  'Idempotency-Key',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
];

/** Chromium caps a preflight's cache at two hours; asking for more would not help. */
export const CORS_MAX_AGE_SECONDS = 7200;

/**
 * CORS as Mastodon does it: any origin, never credentials. Authentication across origins is a
 * bearer token the app holds, so a page on another origin can do nothing a script without the
 * token could not. The web app's session cookie is never sent cross-origin: no
 * `Access-Control-Allow-Credentials`, and `SameSite=Strict` besides. Mounted before
 * authentication so that a preflight (which carries no token) is answered without one.
 */
export function mountCors(app: Hono<AppEnv>): void {
  const preflight = cors({
    origin: '*',
    credentials: false,
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: CORS_ALLOWED_HEADERS,
    exposeHeaders: CORS_EXPOSED_HEADERS,
    maxAge: CORS_MAX_AGE_SECONDS,
  });
  const exposed = CORS_EXPOSED_HEADERS.join(',');
  // Any other method gets the two headers Hono's middleware would give it, set on the answer once
  // it exists. Hono's middleware sets them before the handler runs, on a placeholder response
  // that it then merges into the handler's: that merge makes the Node adapter build a full web
  // Response with a body stream for every answer, about a tenth of a small request's time.
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Access-Control-Expose-Headers', exposed);
  };
  for (const path of CORS_PATHS) app.use(path, middleware);
}
