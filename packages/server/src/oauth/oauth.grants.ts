import type { Context } from 'hono';
import type { OtherGrants, TokenParams } from '../accounts/auth.routes.ts';
import type { AppEnv } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import type { Result } from '../shared/result.ts';
import type { IssuedOAuthToken, OAuthService, TokenError } from './oauth.service.ts';

const MESSAGES = {
  invalid_grant: {
    fr: 'Ce code d’autorisation est inconnu, expiré, déjà utilisé, ou ne correspond pas à cette demande.',
    en: 'This authorization code is unknown, expired, already used, or does not match this request.',
  },
  invalid_request: {
    fr: 'Il manque le code ou l’adresse de retour (redirect_uri).',
    en: 'The code or the redirect URI (redirect_uri) is missing.',
  },
} as const;

function answer(c: Context<AppEnv>, outcome: Result<IssuedOAuthToken, TokenError>): Response {
  if (outcome.ok) {
    c.header('Cache-Control', 'no-store');
    return c.json({
      access_token: outcome.value.accessToken,
      token_type: 'Bearer',
      scope: outcome.value.scope,
      created_at: Math.floor(outcome.value.createdAt.getTime() / 1000),
    });
  }
  const error = outcome.error;
  switch (error.kind) {
    case 'invalid_client':
      return apiError(c, 'invalid_client');
    case 'invalid_grant':
      return apiError(c, 'invalid_grant', MESSAGES.invalid_grant);
    case 'invalid_scope':
      return apiError(c, 'invalid_scope');
    case 'invalid_request':
      return apiError(c, 'invalid_request', MESSAGES.invalid_request);
    default: {
      const unexpected: never = error;
      throw new Error(`unexpected token error ${String(unexpected)}`);
    }
  }
}

/** `POST /oauth/token` beyond the password: the authorization code and the app's own token. */
export function oauthGrants(oauth: OAuthService): OtherGrants {
  return {
    async token(c, params: TokenParams) {
      switch (params.grant_type) {
        case 'authorization_code':
          return answer(
            c,
            await oauth.exchangeCode({
              code: params.code,
              redirectUri: params.redirect_uri,
              clientId: params.client_id,
              clientSecret: params.client_secret,
              codeVerifier: params.code_verifier,
            }),
          );
        case 'client_credentials':
          return answer(
            c,
            await oauth.clientCredentials({
              clientId: params.client_id,
              clientSecret: params.client_secret,
              scope: params.scope,
            }),
          );
        default:
          return apiError(c, 'unsupported_grant_type');
      }
    },
    revoke: (tokenHash) => oauth.revokeAppToken(tokenHash),
  };
}
