import type { Context } from 'hono';

/**
 * The peer address of the connection (from @hono/node-server's `incoming` socket). Behind a
 * reverse proxy every client shares the proxy's address, so per-address limits then apply to
 * all clients together; `null` when there is no socket (in-process requests in tests).
 */
export function clientIp(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}
