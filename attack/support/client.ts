/** A small HTTP client for attacks: JSON in and out, a token when given, no retries. */
export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: attacks inspect arbitrary JSON answers
  body: any;
  text: string;
}

export async function call(
  origin: string,
  method: string,
  path: string,
  options: {
    token?: string;
    json?: unknown;
    form?: string;
    raw?: string;
    // lookup-safe: header names written by the attack itself
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(options.json);
  } else if (options.form !== undefined) {
    headers.set('content-type', 'application/x-www-form-urlencoded');
    body = options.form;
  } else if (options.raw !== undefined) {
    body = options.raw;
  }
  const response = await fetch(origin + path, { method, headers, body, redirect: 'manual' });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** Signs a person up and returns their token and account id. */
export async function signUp(
  origin: string,
  username: string,
): Promise<{ token: string; id: string }> {
  const answer = await call(origin, 'POST', '/api/v1/accounts', {
    json: {
      username,
      email: `${username}@example.org`,
      password: `a long password for ${username}`,
      agreement: true,
      locale: 'en',
    },
  });
  if (answer.status !== 200)
    throw new Error(`sign-up of ${username}: ${answer.status} ${answer.text}`);
  const token = answer.body.access_token as string;
  const me = await call(origin, 'GET', '/api/v1/accounts/verify_credentials', { token });
  return { token, id: me.body.id as string };
}
