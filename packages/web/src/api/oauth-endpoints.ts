import type { ApiClient } from './api-client.ts';

/** What the consent page shows: the app as it names itself, the scopes, where it goes next. */
export interface AuthorizationInfo {
  application: { name: string; website: string | null };
  scopes: string[];
  redirect_uri: string;
  out_of_band: boolean;
}

/** The person's answer: where the browser goes next, or the code to copy (out of band). */
export type AuthorizationAnswer = { redirect_to: string } | { code: string } | { denied: true };

/** The parameters of `/oauth/authorize`, passed through as the app sent them. */
export type AuthorizationParams = Record<string, string>;

export function createOAuthEndpoints(api: ApiClient) {
  return {
    authorizationInfo: (params: AuthorizationParams) =>
      api.request<AuthorizationInfo>('GET', '/api/empathie/v1/oauth/authorization', {
        query: params,
      }),
    decideAuthorization: (params: AuthorizationParams, decision: 'approve' | 'deny') =>
      api.request<AuthorizationAnswer>('POST', '/api/empathie/v1/oauth/authorization', {
        body: { ...params, decision },
      }),
  };
}
