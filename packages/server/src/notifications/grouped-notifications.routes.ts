import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { MastodonStatus } from '../api/mastodon/status.serializer.ts';
import type { Database, NotificationType } from '../db/schema.ts';
import { type AppEnv, requireViewer } from '../http/auth.ts';
import { pageSchema, setLinkHeader, toPageParams } from '../http/pagination.ts';
import { parseQuery } from '../http/params.ts';
import type { OpenApiRegistry } from '../openapi/openapi.registry.ts';
import { visibleTo } from '../policy/visibility.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import { listNotifications, type NotificationRow } from './notifications.repository.ts';
import { typeFilter, typeList } from './type-filter.ts';

const groupedSchema = pageSchema(40, 80).extend({
  types: typeList,
  exclude_types: typeList,
  grouped_types: typeList,
  expand_accounts: z.enum(['full', 'partial_avatars']).optional(),
});

/** Mastodon 4.3 groups these by default; a person's app may ask for fewer. */
export const GROUPABLE: ReadonlySet<string> = new Set(['favourite', 'reblog', 'follow']);
const SAMPLE_ACCOUNTS = 8;
const DAY_SECONDS = 86_400;

export interface NotificationGroup {
  group_key: string;
  notifications_count: number;
  type: string;
  most_recent_notification_id: string;
  page_min_id: string;
  page_max_id: string;
  latest_page_notification_at: string;
  sample_account_ids: string[];
  status_id: string | null;
}

const wireType = (type: NotificationType) => (type === 'reply' ? 'mention' : type);

/**
 * Groups a page of notifications (newest first) as Mastodon 4.3 does: favourites and shares of
 * the same post, follows of the same day; everything else alone (`ungrouped-<id>`).
 */
export function groupNotifications(
  rows: NotificationRow[],
  grouped: ReadonlySet<string>,
): NotificationGroup[] {
  const groups = new Map<string, NotificationGroup>();
  for (const row of rows) {
    const type = wireType(row.type);
    let key = `ungrouped-${row.id}`;
    if (grouped.has(type) && (type === 'favourite' || type === 'reblog') && row.post_id) {
      key = `${type}-${row.post_id}`;
    } else if (grouped.has(type) && type === 'follow') {
      key = `follow-${Math.floor(Date.parse(row.created_at) / 1000 / DAY_SECONDS)}`;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        group_key: key,
        notifications_count: 1,
        type,
        most_recent_notification_id: row.id,
        page_min_id: row.id,
        page_max_id: row.id,
        latest_page_notification_at: row.created_at,
        sample_account_ids: [row.from_account_id],
        status_id: row.post_id,
      });
      continue;
    }
    group.notifications_count += 1;
    if (row.id < group.page_min_id) group.page_min_id = row.id;
    if (
      group.sample_account_ids.length < SAMPLE_ACCOUNTS &&
      !group.sample_account_ids.includes(row.from_account_id)
    ) {
      group.sample_account_ids.push(row.from_account_id);
    }
  }
  return [...groups.values()];
}

export interface GroupedResultsDeps {
  db: Kysely<Database>;
  present: StatusPresenter;
  ctx: SerializerContext;
}

/**
 * Mastodon's `GroupedNotificationsResults` for notifications already read from the database:
 * each account and status once, statuses presented to the viewer, and a notification about a
 * post the viewer's filters hide left out with it (as in v1).
 */
export async function groupedResults(
  deps: GroupedResultsDeps,
  viewerId: string,
  rows: NotificationRow[],
  grouped: ReadonlySet<string>,
) {
  const { db, present, ctx } = deps;
  const postIds = [...new Set(rows.flatMap((r) => (r.post_id ? [r.post_id] : [])))];
  const [senders, posts] = await Promise.all([
    findAccountsByIds(db, [...new Set(rows.map((r) => r.from_account_id))]),
    postIds.length === 0
      ? []
      : db
          .selectFrom('posts as p')
          .selectAll('p')
          .where('p.id', 'in', postIds)
          .where(visibleTo(viewerId, 'p'))
          .execute(),
  ]);
  const statuses: MastodonStatus[] = await present(posts, viewerId, {
    context: 'notifications',
  });
  const shown = new Set(statuses.map((s) => s.id));
  const senderIds = new Set(senders.map((a) => a.id));
  const kept = rows.filter(
    (r) => senderIds.has(r.from_account_id) && (r.post_id === null || shown.has(r.post_id)),
  );
  const groups = groupNotifications(kept, grouped);
  const sampled = new Set(groups.flatMap((g) => g.sample_account_ids));
  return {
    accounts: senders.filter((a) => sampled.has(a.id)).map((a) => serializeAccount(a, ctx)),
    statuses,
    notification_groups: groups,
  };
}

/** `GET /api/v2/notifications`: grouped notifications, with their accounts and statuses once. */
export function mountGroupedNotificationsRoute(
  app: Hono<AppEnv>,
  deps: {
    db: Kysely<Database>;
    present: StatusPresenter;
    ctx: SerializerContext;
    openapi: OpenApiRegistry;
  },
): void {
  const { db } = deps;
  deps.openapi.register({
    method: 'get',
    path: '/api/v2/notifications',
    summary:
      'Grouped notifications (favourites and shares of a post, follows of a day); limit counts notifications',
    tag: 'notifications',
    query: groupedSchema,
  });
  app.get('/api/v2/notifications', async (c) => {
    const viewer = requireViewer(c);
    if (viewer instanceof Response) return viewer;
    const parsed = parseQuery(c, groupedSchema);
    if (!parsed.ok) return parsed.response;
    const q = parsed.value;
    const rows = await listNotifications(db, viewer.accountId, typeFilter(q), toPageParams(q));
    setLinkHeader(c, rows[0]?.id, rows.at(-1)?.id);
    const grouped = new Set((q.grouped_types ?? [...GROUPABLE]).filter((t) => GROUPABLE.has(t)));
    return c.json(await groupedResults(deps, viewer.accountId, rows, grouped));
  });
}
