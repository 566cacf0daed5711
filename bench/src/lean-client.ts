import { Agent, request } from 'node:http';

export interface LeanAnswer {
  status: number;
  body: string;
}

export interface LeanClient {
  post(path: string, body: string): Promise<LeanAnswer>;
  close(): void;
}

/**
 * A plain `node:http` client on kept-alive connections, for loads where the client's own cost
 * would hide the server's: `fetch` spends about as much CPU per request as a `comments:analyze`
 * answer, and with one request in flight on a shared machine the two add up (bench/README.md).
 */
export function leanClient(origin: string, connections: number): LeanClient {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port } = new URL(origin);
  return {
    post: (path, body) =>
      new Promise((resolve, reject) => {
        const req = request(
          {
            hostname,
            port,
            path,
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              text += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}
