import {
  type RunningServer,
  startServer as startServerProcess,
} from '../../packages/server/src/testing/server-process.ts';

export { freePort, type RunningServer } from '../../packages/server/src/testing/server-process.ts';

/**
 * Starts the real server (`main.ts start`) on 127.0.0.1 against a data folder, with the built web
 * app, and waits for it (the benchmarks and the attack suite measure what people get).
 */
export function startServer(
  dataDir: string,
  /** The instance's public URL, or a function of the origin it will listen on. */
  publicUrl: string | ((origin: string) => string),
  // lookup-safe: variables set by the benchmark itself
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  return startServerProcess({
    dataDir,
    publicUrl,
    webApp: 'built',
    env: extraEnv,
    timeoutMs: 60_000,
  });
}
