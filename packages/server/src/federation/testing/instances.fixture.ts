import { lookup } from 'node:dns/promises';

import { startServer } from '../../testing/server-process.ts';

/** One real Empathie process on loopback, reachable as `http://localhost:PORT`. */
export interface Instance {
  /** `http://localhost:PORT`: its PUBLIC_URL, the origin of every URI it builds. */
  origin: string;
  /** `localhost:PORT`: its domain, as in `@name@localhost:PORT`. */
  domain: string;
  /** Signs a person up through the API; returns their account id and a token (read write follow). */
  signUp(username: string): Promise<InstancePerson>;
  /** An API call with a person's token; JSON in, the raw Response out. */
  call(method: string, path: string, token?: string, body?: unknown): Promise<Response>;
  /** Everything the process printed, for a failing test's message. */
  output(): string;
}

export interface InstancePerson {
  id: string;
  username: string;
  token: string;
  /** `name@localhost:PORT` */
  acct: string;
}

export interface Instances {
  instances: Instance[];
  /** Stops every process and removes their data folders; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Where `localhost` leads first on this machine (Node 20 may resolve it to `::1` before
 * `127.0.0.1`): the instances listen there, so that `http://localhost:PORT` reaches them
 * whichever address a client tries first.
 */
export async function localhostAddress(): Promise<string> {
  const { address } = await lookup('localhost');
  return address;
}

/**
 * Starts `n` real servers (`main.ts start`), each with its own throwaway SQLite data folder and
 * `PUBLIC_URL=http://localhost:PORT`, with `ALLOW_PRIVATE_ADDRESS=true` so that they may fetch
 * and deliver to each other on loopback. Call `stop()` in `afterAll`: nothing else reaps them.
 */
export async function startInstances(
  n: number,
  // lookup-safe: extra environment written by the test itself
  env: Record<string, string> = {},
): Promise<Instances> {
  const host = await localhostAddress();
  const started: Array<{ instance: Instance; stop: () => Promise<void> }> = [];
  const stop = async () => {
    await Promise.all(started.splice(0).map((s) => s.stop()));
  };
  try {
    // One after the other: each start decodes the engine's model, and the machine is shared.
    for (let i = 0; i < n; i += 1) started.push(await startOne(host, env));
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances: started.map((s) => s.instance), stop };
}

async function startOne(
  host: string,
  // lookup-safe: extra environment written by the test itself
  env: Record<string, string>,
): Promise<{ instance: Instance; stop: () => Promise<void> }> {
  const server = await startServer({
    host,
    originHost: 'localhost',
    env: { ALLOW_PRIVATE_ADDRESS: 'true', ...env },
  });
  const { origin, port } = server;
  const call = (method: string, path: string, token?: string, body?: unknown) =>
    fetch(`${origin}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const instance: Instance = {
    origin,
    domain: `localhost:${port}`,
    call,
    output: server.output,
    async signUp(username) {
      const res = await call('POST', '/api/v1/accounts', undefined, {
        username,
        email: `${username}@${port}.example.org`,
        password: `a long password for ${username}`,
        agreement: true,
        locale: 'en',
      });
      if (res.status !== 200) {
        throw new Error(`sign-up of ${username} failed: ${res.status} ${await res.text()}`);
      }
      const { access_token: token } = (await res.json()) as { access_token: string };
      const me = await call('GET', '/api/v1/accounts/verify_credentials', token);
      const { id } = (await me.json()) as { id: string };
      return { id, username, token, acct: `${username}@localhost:${port}` };
    },
  };
  return { instance, stop: server.stop };
}
