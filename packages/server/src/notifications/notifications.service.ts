import type { Kysely } from 'kysely';
import type { Database, NotificationType } from '../db/schema.ts';
import type { Policy } from '../policy/policy.service.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { upsertRequest } from './notification-requests.repository.ts';

export type NotificationsService = ReturnType<typeof createNotificationsService>;

/**
 * Creates notifications as the policy decides (`policy/policy.service.ts` `reach`): never to
 * oneself, never across a block or from a muted account, never about a post the recipient
 * cannot see, nothing while the shield holds the sender; a stranger the recipient's notification
 * policy filters waits in a notification request, one it drops creates nothing. Reading applies
 * the hard rules again, since a block can come later.
 */
export function createNotificationsService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  events: EventBus;
  policy: Pick<Policy, 'reach'>;
}) {
  const { db, clock, ids, events, policy } = deps;

  async function notify(
    recipientId: string,
    fromId: string,
    type: NotificationType,
    postId: string | null,
  ): Promise<boolean> {
    const decision = await policy.reach({ recipientId, senderId: fromId, type, postId });
    if (decision.kind === 'drop' || decision.kind === 'held') return false;
    const now = clock.now().toISOString();
    const filtered = decision.kind === 'filter';
    const notificationId = ids();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('notifications')
        .values({
          id: notificationId,
          account_id: recipientId,
          from_account_id: fromId,
          type,
          post_id: postId,
          created_at: now,
          filtered: filtered ? 1 : 0,
        })
        .execute();
      if (filtered) await upsertRequest(trx, { id: ids(), recipientId, fromId, now });
    });
    // Live clients learn of it (streaming); one waiting in a request is not news yet.
    if (!filtered)
      await events.publish({
        type: 'notification.created',
        notificationId,
        accountId: recipientId,
      });
    return !filtered;
  }

  async function withdraw(
    recipientId: string,
    fromId: string,
    type: NotificationType,
    postId: string | null,
  ): Promise<void> {
    let q = db
      .deleteFrom('notifications')
      .where('account_id', '=', recipientId)
      .where('from_account_id', '=', fromId)
      .where('type', '=', type);
    q = postId === null ? q.where('post_id', 'is', null) : q.where('post_id', '=', postId);
    await q.execute();
  }

  events.subscribe('follow.created', async (e) => {
    // An accepted request is not news to the person who accepted it: the request leaves their
    // notifications and no "followed you" is added.
    const request = await db
      .deleteFrom('notifications')
      .where('account_id', '=', e.targetId)
      .where('from_account_id', '=', e.followerId)
      .where('type', '=', 'follow_request')
      .executeTakeFirst();
    if (Number(request.numDeletedRows) > 0) return;
    await notify(e.targetId, e.followerId, 'follow', null);
  });
  events.subscribe('follow_request.created', async (e) => {
    await notify(e.targetId, e.followerId, 'follow_request', null);
  });
  events.subscribe('follow_request.removed', (e) =>
    withdraw(e.targetId, e.followerId, 'follow_request', null),
  );

  return { notify, withdraw };
}
