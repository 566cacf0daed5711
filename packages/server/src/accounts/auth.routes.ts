import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, hashToken } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { langOf } from '../http/language.ts';
import { parseBody } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { signUpSchema } from './account-rules.ts';
import type { AccountsService, IssuedToken } from './accounts.service.ts';
import type { ClientIp } from './client-ip.ts';

const tokenSchema = z.object({
  grant_type: z.string().min(1).max(64),
  username: z.string().max(254).optional(),
  password: z.string().max(1024).optional(),
  scope: z.string().max(200).optional(),
  client_id: z.string().max(200).optional(),
  client_secret: z.string().max(200).optional(),
  // grant_type=authorization_code (RFC 6749 §4.1.3, PKCE's RFC 7636 §4.5)
  code: z.string().max(200).optional(),
  redirect_uri: z.string().max(2000).optional(),
  code_verifier: z.string().max(200).optional(),
});

export type TokenParams = z.infer<typeof tokenSchema>;

/** The grants other than the password (OAuth's flow lives in oauth/), and their revocation. */
export interface OtherGrants {
  token(c: Context<AppEnv>, params: TokenParams): Promise<Response>;
  revoke(tokenHash: string): Promise<void>;
}

const revokeSchema = z.object({
  token: z.string().max(512),
  client_id: z.string().max(200).optional(),
  client_secret: z.string().max(200).optional(),
});

const tokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  scope: z.string(),
  created_at: z.number().int(),
});

/** Mastodon's Token entity. */
function tokenJson(token: IssuedToken): z.infer<typeof tokenResponse> {
  return {
    access_token: token.accessToken,
    token_type: 'Bearer',
    scope: token.scope,
    created_at: Math.floor(token.createdAt.getTime() / 1000),
  };
}

/** Sign-up, log-in and log-out. Passwords and tokens are never logged. */
export function mountAuthRoutes(
  app: Hono<AppEnv>,
  accounts: AccountsService,
  registry: OpenApiRegistry,
  clientIp: ClientIp,
  otherGrants?: OtherGrants,
): void {
  app.post('/api/v1/accounts', async (c) => {
    const parsed = await parseBody(c, signUpSchema);
    if (!parsed.ok) return parsed.response;
    const outcome = await accounts.signUp(parsed.value, { ip: clientIp(c), language: langOf(c) });
    if (outcome.ok) return c.json(tokenJson(outcome.value));
    const error = outcome.error;
    switch (error.type) {
      case 'rate_limited':
        return apiError(c, 'rate_limited', undefined, undefined, {
          'Retry-After': String(error.retryAfterSeconds),
        });
      case 'invalid': {
        const lang = langOf(c);
        const fields = error.fields.map((f) => ({ field: f.field, message: f.message[lang] }));
        const first = error.fields[0];
        return apiError(
          c,
          'validation_failed',
          first
            ? {
                fr: `${first.field} : ${first.message.fr}`,
                en: `${first.field}: ${first.message.en}`,
              }
            : undefined,
          { fields },
        );
      }
    }
  });
  registry.register({
    method: 'post',
    path: '/api/v1/accounts',
    summary: 'Sign up (no app token needed); returns a Token',
    tag: 'accounts',
    auth: false,
    body: signUpSchema,
    response: tokenResponse,
  });

  app.post('/oauth/token', async (c) => {
    const parsed = await parseBody(c, tokenSchema);
    if (!parsed.ok) return parsed.response;
    const { grant_type, username, password, scope } = parsed.value;
    if (grant_type !== 'password') {
      return otherGrants
        ? otherGrants.token(c, parsed.value)
        : apiError(c, 'unsupported_grant_type');
    }
    if (!username || !password) return apiError(c, 'invalid_grant');
    const outcome = await accounts.logIn(username, password, {
      ip: clientIp(c),
      scope,
      clientId: parsed.value.client_id,
    });
    if (outcome.ok) return c.json(tokenJson(outcome.value));
    const error = outcome.error;
    switch (error.type) {
      case 'rate_limited':
        return apiError(c, 'rate_limited', undefined, undefined, {
          'Retry-After': String(error.retryAfterSeconds),
        });
      case 'invalid_grant':
        return apiError(c, 'invalid_grant', error.message);
      case 'approval_required':
        return apiError(c, 'approval_required');
      case 'account_suspended':
        return apiError(c, 'forbidden', {
          fr: 'La modération a suspendu ce compte : la connexion est refusée. Vous pouvez contester cette décision en écrivant aux administrateurs de l’instance.',
          en: 'The moderators suspended this account: log-in is refused. You can contest the decision by writing to the instance’s administrators.',
        });
    }
  });
  registry.register({
    method: 'post',
    path: '/oauth/token',
    summary:
      'Obtain a Token: grant_type=authorization_code (client_secret or PKCE code_verifier), client_credentials (the app’s own), or password (username or e-mail)',
    tag: 'oauth',
    auth: false,
    body: tokenSchema,
    response: tokenResponse,
  });

  app.post('/oauth/revoke', async (c) => {
    const parsed = await parseBody(c, revokeSchema);
    if (!parsed.ok) return parsed.response;
    await accounts.revoke(parsed.value.token, hashToken(parsed.value.token));
    await otherGrants?.revoke(hashToken(parsed.value.token));
    return c.json({});
  });
  registry.register({
    method: 'post',
    path: '/oauth/revoke',
    summary: 'Log out: revoke a token',
    tag: 'oauth',
    auth: false,
    body: revokeSchema,
  });
}
