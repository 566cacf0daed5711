import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { grantedScopes } from '../accounts/accounts.service.ts';
import { insertToken } from '../accounts/tokens.repository.ts';
import type { Database } from '../db/schema.ts';
import { hashToken, newToken } from '../http/auth.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { OAuthRepository, RegisteredApp } from './oauth.repository.ts';
import { isS256Challenge, verifiesS256 } from './pkce.ts';

/** The out-of-band redirect: the consent page shows the code for the person to copy. */
export const OOB_REDIRECT = 'urn:ietf:wg:oauth:2.0:oob';
/** RFC 6749 §4.1.2 recommends at most ten minutes. */
const CODE_LIFETIME_MS = 10 * 60 * 1000;
/** What an app gets when it registers without saying (kept from before the code flow). */
const DEFAULT_APP_SCOPES = 'read write follow push';
const UMBRELLAS: ReadonlySet<string> = new Set(['read', 'write', 'admin:read', 'admin:write']);

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  responseType: string;
  scope?: string | undefined;
  codeChallenge?: string | undefined;
  codeChallengeMethod?: string | undefined;
}

/** A request worth showing to the person: the app, and the exact scopes it would get. */
export interface CheckedRequest {
  app: RegisteredApp;
  redirectUri: string;
  scopes: string[];
  codeChallenge: string | null;
}

/**
 * Why a request is refused. `invalid_client` and `invalid_redirect_uri` are shown on our own
 * page (never redirected: the redirect URI is not trusted); the others go back to the app.
 */
export type AuthorizationError =
  | { kind: 'invalid_client' }
  | { kind: 'invalid_redirect_uri' }
  | { kind: 'unsupported_response_type' }
  | { kind: 'invalid_scope' }
  | { kind: 'invalid_request'; reason: 'code_challenge' };

export type TokenError =
  | { kind: 'invalid_client' }
  | { kind: 'invalid_grant' }
  | { kind: 'invalid_scope' }
  | { kind: 'invalid_request' };

export interface IssuedOAuthToken {
  accessToken: string;
  scope: string;
  createdAt: Date;
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether the app's registered scopes cover `word` (itself, or its `read`/`write` umbrella). */
function covered(appScopes: readonly string[], word: string): boolean {
  return appScopes.some((s) => s === word || (UMBRELLAS.has(s) && word.startsWith(`${s}:`)));
}

/** A redirect URI an app may register: the out-of-band one, or an absolute URI without fragment. */
export function isAcceptableRedirectUri(uri: string): boolean {
  if (uri === OOB_REDIRECT) return true;
  if (!URL.canParse(uri)) return false;
  const url = new URL(uri);
  // `javascript:` and `data:` would run in our origin's navigation from the consent page.
  return !['javascript:', 'data:', 'vbscript:', 'file:'].includes(url.protocol) && url.hash === '';
}

export type OAuthService = ReturnType<typeof createOAuthService>;

export function createOAuthService(deps: {
  db: Kysely<Database>;
  repo: OAuthRepository;
  clock: Clock;
  ids: IdGenerator;
}) {
  const { db, repo, clock, ids } = deps;

  /** The scopes asked for, when each is a known scope the app registered; null otherwise. */
  function scopesFor(app: RegisteredApp, requested: string | undefined): string[] | null {
    const words = (requested ?? '').trim().split(/\s+/).filter(Boolean);
    // Mastodon: no scope asked means `read`.
    const asked = words.length === 0 ? ['read'] : [...new Set(words)];
    if (grantedScopes(asked.join(' '), '') === '') return null;
    return asked.every((w) => covered(app.scopes, w)) ? asked : null;
  }

  /** The app, when the secret (if given) is its own. */
  async function authenticateClient(
    clientId: string | undefined,
    clientSecret: string | undefined,
  ): Promise<RegisteredApp | null> {
    if (!clientId) return null;
    const app = await repo.findApp(clientId);
    if (!app?.secretHash) return null;
    if (clientSecret !== undefined && !sameHash(hashToken(clientSecret), app.secretHash)) {
      return null;
    }
    return app;
  }

  return {
    async registerApp(input: {
      name: string;
      website: string | null;
      redirectUris: string[];
      scopes: string | undefined;
    }) {
      const id = ids();
      const clientId = randomBytes(24).toString('base64url');
      const clientSecret = randomBytes(32).toString('base64url');
      const scopes = grantedScopes(input.scopes, DEFAULT_APP_SCOPES);
      await repo.registerApp({
        id,
        clientId,
        secretHash: hashToken(clientSecret),
        name: input.name,
        website: input.website,
        redirectUris: input.redirectUris,
        scopes,
        createdAt: clock.now().toISOString(),
      });
      return { id, clientId, clientSecret, scopes: scopes.split(' ') };
    },

    /** Checks an authorization request in the order RFC 6749 §4.1.2.1 asks. */
    async checkAuthorization(
      request: AuthorizationRequest,
    ): Promise<Result<CheckedRequest, AuthorizationError>> {
      const app = await repo.findApp(request.clientId);
      if (!app?.secretHash) return err({ kind: 'invalid_client' });
      // Exactly one of the registered URIs, byte for byte: no prefix, no normalisation.
      if (!app.redirectUris.includes(request.redirectUri)) {
        return err({ kind: 'invalid_redirect_uri' });
      }
      if (request.responseType !== 'code') return err({ kind: 'unsupported_response_type' });
      const scopes = scopesFor(app, request.scope);
      if (!scopes) return err({ kind: 'invalid_scope' });
      const challenge = request.codeChallenge ?? null;
      if (challenge !== null) {
        // Mastodon accepts S256 only: `plain` would let an eavesdropper of the request win.
        if ((request.codeChallengeMethod ?? 'plain') !== 'S256' || !isS256Challenge(challenge)) {
          return err({ kind: 'invalid_request', reason: 'code_challenge' });
        }
      }
      return ok({ app, redirectUri: request.redirectUri, scopes, codeChallenge: challenge });
    },

    /** The person said yes: a single-use code, bound to the app, the redirect URI and PKCE. */
    async approve(accountId: string, checked: CheckedRequest): Promise<string> {
      const now = clock.now();
      await repo.deleteExpiredCodes(now.toISOString());
      const code = randomBytes(32).toString('base64url');
      await repo.insertCode({
        codeHash: hashToken(code),
        clientId: checked.app.clientId,
        accountId,
        redirectUri: checked.redirectUri,
        scopes: checked.scopes.join(' '),
        codeChallenge: checked.codeChallenge,
        expiresAt: new Date(now.getTime() + CODE_LIFETIME_MS).toISOString(),
        createdAt: now.toISOString(),
      });
      return code;
    },

    /** `grant_type=authorization_code`: a public client proves itself with PKCE, else its secret. */
    async exchangeCode(input: {
      code: string | undefined;
      redirectUri: string | undefined;
      clientId: string | undefined;
      clientSecret: string | undefined;
      codeVerifier: string | undefined;
    }): Promise<Result<IssuedOAuthToken, TokenError>> {
      if (!input.code || !input.redirectUri) return err({ kind: 'invalid_request' });
      const app = await authenticateClient(input.clientId, input.clientSecret);
      if (!app) return err({ kind: 'invalid_client' });
      const now = clock.now();
      const code = await repo.consumeCode(hashToken(input.code), now.toISOString());
      if (!code || code.clientId !== app.clientId || code.redirectUri !== input.redirectUri) {
        return err({ kind: 'invalid_grant' });
      }
      if (code.codeChallenge !== null) {
        if (!input.codeVerifier || !verifiesS256(input.codeVerifier, code.codeChallenge)) {
          return err({ kind: 'invalid_grant' });
        }
      } else if (input.clientSecret === undefined) {
        // Without PKCE, only the secret shows the code is redeemed by the app it was made for.
        return err({ kind: 'invalid_client' });
      }
      const { token, hash } = newToken();
      await insertToken(db, {
        id: ids(),
        tokenHash: hash,
        accountId: code.accountId,
        scopes: code.scopes,
        createdAt: now.toISOString(),
        appName: app.name,
        clientId: app.clientId,
      });
      return ok({ accessToken: token, scope: code.scopes, createdAt: now });
    },

    /** `grant_type=client_credentials`: a token for the app itself, with no person behind it. */
    async clientCredentials(input: {
      clientId: string | undefined;
      clientSecret: string | undefined;
      scope: string | undefined;
    }): Promise<Result<IssuedOAuthToken, TokenError>> {
      if (input.clientSecret === undefined) return err({ kind: 'invalid_client' });
      const app = await authenticateClient(input.clientId, input.clientSecret);
      if (!app) return err({ kind: 'invalid_client' });
      const scopes = scopesFor(app, input.scope);
      if (!scopes) return err({ kind: 'invalid_scope' });
      const now = clock.now();
      const { token, hash } = newToken();
      await repo.insertAppToken({
        id: ids(),
        tokenHash: hash,
        clientId: app.clientId,
        scopes: scopes.join(' '),
        createdAt: now.toISOString(),
      });
      return ok({ accessToken: token, scope: scopes.join(' '), createdAt: now });
    },

    /** The app a bearer token speaks for: its own token, or one a person granted it. */
    async appOf(token: { appTokenHash?: string; tokenId?: string }) {
      const clientId = token.appTokenHash
        ? (await repo.findAppToken(token.appTokenHash))?.clientId
        : token.tokenId
          ? await repo.clientOfToken(token.tokenId)
          : null;
      return clientId ? repo.findApp(clientId) : null;
    },

    findAppToken: (hash: string) => repo.findAppToken(hash),
    revokeAppToken: (hash: string) => repo.revokeAppToken(hash, clock.now().toISOString()),
  };
}
