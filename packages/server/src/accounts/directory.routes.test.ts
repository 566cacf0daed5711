import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { block, call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// The profile directory: who asked to be found, by a rule anyone can read, never someone
// between whom and the reader there is a block.

let t: TestApp;
let amy: Person;
let bob: Person;
let cat: Person;
let dan: Person;
beforeAll(async () => {
  t = await createTestApp();
  amy = await person(t, 'amy');
  bob = await person(t, 'bob');
  cat = await person(t, 'cat');
  dan = await person(t, 'dan');
  await call(t, dan, 'PATCH', '/api/v1/accounts/update_credentials', { discoverable: false });
  await post(t, bob, 'Premier message');
  t.clock.advance(60_000);
  await post(t, amy, 'Un peu plus tard');
  t.clock.advance(60_000);
  await post(t, dan, 'Je préfère rester discret');
});
afterAll(() => t.close());

const names = (body: Array<{ acct: string }>) => body.map((a) => a.acct);

describe('GET /api/v1/directory', () => {
  it('lists people who posted, latest first, and never someone who asked not to be found', async () => {
    const active = await call(t, null, 'GET', '/api/v1/directory');
    expect(active.status).toBe(200);
    expect(names(active.body)).toEqual(['amy', 'bob']);
  });

  it('lists newcomers first with order=new, including those who have not posted yet', async () => {
    const fresh = await call(t, null, 'GET', '/api/v1/directory?order=new&local=true');
    expect(names(fresh.body)).toEqual(['cat', 'bob', 'amy']);
    const page = await call(t, null, 'GET', '/api/v1/directory?order=new&offset=1&limit=1');
    expect(names(page.body)).toEqual(['bob']);
  });

  it('leaves out people on either side of a block', async () => {
    await block(t, cat, amy);
    expect(names((await call(t, amy, 'GET', '/api/v1/directory?order=new')).body)).toEqual([
      'bob',
      'amy',
    ]);
    expect(names((await call(t, cat, 'GET', '/api/v1/directory?order=new')).body)).toEqual([
      'cat',
      'bob',
    ]);
  });

  it('refuses an unknown order with a clear error', async () => {
    const bad = await call(t, null, 'GET', '/api/v1/directory?order=popular');
    expect(bad.status).toBe(422);
    expect(bad.body.error).toBeTruthy();
  });
});
