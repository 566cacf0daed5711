import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { freshDatabase, testClock } from '../testing/test-app.ts';
import { backoffMs, createJobQueue } from './job-queue.ts';

describe('job queue', () => {
  let database: DatabaseHandle;
  let clock: ReturnType<typeof testClock>;
  const make = () =>
    createJobQueue(
      {
        database,
        clock,
        ids: createIdGenerator(() => clock.now().getTime()),
        logger: createLogger('silent'),
      },
      { maxAttempts: 3, lockMs: 10_000 },
    );

  beforeEach(async () => {
    database = await freshDatabase();
    clock = testClock();
  });
  afterEach(() => database.close());

  it('runs due jobs once, in order, and deletes them', async () => {
    const queue = make();
    const seen: unknown[] = [];
    queue.register('demo', async (p) => {
      seen.push(p);
    });
    await queue.enqueue('demo', { n: 1 });
    await queue.enqueue('demo', { n: 2 });
    await queue.enqueue('demo', { n: 3 }, new Date(clock.now().getTime() + 60_000));
    expect(await queue.runDueJobs()).toBe(2);
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await queue.runDueJobs()).toBe(0);
    clock.advance(60_000);
    expect(await queue.runDueJobs()).toBe(1);
    expect(seen).toHaveLength(3);
    const left = await database.db.selectFrom('jobs').selectAll().execute();
    expect(left).toEqual([]);
  });

  it('retries a failing job with backoff, then keeps it as dead with its error', async () => {
    const queue = make();
    let calls = 0;
    queue.register('flaky', async () => {
      calls += 1;
      throw new Error('remote down');
    });
    await queue.enqueue('flaky', {});
    await queue.runDueJobs();
    expect(calls).toBe(1);
    await queue.runDueJobs();
    expect(calls).toBe(1); // not due before its backoff
    clock.advance(backoffMs(1));
    await queue.runDueJobs();
    expect(calls).toBe(2);
    clock.advance(backoffMs(2));
    await queue.runDueJobs();
    expect(calls).toBe(3);
    clock.advance(10 * 3_600_000);
    await queue.runDueJobs();
    expect(calls).toBe(3);
    const job = await database.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(Number(job.attempts)).toBe(3);
    expect(job.last_error).toContain('remote down');
  });

  it('survives a restart: a job locked by a dead worker runs again once its lock expires', async () => {
    const first = make();
    first.register('demo', () => new Promise(() => {})); // never finishes: the worker "dies"
    await first.enqueue('demo', { n: 1 });
    void first.runDueJobs();
    await new Promise((r) => setTimeout(r, 20));
    const second = make();
    const seen: unknown[] = [];
    second.register('demo', async (p) => {
      seen.push(p);
    });
    expect(await second.runDueJobs()).toBe(0); // still locked by the first worker
    clock.advance(10_001);
    expect(await second.runDueJobs()).toBe(1);
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('two workers racing for the same job run it once', async () => {
    const a = make();
    const b = make();
    let runs = 0;
    const handler = async () => {
      runs += 1;
    };
    a.register('demo', handler);
    b.register('demo', handler);
    await a.enqueue('demo', {});
    await Promise.all([a.runDueJobs(), b.runDueJobs()]);
    expect(runs).toBe(1);
  });

  it('the polling worker picks jobs up by itself and stops cleanly', async () => {
    const queue = createJobQueue(
      { database, clock, ids: createIdGenerator(), logger: createLogger('silent') },
      { pollMs: 5 },
    );
    let done: () => void = () => {};
    const ran = new Promise<void>((r) => {
      done = r;
    });
    queue.register('demo', async () => done());
    queue.start();
    await queue.enqueue('demo', {});
    await ran;
    await queue.stop();
  });
});
