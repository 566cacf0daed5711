import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { DeliveryOutcome, FederationMessageTable } from './delivery.tables.ts';

/**
 * The SQL of Fedify's queue on our database. Claims are conditional UPDATEs (as in
 * jobs/job-queue.ts): two workers, in one process or several, never hold the same message.
 */

/** One delivery, whatever message carried it: an activity to an inbox. */
export function deliveryKey(activityId: string, inbox: string): string {
  return createHash('sha256').update(`${activityId}\n${inbox}`).digest('base64url');
}

export interface NewMessage {
  id: string;
  kind: string;
  host: string | null;
  delivery_key: string | null;
  payload: string;
  run_at: string;
  created_at: string;
}

export type ClaimedMessage = FederationMessageTable & { host_failures: number };

/** SQLite allows 32,766 bound values per statement; 7 per row, with room to spare. */
const INSERT_CHUNK = 500;

export function deliveryRepository(db: Kysely<Database>) {
  return {
    /**
     * Adds messages; a second message for a delivery already queued is dropped (the unique
     * `delivery_key`), so an activity sent twice by mistake still reaches each inbox once.
     */
    async insert(rows: NewMessage[]): Promise<void> {
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const chunk = rows.slice(i, i + INSERT_CHUNK).map((r) => ({
          ...r,
          attempts: 0,
          locked_until: null,
          last_error: null,
        }));
        await db
          .insertInto('federation_messages')
          .values(chunk)
          .onConflict((oc) => oc.column('delivery_key').doNothing())
          .execute();
      }
    },

    /**
     * Claims up to `limit` due messages: not locked, not for a resting host, and at most
     * `roomFor(host)` per host (the per-host concurrency limit). The candidates are read first
     * (an idle worker never takes SQLite's write lock), then locked in one UPDATE that repeats
     * the lock test, so a message another worker took meanwhile is simply not returned.
     */
    async claim(input: {
      now: string;
      lockUntil: string;
      limit: number;
      /** Hosts with no room left in this worker: left out in SQL so others are not starved. */
      busyHosts: string[];
      roomFor: (host: string) => number;
    }): Promise<ClaimedMessage[]> {
      const { now } = input;
      let q = db
        .selectFrom('federation_messages as m')
        .leftJoin('federation_hosts as h', 'h.host', 'm.host')
        .select(['m.id', 'm.host', 'h.failures'])
        .where('m.run_at', '<=', now)
        .where((w) => w.or([w('m.locked_until', 'is', null), w('m.locked_until', '<', now)]))
        .where((w) => w.or([w('h.resting_until', 'is', null), w('h.resting_until', '<=', now)]));
      if (input.busyHosts.length > 0) {
        q = q.where((w) => w.or([w('m.host', 'is', null), w('m.host', 'not in', input.busyHosts)]));
      }
      // More candidates than slots, as only a few per host are kept.
      const candidates = await q
        .orderBy('m.run_at')
        .orderBy('m.id')
        .limit(input.limit * 4)
        .execute();
      const taken = new Map<string, number>();
      const chosen: typeof candidates = [];
      for (const c of candidates) {
        if (chosen.length >= input.limit) break;
        if (c.host !== null) {
          const n = taken.get(c.host) ?? 0;
          if (n >= input.roomFor(c.host)) continue;
          taken.set(c.host, n + 1);
        }
        chosen.push(c);
      }
      if (chosen.length === 0) return [];
      const claimed = await db
        .updateTable('federation_messages')
        .set({ locked_until: input.lockUntil, attempts: (eb) => eb('attempts', '+', 1) })
        .where(
          'id',
          'in',
          chosen.map((c) => c.id),
        )
        .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<', now)]))
        .returningAll()
        .execute();
      const failures = new Map(chosen.map((c) => [c.id, Number(c.failures ?? 0)]));
      return claimed
        .map((m) => ({
          ...m,
          attempts: Number(m.attempts),
          host_failures: failures.get(m.id) ?? 0,
        }))
        .sort((a, b) =>
          a.run_at < b.run_at ? -1 : a.run_at > b.run_at ? 1 : a.id < b.id ? -1 : 1,
        );
    },

    /** Of these delivery keys, those the ledger already holds. */
    async finishedAmong(keys: string[]): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      const rows = await db
        .selectFrom('federation_deliveries')
        .select('delivery_key')
        .where('delivery_key', 'in', keys)
        .execute();
      return new Set(rows.map((r) => r.delivery_key));
    },

    /** Records how a delivery ended and removes its message, in one transaction. */
    async finish(input: {
      messageId: string;
      key: string;
      activityId: string;
      inbox: string;
      outcome: DeliveryOutcome;
      attempts: number;
      error: string | null;
      now: string;
      host: string | null;
      hostRecovered: boolean;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('federation_deliveries')
          .values({
            delivery_key: input.key,
            activity_id: input.activityId,
            inbox: input.inbox,
            outcome: input.outcome,
            attempts: input.attempts,
            last_error: input.error,
            finished_at: input.now,
          })
          .onConflict((oc) => oc.column('delivery_key').doNothing())
          .execute();
        await trx.deleteFrom('federation_messages').where('id', '=', input.messageId).execute();
        if (input.host !== null && input.hostRecovered) {
          await trx
            .updateTable('federation_hosts')
            .set({ failures: 0, resting_until: null, updated_at: input.now })
            .where('host', '=', input.host)
            .execute();
        }
      });
    },

    /** Removes a message that needs no ledger row (a fan-out or inbox message done or dropped). */
    async remove(id: string): Promise<void> {
      await db.deleteFrom('federation_messages').where('id', '=', id).execute();
    },

    /** Puts a message back to run at `runAt`, unlocked, with the error that stopped it. */
    async reschedule(id: string, runAt: string, error: string): Promise<void> {
      await db
        .updateTable('federation_messages')
        .set({ run_at: runAt, locked_until: null, last_error: error.slice(0, 2000) })
        .where('id', '=', id)
        .execute();
    },

    /** Counts one more failure in a row for a host; returns the new count. */
    async hostFailed(host: string, error: string, now: string): Promise<number> {
      const row = await db
        .insertInto('federation_hosts')
        .values({ host, failures: 1, resting_until: null, last_error: error, updated_at: now })
        .onConflict((oc) =>
          oc.column('host').doUpdateSet({
            failures: (eb) => eb('federation_hosts.failures', '+', 1),
            last_error: error,
            updated_at: now,
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      return Number(row.failures);
    },

    async restHost(host: string, until: string): Promise<void> {
      await db
        .updateTable('federation_hosts')
        .set({ resting_until: until })
        .where('host', '=', host)
        .execute();
    },

    /** Forgets ledger rows older than `before`: no message that old can still be queued. */
    async pruneLedger(before: string): Promise<void> {
      await db.deleteFrom('federation_deliveries').where('finished_at', '<', before).execute();
    },
  };
}

export type DeliveryRepository = ReturnType<typeof deliveryRepository>;
