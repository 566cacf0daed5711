import type { Context, MiddlewareHandler } from 'hono';

declare module 'hono' {
  interface ContextVariableMap {
    /** The configured `PUBLIC_URL` origin, set by `publicUrlMiddleware`. */
    publicUrl: string;
  }
}

/** Makes the configured public origin available to every handler that builds an absolute URL. */
export function publicUrlMiddleware(publicUrl: string): MiddlewareHandler {
  return async (c, next) => {
    c.set('publicUrl', publicUrl);
    await next();
  };
}

/**
 * The request's URL as the outside world sees it: path and query from the request, scheme and
 * host from `PUBLIC_URL`. Behind a TLS-terminating proxy the server itself is reached over plain
 * http (and maybe on another host name), so the request's own origin must never leak into links.
 */
export function publicRequestUrl(c: Context): URL {
  const requested = new URL(c.req.url);
  const origin: string | undefined = c.get('publicUrl');
  return origin ? new URL(`${requested.pathname}${requested.search}`, origin) : requested;
}
