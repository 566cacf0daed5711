import type { Kysely } from 'kysely';
import type { Database, NotificationType } from '../db/schema.ts';
import { type NotificationRow, visibleNotifications } from './notifications.repository.ts';

export interface UnreadFilter {
  types: NotificationType[] | null;
  excludeTypes: NotificationType[];
  limit: number;
}

/** The notifications after the person's read marker, with the list's read-time checks. */
async function unreadQuery(db: Kysely<Database>, recipientId: string, filter: UnreadFilter) {
  const marker = await db
    .selectFrom('markers')
    .select('last_read_id')
    .where('account_id', '=', recipientId)
    .where('timeline', '=', 'notifications')
    .executeTakeFirst();
  let q = visibleNotifications(db, recipientId);
  if (marker) q = q.where('n.id', '>', marker.last_read_id);
  if (filter.types) q = q.where('n.type', 'in', filter.types);
  if (filter.excludeTypes.length > 0) q = q.where('n.type', 'not in', filter.excludeTypes);
  return q.orderBy('n.id', 'desc').limit(filter.limit);
}

/**
 * How many notifications arrived after the person's read marker (`notifications` timeline), with
 * the same read-time checks as the list, counted up to `limit`: a badge needs "99+", not a scan.
 */
export async function countUnreadNotifications(
  db: Kysely<Database>,
  recipientId: string,
  filter: UnreadFilter,
): Promise<number> {
  if (filter.types?.length === 0) return 0;
  const q = (await unreadQuery(db, recipientId, filter)).clearSelect().select('n.id');
  const row = await db
    .selectFrom(q.as('unread'))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The unread notifications themselves, newest first, up to `limit` (to count their groups). */
export async function listUnreadNotifications(
  db: Kysely<Database>,
  recipientId: string,
  filter: UnreadFilter,
): Promise<NotificationRow[]> {
  if (filter.types?.length === 0) return [];
  return (await unreadQuery(db, recipientId, filter)).execute();
}
