import { startServer } from '../testing/server-process.ts';

export interface LoopbackServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * The real server (`main.ts start`) on 127.0.0.1 with a throwaway data folder and a stand-in web
 * app page, so that a client library talks to it over HTTP exactly as an app would. On the
 * PostgreSQL database `databaseUrl` names, several of them are what an instance that scales out
 * runs (`publicUrl`: the instance's, the same for all, as behind a load balancer).
 */
export async function startLoopbackServer(
  options: { databaseUrl?: string; publicUrl?: string } = {},
): Promise<LoopbackServer> {
  const server = await startServer({
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    env: { DATABASE_URL: options.databaseUrl ?? '' },
  });
  return { origin: server.origin, stop: server.stop };
}
