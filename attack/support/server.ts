import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../packages/server/src/main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A port the kernel says is free on loopback right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface TargetServer {
  /** `http://127.0.0.1:PORT`, where the attacks are sent. */
  origin: string;
  port: number;
  dataDir: string;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts the real server (`main.ts start`, as `npm start` runs it) on 127.0.0.1, with a throwaway
 * data folder and the given settings, and waits until it answers. Each attack file starts its
 * own, so one attack's lasting effect can never hide behind another's restart.
 */
export async function startTarget(
  // lookup-safe: settings written by the attack file itself
  env: Record<string, string> = {},
): Promise<TargetServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'empathie-attack-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN, 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(dataDir, 'data'),
      PUBLIC_URL: origin,
      LOG_LEVEL: 'info',
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
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
    await exited;
    clearTimeout(timer);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const target: TargetServer = {
    origin,
    port,
    dataDir: join(dataDir, 'data'),
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop,
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (!target.alive()) throw new Error(`the server exited early:\n${output}`);
    try {
      const answer = await fetch(`${origin}/api/v1/instance`);
      await answer.arrayBuffer();
      if (answer.status < 500) return target;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`the server did not answer within 90 s:\n${output}`);
}
