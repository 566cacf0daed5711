import type { Kysely, Selectable } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database, NotificationTable, NotificationType } from '../db/schema.ts';
import { visibleTo } from '../posts/visibility.ts';

type Db = Kysely<Database>;
export type NotificationRow = Selectable<NotificationTable>;

/**
 * The recipient's notifications, re-checked at read time: none from an account in a block
 * relation with them or muted with notifications hidden, none about a post they can no longer
 * see (a post that became hidden, or was deleted), none from a deleted account.
 */
function visibleNotifications(db: Db, recipientId: string) {
  return db
    .selectFrom('notifications as n')
    .selectAll('n')
    .where('n.account_id', '=', recipientId)
    .where(({ not, exists, selectFrom, or, eb }) =>
      eb.and([
        not(
          exists(
            selectFrom('accounts as gone')
              .select('gone.id')
              .whereRef('gone.id', '=', 'n.from_account_id')
              .where('gone.deleted_at', 'is not', null),
          ),
        ),
        not(
          exists(
            selectFrom('blocks as nb')
              .select('nb.id')
              .where((w) =>
                w.or([
                  w.and([
                    w('nb.account_id', '=', recipientId),
                    w('nb.target_account_id', '=', w.ref('n.from_account_id')),
                  ]),
                  w.and([
                    w('nb.target_account_id', '=', recipientId),
                    w('nb.account_id', '=', w.ref('n.from_account_id')),
                  ]),
                ]),
              ),
          ),
        ),
        not(
          exists(
            selectFrom('mutes as nm')
              .select('nm.id')
              .where('nm.account_id', '=', recipientId)
              .whereRef('nm.target_account_id', '=', 'n.from_account_id')
              .where('nm.hide_notifications', '=', 1),
          ),
        ),
        or([
          eb('n.post_id', 'is', null),
          exists(
            selectFrom('posts as p')
              .select('p.id')
              .whereRef('p.id', '=', 'n.post_id')
              .where(visibleTo(recipientId, 'p')),
          ),
        ]),
      ]),
    );
}

export async function listNotifications(
  db: Db,
  recipientId: string,
  filter: { types: NotificationType[] | null; excludeTypes: NotificationType[] },
  page: PageParams,
): Promise<NotificationRow[]> {
  let q = visibleNotifications(db, recipientId);
  if (filter.types) {
    if (filter.types.length === 0) return [];
    q = q.where('n.type', 'in', filter.types);
  }
  if (filter.excludeTypes.length > 0) q = q.where('n.type', 'not in', filter.excludeTypes);
  return finishPage(await applyPage(q, 'n.id', page).execute(), page);
}

export function findNotification(db: Db, recipientId: string, id: string) {
  return visibleNotifications(db, recipientId).where('n.id', '=', id).executeTakeFirst();
}

export async function dismissNotification(
  db: Db,
  recipientId: string,
  id: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom('notifications')
    .where('account_id', '=', recipientId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function clearNotifications(db: Db, recipientId: string): Promise<void> {
  await db.deleteFrom('notifications').where('account_id', '=', recipientId).execute();
}
