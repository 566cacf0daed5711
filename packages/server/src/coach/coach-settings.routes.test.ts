import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

const MINE = '/api/empathie/v1/coach/settings';
const ADMIN = '/api/empathie/v1/admin/coach/settings';

describe('coach settings', () => {
  let t: TestApp;
  let admin: Person;
  let alice: Person;
  let bob: Person;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await person(t, 'ada', { role: 'admin' });
    alice = await person(t, 'alice');
    bob = await person(t, 'bob');
  });
  afterAll(() => t.close());

  it('starts from the built-in defaults, with the threshold the sensitivity stands for', async () => {
    const r = await call(t, alice, 'GET', MINE);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      coach_enabled: true,
      sensitivity: 'medium',
      cool_down_minutes: 10,
      undo_seconds: 30,
      score_threshold: 0.7,
    });
  });

  it('keeps a person’s choices and leaves everyone else’s alone', async () => {
    const r = await call(t, alice, 'PATCH', MINE, { sensitivity: 'high', cool_down_minutes: 60 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      sensitivity: 'high',
      cool_down_minutes: 60,
      score_threshold: 0.5,
    });
    const again = await call(t, alice, 'GET', MINE);
    expect(again.body).toMatchObject({
      sensitivity: 'high',
      cool_down_minutes: 60,
      undo_seconds: 30,
    });
    const other = await call(t, bob, 'GET', MINE);
    expect(other.body).toMatchObject({ sensitivity: 'medium', cool_down_minutes: 10 });
  });

  it('accepts form bodies and "off", which never pauses nor folds', async () => {
    const r = await t.app.request(MINE, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${bob.token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'coach_enabled=false&sensitivity=off&undo_seconds=0',
    });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({
      coach_enabled: false,
      sensitivity: 'off',
      undo_seconds: 0,
      score_threshold: null,
    });
  });

  it('refuses values out of range with the field named, in the request’s language', async () => {
    for (const body of [
      { cool_down_minutes: 0 },
      { cool_down_minutes: 1441 },
      { undo_seconds: 301 },
      { undo_seconds: '' },
      { undo_seconds: 2.5 },
      { sensitivity: 'extreme' },
      { coach_enabled: 'perhaps' },
    ]) {
      const r = await call(t, alice, 'PATCH', MINE, body, { 'accept-language': 'fr' });
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(r.body.error).toBe('validation_failed');
      expect(r.body.details.fields[0].field).toBe(Object.keys(body)[0]);
      expect(r.body.error_description).toMatch(/^Certaines informations/);
    }
    const unchanged = await call(t, alice, 'GET', MINE);
    expect(unchanged.body.cool_down_minutes).toBe(60);
  });

  it('lets the admin change the instance defaults, which reach people who never chose', async () => {
    const denied = await call(t, alice, 'PATCH', ADMIN, { cool_down_minutes: 5 });
    expect(denied.status).toBe(403);
    expect((await call(t, null, 'GET', MINE)).status).toBe(401);

    const r = await call(t, admin, 'PATCH', ADMIN, { cool_down_minutes: 5, sensitivity: 'low' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      cool_down_minutes: 5,
      sensitivity: 'low',
      score_threshold: 0.85,
    });
    expect((await call(t, admin, 'GET', ADMIN)).body.cool_down_minutes).toBe(5);

    // Alice chose her cool-down and sensitivity; her undo window still follows the instance.
    await call(t, admin, 'PATCH', ADMIN, { undo_seconds: 120 });
    const alices = await call(t, alice, 'GET', MINE);
    expect(alices.body).toMatchObject({
      cool_down_minutes: 60,
      sensitivity: 'high',
      undo_seconds: 120,
    });
    const carol = await person(t, 'carol');
    const carols = await call(t, carol, 'GET', MINE);
    expect(carols.body).toMatchObject({
      cool_down_minutes: 5,
      sensitivity: 'low',
      undo_seconds: 120,
    });
  });

  it('puts a value back to the default it follows when it is set to null', async () => {
    const r = await call(t, alice, 'PATCH', MINE, { cool_down_minutes: null });
    expect(r.body.cool_down_minutes).toBe(5);
    const reset = await call(t, admin, 'PATCH', ADMIN, {
      cool_down_minutes: null,
      sensitivity: null,
      undo_seconds: null,
    });
    expect(reset.body).toMatchObject({
      cool_down_minutes: 10,
      sensitivity: 'medium',
      undo_seconds: 30,
    });
    expect((await call(t, alice, 'GET', MINE)).body.cool_down_minutes).toBe(10);
  });
});
