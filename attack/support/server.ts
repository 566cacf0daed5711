import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '../../bench/src/server-process.ts';

export interface TargetServer extends RunningServer {
  /** The server's data folder, thrown away by `stop()`. */
  dataDir: string;
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
  const folder = mkdtempSync(join(tmpdir(), 'empathie-attack-'));
  const dataDir = join(folder, 'data');
  // Its public URL is the loopback address the attacks use.
  const server = await startServer(dataDir, (origin) => origin, { LOG_LEVEL: 'info', ...env });
  return {
    ...server,
    dataDir,
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
