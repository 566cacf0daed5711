import { createExponentialBackoffPolicy } from '@fedify/fedify';
import { Temporal } from '@js-temporal/polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { freshDatabase } from '../testing/fresh-database.ts';
import { deliveryRetryPolicy, retryDelayMs } from './delivery-policy.ts';
import { createDatabaseMessageQueue, type DatabaseMessageQueueOptions } from './message-queue.ts';
import {
  outboxMessage,
  startTestInbox,
  type TestActorKeys,
  type TestInbox,
  testActorKeys,
} from './testing/test-inbox.fixture.ts';

/** A clock the test moves by hand (test-app.ts has one too, but importing it builds the app). */
function testClock(start: Date) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

const noHandler = () => {
  throw new Error('no fan-out or inbox message expected');
};

describe("Fedify's message queue on our database", () => {
  let database: DatabaseHandle;
  let clock: ReturnType<typeof testClock>;
  let actor: TestActorKeys;
  const inboxes: TestInbox[] = [];
  const ids = createIdGenerator();
  const make = (options: DatabaseMessageQueueOptions = {}, extra = {}) =>
    createDatabaseMessageQueue(
      { database, clock, ids, logger: createLogger('silent'), allowPrivateAddress: true, ...extra },
      // A generous time-out: a loaded machine must not turn a slow answer into a failure here.
      { pollMs: 20, deliveryTimeoutMs: 30_000, ...options },
    );
  const inbox = async (options: Parameters<typeof startTestInbox>[0] = {}) => {
    const i = await startTestInbox(options);
    inboxes.push(i);
    return i;
  };

  beforeEach(async () => {
    database = await freshDatabase();
    clock = testClock(new Date());
    actor ??= await testActorKeys();
  });
  afterEach(async () => {
    await Promise.all(inboxes.splice(0).map((i) => i.close()));
    await database.close();
  });

  it('keeps a delayed message until its time, and hands fan-out messages to Fedify', async () => {
    const queue = make();
    const seen: unknown[] = [];
    const handler = (m: unknown) => {
      seen.push(m);
    };
    await queue.enqueue({ type: 'fanout', n: 1 });
    await queue.enqueue(
      { type: 'fanout', n: 2 },
      { delay: Temporal.Duration.from({ minutes: 5 }) },
    );
    await queue.drain(handler);
    expect(seen).toEqual([{ type: 'fanout', n: 1 }]);
    clock.advance(5 * 60_000);
    await queue.drain(handler);
    expect(seen).toEqual([
      { type: 'fanout', n: 1 },
      { type: 'fanout', n: 2 },
    ]);
    expect(await database.db.selectFrom('federation_messages').selectAll().execute()).toEqual([]);
  });

  it('survives a restart: a message queued by one queue is handled by the next', async () => {
    await make().enqueue({ type: 'inbox', n: 1 });
    const seen: unknown[] = [];
    await make().drain((m) => {
      seen.push(m);
    });
    expect(seen).toEqual([{ type: 'inbox', n: 1 }]);
  });

  it('listen() runs until its signal aborts, and takes messages enqueued meanwhile', async () => {
    const queue = make({ pollMs: 10_000 });
    const controller = new AbortController();
    const seen: unknown[] = [];
    const listening = queue.listen(
      (m) => {
        seen.push(m);
        controller.abort();
      },
      { signal: controller.signal },
    );
    // Woken by the enqueue in this process, long before the 10 s poll.
    await queue.enqueue({ type: 'fanout', n: 1 });
    await listening;
    expect(seen).toEqual([{ type: 'fanout', n: 1 }]);
  });

  it('delivers an outbox message once, and never twice to the same inbox', async () => {
    const target = await inbox();
    const queue = make();
    const message = outboxMessage({ inbox: `${target.origin}/inbox`, keys: actor.keys });
    await queue.enqueue(message);
    // The same activity for the same inbox again, while the first is still queued…
    await queue.enqueue({ ...message, id: 'another-message' });
    await queue.drain(noHandler);
    // …and once more after it was delivered.
    await queue.enqueue({ ...message, id: 'a-third-message' });
    await queue.drain(noHandler);
    expect(target.received.map((r) => r.activityId)).toEqual([message.activityId]);
    const ledger = await database.db.selectFrom('federation_deliveries').selectAll().execute();
    expect(ledger).toMatchObject([{ inbox: message.inbox, outcome: 'delivered', attempts: 1 }]);
    expect(target.received[0]?.headers['content-type']).toBe('application/activity+json');
  });

  it('retries a failing inbox later, with backoff, and delivers when it is back', async () => {
    let down = true;
    const target = await inbox({ answer: () => (down ? 503 : 202) });
    const queue = make();
    const message = outboxMessage({ inbox: `${target.origin}/inbox`, keys: actor.keys });
    await queue.enqueue(message);
    await queue.drain(noHandler);
    const row = await database.db
      .selectFrom('federation_messages')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(row.attempts).toBe(1);
    expect(row.last_error).toContain('503');
    // Not retried before its time (at least Fedify's first delay, one minute).
    expect(new Date(row.run_at).getTime() - clock.now().getTime()).toBeGreaterThanOrEqual(60_000);
    down = false;
    await queue.drain(noHandler);
    expect(target.received).toHaveLength(0);
    clock.advance(3 * 60_000);
    await queue.drain(noHandler);
    expect(target.received).toHaveLength(1);
    expect(await database.db.selectFrom('federation_hosts').selectAll().execute()).toMatchObject([
      { host: target.host, failures: 0, resting_until: null },
    ]);
  });

  it('gives up at once on an inbox that refuses (4xx), and writes why in the ledger', async () => {
    const target = await inbox({ answer: () => 410 });
    const queue = make();
    await queue.enqueue(outboxMessage({ inbox: `${target.origin}/inbox`, keys: actor.keys }));
    await queue.drain(noHandler);
    expect(await database.db.selectFrom('federation_messages').selectAll().execute()).toEqual([]);
    const [entry] = await database.db.selectFrom('federation_deliveries').selectAll().execute();
    expect(entry).toMatchObject({ outcome: 'gave_up' });
    expect(entry?.last_error).toContain('410');
  });

  it('sets a failing host aside (resting) after three failures, without holding the others', async () => {
    const sick = await inbox({ answer: () => 500 });
    const well = await inbox();
    const queue = make({ perHostConcurrency: 1 });
    for (let i = 0; i < 5; i++) {
      await queue.enqueue(outboxMessage({ inbox: `${sick.origin}/inbox`, keys: actor.keys }));
      await queue.enqueue(outboxMessage({ inbox: `${well.origin}/inbox`, keys: actor.keys }));
    }
    await queue.drain(noHandler);
    expect(well.received).toHaveLength(5);
    const host = await database.db
      .selectFrom('federation_hosts')
      .selectAll()
      .where('host', '=', sick.host)
      .executeTakeFirstOrThrow();
    // One at a time: the third failure rested the host, the last two were never tried.
    expect(host.failures).toBe(3);
    expect(host.resting_until && host.resting_until > clock.now().toISOString()).toBe(true);
    const waiting = await database.db
      .selectFrom('federation_messages')
      .select(['attempts'])
      .where('host', '=', sick.host)
      .execute();
    expect(waiting.map((w) => w.attempts).sort()).toEqual([0, 0, 1, 1, 1]);
  });

  it('holds at most the per-host limit of requests to one host at once', async () => {
    const target = await inbox({ delayMs: 30 });
    const queue = make({ perHostConcurrency: 3, concurrency: 16 });
    await queue.enqueueMany(
      Array.from({ length: 30 }, () =>
        outboxMessage({ inbox: `${target.origin}/inbox`, keys: actor.keys }),
      ),
    );
    await queue.drain(noHandler);
    expect(target.received).toHaveLength(30);
    expect(target.maxConcurrent).toBeLessThanOrEqual(3);
  });

  it('two workers sharing the table deliver each message exactly once', async () => {
    const targets = [await inbox({ delayMs: 5 }), await inbox({ delayMs: 5 })];
    const messages = Array.from({ length: 120 }, (_, i) =>
      outboxMessage({ inbox: `${targets[i % 2]?.origin}/inbox`, keys: actor.keys }),
    );
    await make().enqueueMany(messages);
    await Promise.all([make().drain(noHandler), make().drain(noHandler)]);
    const received = targets.flatMap((t) => t.received.map((r) => r.activityId));
    expect(received).toHaveLength(120);
    expect(new Set(received).size).toBe(120);
  });

  it('sends nothing to a host the domain policy refuses, and says so in the ledger', async () => {
    const target = await inbox();
    const queue = make({}, { mayDeliverTo: async (host: string) => host !== target.host });
    await queue.enqueue(outboxMessage({ inbox: `${target.origin}/inbox`, keys: actor.keys }));
    await queue.drain(noHandler);
    expect(target.received).toHaveLength(0);
    expect(
      await database.db.selectFrom('federation_deliveries').selectAll().execute(),
    ).toMatchObject([{ outcome: 'refused' }]);
  });

  it('never posts to an inbox on a private address unless allowed (SSRF)', async () => {
    const target = await inbox();
    const queue = make(
      {},
      {
        allowPrivateAddress: false,
        resolve: async (host: string) =>
          host === 'metadata.example' ? ['169.254.169.254'] : ['203.0.113.9'],
      },
    );
    await queue.enqueue(outboxMessage({ inbox: `${target.origin}/inbox`, keys: actor.keys }));
    await queue.enqueue(
      outboxMessage({ inbox: 'http://metadata.example/latest/inbox', keys: actor.keys }),
    );
    await queue.drain(noHandler);
    expect(target.received).toHaveLength(0);
    const ledger = await database.db.selectFrom('federation_deliveries').selectAll().execute();
    expect(ledger.map((l) => l.outcome)).toEqual(['refused', 'refused']);
    expect(await database.db.selectFrom('federation_messages').selectAll().execute()).toEqual([]);
  });

  it('a fan-out whose handler throws is retried later, not lost', async () => {
    const queue = make();
    let calls = 0;
    const flaky = () => {
      calls += 1;
      if (calls === 1) throw new Error('database busy');
    };
    await queue.enqueue({ type: 'fanout' });
    await queue.drain(flaky);
    expect(calls).toBe(1);
    clock.advance(10 * 60_000);
    await queue.drain(flaky);
    expect(calls).toBe(2);
    expect(await database.db.selectFrom('federation_messages').selectAll().execute()).toEqual([]);
  });
});

describe('the delivery retry policy', () => {
  it('keeps trying for about two days, then gives up', () => {
    const started = new Date('2026-11-01T00:00:00Z');
    const total = (policy: typeof deliveryRetryPolicy) => {
      let elapsed = 0;
      let attempts = 0;
      for (;;) {
        const delay = retryDelayMs(
          policy,
          attempts,
          started,
          new Date(started.getTime() + elapsed),
        );
        if (delay === null) return { elapsed, attempts };
        elapsed += delay;
        attempts += 1;
      }
    };
    const day = 86_400_000;
    // Without jitter: exactly the schedule's floor.
    const steady = total(
      createExponentialBackoffPolicy({
        initialDelay: { minutes: 1 },
        maxDelay: { hours: 12 },
        maxAttempts: 12,
        jitter: false,
      }),
    );
    expect(steady.attempts).toBe(12);
    expect(steady.elapsed / day).toBeGreaterThan(1.5);
    expect(steady.elapsed / day).toBeLessThan(2);
    // The policy in use, with its jitter: between that floor and three days.
    for (let i = 0; i < 20; i++) {
      const run = total(deliveryRetryPolicy);
      expect(run.attempts).toBe(12);
      expect(run.elapsed).toBeGreaterThanOrEqual(steady.elapsed);
      expect(run.elapsed / day).toBeLessThan(3);
    }
  });
});
