/** What the shield bench does over HTTP, as any client would (one address per person). */
export interface Client {
  token: string;
  id: string;
  address: string;
}

export async function signUp(origin: string, username: string, address: string): Promise<Client> {
  const headers = { 'Content-Type': 'application/json', 'X-Forwarded-For': address };
  const created = await fetch(`${origin}/api/v1/accounts`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      username,
      email: `${username}@bench.example`,
      password: `a long bench password for ${username}`,
      agreement: true,
    }),
  });
  if (created.status !== 200) {
    throw new Error(`sign-up of ${username}: ${created.status} ${await created.text()}`);
  }
  const { access_token: token } = (await created.json()) as { access_token: string };
  const me = await call(
    origin,
    { token, id: '', address },
    'GET',
    '/api/v1/accounts/verify_credentials',
  );
  return { token, id: String((me.body as { id: string }).id), address };
}

export async function call(
  origin: string,
  who: Client,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${who.token}`,
      'X-Forwarded-For': who.address,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed };
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, i: number) => Promise<R>,
) {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
