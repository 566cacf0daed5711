import type { Kysely } from 'kysely';
import type { Database, NotificationType } from '../db/schema.ts';
import { visibleTo } from '../posts/visibility.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';

export type NotificationsService = ReturnType<typeof createNotificationsService>;

/**
 * Creates notifications, never from an account the recipient blocks, is blocked by or mutes
 * (with notifications hidden), never to oneself, and never about a post the recipient cannot see.
 * The same rules are applied again when reading, since a block can come later.
 */
export function createNotificationsService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  events: EventBus;
}) {
  const { db, clock, ids, events } = deps;

  async function allowed(recipientId: string, fromId: string, postId: string | null) {
    if (recipientId === fromId) return false;
    const [blocked, muted, recipient] = await Promise.all([
      db
        .selectFrom('blocks')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('account_id', '=', recipientId), w('target_account_id', '=', fromId)]),
            w.and([w('account_id', '=', fromId), w('target_account_id', '=', recipientId)]),
          ]),
        )
        .executeTakeFirst(),
      db
        .selectFrom('mutes')
        .select('id')
        .where('account_id', '=', recipientId)
        .where('target_account_id', '=', fromId)
        .where('hide_notifications', '=', 1)
        .executeTakeFirst(),
      // Remote accounts are notified through federation, not here.
      db
        .selectFrom('users')
        .select('account_id')
        .where('account_id', '=', recipientId)
        .executeTakeFirst(),
    ]);
    if (blocked || muted || !recipient) return false;
    if (postId === null) return true;
    const visible = await db
      .selectFrom('posts as p')
      .select('p.id')
      .where('p.id', '=', postId)
      .where(visibleTo(recipientId, 'p'))
      .executeTakeFirst();
    return visible !== undefined;
  }

  async function notify(
    recipientId: string,
    fromId: string,
    type: NotificationType,
    postId: string | null,
  ): Promise<boolean> {
    if (!(await allowed(recipientId, fromId, postId))) return false;
    await db
      .insertInto('notifications')
      .values({
        id: ids(),
        account_id: recipientId,
        from_account_id: fromId,
        type,
        post_id: postId,
        created_at: clock.now().toISOString(),
      })
      .execute();
    return true;
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
