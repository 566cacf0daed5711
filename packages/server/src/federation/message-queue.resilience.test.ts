import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock } from '../shared/clock.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { freshDatabase } from '../testing/fresh-database.ts';
import { createDatabaseMessageQueue } from './message-queue.ts';
import {
  outboxMessage,
  refusingOrigin,
  startSilentPeer,
  startTestInbox,
  type TestActorKeys,
  type TestInbox,
  testActorKeys,
} from './testing/test-inbox.fixture.ts';

const WORKER = fileURLToPath(new URL('./testing/delivery-worker.fixture.ts', import.meta.url));
const noHandler = () => {
  throw new Error('only outbox messages here');
};
const until = async (what: () => boolean, ms = 120_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

let actor: TestActorKeys;
beforeAll(async () => {
  actor = await testActorKeys();
});

/** 1,000 deliveries: 10 activities to each of 100 inboxes spread over 4 servers. */
async function thousand(targets: TestInbox[]) {
  return Array.from({ length: 1000 }, (_, i) =>
    outboxMessage({
      inbox: `${targets[i % targets.length]?.origin}/users/u${i % 25}/inbox`,
      keys: actor.keys,
    }),
  );
}

describe('a restart in the middle of 1,000 deliveries', { timeout: 240_000 }, () => {
  const targets: TestInbox[] = [];
  afterEach(async () => {
    await Promise.all(targets.splice(0).map((t) => t.close()));
  });

  it('in one process (the worker stopped and started again): none lost, none sent twice', async () => {
    const database: DatabaseHandle = await freshDatabase();
    try {
      for (let i = 0; i < 4; i++) targets.push(await startTestInbox({ delayMs: 2 }));
      const make = () =>
        createDatabaseMessageQueue(
          {
            database,
            clock: systemClock,
            ids: createIdGenerator(),
            logger: createLogger('silent'),
            allowPrivateAddress: true,
          },
          { pollMs: 20 },
        );
      const messages = await thousand(targets);
      await make().enqueueMany(messages);
      const count = () => targets.reduce((n, t) => n + t.received.length, 0);
      const first = new AbortController();
      const running = make().listen(noHandler, { signal: first.signal });
      await until(() => count() >= 300);
      first.abort();
      await running;
      const atStop = count();
      expect(atStop).toBeLessThan(1000);
      await make().drain(noHandler);
      const ids = targets.flatMap((t) =>
        t.received.map((r) => `${r.activityId} ${t.origin}${r.path}`),
      );
      expect(ids).toHaveLength(1000);
      expect(new Set(ids).size).toBe(1000);
    } finally {
      await database.close();
    }
  });

  describe('in worker processes on one SQLite file', () => {
    let dir: string;
    let file: string;
    const children: ChildProcess[] = [];
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'empathie-delivery-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    afterEach(() => {
      for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
    });

    async function prepare(name: string) {
      file = join(dir, `${name}.sqlite`);
      const database = openDatabase({ kind: 'sqlite', file });
      const outcome = await migrateToLatest(database);
      if (!outcome.ok) throw new Error(String(outcome.error));
      for (let i = 0; i < 4; i++) targets.push(await startTestInbox({ delayMs: 2 }));
      const queue = createDatabaseMessageQueue({
        database,
        clock: systemClock,
        ids: createIdGenerator(),
        logger: createLogger('silent'),
      });
      await queue.enqueueMany(await thousand(targets));
      await database.close();
    }

    async function worker(): Promise<{ child: ChildProcess; exited: Promise<void> }> {
      const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
        // A lock longer than any delivery here may take on a loaded machine (so a worker never
        // takes back a message it is still sending), short enough for a crash to be recovered.
        env: {
          ...process.env,
          EMPATHIE_TEST_DB: file,
          EMPATHIE_TEST_TIMEOUT_MS: '15000',
          EMPATHIE_TEST_LOCK_MS: '20000',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.push(child);
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      return { child, exited };
    }

    const received = () =>
      targets.flatMap((t) => t.received.map((r) => `${r.activityId} ${t.origin}${r.path}`));

    it('SIGTERM mid-way, then a new worker: every delivery exactly once', async () => {
      await prepare('graceful');
      const a = await worker();
      await until(() => received().length >= 300);
      a.child.kill('SIGTERM');
      await a.exited;
      expect(received().length).toBeLessThan(1000);
      const b = await worker();
      await until(() => received().length >= 1000);
      // Leave the second worker time to send a duplicate, if it were going to.
      await new Promise((r) => setTimeout(r, 500));
      b.child.kill('SIGTERM');
      await b.exited;
      expect(received()).toHaveLength(1000);
      expect(new Set(received()).size).toBe(1000);
    });

    it('SIGKILL mid-way (a crash), then a new worker: none lost; only deliveries in flight at the crash may repeat', async () => {
      await prepare('crash');
      const a = await worker();
      await until(() => received().length >= 300);
      a.child.kill('SIGKILL');
      await a.exited;
      const b = await worker();
      await until(() => new Set(received()).size >= 1000, 200_000);
      await new Promise((r) => setTimeout(r, 500));
      b.child.kill('SIGTERM');
      await b.exited;
      expect(new Set(received()).size).toBe(1000);
      // A crash between an inbox's answer and the ledger's write cannot know the inbox got it:
      // those deliveries (at most the worker's concurrency, 32) go again, once.
      const repeats = received().length - 1000;
      expect(repeats).toBeLessThanOrEqual(32);
    });
  });
});

describe('a dead peer does not slow the others', { timeout: 120_000 }, () => {
  it('a peer that hangs and one that refuses hold a few slots, while 300 deliveries to live inboxes go through', async () => {
    const database = await freshDatabase();
    const live = [await startTestInbox(), await startTestInbox(), await startTestInbox()];
    const silent = await startSilentPeer();
    const refusing = await refusingOrigin();
    const queue = createDatabaseMessageQueue(
      {
        database,
        clock: systemClock,
        ids: createIdGenerator(),
        logger: createLogger('silent'),
        allowPrivateAddress: true,
      },
      // A time-out far longer than the live deliveries take: they must not wait for it.
      { pollMs: 20, deliveryTimeoutMs: 60_000, perHostConcurrency: 4, concurrency: 16 },
    );
    try {
      const dead = [silent.origin, refusing].flatMap((origin) =>
        Array.from({ length: 50 }, () =>
          outboxMessage({ inbox: `${origin}/inbox`, keys: actor.keys }),
        ),
      );
      const alive = Array.from({ length: 300 }, (_, i) =>
        outboxMessage({ inbox: `${live[i % 3]?.origin}/inbox`, keys: actor.keys }),
      );
      // The dead peers' messages first in the queue: the worst case.
      await queue.enqueueMany(dead);
      await queue.enqueueMany(alive);
      const controller = new AbortController();
      const running = queue.listen(noHandler, { signal: controller.signal });
      await until(() => live.reduce((n, l) => n + l.received.length, 0) >= 300);
      const silentHost = new URL(silent.origin).host;
      const refusingHost = new URL(refusing).host;
      const rows = await database.db
        .selectFrom('federation_messages')
        .select(['host', 'attempts', 'locked_until'])
        .execute();
      const hung = rows.filter((r) => r.host === silentHost);
      // All 300 live deliveries done while the hanging peer still holds its first requests:
      // nothing waited for it, and it never had more than its four slots.
      expect(hung).toHaveLength(50);
      expect(hung.filter((r) => r.attempts > 0)).toHaveLength(4);
      // The refusing peer failed fast, three times in a row, and now rests.
      const host = await database.db
        .selectFrom('federation_hosts')
        .selectAll()
        .where('host', '=', refusingHost)
        .executeTakeFirstOrThrow();
      expect(host.failures).toBeGreaterThanOrEqual(3);
      expect(host.resting_until).not.toBeNull();
      expect(rows.filter((r) => r.host === refusingHost)).toHaveLength(50);
      controller.abort();
      // Hanging up on the silent peer's connections ends its deliveries (as failures).
      await silent.close();
      await running;
      expect(live.map((l) => l.received.length)).toEqual([100, 100, 100]);
    } finally {
      await Promise.all(live.map((l) => l.close()));
      await silent.close();
      await database.close();
    }
  });
});
