import type { MiddlewareHandler } from 'hono';

/**
 * Source maps are never served, even if a build left some in the web app's folder: they would
 * hand out the unminified source and make a hostile page's work easier. The production build
 * does not emit them (packages/web/vite.config.ts); this is the second line.
 */
export const refuseSourceMaps: MiddlewareHandler = async (c, next) => {
  if (c.req.path.endsWith('.map')) return c.text('Not found', 404);
  await next();
};
