import type { Kysely } from 'kysely';
import {
  type MastodonNotification,
  serializeNotification,
} from '../api/mastodon/notification.serializer.ts';
import type { Database } from '../db/schema.ts';
import { visibleTo } from '../policy/visibility.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import type { StatusPresenter } from '../posts/status-presenter.ts';
import type { NotificationRow } from './notifications.repository.ts';

export type NotificationPresenter = (
  rows: NotificationRow[],
  viewerId: string,
) => Promise<MastodonNotification[]>;

/**
 * Notification rows → Mastodon notifications for their recipient, shared by the REST routes and
 * the streaming API so both show the same thing. Batch: one query for the senders, one load for
 * the statuses, whatever the page size.
 */
export function createNotificationPresenter(deps: {
  db: Kysely<Database>;
  present: StatusPresenter;
  publicUrl: string;
}): NotificationPresenter {
  const { db, present } = deps;
  const ctx = { publicUrl: deps.publicUrl };
  return async (rows, viewerId) => {
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
    // A notification about a post the viewer's filters hide is left out with it.
    const statuses = await present(posts, viewerId, { context: 'notifications' });
    const statusById = new Map(statuses.map((s) => [s.id, s]));
    const senderById = new Map(senders.map((a) => [a.id, a]));
    return rows.flatMap((r) => {
      const from = senderById.get(r.from_account_id);
      const status = r.post_id ? statusById.get(r.post_id) : null;
      if (!from || status === undefined) return [];
      return [serializeNotification(r, from, status, ctx)];
    });
  };
}
