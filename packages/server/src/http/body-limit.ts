import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Refuses a request body over `maxSize` bytes, as Hono's `bodyLimit` does, without making the
 * Node adapter build a whole web `Request` for every request: Hono's middleware first reads
 * `c.req.raw.body`, and on the adapter's lightweight request that one read constructs the full
 * `Request` (headers validated again, an AbortSignal, a stream), even for a GET. That cost about
 * a fifth of a small request's time. A GET or HEAD has no body to limit; a declared length is
 * checked from the header alone (Node's parser has already refused a malformed one); only a
 * chunked body, whose length nobody declared, is counted by Hono's middleware as it streams.
 */
export function limitBody(
  maxSize: number,
  onError: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > maxSize ? onError(c) : next();
    }
    return streamed(c, next);
  };
}
