import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, follow, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

describe('undo window', () => {
  let t: TestApp;
  let alice: Person;
  let bob: Person;
  const contents = (statuses: Array<{ content: string }>) => statuses.map((s) => s.content);

  /** Everything through which Bob could come across a post containing `word`. */
  async function whatBobSees(word: string) {
    const [home, local, tag, search, notes] = await Promise.all([
      call(t, bob, 'GET', '/api/v1/timelines/home'),
      call(t, bob, 'GET', '/api/v1/timelines/public?local=true'),
      call(t, bob, 'GET', `/api/v1/timelines/tag/${word}`),
      call(t, bob, 'GET', `/api/v2/search?type=statuses&q=${word}`),
      call(t, bob, 'GET', '/api/v1/notifications'),
    ]);
    const profile = await call(t, bob, 'GET', `/api/v1/accounts/${alice.id}/statuses`);
    const has = (list: Array<{ content: string }>) => contents(list).some((c) => c.includes(word));
    return {
      home: has(home.body),
      local: has(local.body),
      tag: has(tag.body),
      search: has(search.body.statuses),
      profile: has(profile.body),
      notified: notes.body.some((n: { status: { content: string } | null }) =>
        n.status?.content.includes(word),
      ),
    };
  }
  const nowhere = {
    home: false,
    local: false,
    tag: false,
    search: false,
    profile: false,
    notified: false,
  };
  const everywhere = {
    home: true,
    local: true,
    tag: true,
    search: true,
    profile: true,
    notified: true,
  };

  beforeAll(async () => {
    t = await createTestApp();
    alice = await person(t, 'alice');
    bob = await person(t, 'bob');
    await follow(t, bob, alice);
  });
  afterAll(() => t.close());

  it('holds the post for the author’s undo window, visible to nobody until it closes', async () => {
    const r = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: '@bob regarde ce #papillon',
      undo_window: true,
    });
    expect(r.status).toBe(200);
    // The coach's built-in default: 30 seconds.
    const until = new Date(t.clock.now().getTime() + 30_000).toISOString();
    expect(r.body.empathie).toEqual({ kind: 'undo', undo_until: until, failure: null });
    expect(r.body.scheduled_at).toBe(until);
    expect(r.body.params.text).toBe('@bob regarde ce #papillon');
    // Not a post: its id is not a status, for Bob or for the author.
    expect((await call(t, bob, 'GET', `/api/v1/statuses/${r.body.id}`)).status).toBe(404);
    expect((await call(t, alice, 'GET', `/api/v1/statuses/${r.body.id}`)).status).toBe(404);
    expect((await call(t, bob, 'GET', `/api/v1/scheduled_statuses/${r.body.id}`)).status).toBe(404);

    t.clock.advance(29_000);
    await t.jobs.runDueJobs();
    expect(await whatBobSees('papillon')).toEqual(nowhere);

    t.clock.advance(1_000);
    await t.jobs.runDueJobs();
    expect(await whatBobSees('papillon')).toEqual(everywhere);
    // Published: there is nothing left to undo.
    const late = await call(t, alice, 'DELETE', `/api/v1/scheduled_statuses/${r.body.id}`);
    expect(late.status).toBe(404);
  });

  it('answers a retried request (same Idempotency-Key) with the same held post, then its post', async () => {
    const send = (key: string) =>
      call(
        t,
        alice,
        'POST',
        '/api/v1/statuses',
        { status: 'un seul #colibri', undo_window: true },
        { 'Idempotency-Key': key },
      );
    const first = await send('retry-1');
    const again = await send('retry-1');
    expect(again.body.id).toBe(first.body.id);
    const held = await t.database.db
      .selectFrom('scheduled_statuses')
      .select('id')
      .where('text', '=', 'un seul #colibri')
      .execute();
    expect(held).toHaveLength(1);
    // Once published, the retry gets the post itself rather than a second copy.
    t.clock.advance(30_000);
    await t.jobs.runDueJobs();
    const late = await send('retry-1');
    expect(late.body.content).toContain('colibri');
    const mine = await call(t, alice, 'GET', `/api/v1/accounts/${alice.id}/statuses`);
    expect(contents(mine.body).filter((c) => c.includes('colibri'))).toHaveLength(1);
    // Another key is another post.
    const other = await send('retry-2');
    expect(other.body.id).not.toBe(first.body.id);
    await call(t, alice, 'DELETE', `/api/v1/scheduled_statuses/${other.body.id}`);
  });

  it('is undone by cancelling the held post within the window: nothing is ever published', async () => {
    const r = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: '@bob une #colère mal dite',
      undo_window: 'true',
    });
    expect(r.status).toBe(200);
    t.clock.advance(10_000);
    const undone = await call(t, alice, 'DELETE', `/api/v1/scheduled_statuses/${r.body.id}`);
    expect(undone.status).toBe(200);
    t.clock.advance(60_000);
    await t.jobs.runDueJobs();
    expect(await whatBobSees('colère')).toEqual(nowhere);
    const left = await t.database.db.selectFrom('scheduled_statuses').select('id').execute();
    expect(left).toEqual([]);
  });

  it('follows the coach setting, and publishes at once when it is 0', async () => {
    const set = (undo_seconds: number) =>
      call(t, alice, 'PATCH', '/api/empathie/v1/coach/settings', { undo_seconds });
    expect((await set(5)).status).toBe(200);
    const held = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'cinq secondes',
      undo_window: true,
    });
    expect(held.body.empathie.undo_until).toBe(
      new Date(t.clock.now().getTime() + 5_000).toISOString(),
    );
    await call(t, alice, 'DELETE', `/api/v1/scheduled_statuses/${held.body.id}`);

    expect((await set(0)).status).toBe(200);
    const r = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'tout de suite #libellule',
      undo_window: true,
    });
    expect(r.status).toBe(200);
    expect(r.body.content).toContain('tout de suite');
    expect(r.body).not.toHaveProperty('scheduled_at');
    await t.jobs.runDueJobs();
    expect((await whatBobSees('libellule')).home).toBe(true);
  });

  it('takes a client-chosen number of seconds, within the coach’s range', async () => {
    const r = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'douze secondes',
      empathie_undo_seconds: '12',
    });
    expect(r.status).toBe(200);
    expect(r.body.empathie.undo_until).toBe(
      new Date(t.clock.now().getTime() + 12_000).toISOString(),
    );
    const listed = await call(t, alice, 'GET', '/api/v1/scheduled_statuses');
    expect(listed.body.map((s: { id: string }) => s.id)).toContain(r.body.id);
    for (const bad of [-1, 301, 2.5, 'soon']) {
      const refused = await call(t, alice, 'POST', '/api/v1/statuses', {
        status: 'hors limites',
        empathie_undo_seconds: bad,
      });
      expect(refused.status, String(bad)).toBe(422);
    }
    const empty = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: ' ',
      undo_window: true,
    });
    expect(empty.status).toBe(422);
  });
});
