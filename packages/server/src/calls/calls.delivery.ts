import { sql } from 'kysely';
import type { NotificationType } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { blockedEitherWaySql } from '../policy/relations.sql.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Db } from './calls.repository.ts';

export const DELIVER_QUEUE = 'calls.deliver';

/** What one fan-out job delivers, to everyone who joined the call. */
export interface Delivery {
  callId: string;
  /** The ledger key: `reminder`, `flash`, `closed`, `update:ID`, `message:ID`. */
  key: string;
  type: NotificationType;
  fromId: string;
  postId: string;
  /** Reminders and the flash moment are pointless once the call closed. */
  onlyWhileOpen: boolean;
}

const BATCH = 500;

/**
 * Notifies everyone who joined the call, in batches. Each batch writes its ledger rows and its
 * notifications in one transaction, and the ledger's primary key (call, key, person) lets
 * through only the people not yet notified: a job that runs again after a crash, a restart or an
 * expired lock finishes the work without notifying anyone twice.
 */
export async function deliver(
  deps: { db: Db; clock: Clock; ids: IdGenerator },
  d: Delivery,
): Promise<number> {
  const { db, clock, ids } = deps;
  const call = await db
    .selectFrom('calls')
    .select('state')
    .where('id', '=', d.callId)
    .executeTakeFirst();
  if (!call || (d.onlyWhileOpen && call.state !== 'open')) return 0;
  let after = '';
  let delivered = 0;
  for (;;) {
    const batch = await db
      .selectFrom('call_volunteers')
      .select([
        'id',
        'account_id',
        // A block made since joining still holds: such a person is recorded, not notified.
        blockedEitherWaySql(d.fromId, sql.ref('call_volunteers.account_id')).as('blocked'),
      ])
      .where('call_id', '=', d.callId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    const last = batch.at(-1);
    if (!last) return delivered;
    after = last.id;
    const now = clock.now().toISOString();
    delivered += await db.transaction().execute(async (trx) => {
      const fresh = await trx
        .insertInto('call_deliveries')
        .values(
          batch.map((v) => ({
            call_id: d.callId,
            key: d.key,
            account_id: v.account_id,
            delivered_at: now,
          })),
        )
        .onConflict((oc) => oc.columns(['call_id', 'key', 'account_id']).doNothing())
        .returning('account_id')
        .execute();
      // One's own update or closing is no news to oneself.
      const blocked = new Set(batch.filter((v) => Boolean(v.blocked)).map((v) => v.account_id));
      const to = fresh.map((r) => r.account_id).filter((id) => id !== d.fromId && !blocked.has(id));
      if (to.length > 0) {
        await trx
          .insertInto('notifications')
          .values(
            to.map((accountId) => ({
              id: ids(),
              account_id: accountId,
              from_account_id: d.fromId,
              type: d.type,
              post_id: d.postId,
              created_at: now,
            })),
          )
          .execute();
      }
      return to.length;
    });
  }
}

export function registerDelivery(
  jobs: JobQueue,
  deps: { db: Db; clock: Clock; ids: IdGenerator },
): void {
  jobs.register(DELIVER_QUEUE, async (payload) => {
    await deliver(deps, payload as Delivery);
  });
}

/**
 * When the reminder goes out: an hour before the flash moment, or halfway to it when the call
 * was published closer than two hours before; none when the moment is only seconds away.
 */
export function reminderTime(now: Date, flashAt: Date): Date | null {
  const left = flashAt.getTime() - now.getTime();
  if (left <= 10_000) return null;
  const hour = 3_600_000;
  if (left >= 2 * hour) return new Date(flashAt.getTime() - hour);
  return new Date(now.getTime() + Math.floor(left / 2));
}
