import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { apiError } from './errors.ts';
import { checkScopes } from './scopes.ts';
import { clearWebSession, webSessionToken } from './web-session.ts';

/** The person behind a request's bearer token. */
export interface Viewer {
  accountId: string;
  username: string;
  role: 'admin' | 'moderator' | 'user';
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
export function authentication(
  resolve: TokenResolver,
  /** Whether this hash is a live token an app holds for itself (`client_credentials`). */
  isAppToken: (tokenHash: string) => Promise<boolean> = async () => false,
): MiddlewareHandler<AppEnv> {
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
    // An app's own token speaks for nobody: the request goes on as an anonymous one.
    if (!viewer && token && header && (await isAppToken(hashToken(token)))) {
      c.set('viewer', null);
      return next();
    }
    if (!viewer) {
      if (cookieToken) clearWebSession(c);
      return apiError(c, 'unauthorized', {
        fr: 'Votre session a expiré ou le jeton est invalide. Reconnectez-vous.',
        en: 'Your session has expired or the token is invalid. Please log in again.',
      });
    }
    // The route that will answer: the first matched API route that is not middleware nor a
    // catch-all (both are mounted for ALL methods; the web app's fallback is `GET *`). None: a
    // 404 follows, and there is nothing to allow.
    const route = matchedRoutes(c).find(
      (r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path.startsWith('/oauth/')),
    );
    if (route) {
      const check = checkScopes(viewer.scopes, c.req.method, route.path);
      switch (check.kind) {
        case 'allowed':
          break;
        case 'missing':
          return apiError(c, 'forbidden', {
            fr: `Ce jeton ne permet pas cette action (portée « ${check.needed} » manquante).`,
            en: `This token does not allow this action (missing scope "${check.needed}").`,
          });
        case 'undeclared':
          // A route nobody gave a scope to is refused rather than open to every token.
          return apiError(c, 'forbidden', {
            fr: 'Aucune portée n’est déclarée pour cette route : elle reste fermée aux jetons.',
            en: 'No scope is declared for this route: it stays closed to tokens.',
          });
        default: {
          const unexpected: never = check;
          throw new Error(`unexpected scope check ${String(unexpected)}`);
        }
      }
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

/** For moderation routes: moderators and admins; everyone else gets a 403. */
export function requireModerator(c: Context<AppEnv>): Viewer | Response {
  const viewer = c.get('viewer');
  if (!viewer) return apiError(c, 'unauthorized');
  if (viewer.role !== 'admin' && viewer.role !== 'moderator') return apiError(c, 'forbidden');
  return viewer;
}
