import type { Kysely } from 'kysely';
import type { Database, NotificationType } from '../db/schema.ts';
import { type NotificationRow, visibleNotifications } from './notifications.repository.ts';

const DAY_MS = 86_400_000;

/** What a group key of `GET /api/v2/notifications` stands for (see groupNotifications). */
export type GroupKey =
  | { kind: 'one'; id: string }
  | { kind: 'post'; type: 'favourite' | 'reblog'; postId: string }
  | { kind: 'day'; type: 'follow'; from: string; to: string };

/** Reads a group key back; anything else (a forged or stale key) is null. */
export function parseGroupKey(key: string): GroupKey | null {
  const one = /^ungrouped-(\d{1,20})$/.exec(key);
  if (one) return { kind: 'one', id: one[1] as string };
  const post = /^(favourite|reblog)-(\d{1,20})$/.exec(key);
  if (post) {
    return { kind: 'post', type: post[1] as 'favourite' | 'reblog', postId: post[2] as string };
  }
  const day = /^follow-(\d{1,6})$/.exec(key);
  if (day) {
    const from = Number(day[1]) * DAY_MS;
    return {
      kind: 'day',
      type: 'follow',
      from: new Date(from).toISOString(),
      to: new Date(from + DAY_MS).toISOString(),
    };
  }
  return null;
}

function inGroup(db: Kysely<Database>, recipientId: string, key: GroupKey) {
  const q = visibleNotifications(db, recipientId);
  switch (key.kind) {
    case 'one':
      return q.where('n.id', '=', key.id);
    case 'post':
      return q.where('n.type', '=', key.type).where('n.post_id', '=', key.postId);
    case 'day':
      return q
        .where('n.type', '=', key.type as NotificationType)
        .where('n.created_at', '>=', key.from)
        .where('n.created_at', '<', key.to);
  }
}

/** The group's notifications the person may see, newest first, up to `limit`. */
export function listGroupNotifications(
  db: Kysely<Database>,
  recipientId: string,
  key: GroupKey,
  limit: number,
): Promise<NotificationRow[]> {
  return inGroup(db, recipientId, key).orderBy('n.id', 'desc').limit(limit).execute();
}

/** Dismisses every notification of the group; returns how many went. */
export async function dismissGroup(
  db: Kysely<Database>,
  recipientId: string,
  key: GroupKey,
): Promise<number> {
  const ids = (await inGroup(db, recipientId, key).clearSelect().select('n.id').execute()).map(
    (r) => r.id,
  );
  if (ids.length === 0) return 0;
  const done = await db
    .deleteFrom('notifications')
    .where('account_id', '=', recipientId)
    .where('id', 'in', ids)
    .executeTakeFirst();
  return Number(done.numDeletedRows);
}
