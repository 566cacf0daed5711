import type { Kysely, Selectable } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database, NotificationTable, NotificationType } from '../db/schema.ts';
import { notDomainBlockedBy, notSuspendedAuthor } from '../policy/domain-blocks.sql.ts';
import { notBlockedWith, notMutedBy } from '../policy/relations.sql.ts';
import { visibleTo } from '../policy/visibility.ts';

type Db = Kysely<Database>;
export type NotificationRow = Selectable<NotificationTable>;

/**
 * The recipient's notifications, re-checked at read time by the policy's predicates: none from
 * an account in a block relation with them or muted with notifications hidden, none about a post
 * they can no longer see (a post that became hidden, or was deleted), none from a deleted
 * account. `filtered` picks those the notification policy holds back in requests instead.
 */
export function visibleNotifications(db: Db, recipientId: string, filtered = false) {
  return (
    db
      .selectFrom('notifications as n')
      .selectAll('n')
      .where('n.account_id', '=', recipientId)
      .where('n.filtered', '=', filtered ? 1 : 0)
      .where(notBlockedWith(recipientId, 'n.from_account_id'))
      .where(notMutedBy(recipientId, 'n.from_account_id', { notificationsOnly: true }))
      // Nothing from a server the recipient blocked for themselves (domain blocks, policy/).
      .where(notDomainBlockedBy(recipientId, 'n.from_account_id'))
      // Nor from a server the instance suspended (what came before the suspension too).
      .where(notSuspendedAuthor('n.from_account_id'))
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
      )
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
  // Notifications waiting in requests stay there: the requests screen decides about them.
  await db
    .deleteFrom('notifications')
    .where('account_id', '=', recipientId)
    .where('filtered', '=', 0)
    .execute();
}
