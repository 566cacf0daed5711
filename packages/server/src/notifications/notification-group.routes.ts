import type { Hono } from 'hono';
import { serializeAccount } from '../api/mastodon/account.serializer.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import {
  GROUPABLE,
  type GroupedResultsDeps,
  groupedResults,
} from './grouped-notifications.routes.ts';
import {
  dismissGroup,
  listGroupNotifications,
  parseGroupKey,
} from './notification-group.repository.ts';

/** Enough for any group an app shows; a larger one is summed up by its count. */
const GROUP_LIMIT = 200;
const KEY = ':group_key{[a-z]+-[0-9]{1,20}}';

/**
 * One group of `GET /api/v2/notifications` (Mastodon 4.3): read it, the accounts in it, or
 * dismiss all of it. A key the person has no visible notification under is a 404, whether it was
 * never theirs or is forged.
 */
export function mountNotificationGroupRoutes(
  app: Hono<AppEnv>,
  deps: GroupedResultsDeps & { openapi: OpenApiRegistry },
): void {
  const { db, ctx, openapi } = deps;

  app.get(`/api/v2/notifications/${KEY}`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const key = parseGroupKey(c.req.param('group_key'));
    if (!key) return apiError(c, 'not_found');
    const rows = await listGroupNotifications(db, viewer.accountId, key, GROUP_LIMIT);
    const results = await groupedResults(deps, viewer.accountId, rows, GROUPABLE);
    const group = results.notification_groups[0];
    if (!group) return apiError(c, 'not_found');
    return c.json({ ...results, notification_groups: [group] });
  });

  app.get(`/api/v2/notifications/${KEY}/accounts`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const key = parseGroupKey(c.req.param('group_key'));
    if (!key) return apiError(c, 'not_found');
    const rows = await listGroupNotifications(db, viewer.accountId, key, GROUP_LIMIT);
    if (rows.length === 0) return apiError(c, 'not_found');
    const order = [...new Set(rows.map((r) => r.from_account_id))];
    const found = new Map((await findAccountsByIds(db, order)).map((a) => [a.id, a]));
    return c.json(
      order.flatMap((id) => {
        const account = found.get(id);
        return account ? [serializeAccount(account, ctx)] : [];
      }),
    );
  });

  app.post(`/api/v2/notifications/${KEY}/dismiss`, async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const key = parseGroupKey(c.req.param('group_key'));
    if (!key) return apiError(c, 'not_found');
    if ((await dismissGroup(db, viewer.accountId, key)) === 0) return apiError(c, 'not_found');
    return c.json({});
  });

  for (const [method, path, summary] of [
    ['get', `/api/v2/notifications/${KEY}`, 'One notification group, with its accounts and status'],
    ['get', `/api/v2/notifications/${KEY}/accounts`, 'The accounts of a notification group'],
    ['post', `/api/v2/notifications/${KEY}/dismiss`, 'Dismiss every notification of a group'],
  ] as const) {
    openapi.register({ method, path, summary, tag: 'notifications' });
  }
}
