import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  block,
  call,
  follow,
  type Person,
  person,
  type TestApp,
  unfollow,
} from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// Featuring people on one's profile: only people one follows, undone by an unfollow or a block,
// and never shown across a block.

let t: TestApp;
let me: Person;
let ana: Person;
let ben: Person;
let stranger: Person;
beforeAll(async () => {
  t = await createTestApp();
  me = await person(t, 'me');
  ana = await person(t, 'ana');
  ben = await person(t, 'ben');
  stranger = await person(t, 'stranger');
  await follow(t, me, ana);
  await follow(t, me, ben);
});
afterAll(() => t.close());

const usernames = (body: Array<{ username: string }>) => body.map((a) => a.username);

describe('endorsements', () => {
  it('feature an account one follows, shown in relationships and lists', async () => {
    const pinned = await call(t, me, 'POST', `/api/v1/accounts/${ana.id}/pin`);
    expect(pinned.status).toBe(200);
    expect(pinned.body).toMatchObject({ id: ana.id, following: true, endorsed: true });
    // Twice is the same as once.
    expect((await call(t, me, 'POST', `/api/v1/accounts/${ana.id}/pin`)).status).toBe(200);
    await call(t, me, 'POST', `/api/v1/accounts/${ben.id}/pin`);

    expect(usernames((await call(t, me, 'GET', '/api/v1/endorsements')).body)).toEqual([
      'ben',
      'ana',
    ]);
    const rel = await call(
      t,
      me,
      'GET',
      `/api/v1/accounts/relationships?id[]=${ana.id}&id[]=${stranger.id}`,
    );
    expect(rel.body.map((r: { endorsed: boolean }) => r.endorsed)).toEqual([true, false]);
    // Others see them on the profile, signed in or not.
    expect(
      usernames((await call(t, null, 'GET', `/api/v1/accounts/${me.id}/endorsements`)).body),
    ).toEqual(['ben', 'ana']);

    const unpinned = await call(t, me, 'POST', `/api/v1/accounts/${ben.id}/unpin`);
    expect(unpinned.body).toMatchObject({ id: ben.id, endorsed: false });
    expect(usernames((await call(t, me, 'GET', '/api/v1/endorsements')).body)).toEqual(['ana']);
  });

  it('refuses someone one does not follow, an unknown account, and the anonymous', async () => {
    const refused = await call(t, me, 'POST', `/api/v1/accounts/${stranger.id}/pin`, undefined, {
      'accept-language': 'fr',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toBe('validation_failed');
    expect(refused.body.error_description).toMatch(/suit/);
    expect((await call(t, me, 'POST', `/api/v1/accounts/${me.id}/pin`)).status).toBe(422);
    expect((await call(t, me, 'POST', '/api/v1/accounts/999999999999999999/pin')).status).toBe(404);
    expect((await call(t, null, 'POST', `/api/v1/accounts/${ana.id}/pin`)).status).toBe(401);
    expect((await call(t, null, 'GET', '/api/v1/endorsements')).status).toBe(401);
    expect((await call(t, me, 'GET', '/api/v1/endorsements?limit=abc')).status).toBe(422);
  });

  it('end with an unfollow, and a block hides them both ways', async () => {
    const cleo = await person(t, 'cleo');
    await follow(t, me, cleo);
    await call(t, me, 'POST', `/api/v1/accounts/${cleo.id}/pin`);
    await unfollow(t, me, cleo);
    expect(usernames((await call(t, me, 'GET', '/api/v1/endorsements')).body)).not.toContain(
      'cleo',
    );

    // Ana is featured by me; a stranger Ana blocked does not see her on my profile.
    await block(t, ana, stranger);
    expect(
      usernames((await call(t, stranger, 'GET', `/api/v1/accounts/${me.id}/endorsements`)).body),
    ).toEqual([]);
    // And someone who blocks me cannot be featured by me.
    await block(t, ben, me);
    expect((await call(t, me, 'POST', `/api/v1/accounts/${ben.id}/pin`)).status).toBe(404);
  });
});
