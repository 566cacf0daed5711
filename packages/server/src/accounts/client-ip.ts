import type { Context } from 'hono';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The address rate limits count by. It is the connection's peer (from @hono/node-server's
 * `incoming` socket), except when the peer is a reverse proxy on this machine (loopback): then
 * the last `X-Forwarded-For` entry, the one that proxy appended, names the real client. Without
 * this, every client behind nginx would share one sign-up allowance. A header from any other
 * peer is ignored, so nobody can choose their own address. `null` when there is no socket
 * (in-process requests, such as tests and the demo).
 */
export function clientIp(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress ?? null;
  if (peer && LOOPBACK.test(peer)) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return peer;
}
