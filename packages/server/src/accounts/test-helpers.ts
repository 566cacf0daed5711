import type { Hono } from 'hono';
import type { AppEnv } from '../http/auth.ts';

type App = Hono<AppEnv>;

export function jsonRequest(
  method: string,
  body?: unknown,
  token?: string,
  // lookup-safe: headers written by the test itself
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

/** Signs a person up through the API and returns their token and account id. */
export async function signUp(
  app: App,
  username: string,
  // lookup-safe: extra fields written by the test itself
  extra: Record<string, unknown> = {},
): Promise<{ token: string; id: string }> {
  const response = await app.request(
    '/api/v1/accounts',
    jsonRequest('POST', {
      username,
      email: `${username}@example.org`,
      password: `a long password for ${username}`,
      agreement: true,
      ...extra,
    }),
  );
  if (response.status !== 200) {
    throw new Error(`sign-up of ${username} failed: ${response.status} ${await response.text()}`);
  }
  const { access_token: token } = (await response.json()) as { access_token: string };
  const me = await app.request(
    '/api/v1/accounts/verify_credentials',
    jsonRequest('GET', undefined, token),
  );
  const { id } = (await me.json()) as { id: string };
  return { token, id };
}

/** A response body for assertions; tests check its shape, so `any` is the honest type here. */
// biome-ignore lint/suspicious/noExplicitAny: assertions inspect arbitrary JSON
export async function json(response: Response): Promise<any> {
  return response.json();
}
