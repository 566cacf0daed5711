import { type ChildProcess, spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../..', import.meta.url));

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

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
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
  const port = await freePort(host);
  const origin = `http://localhost:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'empathie-fed-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Empathie</title>');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN, 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: host,
      DATA_DIR: join(dir, 'data'),
      WEB_DIST_DIR: dir,
      PUBLIC_URL: origin,
      ALLOW_PRIVATE_ADDRESS: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      REDIS_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (alive()) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
    await exited;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  };
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
    output: () => output,
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
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (!alive()) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`instance ${origin} exited early:\n${output}`);
    }
    try {
      const answer = await fetch(`${origin}/api/v1/instance`);
      await answer.arrayBuffer();
      if (answer.status < 500) return { instance, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`instance ${origin} did not answer in time:\n${output}`);
}
