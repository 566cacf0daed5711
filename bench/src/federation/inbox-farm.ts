import { createServer, type Server } from 'node:http';

export interface InboxFarm {
  /** `http://127.0.0.1:PORT` of each server. */
  origins: string[];
  /** Activities received so far, all servers together. */
  total(): number;
  /** How many servers have received the activity with this id. */
  serversWith(activityId: string): number;
  close(): Promise<void>;
}

/**
 * Many small "remote servers" on loopback, each its own HTTP server on its own port (so each is
 * its own host to the delivery queue), answering 202 to every POST and counting what arrives.
 */
export async function startInboxFarm(count: number): Promise<InboxFarm> {
  const servers: Server[] = [];
  let total = 0;
  const byActivity = new Map<string, Set<number>>();
  for (let i = 0; i < count; i += 1) {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += String(d);
      });
      req.on('end', () => {
        total += 1;
        try {
          const id = String(JSON.parse(body).id ?? '');
          const seen = byActivity.get(id) ?? new Set<number>();
          seen.add(i);
          byActivity.set(id, seen);
        } catch {
          // Not JSON: counted, not attributed.
        }
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
  }
  const origins = servers.map((s) => {
    const address = s.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  return {
    origins,
    total: () => total,
    serversWith: (id) => byActivity.get(id)?.size ?? 0,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}
