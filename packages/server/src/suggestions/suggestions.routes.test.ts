import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  block,
  call,
  follow,
  mute,
  type Person,
  person,
  type TestApp,
} from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// Follow suggestions: people followed by those I follow, with that reason in numbers, and
// never someone I block, mute, already follow, waved away, nor a suspended or hidden account.

let t: TestApp;
let me: Person;
let ana: Person;
let ben: Person;
let cleo: Person;
let popular: Person;
let known: Person;
beforeAll(async () => {
  t = await createTestApp();
  me = await person(t, 'me');
  ana = await person(t, 'ana');
  ben = await person(t, 'ben');
  cleo = await person(t, 'cleo');
  popular = await person(t, 'popular');
  known = await person(t, 'known');
  for (const p of [ana, ben, cleo]) await follow(t, me, p);
  for (const p of [ana, ben, cleo]) await follow(t, p, popular);
  await follow(t, ana, known);
  await follow(t, me, known);
  // Everyone follows me back: I am never suggested to myself.
  await follow(t, ana, me);
});
afterAll(() => t.close());

const v2 = async (who: Person, lang = 'en') =>
  (await call(t, who, 'GET', '/api/v2/suggestions', undefined, { 'accept-language': lang })).body;
const names = (body: Array<{ account: { username: string } }>) =>
  body.map((s) => s.account.username);

describe('suggestions', () => {
  it('are people followed by those I follow, most followed first, with the reason', async () => {
    const dora = await person(t, 'dora');
    await follow(t, ben, dora);
    const body = await v2(me);
    expect(names(body)).toEqual(['popular', 'dora']);
    expect(body[0]).toMatchObject({
      sources: ['friends_of_friends'],
      empathie: { reason: 'Followed by 3 people you follow', followed_by_count: 3 },
    });
    expect([...body[0].empathie.followed_by].sort()).toEqual(['ana', 'ben', 'cleo']);
    expect((await v2(me, 'fr'))[1].empathie.reason).toBe('Suivi·e par 1 personne que vous suivez');
    const v1 = await call(t, me, 'GET', '/api/v1/suggestions?limit=1');
    expect(v1.body.map((a: { username: string }) => a.username)).toEqual(['popular']);
  });

  it('leave out blocked, muted, suspended, hidden and dismissed accounts', async () => {
    const [e, f, g, h, i] = await Promise.all(
      ['eve', 'fay', 'gus', 'hal', 'ivy'].map((n) => person(t, n)),
    );
    for (const p of [e, f, g, h, i]) if (p) await follow(t, ana, p);
    if (!e || !f || !g || !h || !i) throw new Error('fixture');
    await block(t, e, me); // blocks me
    await mute(t, me, f);
    await t.database.db
      .insertInto('account_moderation')
      .values({
        account_id: g.id,
        suspended_at: t.clock.now().toISOString(),
        limited_at: null,
        disabled_at: null,
        trusted_flagger: 0,
        updated_at: t.clock.now().toISOString(),
      })
      .execute();
    await t.database.db
      .updateTable('accounts')
      .set({ discoverable: 0 })
      .where('id', '=', h.id)
      .execute();
    expect(names(await v2(me))).toContain('ivy');
    const dismissed = await call(t, me, 'DELETE', `/api/v1/suggestions/${i.id}`);
    expect(dismissed.status).toBe(200);
    const shown = names(await v2(me));
    for (const hidden of ['eve', 'fay', 'gus', 'hal', 'ivy', 'me', 'known', 'ana']) {
      expect(shown).not.toContain(hidden);
    }
  });

  it('need a signed-in person and a sane limit', async () => {
    expect((await call(t, null, 'GET', '/api/v2/suggestions')).status).toBe(401);
    expect((await call(t, null, 'DELETE', `/api/v1/suggestions/${ana.id}`)).status).toBe(401);
    expect((await call(t, me, 'GET', '/api/v2/suggestions?limit=lots')).status).toBe(422);
    expect((await call(t, me, 'DELETE', '/api/v1/suggestions/not-an-id')).status).toBe(404);
  });
});
