import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { GROUPABLE, groupNotifications } from './grouped-notifications.routes.ts';
import { typeFilter, typeList } from './type-filter.ts';
import { countUnreadNotifications, listUnreadNotifications } from './unread-count.repository.ts';

const unreadSchema = z.object({
  // Mastodon: 100 by default, 1000 at most.
  limit: z.coerce
    .number()
    .int()
    .optional()
    .transform((n) => Math.min(Math.max(n ?? 100, 1), 1000)),
  types: typeList,
  exclude_types: typeList,
});
const groupedUnreadSchema = unreadSchema.extend({ grouped_types: typeList });

/**
 * `GET /api/v1/notifications/unread_count` and its v2 twin, which counts groups as
 * `GET /api/v2/notifications` shows them (Mastodon 4.3), for an app's badge.
 */
export function mountUnreadCountRoute(
  app: Hono<AppEnv>,
  deps: { db: Kysely<Database>; openapi: OpenApiRegistry },
): void {
  deps.openapi.register({
    method: 'get',
    path: '/api/v1/notifications/unread_count',
    summary: 'How many notifications arrived since the read marker (up to limit, 100 by default)',
    tag: 'notifications',
    query: unreadSchema,
  });
  app.get('/api/v1/notifications/unread_count', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, unreadSchema);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const count = await countUnreadNotifications(deps.db, viewer.accountId, {
      ...typeFilter(q),
      limit: q.limit,
    });
    return c.json({ count });
  });

  deps.openapi.register({
    method: 'get',
    path: '/api/v2/notifications/unread_count',
    summary:
      'How many notification groups arrived since the read marker (up to limit notifications)',
    tag: 'notifications',
    query: groupedUnreadSchema,
  });
  app.get('/api/v2/notifications/unread_count', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, groupedUnreadSchema);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const rows = await listUnreadNotifications(deps.db, viewer.accountId, {
      ...typeFilter(q),
      limit: q.limit,
    });
    const grouped = new Set((q.grouped_types ?? [...GROUPABLE]).filter((t) => GROUPABLE.has(t)));
    return c.json({ count: groupNotifications(rows, grouped).length });
  });
}
