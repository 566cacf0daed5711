import type { IncomingMessage } from 'node:http';
import { parse as parseCookies } from 'hono/utils/cookie';
import { hashToken, type TokenResolver, type Viewer } from '../http/auth.ts';
import { webSessionCookieName } from '../http/web-session.ts';

/** Who opens a streaming connection. */
export type StreamAuth =
  | { kind: 'anonymous' }
  | { kind: 'viewer'; viewer: Viewer; tokenHash: string }
  /** A token was offered and is unknown or revoked: refused, so the app notices it is logged out. */
  | { kind: 'refused' };

/**
 * The token of an upgrade request, where Mastodon apps put it: `Authorization: Bearer`, the
 * `access_token` query parameter (browsers cannot set headers on a WebSocket), or the
 * `Sec-WebSocket-Protocol` header (Mastodon's web app). Then, only for a page of this instance's
 * own origin, the web app's HttpOnly session cookie (ADR 0009): a WebSocket is not bound by CORS,
 * so a page elsewhere could otherwise open one with the person's cookie and read their home.
 */
export function upgradeToken(
  request: IncomingMessage,
  publicUrl: string,
): { token: string; from: 'bearer' | 'cookie' } | null {
  const header = request.headers.authorization;
  const bearer = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  if (bearer) return { token: bearer, from: 'bearer' };
  const query = new URL(request.url ?? '/', 'http://streaming.invalid').searchParams;
  const fromQuery = query.get('access_token');
  if (fromQuery) return { token: fromQuery, from: 'bearer' };
  const protocol = offeredProtocol(request);
  if (protocol) return { token: protocol, from: 'bearer' };
  if (request.headers.origin !== publicUrl) return null;
  const cookie = request.headers.cookie;
  if (!cookie) return null;
  // lookup-safe: the cookie name is ours, and `parse` returns only the names asked for
  const value = parseCookies(cookie, webSessionCookieName(publicUrl))[
    webSessionCookieName(publicUrl)
  ];
  return value ? { token: value, from: 'cookie' } : null;
}

/** The first protocol the client offered, which Mastodon apps use to carry the token. */
export function offeredProtocol(request: IncomingMessage): string | null {
  const header = request.headers['sec-websocket-protocol'];
  const first = typeof header === 'string' ? header.split(',')[0]?.trim() : undefined;
  return first || null;
}

export async function authenticateUpgrade(
  request: IncomingMessage,
  deps: {
    resolve: TokenResolver;
    isAppToken: (hash: string) => Promise<boolean>;
    publicUrl: string;
  },
): Promise<StreamAuth> {
  const offered = upgradeToken(request, deps.publicUrl);
  if (!offered) return { kind: 'anonymous' };
  const tokenHash = hashToken(offered.token);
  const viewer = await deps.resolve(tokenHash);
  if (viewer) return { kind: 'viewer', viewer, tokenHash };
  // An app's own token speaks for nobody, as on the REST API: public streams only.
  if (offered.from === 'bearer' && (await deps.isAppToken(tokenHash))) return { kind: 'anonymous' };
  return { kind: 'refused' };
}
