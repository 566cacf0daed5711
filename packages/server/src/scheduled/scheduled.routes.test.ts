import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { block, call, follow, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createIdGenerator } from '../shared/ids.ts';
import { createLogger } from '../shared/logger.ts';
import { createTestApp, testConfig, testEngine } from '../testing/test-app.ts';

const MINUTE = 60_000;

describe('scheduled statuses (send later)', () => {
  let t: TestApp;
  let alice: Person;
  let bob: Person;
  let carol: Person;
  const inMinutes = (n: number) => new Date(t.clock.now().getTime() + n * MINUTE).toISOString();
  const schedule = (who: Person, status: string, minutes: number, extra = {}) =>
    call(t, who, 'POST', '/api/v1/statuses', {
      status,
      scheduled_at: inMinutes(minutes),
      ...extra,
    });
  const statusesOf = async (who: Person) =>
    (await call(t, who, 'GET', `/api/v1/accounts/${who.id}/statuses`)).body as Array<{
      content: string;
    }>;

  beforeAll(async () => {
    t = await createTestApp({ maxPostChars: 60 });
    alice = await person(t, 'alice');
    bob = await person(t, 'bob');
    carol = await person(t, 'carol');
    await follow(t, bob, alice);
  });
  afterAll(() => t.close());

  it('answers a ScheduledStatus in Mastodon’s shape and publishes nothing yet', async () => {
    const at = inMinutes(10);
    const r = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'Plus tard, @bob #patience',
      scheduled_at: at,
      visibility: 'unlisted',
      spoiler_text: 'attente',
      language: 'fr',
    });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body).sort()).toEqual(
      ['id', 'scheduled_at', 'params', 'media_attachments', 'empathie'].sort(),
    );
    expect(r.body.id).toMatch(/^\d{18}$/);
    expect(r.body.scheduled_at).toBe(at);
    expect(r.body.media_attachments).toEqual([]);
    expect(r.body.params).toMatchObject({
      text: 'Plus tard, @bob #patience',
      visibility: 'unlisted',
      spoiler_text: 'attente',
      language: 'fr',
      in_reply_to_id: null,
      poll: null,
    });
    expect(r.body.empathie).toEqual({ kind: 'scheduled', undo_until: null, failure: null });
    await t.jobs.runDueJobs();
    expect(await statusesOf(alice)).toEqual([]);
    const notes = await call(t, bob, 'GET', '/api/v1/notifications');
    expect(notes.body).toEqual([]);
  });

  it('publishes through the posts service when due, then forgets the scheduled row', async () => {
    const r = await schedule(alice, 'Envoyé à l’heure dite, @bob', 15);
    expect(r.status).toBe(200);
    t.clock.advance(14 * MINUTE);
    await t.jobs.runDueJobs();
    expect((await statusesOf(alice)).map((s) => s.content)).not.toContainEqual(
      expect.stringContaining('heure dite'),
    );
    t.clock.advance(2 * MINUTE);
    await t.jobs.runDueJobs();
    const published = await statusesOf(alice);
    expect(published.map((s) => s.content)).toContainEqual(expect.stringContaining('heure dite'));
    // Rendering, fan-out and notifications happened as for any post.
    const home = await call(t, bob, 'GET', '/api/v1/timelines/home');
    expect(home.body.map((s: { content: string }) => s.content)).toContainEqual(
      expect.stringContaining('heure dite'),
    );
    const notes = await call(t, bob, 'GET', '/api/v1/notifications');
    expect(notes.body.map((n: { type: string }) => n.type)).toContain('mention');
    const gone = await call(t, alice, 'GET', `/api/v1/scheduled_statuses/${r.body.id}`);
    expect(gone.status).toBe(404);
  });

  it('validates like an immediate post, storing nothing on bad input', async () => {
    const before = (await call(t, alice, 'GET', '/api/v1/scheduled_statuses')).body.length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ status: '   ', scheduled_at: inMinutes(10) }, 'empty'],
      [{ status: 'x'.repeat(61), scheduled_at: inMinutes(10) }, 'too long'],
      [{ status: 'ok', scheduled_at: inMinutes(10), visibility: 'everyone' }, 'visibility'],
      [{ status: 'ok', scheduled_at: 'tomorrow' }, 'not ISO 8601'],
      [
        { status: 'ok', scheduled_at: new Date(t.clock.now().getTime() + 5000).toISOString() },
        'too soon',
      ],
      [{ status: 'ok', scheduled_at: inMinutes(10), undo_window: true }, 'both'],
    ];
    for (const [body, why] of cases) {
      const r = await call(t, alice, 'POST', '/api/v1/statuses', body);
      expect(r.status, why).toBe(422);
      expect(r.body.error, why).toBe('validation_failed');
    }
    const reply = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'ok',
      scheduled_at: inMinutes(10),
      in_reply_to_id: '123456789012345678',
    });
    expect(reply.status).toBe(404);
    const after = (await call(t, alice, 'GET', '/api/v1/scheduled_statuses')).body.length;
    expect(after).toBe(before);
  });

  it('accepts 10 seconds ahead, shorter than Mastodon’s 5 minutes, for the coach’s cool-down', async () => {
    const at = new Date(t.clock.now().getTime() + 10_000).toISOString();
    const r = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'bref',
      scheduled_at: at,
    });
    expect(r.status).toBe(200);
    expect(r.body.scheduled_at).toBe(at);
    await call(t, alice, 'DELETE', `/api/v1/scheduled_statuses/${r.body.id}`);
  });

  it('lists, reads, moves, rewrites and cancels only one’s own scheduled posts', async () => {
    const a = await schedule(alice, 'premier', 30);
    const b = await schedule(alice, 'second', 40);
    const list = await call(t, alice, 'GET', '/api/v1/scheduled_statuses?limit=1');
    expect(list.body.map((s: { id: string }) => s.id)).toEqual([b.body.id]);
    expect(list.headers.get('link')).toContain(`max_id=${b.body.id}`);
    const older = await call(t, alice, 'GET', `/api/v1/scheduled_statuses?max_id=${b.body.id}`);
    expect(older.body.map((s: { id: string }) => s.id)).toContain(a.body.id);

    // Someone else sees nothing and changes nothing: 404, never 403.
    const path = `/api/v1/scheduled_statuses/${a.body.id}`;
    expect((await call(t, carol, 'GET', '/api/v1/scheduled_statuses')).body).toEqual([]);
    expect((await call(t, carol, 'GET', path)).status).toBe(404);
    expect((await call(t, carol, 'PUT', path, { scheduled_at: inMinutes(60) })).status).toBe(404);
    expect((await call(t, carol, 'DELETE', path)).status).toBe(404);
    const foreignEdit = await call(
      t,
      carol,
      'PUT',
      `/api/empathie/v1/scheduled_statuses/${a.body.id}`,
      {
        status: 'volé',
      },
    );
    expect(foreignEdit.status).toBe(404);
    expect((await call(t, null, 'GET', path)).status).toBe(401);

    const moved = await call(t, alice, 'PUT', path, { scheduled_at: inMinutes(60) });
    expect(moved.status).toBe(200);
    expect(moved.body.scheduled_at).toBe(inMinutes(60));
    const tooSoon = await call(t, alice, 'PUT', path, { scheduled_at: inMinutes(0) });
    expect(tooSoon.status).toBe(422);

    const edited = await call(t, alice, 'PUT', `/api/empathie/v1/scheduled_statuses/${a.body.id}`, {
      status: 'premier, reformulé calmement',
      visibility: 'private',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.params).toMatchObject({
      text: 'premier, reformulé calmement',
      visibility: 'private',
    });
    const tooLong = await call(
      t,
      alice,
      'PUT',
      `/api/empathie/v1/scheduled_statuses/${a.body.id}`,
      {
        status: 'y'.repeat(61),
      },
    );
    expect(tooLong.status).toBe(422);
    expect((await call(t, alice, 'GET', path)).body.params.text).toBe(
      'premier, reformulé calmement',
    );

    const cancelled = await call(t, alice, 'DELETE', `/api/v1/scheduled_statuses/${b.body.id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toEqual({});

    // At the original time nothing happens (it was moved); at the new time the rewrite goes out.
    t.clock.advance(45 * MINUTE);
    await t.jobs.runDueJobs();
    let contents = (await statusesOf(alice)).map((s) => s.content);
    expect(contents).not.toContainEqual(expect.stringContaining('premier'));
    expect(contents).not.toContainEqual(expect.stringContaining('second'));
    t.clock.advance(20 * MINUTE);
    await t.jobs.runDueJobs();
    contents = (await statusesOf(alice)).map((s) => s.content);
    expect(contents.filter((c) => c.includes('reformulé'))).toHaveLength(1);
    expect(contents).not.toContainEqual(expect.stringContaining('second'));
  });

  it('keeps the text and says why when publication is refused, then retries when moved', async () => {
    const parent = await call(t, bob, 'POST', '/api/v1/statuses', { status: 'une question' });
    const r = await schedule(alice, 'ma réponse', 20, { in_reply_to_id: parent.body.id });
    expect(r.status).toBe(200);
    await block(t, bob, alice);
    t.clock.advance(21 * MINUTE);
    await t.jobs.runDueJobs();
    const kept = await call(t, alice, 'GET', `/api/v1/scheduled_statuses/${r.body.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.empathie.failure).toBe('not_found');
    expect(kept.body.params.text).toBe('ma réponse');
    expect((await statusesOf(alice)).map((s) => s.content)).not.toContainEqual(
      expect.stringContaining('ma réponse'),
    );
  });

  it('survives a restart: a new app on the same database publishes it when due', async () => {
    const r = await schedule(alice, 'après le redémarrage', 30);
    expect(r.status).toBe(200);
    const restarted = createApp({
      config: testConfig({ maxPostChars: 60 }),
      database: t.database,
      clock: t.clock,
      ids: createIdGenerator(() => t.clock.now().getTime()),
      logger: createLogger('silent'),
      engine: await testEngine(),
    });
    t.clock.advance(31 * MINUTE);
    expect(await restarted.jobs.runDueJobs()).toBeGreaterThan(0);
    const res = await restarted.app.request(`/api/v1/accounts/${alice.id}/statuses`, {
      headers: { authorization: `Bearer ${alice.token}` },
    });
    const body = (await res.json()) as Array<{ content: string }>;
    expect(body.map((s) => s.content)).toContainEqual(
      expect.stringContaining('après le redémarrage'),
    );
    const rows = await t.database.db
      .selectFrom('scheduled_statuses')
      .select('id')
      .where('id', '=', r.body.id)
      .execute();
    expect(rows).toEqual([]);
  });
  it('is described in the OpenAPI document', async () => {
    const doc = (await call(t, null, 'GET', '/api/openapi.json')).body;
    expect(Object.keys(doc.paths['/api/v1/scheduled_statuses/{id}']).sort()).toEqual([
      'delete',
      'get',
      'put',
    ]);
    expect(doc.paths['/api/v1/scheduled_statuses'].get).toBeDefined();
    expect(doc.paths['/api/empathie/v1/scheduled_statuses/{id}'].put).toBeDefined();
    const publish =
      doc.paths['/api/v1/statuses'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(publish.properties)).toEqual(
      expect.arrayContaining(['scheduled_at', 'undo_window', 'empathie_undo_seconds']),
    );
  });
});
