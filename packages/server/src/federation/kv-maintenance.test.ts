import { Temporal } from '@js-temporal/polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { createJobQueue } from '../jobs/job-queue.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { freshDatabase, testClock } from '../testing/test-app.ts';
import {
  ensureKvPurgeScheduled,
  KV_PURGE_EVERY_MS,
  KV_PURGE_QUEUE,
  registerKvPurge,
} from './kv-maintenance.ts';
import { databaseKvStore } from './kv-store.ts';

let database: DatabaseHandle;
const clock = testClock();
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

const purgeJobs = () =>
  database.db.selectFrom('jobs').selectAll().where('queue', '=', KV_PURGE_QUEUE).execute();

describe("the purge of Fedify's expired key-value entries", () => {
  it('runs from the job table every hour, removes only what expired, and books itself again', async () => {
    const deps = {
      database,
      clock,
      ids: createIdGenerator(() => clock.now().getTime()),
      logger: createLogger('silent'),
    };
    const jobs = createJobQueue(deps);
    const maintenance = { db: database.db, jobs, clock, logger: deps.logger };
    registerKvPurge(maintenance);
    await ensureKvPurgeScheduled(maintenance);
    // A second server start (or a second process) books nothing more.
    await ensureKvPurgeScheduled(maintenance);
    expect(await purgeJobs()).toHaveLength(1);

    const kv = databaseKvStore(database.db, clock);
    await kv.set(['short'], 1, { ttl: Temporal.Duration.from({ minutes: 10 }) });
    await kv.set(['long'], 2, { ttl: Temporal.Duration.from({ hours: 3 }) });
    await kv.set(['forever'], 3);
    const rows = () =>
      database.db
        .selectFrom('federation_kv')
        .select('key')
        .orderBy('key')
        .execute()
        .then((r) => r.map((x) => x.key));

    // Not due yet: nothing runs, the expired entry is still in the table.
    clock.advance(30 * 60_000);
    expect(await jobs.runDueJobs()).toBe(0);
    expect(await rows()).toHaveLength(3);

    clock.advance(KV_PURGE_EVERY_MS - 30 * 60_000);
    expect(await jobs.runDueJobs()).toBe(1);
    expect(await rows()).toEqual(['["forever"]', '["long"]']);
    const next = await purgeJobs();
    expect(next).toHaveLength(1);
    expect(Date.parse(next[0]?.run_at ?? '')).toBe(clock.now().getTime() + KV_PURGE_EVERY_MS);

    clock.advance(3 * KV_PURGE_EVERY_MS);
    expect(await jobs.runDueJobs()).toBe(1);
    expect(await rows()).toEqual(['["forever"]']);
    expect(await purgeJobs()).toHaveLength(1);
  });
});
