import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { parseGroupKey } from './notification-group.repository.ts';

// One group of the grouped notifications, as an app opens it: who favourited my post, then
// dismiss them all at once. Nobody else can read or dismiss it, even knowing its key.

let t: TestApp;
let amy: Person;
let bob: Person;
let cat: Person;
let mine: string;
beforeAll(async () => {
  t = await createTestApp();
  amy = await person(t, 'amy');
  bob = await person(t, 'bob');
  cat = await person(t, 'cat');
  mine = (await post(t, amy, 'Merci à toutes et à tous')).body.id;
  await call(t, bob, 'POST', `/api/v1/statuses/${mine}/favourite`);
  await call(t, cat, 'POST', `/api/v1/statuses/${mine}/favourite`);
  await t.jobs.runDueJobs();
});
afterAll(() => t.close());

describe('a notification group', () => {
  it('is read with its accounts and its status, under the key the grouped list gave', async () => {
    const list = await call(t, amy, 'GET', '/api/v2/notifications');
    const key = list.body.notification_groups[0].group_key;
    expect(key).toBe(`favourite-${mine}`);
    const one = await call(t, amy, 'GET', `/api/v2/notifications/${key}`);
    expect(one.status).toBe(200);
    expect(one.body.notification_groups).toHaveLength(1);
    expect(one.body.notification_groups[0]).toMatchObject({
      group_key: key,
      notifications_count: 2,
    });
    expect(one.body.statuses.map((s: { id: string }) => s.id)).toEqual([mine]);
    const accounts = await call(t, amy, 'GET', `/api/v2/notifications/${key}/accounts`);
    expect(accounts.body.map((a: { acct: string }) => a.acct)).toEqual(['cat', 'bob']);
  });

  it('is nobody else’s: another person gets 404 for it, and cannot dismiss it', async () => {
    const key = `favourite-${mine}`;
    expect((await call(t, bob, 'GET', `/api/v2/notifications/${key}`)).status).toBe(404);
    expect((await call(t, bob, 'POST', `/api/v2/notifications/${key}/dismiss`)).status).toBe(404);
    expect((await call(t, null, 'GET', `/api/v2/notifications/${key}`)).status).toBe(401);
    expect((await call(t, amy, 'GET', '/api/v2/notifications/favourite-1')).status).toBe(404);
    expect((await call(t, amy, 'GET', '/api/v2/notifications/constructor-1')).status).toBe(404);
  });

  it('is dismissed whole, and then no longer listed', async () => {
    const key = `favourite-${mine}`;
    expect((await call(t, amy, 'POST', `/api/v2/notifications/${key}/dismiss`)).status).toBe(200);
    const list = await call(t, amy, 'GET', '/api/v2/notifications');
    expect(list.body.notification_groups).toEqual([]);
    expect((await call(t, amy, 'GET', `/api/v2/notifications/${key}`)).status).toBe(404);
  });
});

describe('group keys', () => {
  it('are read back only in the shapes the grouped list writes', () => {
    expect(parseGroupKey('ungrouped-42')).toEqual({ kind: 'one', id: '42' });
    expect(parseGroupKey('reblog-7')).toEqual({ kind: 'post', type: 'reblog', postId: '7' });
    expect(parseGroupKey('follow-20000')).toMatchObject({
      kind: 'day',
      from: '2024-10-04T00:00:00.000Z',
      to: '2024-10-05T00:00:00.000Z',
    });
    for (const bad of ['mention-1', 'favourite-', '__proto__-1', 'follow-x', 'ungrouped-1-2']) {
      expect(parseGroupKey(bad)).toBeNull();
    }
  });
});
