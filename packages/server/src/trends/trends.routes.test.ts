import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// Trends count people, not engagement: a tag trends when several people use it in public posts
// this week; one loud account, private posts, bots and old posts do not make a trend.

let t: TestApp;
let ana: Person;
let ben: Person;
let cleo: Person;
let loud: Person;
let bot: Person;
beforeAll(async () => {
  t = await createTestApp();
  ana = await person(t, 'ana');
  ben = await person(t, 'ben');
  cleo = await person(t, 'cleo');
  loud = await person(t, 'loud');
  bot = await person(t, 'robot');
  await t.database.db.updateTable('accounts').set({ bot: 1 }).where('id', '=', bot.id).execute();
  // An old post: more than a week before the others.
  await post(t, ana, 'Ancien #jardin');
  await post(t, ben, 'Ancien #jardin');
  await post(t, cleo, 'Ancien #jardin');
  t.clock.advance(8 * 24 * 3600 * 1000);
  for (const p of [ana, ben, cleo]) await post(t, p, 'Du soleil #entraide');
  await post(t, ana, 'Encore #lecture');
  await post(t, ben, 'Moi aussi #lecture', { visibility: 'unlisted' });
  await post(t, cleo, 'Et moi #Lecture');
  for (let i = 0; i < 5; i += 1) await post(t, loud, `Cri ${i} #moi`);
  await post(t, bot, 'Bip #moi');
  await post(t, ana, 'En privé #secret', { visibility: 'private' });
  await post(t, ben, 'En privé #secret', { visibility: 'private' });
});
afterAll(() => t.close());

describe('GET /api/v1/trends/tags', () => {
  it('ranks tags by the people who used them in public posts this week', async () => {
    const res = await call(t, null, 'GET', '/api/v1/trends/tags');
    expect(res.status).toBe(200);
    expect(res.body.map((tag: { name: string }) => tag.name.toLowerCase())).toEqual([
      'entraide',
      'lecture',
    ]);
    const [first] = res.body;
    expect(first.empathie).toEqual({ people_this_week: 3, uses_this_week: 3 });
    expect(first.url).toMatch(/^http:\/\/empathie\.test\/tags\//);
    expect(first.history).toHaveLength(7);
    expect(first.history[0]).toEqual({
      day: String(Date.parse(`${t.clock.now().toISOString().slice(0, 10)}T00:00:00Z`) / 1000),
      uses: '3',
      accounts: '3',
    });
    // The older alias answers the same.
    expect((await call(t, null, 'GET', '/api/v1/trends?limit=1')).body).toHaveLength(1);
    expect((await call(t, null, 'GET', '/api/v1/trends/tags?offset=1')).body).toHaveLength(1);
  });

  it('refuses a limit or offset that is not a number', async () => {
    expect((await call(t, null, 'GET', '/api/v1/trends/tags?limit=ten')).status).toBe(422);
    expect((await call(t, null, 'GET', '/api/v1/trends/tags?offset=-1')).status).toBe(422);
  });
});

describe('GET /api/v1/trends/statuses and /links', () => {
  it('answer an empty list: Empathie does not rank posts or links by engagement', async () => {
    for (const path of ['/api/v1/trends/statuses', '/api/v1/trends/links']) {
      const res = await call(t, ana, 'GET', path);
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    }
  });
});
