import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from './errors.ts';
import { requiredScope, scopesAllow } from './scopes.ts';
import { clearWebSession, webSessionToken } from './web-session.ts';

/** The person behind a request's bearer token. */
export interface Viewer {
  accountId: string;
  username: string;
  role: 'admin' | 'user';
  tokenId: string;
  /** The OAuth scopes the token was issued with (`read`, `write`, `follow`, `read:statuses`…). */
  scopes: string[];
}

export type AppEnv = { Variables: { viewer: Viewer | null } };

export type TokenResolver = (tokenHash: string) => Promise<Viewer | null>;

/** Tokens are random 32-byte strings; only their SHA-256 is stored, so a database leak reveals none. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Resolves `Authorization: Bearer …` (or the web app's session cookie) into `c.var.viewer`
 * (null when absent). A token that is present but unknown or revoked is a 401, so a client
 * notices it was logged out.
 */
export function authentication(resolve: TokenResolver): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    // Without a bearer token, the web app's session cookie (ADR 0009), on the API only.
    const cookieToken = !header && c.req.path.startsWith('/api/') ? webSessionToken(c) : null;
    if (!header && !cookieToken) {
      c.set('viewer', null);
      return next();
    }
    const token = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : cookieToken;
    const viewer = token ? await resolve(hashToken(token)) : null;
    if (!viewer) {
      if (cookieToken) clearWebSession(c);
      return apiError(c, 'unauthorized', {
        fr: 'Votre session a expiré ou le jeton est invalide. Reconnectez-vous.',
        en: 'Your session has expired or the token is invalid. Please log in again.',
      });
    }
    // OAuth's own endpoints (revoking a token) need no scope; every API route does.
    const needed = requiredScope(c.req.method, c.req.path);
    if (c.req.path.startsWith('/api/') && !scopesAllow(viewer.scopes, needed)) {
      return apiError(c, 'forbidden', {
        fr: `Ce jeton ne permet pas cette action (portée « ${needed} » manquante).`,
        en: `This token does not allow this action (missing scope "${needed}").`,
      });
    }
    c.set('viewer', viewer);
    return next();
  };
}

/** For routes that need a signed-in person: the viewer, or a 401 response to return. */
export function requireViewer(c: Context<AppEnv>): Viewer | Response {
  const viewer = c.get('viewer');
  return viewer ?? apiError(c, 'unauthorized');
}

export function requireAdmin(c: Context<AppEnv>): Viewer | Response {
  const viewer = c.get('viewer');
  if (!viewer) return apiError(c, 'unauthorized');
  if (viewer.role !== 'admin') return apiError(c, 'forbidden');
  return viewer;
}
