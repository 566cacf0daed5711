import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
// The server finds the built web app relative to its working directory: the repository root.
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

/** A port the kernel says is free on that address right now. */
export function freePort(host = '127.0.0.1'): Promise<number> {
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

export interface RunningServer {
  /** `http://<originHost>:<port>`: where to reach it. */
  origin: string;
  port: number;
  /** The server's process id (benchmarks read its CPU time from it). */
  pid: number | undefined;
  /** Everything the process printed so far (stdout and stderr), for a failure's message. */
  output(): string;
  alive(): boolean;
  /** Stops the process (SIGTERM, then SIGKILL after 8 s) and removes its throwaway folder. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** The address it listens on (default 127.0.0.1). */
  host?: string;
  /** The host name in its origin (default: `host`); `localhost` for federation on loopback. */
  originHost?: string;
  /** Its PUBLIC_URL, or a function of its origin (default: the origin). */
  publicUrl?: string | ((origin: string) => string);
  /** Its data folder (default: a throwaway one). */
  dataDir?: string;
  /** `stand-in` (default): a one-line page instead of the web app; `built`: the real build. */
  webApp?: 'stand-in' | 'built';
  // lookup-safe: variables written by the caller itself
  env?: Record<string, string>;
  /** Answered with a status below 500 once it is ready (default `/api/v1/instance`). */
  readyPath?: string;
  timeoutMs?: number;
}

/**
 * The real server (`main.ts start`) as a child process, as an app or another server meets it:
 * over HTTP on loopback. Defaults to SQLite in a throwaway folder; `env` sets anything else
 * (`DATABASE_URL`, `ALLOW_PRIVATE_ADDRESS`…). Whoever starts one stops it.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = await freePort(host);
  const origin = `http://${options.originHost ?? host}:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'empathie-server-'));
  const standIn = (options.webApp ?? 'stand-in') === 'stand-in';
  if (standIn) writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Empathie</title>');
  const publicUrl = options.publicUrl ?? origin;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN, 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: host,
      DATA_DIR: options.dataDir ?? join(dir, 'data'),
      ...(standIn ? { WEB_DIST_DIR: dir } : {}),
      PUBLIC_URL: typeof publicUrl === 'string' ? publicUrl : publicUrl(origin),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      REDIS_URL: '',
      ...options.env,
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
  const running: RunningServer = {
    origin,
    port,
    pid: child.pid,
    output: () => output,
    alive,
    stop,
  };
  const timeoutMs = options.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive()) {
      await stop();
      throw new Error(`the server at ${origin} exited early:\n${output}`);
    }
    try {
      const answer = await fetch(`${origin}${options.readyPath ?? '/api/v1/instance'}`);
      await answer.arrayBuffer();
      if (answer.status < 500) return running;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(
    `the server at ${origin} did not answer within ${timeoutMs / 1000} s:\n${output}`,
  );
}
