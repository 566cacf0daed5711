import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

const MINUTE = 60_000;

// "Send later" after the coach paused a hurtful draft: when the cool-down ends, the post is not
// sent blindly; it waits for its author to look at it again, and leaves only when they say so.
describe('a post sent for later after a pause waits for a last look', () => {
  let t: TestApp;
  let alice: Person;
  const hurtful = 'Tu es vraiment nul, arrête de parler de ce que tu ne connais pas';
  const inMinutes = (n: number) => new Date(t.clock.now().getTime() + n * MINUTE).toISOString();
  const contents = async () =>
    (
      (await call(t, alice, 'GET', `/api/v1/accounts/${alice.id}/statuses`)).body as Array<{
        content: string;
      }>
    ).map((s) => s.content);

  beforeAll(async () => {
    t = await createTestApp();
    alice = await person(t, 'alice');
  });
  afterAll(() => t.close());

  it('is held, not sent, when its time comes, and says so', async () => {
    const r = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: hurtful,
      scheduled_at: inMinutes(10),
      empathie_review: true,
    });
    expect(r.status).toBe(200);
    expect(r.body.empathie).toEqual({ kind: 'review', undo_until: null, failure: null });

    t.clock.advance(11 * MINUTE);
    await t.jobs.runDueJobs();
    expect(await contents()).toEqual([]);
    const held = await call(t, alice, 'GET', '/api/v1/scheduled_statuses');
    expect(held.body).toHaveLength(1);
    expect(held.body[0].empathie).toEqual({
      kind: 'review',
      undo_until: null,
      failure: 'awaiting_review',
    });
    expect(held.body[0].params.text).toBe(hurtful);

    // The job running again changes nothing: it waits for its author, however long.
    t.clock.advance(60 * MINUTE);
    await t.jobs.runDueJobs();
    expect(await contents()).toEqual([]);
  });

  it('leaves once its author, having looked again, sends it (rewritten here)', async () => {
    const [held] = (await call(t, alice, 'GET', '/api/v1/scheduled_statuses')).body;
    const path = `/api/v1/scheduled_statuses/${held.id}`;
    await call(t, alice, 'PUT', `/api/empathie/v1/scheduled_statuses/${held.id}`, {
      status: 'Je ne suis pas d’accord avec toi, et j’aimerais en parler calmement',
    });
    const sent = await call(t, alice, 'PUT', path, { scheduled_at: inMinutes(1) });
    expect(sent.status).toBe(200);
    expect(sent.body.empathie).toEqual({ kind: 'scheduled', undo_until: null, failure: null });
    t.clock.advance(2 * MINUTE);
    await t.jobs.runDueJobs();
    expect(await contents()).toEqual([expect.stringContaining('en parler calmement')]);
    expect((await call(t, alice, 'GET', '/api/v1/scheduled_statuses')).body).toEqual([]);
  });

  it('moving it before its time keeps the last look; asking for one without a time is refused', async () => {
    const r = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: hurtful,
      scheduled_at: inMinutes(10),
      empathie_review: true,
    });
    const moved = await call(t, alice, 'PUT', `/api/v1/scheduled_statuses/${r.body.id}`, {
      scheduled_at: inMinutes(20),
    });
    expect(moved.body.empathie.kind).toBe('review');
    const refused = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'bonjour',
      empathie_review: true,
    });
    expect(refused.status).toBe(422);
  });
});
