import type { Kysely } from 'kysely';
import type { Database, NotificationType } from '../db/schema.ts';
import { visibleNotifications } from './notifications.repository.ts';

/**
 * How many notifications arrived after the person's read marker (`notifications` timeline), with
 * the same read-time checks as the list, counted up to `limit`: a badge needs "99+", not a scan.
 */
export async function countUnreadNotifications(
  db: Kysely<Database>,
  recipientId: string,
  filter: { types: NotificationType[] | null; excludeTypes: NotificationType[]; limit: number },
): Promise<number> {
  if (filter.types?.length === 0) return 0;
  const marker = await db
    .selectFrom('markers')
    .select('last_read_id')
    .where('account_id', '=', recipientId)
    .where('timeline', '=', 'notifications')
    .executeTakeFirst();
  let q = visibleNotifications(db, recipientId).clearSelect().select('n.id');
  if (marker) q = q.where('n.id', '>', marker.last_read_id);
  if (filter.types) q = q.where('n.type', 'in', filter.types);
  if (filter.excludeTypes.length > 0) q = q.where('n.type', 'not in', filter.excludeTypes);
  const row = await db
    .selectFrom(q.orderBy('n.id', 'desc').limit(filter.limit).as('unread'))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
