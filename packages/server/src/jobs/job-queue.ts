import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';

/**
 * A durable job queue on the `jobs` table: nothing that matters (a home-feed fan-out, later a
 * delivery) lives only in memory, so a crash or a restart loses no work. A worker claims a due
 * job by setting `locked_until` in one conditional UPDATE; a worker that dies mid-job simply
 * lets the lock expire and the job runs again, so handlers must be idempotent.
 */
export type JobHandler = (payload: unknown) => Promise<void>;

export interface JobQueue {
  register(queue: string, handler: JobHandler): void;
  /**
   * Adds a job; pass the transaction as `executor` to enqueue atomically with the change that
   * needs it (the job exists if and only if the change committed).
   */
  enqueue(
    queue: string,
    payload: unknown,
    runAt?: Date,
    executor?: Kysely<Database>,
  ): Promise<string>;
  /** Runs every job due now, one after another; returns how many ran (successfully or not). */
  runDueJobs(): Promise<number>;
  /** Starts the polling worker (server process only). */
  start(): void;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  /** How long a claimed job stays locked before another worker may take it over. */
  lockMs?: number;
  pollMs?: number;
  maxAttempts?: number;
}

const DEAD = '9999-12-31T23:59:59.999Z';

/** Exponential backoff: 5 s, 20 s, 80 s… capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(5000 * 4 ** Math.max(attempts - 1, 0), 3_600_000);
}

export function createJobQueue(
  deps: { database: DatabaseHandle; clock: Clock; ids: IdGenerator; logger: Logger },
  options: JobQueueOptions = {},
): JobQueue {
  const { database, clock, ids, logger } = deps;
  const db = database.db;
  const lockMs = options.lockMs ?? 60_000;
  const pollMs = options.pollMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 8;
  const handlers = new Map<string, JobHandler>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = true;

  async function claim() {
    const now = clock.now().toISOString();
    const until = new Date(clock.now().getTime() + lockMs).toISOString();
    const queues = [...handlers.keys()];
    if (queues.length === 0) return undefined;
    // A plain read first: an idle worker never takes SQLite's write lock.
    const candidate = await db
      .selectFrom('jobs')
      .select('id')
      .where('run_at', '<=', now)
      .where('queue', 'in', queues)
      .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<', now)]))
      .orderBy('run_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!candidate) return undefined;
    // The UPDATE repeats the lock test: if two workers picked the same job, the second matches
    // no row (PostgreSQL re-checks the condition on the locked row), so a job is claimed once.
    return db
      .updateTable('jobs')
      .set({ locked_until: until, attempts: (eb) => eb('attempts', '+', 1) })
      .where('id', '=', candidate.id)
      .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<', now)]))
      .returningAll()
      .executeTakeFirst();
  }

  async function runOne(): Promise<boolean> {
    const job = await claim();
    if (!job) return false;
    const handler = handlers.get(job.queue);
    try {
      if (!handler) throw new Error(`no handler for queue ${job.queue}`);
      await handler(JSON.parse(job.payload));
      await db.deleteFrom('jobs').where('id', '=', job.id).execute();
    } catch (error) {
      const attempts = Number(job.attempts);
      const dead = attempts >= maxAttempts;
      logger.warn('job failed', {
        queue: job.queue,
        id: job.id,
        attempts,
        dead,
        error: String(error),
      });
      await db
        .updateTable('jobs')
        .set({
          // A dead job stays in the table, locked forever, with its last error for an admin.
          locked_until: dead ? DEAD : null,
          run_at: new Date(clock.now().getTime() + backoffMs(attempts)).toISOString(),
          last_error: String(error).slice(0, 2000),
        })
        .where('id', '=', job.id)
        .execute();
    }
    return true;
  }

  async function drain(): Promise<number> {
    let count = 0;
    while (await runOne()) count += 1;
    return count;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(tick, delay);
  }

  async function tick() {
    timer = null;
    try {
      running = drain();
      await running;
    } catch (error) {
      logger.error('job worker error', { error: String(error) });
    } finally {
      running = null;
      schedule(pollMs);
    }
  }

  return {
    register(queue, handler) {
      handlers.set(queue, handler);
    },
    async enqueue(queue, payload, runAt, executor = db) {
      const id = ids();
      const now = clock.now().toISOString();
      await executor
        .insertInto('jobs')
        .values({
          id,
          queue,
          payload: JSON.stringify(payload),
          run_at: (runAt ?? clock.now()).toISOString(),
          attempts: 0,
          locked_until: null,
          last_error: null,
          created_at: now,
        })
        .execute();
      // Wake the worker now rather than at the next poll, so fan-out feels instant.
      if (!stopped && timer && !running) {
        clearTimeout(timer);
        schedule(0);
      }
      return id;
    },
    runDueJobs: drain,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running.catch(() => 0);
    },
  };
}
