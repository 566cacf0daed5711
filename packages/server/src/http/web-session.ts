import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { AppEnv } from './auth.ts';
import { apiError } from './errors.ts';

/**
 * The web app's session: the bearer token it obtained at log-in or sign-up, moved into an
 * HttpOnly cookie so that no script in the page (an injected one included) can read it and
 * take it elsewhere. Mastodon apps keep sending `Authorization: Bearer`. See ADR 0009.
 *
 * The cookie is honoured only on requests that also carry `X-Empathie-Web: 1`, a header a page
 * on another origin cannot add without a CORS preflight, which `/api/*` never grants with
 * credentials. With `SameSite=Strict` besides, a forged cross-site request reaches the server
 * without the cookie, or not at all.
 */
export const WEB_SESSION_HEADER = 'X-Empathie-Web';
export const WEB_SESSION_PATH = '/api/empathie/v1/web_session';
const COOKIE = 'empathie_session';
const MAX_AGE_SECONDS = 30 * 24 * 3600;

function isHttps(c: Context): boolean {
  return (c.get('publicUrl') ?? '').startsWith('https:');
}

/** `__Host-` binds the cookie to this exact origin; browsers accept it only when Secure (https). */
function cookieName(c: Context): string {
  return isHttps(c) ? `__Host-${COOKIE}` : COOKIE;
}

/** The session cookie's name for an instance at `publicUrl` (the streaming API reads it too). */
export function webSessionCookieName(publicUrl: string): string {
  return publicUrl.startsWith('https:') ? `__Host-${COOKIE}` : COOKIE;
}

/**
 * The web session's token, when this request may use it: it carries the web app's header and the
 * browser does not say it came from another site.
 */
export function webSessionToken(c: Context): string | null {
  if (c.req.header(WEB_SESSION_HEADER) !== '1') return null;
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return null;
  return getCookie(c, cookieName(c)) ?? null;
}

/** Tells the browser to forget the web session (logged out, or its token is no longer valid). */
export function clearWebSession(c: Context): void {
  deleteCookie(c, cookieName(c), { path: '/', secure: isHttps(c), httpOnly: true });
}

/**
 * `POST` turns the bearer token of the request into the web session (the app then forgets the
 * token); `DELETE` logs the web app out: the token is revoked and the cookie cleared.
 */
export function webSessionRoutes(deps: {
  revoke: (token: string) => Promise<void>;
  openapi: OpenApiRegistry;
}) {
  const app = new Hono<AppEnv>();
  deps.openapi.register({
    method: 'post',
    path: WEB_SESSION_PATH,
    summary:
      'Web app only (X-Empathie-Web: 1): move the bearer token into an HttpOnly session cookie',
    tag: 'oauth',
  });
  deps.openapi.register({
    method: 'delete',
    path: WEB_SESSION_PATH,
    summary: 'Web app only: log out, revoking the session cookie’s token and clearing it',
    tag: 'oauth',
  });

  app.post(WEB_SESSION_PATH, (c) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (c.req.header(WEB_SESSION_HEADER) !== '1') {
      return apiError(c, 'forbidden', {
        fr: 'Seule l’application web d’Empathie ouvre une session par cookie.',
        en: 'Only the Empathie web app opens a cookie session.',
      });
    }
    // The authentication middleware has already refused an unknown or revoked token.
    if (!bearer || !c.get('viewer')) return apiError(c, 'unauthorized');
    setCookie(c, cookieName(c), bearer, {
      path: '/',
      httpOnly: true,
      secure: isHttps(c),
      sameSite: 'Strict',
      maxAge: MAX_AGE_SECONDS,
    });
    c.header('Cache-Control', 'no-store');
    return c.json({});
  });

  app.delete(WEB_SESSION_PATH, async (c) => {
    const token = webSessionToken(c);
    if (token) await deps.revoke(token);
    clearWebSession(c);
    return c.json({});
  });

  return app;
}
