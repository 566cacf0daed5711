import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import { createNotificationPresenter } from './notification-presenter.ts';
import {
  clearNotifications,
  dismissNotification,
  findNotification,
  listNotifications,
} from './notifications.repository.ts';
import { typeFilter, typeList } from './type-filter.ts';

const listSchema = pageSchema(40, 80).extend({ types: typeList, exclude_types: typeList });

export function mountNotificationRoutes(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    present: StatusPresenter;
    publicUrl: string;
    openapi: OpenApiRegistry;
  },
): void {
  const { db, present, openapi } = deps;

  const serialize = createNotificationPresenter({ db, present, publicUrl: deps.publicUrl });

  openapi.register({
    method: 'get',
    path: '/api/v1/notifications',
    summary: 'Your notifications, newest first',
    tag: 'notifications',
    query: listSchema,
  });
  app.get('/api/v1/notifications', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, listSchema);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const rows = await listNotifications(db, viewer.accountId, typeFilter(q), toPageParams(q));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    return c.json(await serialize(rows, viewer.accountId));
  });

  const one = async (c: Context<AppEnv>, viewerId: string) => {
    const row = await findNotification(db, viewerId, c.req.param('id') ?? '');
    const [out] = row ? await serialize([row], viewerId) : [];
    return out ? c.json(out) : apiError(c, 'not_found');
  };

  openapi.register({
    method: 'get',
    path: '/api/v1/notifications/:id',
    summary: 'One notification',
    tag: 'notifications',
  });
  app.get('/api/v1/notifications/:id{[0-9]+}', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    return one(c, viewer.accountId);
  });

  openapi.register({
    method: 'post',
    path: '/api/v1/notifications/clear',
    summary: 'Clear all your notifications',
    tag: 'notifications',
  });
  app.post('/api/v1/notifications/clear', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    await clearNotifications(db, viewer.accountId);
    return c.json({});
  });

  openapi.register({
    method: 'post',
    path: '/api/v1/notifications/:id/dismiss',
    summary: 'Dismiss one notification',
    tag: 'notifications',
  });
  app.post('/api/v1/notifications/:id{[0-9]+}/dismiss', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const done = await dismissNotification(db, viewer.accountId, c.req.param('id'));
    return done ? c.json({}) : apiError(c, 'not_found');
  });
}
