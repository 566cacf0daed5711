import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobQueue } from '../jobs/job-queue.ts';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { createTestApp } from '../testing/test-app.ts';
import {
  DELIVER_QUEUE,
  type Delivery,
  deliver,
  registerDelivery,
  reminderTime,
} from './calls.delivery.ts';

describe('reminder and flash moment', () => {
  let t: TestApp;
  let organiser: Person;
  let people: Person[];
  const minute = 60_000;

  /** A worker in another process, or after a restart: its own queue on the same database. */
  const newWorker = () => {
    const ids = createIdGenerator(() => t.clock.now().getTime());
    const queue = createJobQueue({
      database: t.database,
      clock: t.clock,
      ids,
      logger: createLogger('silent'),
    });
    return { queue, ids };
  };
  const count = async (who: Person, type: string) =>
    (
      (await call(t, who, 'GET', '/api/v1/notifications?limit=80')).body as Array<{ type: string }>
    ).filter((n) => n.type === type).length;

  beforeAll(async () => {
    t = await createTestApp();
    organiser = await person(t, 'organiser');
    people = [await person(t, 'alice'), await person(t, 'bilal'), await person(t, 'chen')];
  });
  afterAll(() => t.close());

  it('reminds an hour before, or halfway when the moment is closer than two hours', () => {
    const now = new Date('2026-11-01T10:00:00Z');
    expect(reminderTime(now, new Date('2026-11-01T15:00:00Z'))?.toISOString()).toBe(
      '2026-11-01T14:00:00.000Z',
    );
    expect(reminderTime(now, new Date('2026-11-01T11:30:00Z'))?.toISOString()).toBe(
      '2026-11-01T10:45:00.000Z',
    );
    expect(reminderTime(now, new Date('2026-11-01T10:00:08Z'))).toBeNull();
  });

  it('notifies each person once at the reminder and once at the flash, across a crash and a restart', async () => {
    const flashAt = new Date(t.clock.now().getTime() + 90 * minute);
    const created = await call(t, organiser, 'POST', '/api/empathie/v1/calls', {
      title: 'Tous ensemble à 11h30',
      description: 'Un message bienveillant à la même minute',
      skills: [{ name: 'Présence', wanted: 100 }],
      deadline: new Date(flashAt.getTime() + 60 * minute).toISOString(),
      flash_at: flashAt.toISOString(),
    });
    const id = created.body.id as string;
    for (const p of people) {
      await call(t, p, 'POST', `/api/empathie/v1/calls/${id}/join`, { skills: ['Présence'] });
    }
    // Nothing before its time.
    const early = newWorker();
    registerDelivery(early.queue, { db: t.database.db, clock: t.clock, ids: early.ids });
    await early.queue.runDueJobs();
    expect(await count(people[0] as Person, 'empathie.call.reminder')).toBe(0);

    // Halfway (45 minutes): the reminder, from a worker that was not the one that scheduled it.
    t.clock.advance(45 * minute);
    await early.queue.runDueJobs();
    for (const p of people) expect(await count(p, 'empathie.call.reminder')).toBe(1);

    // At the moment, a worker notifies everyone, then dies before marking its job done.
    t.clock.advance(45 * minute);
    const dying = newWorker();
    dying.queue.register(DELIVER_QUEUE, async (payload) => {
      await deliver({ db: t.database.db, clock: t.clock, ids: dying.ids }, payload as Delivery);
      throw new Error('process killed');
    });
    await dying.queue.runDueJobs();
    for (const p of people) expect(await count(p, 'empathie.call.flash')).toBe(1);

    // After the restart, a new worker takes the job up again: nobody hears it twice.
    t.clock.advance(10 * minute);
    const restarted = newWorker();
    registerDelivery(restarted.queue, {
      db: t.database.db,
      clock: t.clock,
      ids: restarted.ids,
    });
    expect(await restarted.queue.runDueJobs()).toBe(1);
    await t.jobs.runDueJobs();
    for (const p of people) {
      expect(await count(p, 'empathie.call.flash')).toBe(1);
      expect(await count(p, 'empathie.call.reminder')).toBe(1);
    }
    const left = await t.database.db
      .selectFrom('jobs')
      .select('id')
      .where('queue', '=', DELIVER_QUEUE)
      .execute();
    expect(left).toEqual([]);
  });

  it('sends no reminder or flash for a call closed before its moment', async () => {
    const flashAt = new Date(t.clock.now().getTime() + 3 * 60 * minute);
    const created = await call(t, organiser, 'POST', '/api/empathie/v1/calls', {
      title: 'Annulé',
      description: 'Finalement non',
      skills: [{ name: 'Présence', wanted: 10 }],
      deadline: new Date(flashAt.getTime() + minute).toISOString(),
      flash_at: flashAt.toISOString(),
    });
    const who = people[1] as Person;
    await call(t, who, 'POST', `/api/empathie/v1/calls/${created.body.id}/join`, {
      skills: ['Présence'],
    });
    await call(t, organiser, 'POST', `/api/empathie/v1/calls/${created.body.id}/close`, {
      outcome: 'Reporté',
    });
    const before = await count(who, 'empathie.call.reminder');
    t.clock.advance(4 * 60 * minute);
    await t.jobs.runDueJobs();
    expect(await count(who, 'empathie.call.reminder')).toBe(before);
    expect(await count(who, 'empathie.call.flash')).toBe(1);
    expect(await count(who, 'empathie.call.closed')).toBe(1);
  });
});
