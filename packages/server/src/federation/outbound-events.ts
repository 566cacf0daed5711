import type { Kysely } from 'kysely';
import type { Database, Visibility } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';

/** The job queue the outbound bridge (outbound-bridge.ts) drains. */
export const OUTBOUND_QUEUE = 'federation.outbound';

/**
 * A change other servers may need to hear about, written to the job table in the SAME transaction
 * as the change itself: it exists if and only if the change committed, and survives a crash
 * between the commit and the delivery. Events name rows by id; the bridge reads the rows when it
 * runs, so an edit made meanwhile is what goes out. What a deletion removes (the post, the
 * favourite, the share) travels in the event itself, since the row is gone by then.
 *
 * Services record every such change, remote party or not: deciding who outside must hear of it
 * is the bridge's job alone (only local actors, only remote recipients).
 */
export type OutboundEvent =
  | { type: 'post.created'; postId: string }
  | { type: 'post.edited'; postId: string }
  | {
      type: 'post.deleted';
      postId: string;
      authorId: string;
      uri: string;
      visibility: Visibility;
      /** Accounts the post named or answered: they were told of it, they are told it is gone. */
      audienceIds: string[];
    }
  | { type: 'favourite.created'; favouriteId: string; accountId: string; postId: string }
  | { type: 'favourite.removed'; favouriteId: string; accountId: string; postId: string }
  | { type: 'share.created'; shareId: string; accountId: string }
  | {
      type: 'share.removed';
      shareId: string;
      accountId: string;
      originalId: string;
      visibility: Visibility;
    }
  /** A follow asked (`relationId`: the follow request's id, the Follow activity's id). */
  | { type: 'follow.requested'; relationId: string; followerId: string; targetId: string }
  | { type: 'follow.withdrawn'; followerId: string; targetId: string }
  /** The target answered a follow (`followUri`: the remote follower's Follow id, if known). */
  | { type: 'follow.accepted'; followerId: string; targetId: string; followUri?: string }
  | { type: 'follow.rejected'; followerId: string; targetId: string; followUri?: string }
  | { type: 'block.created'; accountId: string; targetId: string }
  | { type: 'block.removed'; accountId: string; targetId: string }
  | { type: 'account.updated'; accountId: string }
  /** The person deleted their account: their followers' servers are told (`Delete` of the actor). */
  | { type: 'account.deleted'; accountId: string }
  /** A report whose reporter asked to forward it to the reported account's server (`Flag`). */
  | { type: 'report.forwarded'; reportId: string }
  /**
   * A remote reply refused by the reply policy of `authorId`'s post (`parentId`, the post it
   * answered): its author's server hears a `Reject` (reply-rejection.ts). Nothing was stored.
   */
  | {
      type: 'reply.rejected';
      authorId: string;
      replierId: string;
      replyUri: string;
      parentId: string;
    }
  /** A local poll's counts changed or it closed: `Update` of its Question (coalesced for votes). */
  | { type: 'poll.updated'; postId: string }
  /** A local person's choice in a remote poll: a `Create(Note)` named as the option. */
  | { type: 'poll.voted'; pollId: string; accountId: string; choice: number };

export type OutboundEventType = OutboundEvent['type'];

/** Records an outbound event inside the caller's transaction (pass the transaction). */
export type OutboundRecorder = (executor: Kysely<Database>, event: OutboundEvent) => Promise<void>;

/**
 * Writes the job row directly rather than through a JobQueue instance, so that services built
 * before the queue (accounts, relationships) can record too; the worker polls the table, and the
 * row is the same one `JobQueue.enqueue` writes.
 */
export function createOutboundRecorder(deps: { clock: Clock; ids: IdGenerator }): OutboundRecorder {
  return async (executor, event) => {
    const now = deps.clock.now().toISOString();
    await executor
      .insertInto('jobs')
      .values({
        id: deps.ids(),
        queue: OUTBOUND_QUEUE,
        payload: JSON.stringify(event),
        run_at: now,
        attempts: 0,
        locked_until: null,
        last_error: null,
        created_at: now,
      })
      .execute();
  };
}

/**
 * Records an event to run at `runAt`, unless the same event already waits there unclaimed: a
 * thousand votes in a minute make one `Update` of the poll, not a thousand to every follower. A
 * job already taken by a worker does not count (it may have read the rows before this change),
 * so the change that comes after it still goes out. True when a job was written.
 */
export type CoalescingRecorder = (
  executor: Kysely<Database>,
  event: OutboundEvent,
  runAt: Date,
) => Promise<boolean>;

export function createCoalescingRecorder(deps: {
  clock: Clock;
  ids: IdGenerator;
}): CoalescingRecorder {
  return async (executor, event, runAt) => {
    const payload = JSON.stringify(event);
    const waiting = await executor
      .selectFrom('jobs')
      .select('id')
      .where('queue', '=', OUTBOUND_QUEUE)
      .where('payload', '=', payload)
      .where('attempts', '=', 0)
      .where('locked_until', 'is', null)
      .limit(1)
      .executeTakeFirst();
    if (waiting) return false;
    await executor
      .insertInto('jobs')
      .values({
        id: deps.ids(),
        queue: OUTBOUND_QUEUE,
        payload,
        run_at: runAt.toISOString(),
        attempts: 0,
        locked_until: null,
        last_error: null,
        created_at: deps.clock.now().toISOString(),
      })
      .execute();
    return true;
  };
}

/** For services built without federation (unit tests): records nothing. */
export const recordNothing: OutboundRecorder = async () => {};
