import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, follow, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

/**
 * Where a held message does not show, through every read path the visibility rule serves: a held
 * reply is its author's alone (thread, by id, timelines, search, followers' homes); a held direct
 * message or mention waits for the person in the folder, not in their notifications nor by id.
 */
let t: TestApp;
let alice: Person;
let carol: Person;
let troll: Person;
let trollFan: Person;

beforeEach(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  carol = await person(t, 'carol');
  troll = await person(t, 'troll');
  trollFan = await person(t, 'fan');
  await follow(t, trollFan, troll);
  t.clock.advance(30 * 24 * 3_600_000);
  await call(t, alice, 'PUT', '/api/empathie/v1/shield', { mode: 'on' });
});
afterEach(() => t.close());

const ids = (list: Array<{ id: string }>) => list.map((s) => s.id);

describe('a held reply', () => {
  it('is shown to nobody but its author, on every path', async () => {
    const original = await post(t, alice, 'Sunset over the river');
    const held = await post(t, troll, '@alice zigzagword you are a pathetic idiot', {
      in_reply_to_id: original.body.id,
    });
    const id = held.body.id as string;
    for (const viewer of [carol, alice, trollFan, null]) {
      expect((await call(t, viewer, 'GET', `/api/v1/statuses/${id}`)).status).toBe(404);
      expect(ids((await call(t, viewer, 'GET', '/api/v1/timelines/public')).body)).not.toContain(
        id,
      );
    }
    expect(ids((await call(t, trollFan, 'GET', '/api/v1/timelines/home')).body)).not.toContain(id);
    const search = await call(t, carol, 'GET', '/api/v2/search?q=zigzagword&type=statuses');
    expect(ids(search.body.statuses)).not.toContain(id);
    // Its author still sees it everywhere, as if nothing happened.
    expect((await call(t, troll, 'GET', `/api/v1/statuses/${id}`)).status).toBe(200);
    expect(ids((await call(t, troll, 'GET', '/api/v1/timelines/public')).body)).toContain(id);
    const own = await call(t, troll, 'GET', '/api/v2/search?q=zigzagword&type=statuses');
    expect(ids(own.body.statuses)).toContain(id);
    // Nor does it show in the number of replies, but to its author.
    const count = async (viewer: Person | null) =>
      (await call(t, viewer, 'GET', `/api/v1/statuses/${original.body.id}`)).body.replies_count;
    expect(await count(carol)).toBe(0);
    expect(await count(null)).toBe(0);
    expect(await count(alice)).toBe(0);
    expect(await count(troll)).toBe(1);
    const [item] = (await call(t, alice, 'GET', '/api/empathie/v1/shield/held')).body;
    await call(t, alice, 'POST', `/api/empathie/v1/shield/held/${item.id}/approve`);
    expect(await count(carol)).toBe(1);
  });
});

describe('a held direct message and a held mention', () => {
  it('wait in the folder: not notified, not readable by the person until approved', async () => {
    const dm = await post(t, troll, '@alice I know where you live', { visibility: 'direct' });
    const mention = await post(t, troll, 'look at @alice, what a clown');
    expect((await call(t, alice, 'GET', '/api/v1/notifications')).body).toEqual([]);
    expect((await call(t, alice, 'GET', `/api/v1/statuses/${dm.body.id}`)).status).toBe(404);
    expect((await call(t, alice, 'GET', `/api/v1/statuses/${mention.body.id}`)).status).toBe(404);
    // A mention was not written to Alice alone: others still see it.
    expect((await call(t, carol, 'GET', `/api/v1/statuses/${mention.body.id}`)).status).toBe(200);
    const folder = (await call(t, alice, 'GET', '/api/empathie/v1/shield/held')).body;
    expect(folder.map((h: { kind: string }) => h.kind).sort()).toEqual(['direct', 'mention']);
    const direct = folder.find((h: { kind: string }) => h.kind === 'direct');
    expect(direct.status.id).toBe(dm.body.id);
    await call(t, alice, 'POST', `/api/empathie/v1/shield/held/${direct.id}/approve`);
    expect((await call(t, alice, 'GET', `/api/v1/statuses/${dm.body.id}`)).status).toBe(200);
    const notes = (await call(t, alice, 'GET', '/api/v1/notifications')).body;
    expect(notes.map((n: { status: { id: string } }) => n.status.id)).toEqual([dm.body.id]);
  });

  it('is refused to anyone else acting on the folder, and to an unknown id', async () => {
    await post(t, troll, '@alice I know where you live', { visibility: 'direct' });
    const [item] = (await call(t, alice, 'GET', '/api/empathie/v1/shield/held')).body;
    expect(
      (await call(t, carol, 'POST', `/api/empathie/v1/shield/held/${item.id}/approve`)).status,
    ).toBe(404);
    expect(
      (
        await call(
          t,
          carol,
          'POST',
          `/api/empathie/v1/shield/held/${item.id}/approve?for=${alice.id}`,
        )
      ).status,
    ).toBe(403);
    expect((await call(t, alice, 'POST', '/api/empathie/v1/shield/held/123/hide')).status).toBe(
      404,
    );
    expect((await call(t, null, 'GET', '/api/empathie/v1/shield/held')).status).toBe(401);
    expect((await call(t, alice, 'GET', '/api/empathie/v1/shield/held?for=__proto__')).status).toBe(
      422,
    );
  });
});

describe('the instance defaults', () => {
  it('are the admin’s to set, and a person without a choice follows them', async () => {
    const admin = await person(t, 'keeper', { role: 'admin' });
    expect((await call(t, carol, 'GET', '/api/empathie/v1/admin/shield/settings')).status).toBe(
      403,
    );
    expect((await call(t, admin, 'GET', '/api/empathie/v1/admin/shield/settings')).body).toEqual({
      sensitivity: 'medium',
      quiet_hours: 48,
    });
    const bad = await call(t, admin, 'PATCH', '/api/empathie/v1/admin/shield/settings', {
      quiet_hours: 0,
    });
    expect(bad.status).toBe(422);
    await call(t, admin, 'PATCH', '/api/empathie/v1/admin/shield/settings', {
      sensitivity: 'high',
      quiet_hours: 12,
    });
    expect((await call(t, carol, 'GET', '/api/empathie/v1/shield')).body).toMatchObject({
      sensitivity: 'high',
      sensitivity_is_default: true,
    });
  });
});
