import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { block, call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// An app's badge: how many notifications arrived since the person last read them.

let t: TestApp;
let lea: Person;
let max: Person;
let zoe: Person;
beforeAll(async () => {
  t = await createTestApp();
  lea = await person(t, 'lea');
  max = await person(t, 'max');
  zoe = await person(t, 'zoe');
});
afterAll(() => t.close());

const unread = async (who: Person, query = '') =>
  (await call(t, who, 'GET', `/api/v1/notifications/unread_count${query}`)).body.count;

describe('unread_count', () => {
  it('counts what arrived after the read marker, by type, up to the limit, never a blocked sender', async () => {
    expect(await unread(lea)).toBe(0);
    const mine = (await post(t, lea, 'Bonjour')).body.id;
    await call(t, max, 'POST', `/api/v1/statuses/${mine}/favourite`);
    await post(t, max, '@lea salut');
    await t.jobs.runDueJobs();
    expect(await unread(lea)).toBe(2);
    expect(await unread(lea, '?types[]=favourite')).toBe(1);
    expect(await unread(lea, '?exclude_types[]=favourite')).toBe(1);
    expect(await unread(lea, '?limit=1')).toBe(1);

    const list = await call(t, lea, 'GET', '/api/v1/notifications');
    await call(t, lea, 'POST', '/api/v1/markers', {
      notifications: { last_read_id: list.body[0].id },
    });
    expect(await unread(lea)).toBe(0);

    await call(t, zoe, 'POST', `/api/v1/statuses/${mine}/favourite`);
    await t.jobs.runDueJobs();
    expect(await unread(lea)).toBe(1);
    // A block hides the sender's notifications from the count as from the list.
    await block(t, lea, zoe);
    expect(await unread(lea)).toBe(0);

    expect((await call(t, null, 'GET', '/api/v1/notifications/unread_count')).status).toBe(401);
  });
});

describe('v2 unread_count', () => {
  it('counts groups as the grouped list shows them: favourites of one post are one', async () => {
    const amy = await person(t, 'amy');
    const bob = await person(t, 'bob');
    const cat = await person(t, 'cat');
    const groups = async (query = '') =>
      (await call(t, amy, 'GET', `/api/v2/notifications/unread_count${query}`)).body.count;
    expect(await groups()).toBe(0);
    const mine = (await post(t, amy, 'Une idée à partager')).body.id;
    await call(t, bob, 'POST', `/api/v1/statuses/${mine}/favourite`);
    await call(t, cat, 'POST', `/api/v1/statuses/${mine}/favourite`);
    await post(t, bob, '@amy merci');
    await t.jobs.runDueJobs();
    // Two favourites of the same post make one group; the mention is another.
    expect(await groups()).toBe(2);
    expect((await call(t, amy, 'GET', '/api/v1/notifications/unread_count')).body.count).toBe(3);
    // Without grouping favourites, each counts on its own.
    expect(await groups('?grouped_types[]=follow')).toBe(3);
    expect(await groups('?types[]=favourite')).toBe(1);
    expect((await call(t, null, 'GET', '/api/v2/notifications/unread_count')).status).toBe(401);
  });
});
