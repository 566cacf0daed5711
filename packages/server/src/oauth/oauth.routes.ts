import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, hashToken } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { parseBody, parseQuery } from '../http/params.ts';
import { webSessionToken } from '../http/web-session.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { RegisteredApp } from './oauth.repository.ts';
import {
  type AuthorizationError,
  type AuthorizationRequest,
  type OAuthService,
  OOB_REDIRECT,
} from './oauth.service.ts';

const text = (max: number) => z.string().max(max);

/** The parameters of `GET /oauth/authorize`, as apps send them (RFC 6749 §4.1.1, RFC 7636). */
const authorizeQuery = z.object({
  response_type: text(32).default(''),
  client_id: text(200).default(''),
  redirect_uri: text(2000).default(''),
  scope: text(1000).optional(),
  state: text(2000).optional(),
  code_challenge: text(200).optional(),
  code_challenge_method: text(16).optional(),
  force_login: text(8).optional(),
  lang: text(16).optional(),
});

const decisionBody = authorizeQuery.extend({
  decision: z.enum(['approve', 'deny']),
});

const appJson = z.object({
  name: z.string(),
  website: z.string().nullable(),
  scopes: z.array(z.string()),
  redirect_uri: z.string(),
  redirect_uris: z.array(z.string()),
  vapid_key: z.string(),
});

function asRequest(q: z.infer<typeof authorizeQuery>): AuthorizationRequest {
  return {
    clientId: q.client_id,
    redirectUri: q.redirect_uri,
    responseType: q.response_type,
    scope: q.scope,
    codeChallenge: q.code_challenge,
    codeChallengeMethod: q.code_challenge_method,
  };
}

/** Mastodon's `Application` entity, without its credentials. */
export function applicationJson(app: RegisteredApp): z.infer<typeof appJson> {
  return {
    name: app.name,
    website: app.website,
    scopes: app.scopes,
    redirect_uri: app.redirectUris.join('\n'),
    redirect_uris: app.redirectUris,
    vapid_key: '',
  };
}

/** `redirect_uri` with the answer in its query (kept: the app's own parameters). */
function redirectWith(redirectUri: string, params: Array<[string, string | undefined]>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of params) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

const ERROR_DESCRIPTIONS: ReadonlyMap<AuthorizationError['kind'], { fr: string; en: string }> =
  new Map([
    [
      'invalid_client',
      {
        fr: 'Cette application n’est pas enregistrée sur cette instance.',
        en: 'This app is not registered on this instance.',
      },
    ],
    [
      'invalid_redirect_uri',
      {
        fr: 'L’adresse de retour n’est pas l’une de celles que l’application a enregistrées.',
        en: 'The redirect URI is not one the app registered.',
      },
    ],
    [
      'unsupported_response_type',
      {
        fr: 'Seul response_type=code est pris en charge.',
        en: 'Only response_type=code is supported.',
      },
    ],
    [
      'invalid_scope',
      {
        fr: 'Les autorisations demandées sont inconnues ou dépassent celles de l’application.',
        en: 'The requested scopes are unknown or exceed those of the app.',
      },
    ],
    [
      'invalid_request',
      {
        fr: 'Le défi PKCE doit utiliser code_challenge_method=S256.',
        en: 'The PKCE challenge must use code_challenge_method=S256.',
      },
    ],
  ]);

/** The RFC 6749 error code of a refused authorization request. */
function oauthCode(error: AuthorizationError): 'invalid_client' | 'invalid_request' | string {
  return error.kind === 'invalid_redirect_uri' ? 'invalid_request' : error.kind;
}

function describe(error: AuthorizationError) {
  return ERROR_DESCRIPTIONS.get(error.kind) ?? { fr: 'Demande refusée.', en: 'Request refused.' };
}

/**
 * OAuth's authorization-code flow as Mastodon apps use it. `GET /oauth/authorize` checks the
 * request and serves the web app, whose consent page (features/oauth) reads what to show from
 * `GET /api/empathie/v1/oauth/authorization` and sends the person's answer to `POST` on the same
 * path, with the web session cookie only: another site can neither send that cookie (SameSite,
 * the custom header, Sec-Fetch-Site: ADR 0009) nor frame the page (frame-ancestors 'none').
 */
export function mountOAuthRoutes(
  app: Hono<AppEnv>,
  deps: { oauth: OAuthService; openapi: OpenApiRegistry; webDistDir: string; publicUrl: string },
): void {
  const { oauth, openapi } = deps;
  const indexFile = join(deps.webDistDir, 'index.html');

  async function servePage(
    c: Context<AppEnv>,
    refused: AuthorizationError | null,
  ): Promise<Response> {
    c.header('Cache-Control', 'no-store');
    if (!existsSync(indexFile)) {
      if (refused) {
        const code = refused.kind === 'invalid_client' ? 'invalid_client' : 'invalid_request';
        return apiError(c, code, describe(refused));
      }
      return c.text(
        'The web app is not built: run `npm run build -w @empathie/web`.\n' +
          "L'application web n'est pas construite : lancez `npm run build -w @empathie/web`.\n",
        503,
      );
    }
    // The web app's consent page reads the same request and says what is wrong, if anything.
    return c.html(await readFile(indexFile, 'utf8'), refused ? 400 : 200);
  }

  app.get('/oauth/authorize', async (c) => {
    const parsed = parseQuery(c, authorizeQuery);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const checked = await oauth.checkAuthorization(asRequest(q));
    if (checked.ok) return servePage(c, null);
    const error = checked.error;
    // An unknown app or redirect URI is never redirected to: the page says what is wrong.
    if (
      error.kind === 'invalid_client' ||
      error.kind === 'invalid_redirect_uri' ||
      q.redirect_uri === OOB_REDIRECT
    ) {
      return servePage(c, error);
    }
    return c.redirect(
      redirectWith(q.redirect_uri, [
        ['error', oauthCode(error)],
        ['error_description', describe(error).en],
        ['state', q.state],
      ]),
    );
  });
  openapi.register({
    method: 'get',
    path: '/oauth/authorize',
    summary: 'Authorization-code flow: the log-in and consent page (PKCE S256 supported)',
    tag: 'oauth',
    auth: false,
    query: authorizeQuery,
  });

  app.get('/api/empathie/v1/oauth/authorization', async (c) => {
    const parsed = parseQuery(c, authorizeQuery);
    if (!parsed.ok) return parsed.response;
    const checked = await oauth.checkAuthorization(asRequest(parsed.value));
    if (!checked.ok) {
      return apiError(
        c,
        checked.error.kind === 'invalid_client' ? 'invalid_client' : 'invalid_request',
        describe(checked.error),
        { oauth_error: oauthCode(checked.error) },
      );
    }
    const { app: client, scopes, redirectUri } = checked.value;
    c.header('Cache-Control', 'no-store');
    return c.json({
      application: { name: client.name, website: client.website },
      scopes,
      redirect_uri: redirectUri,
      out_of_band: redirectUri === OOB_REDIRECT,
    });
  });
  openapi.register({
    method: 'get',
    path: '/api/empathie/v1/oauth/authorization',
    summary: 'Web app only: what the consent page shows (the app, the scopes, the redirect)',
    tag: 'oauth',
    auth: false,
    query: authorizeQuery,
  });

  app.post('/api/empathie/v1/oauth/authorization', async (c) => {
    // The person's own answer, from the web app's session: never a bearer token, which an app
    // could use to grant itself (or another app) more.
    const viewer = c.get('viewer');
    if (c.req.header('authorization') !== undefined || !webSessionToken(c) || !viewer) {
      return apiError(c, 'forbidden', {
        fr: 'Seule l’application web d’Empathie, connectée, peut autoriser une application.',
        en: 'Only the signed-in Empathie web app may authorize an app.',
      });
    }
    const parsed = await parseBody(c, decisionBody);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const checked = await oauth.checkAuthorization(asRequest(q));
    if (!checked.ok) {
      return apiError(
        c,
        checked.error.kind === 'invalid_client' ? 'invalid_client' : 'invalid_request',
        describe(checked.error),
      );
    }
    c.header('Cache-Control', 'no-store');
    const redirectUri = checked.value.redirectUri;
    if (q.decision === 'deny') {
      if (redirectUri === OOB_REDIRECT) return c.json({ denied: true });
      return c.json({
        redirect_to: redirectWith(redirectUri, [
          ['error', 'access_denied'],
          ['error_description', 'The resource owner denied the request.'],
          ['state', q.state],
        ]),
      });
    }
    const code = await oauth.approve(viewer.accountId, checked.value);
    if (redirectUri === OOB_REDIRECT) return c.json({ code });
    return c.json({
      redirect_to: redirectWith(redirectUri, [
        ['code', code],
        ['state', q.state],
      ]),
    });
  });
  openapi.register({
    method: 'post',
    path: '/api/empathie/v1/oauth/authorization',
    summary: 'Web app only (session cookie): approve or deny an app; returns where to go next',
    tag: 'oauth',
    body: decisionBody,
  });

  app.get('/api/v1/apps/verify_credentials', async (c) => {
    const viewer = c.get('viewer');
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const client = viewer
      ? await oauth.appOf({ tokenId: viewer.tokenId })
      : bearer
        ? await oauth.appOf({ appTokenHash: hashToken(bearer) })
        : null;
    if (!client) return apiError(c, 'unauthorized');
    return c.json(applicationJson(client));
  });
  openapi.register({
    method: 'get',
    path: '/api/v1/apps/verify_credentials',
    summary: 'The app behind the token (a person’s token or the app’s own)',
    tag: 'oauth',
    response: appJson,
  });

  // Outside /api and /oauth, like NodeInfo: documented in docs/api.md, not in the API document.
  app.get('/.well-known/oauth-authorization-server', (c) => {
    const base = deps.publicUrl;
    return c.json({
      issuer: `${base}/`,
      service_documentation: 'https://docs.joinmastodon.org/',
      authorization_endpoint: `${base}/oauth/authorize`,
      token_endpoint: `${base}/oauth/token`,
      app_registration_endpoint: `${base}/api/v1/apps`,
      revocation_endpoint: `${base}/oauth/revoke`,
      scopes_supported: SCOPES_SUPPORTED,
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: ['authorization_code', 'password', 'client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'none'],
    });
  });
}

const SCOPES_SUPPORTED = [
  'read',
  'write',
  'push',
  'follow',
  'profile',
  'admin:read',
  'admin:write',
  ...[
    'accounts',
    'blocks',
    'bookmarks',
    'favourites',
    'filters',
    'follows',
    'lists',
    'mutes',
    'notifications',
    'reports',
    'search',
    'statuses',
  ].map((s) => `read:${s}`),
  ...[
    'accounts',
    'blocks',
    'bookmarks',
    'conversations',
    'favourites',
    'filters',
    'follows',
    'lists',
    'media',
    'mutes',
    'notifications',
    'reports',
    'statuses',
  ].map((s) => `write:${s}`),
];
