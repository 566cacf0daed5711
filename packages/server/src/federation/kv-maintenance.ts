import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/logger.ts';
import { purgeExpiredKv } from './kv-store.ts';

/** The durable job that empties Fedify's key-value store of expired entries. */
export const KV_PURGE_QUEUE = 'federation.kv-purge';

/** Fedify's caches (public keys, documents, idempotence marks) expire within hours; hourly is enough. */
export const KV_PURGE_EVERY_MS = 60 * 60 * 1000;

interface KvMaintenanceDeps {
  db: Kysely<Database>;
  jobs: Pick<JobQueue, 'register' | 'enqueue'>;
  clock: Clock;
  logger: Logger;
}

/**
 * Registers the purge job. Each run removes what has expired and books the next run, so the
 * schedule lives in the jobs table (it survives restarts and is shared by every process) rather
 * than in a timer of one process. Expired entries are already invisible to readers (kv-store.ts):
 * this only keeps the table from growing with entries nobody reads again.
 */
export function registerKvPurge(deps: KvMaintenanceDeps): void {
  deps.jobs.register(KV_PURGE_QUEUE, async () => {
    const removed = await purgeExpiredKv(deps.db, deps.clock);
    if (removed > 0) deps.logger.debug('federation kv purged', { removed });
    // The job running now is still in the table: more than one means another run is booked
    // (two processes started at once), and this chain ends here instead of doubling.
    if ((await pendingPurges(deps.db)) <= 1) await bookNext(deps);
  });
}

/**
 * Books a purge unless one is already waiting; called when the server starts, so an instance
 * upgraded from a version without this job gets its first run.
 */
export async function ensureKvPurgeScheduled(deps: KvMaintenanceDeps): Promise<void> {
  if ((await pendingPurges(deps.db)) === 0) await bookNext(deps);
}

function bookNext(deps: KvMaintenanceDeps): Promise<string> {
  return deps.jobs.enqueue(
    KV_PURGE_QUEUE,
    {},
    new Date(deps.clock.now().getTime() + KV_PURGE_EVERY_MS),
  );
}

/** Purge jobs in the table that have not died (a dead job is locked for ever, job-queue.ts). */
async function pendingPurges(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('queue', '=', KV_PURGE_QUEUE)
    .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<', '9999')]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
