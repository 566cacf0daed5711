import type { Hono } from 'hono';
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
  const middleware = cors({
    origin: '*',
    credentials: false,
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: CORS_ALLOWED_HEADERS,
    exposeHeaders: CORS_EXPOSED_HEADERS,
    maxAge: CORS_MAX_AGE_SECONDS,
  });
  for (const path of CORS_PATHS) app.use(path, middleware);
}
