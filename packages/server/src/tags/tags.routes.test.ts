import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  block,
  call,
  follow,
  mute,
  type Person,
  person,
  post,
  type TestApp,
} from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// Followed hashtags bring public posts home, and nothing else; featured ones show on a profile.

let t: TestApp;
let reader: Person;
let writer: Person;
let friend: Person;
beforeAll(async () => {
  t = await createTestApp();
  reader = await person(t, 'reader');
  writer = await person(t, 'writer');
  friend = await person(t, 'friend');
});
afterAll(() => t.close());

const home = async (who: Person) =>
  (await call(t, who, 'GET', '/api/v1/timelines/home')).body.map((s: { id: string }) => s.id);

describe('followed tags', () => {
  it('are followed, listed and unfollowed, with `following` on the Tag entity', async () => {
    const followed = await call(t, reader, 'POST', '/api/v1/tags/Climat/follow');
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({ name: 'climat', following: true, history: [] });
    // Followed before any post uses it: the tag is shown to its follower, not to others.
    expect((await call(t, reader, 'GET', '/api/v1/tags/climat')).body.following).toBe(true);
    expect((await call(t, writer, 'GET', '/api/v1/tags/climat')).status).toBe(404);
    await call(t, reader, 'POST', '/api/v1/tags/entraide/follow');
    const listed = await call(t, reader, 'GET', '/api/v1/followed_tags');
    expect(listed.body.map((x: { name: string }) => x.name)).toEqual(['entraide', 'climat']);
    expect(listed.body.every((x: { following: boolean }) => x.following)).toBe(true);
    const gone = await call(t, reader, 'POST', '/api/v1/tags/entraide/unfollow');
    expect(gone.body).toMatchObject({ name: 'entraide', following: false });
    expect((await call(t, reader, 'GET', '/api/v1/followed_tags')).body).toHaveLength(1);
    expect((await call(t, writer, 'GET', '/api/v1/followed_tags')).body).toEqual([]);

    const bad = await call(t, reader, 'POST', '/api/v1/tags/pas%20un%20tag/follow', undefined, {
      'accept-language': 'fr',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error_description).toMatch(/mot-dièse/);
    expect((await call(t, null, 'POST', '/api/v1/tags/climat/follow')).status).toBe(401);
    // `__proto__` is a word like any other.
    expect((await call(t, reader, 'POST', '/api/v1/tags/__proto__/follow')).status).toBe(200);
  });

  it('bring public posts home, never a followers-only, unlisted or direct one', async () => {
    await call(t, friend, 'POST', '/api/v1/tags/jardin/follow');
    const open = (await post(t, writer, 'Les tomates #Jardin')).body.id;
    const followersOnly = (await post(t, writer, 'Entre nous #jardin', { visibility: 'private' }))
      .body.id;
    const unlisted = (await post(t, writer, 'Discret #jardin', { visibility: 'unlisted' })).body.id;
    const direct = (await post(t, writer, '@reader secret #jardin', { visibility: 'direct' })).body
      .id;
    // Search results say whether the one searching follows the tag.
    const found = async (who: Person) =>
      (await call(t, who, 'GET', '/api/v2/search?q=jardin&type=hashtags')).body.hashtags;
    expect(await found(friend)).toEqual([
      expect.objectContaining({ name: 'jardin', following: true }),
    ]);
    expect(await found(writer)).toEqual([
      expect.objectContaining({ name: 'jardin', following: false }),
    ]);
    const seen = await home(friend);
    expect(seen).toContain(open);
    expect(seen).not.toContain(followersOnly);
    expect(seen).not.toContain(unlisted);
    expect(seen).not.toContain(direct);
  });

  it('never bring posts of someone the follower blocks, is blocked by, or mutes', async () => {
    const blocker = await person(t, 'blocker');
    const blocked = await person(t, 'blocked');
    const muted = await person(t, 'muted');
    const fan = await person(t, 'fan');
    await call(t, fan, 'POST', '/api/v1/tags/velo/follow');
    await block(t, blocker, fan);
    await block(t, fan, blocked);
    await mute(t, fan, muted);
    const ids = [
      (await post(t, blocker, 'Balade #velo')).body.id,
      (await post(t, blocked, 'Sortie #velo')).body.id,
      (await post(t, muted, 'Pneu #velo')).body.id,
    ];
    const rows = await t.database.db
      .selectFrom('home_feed')
      .select('post_id')
      .where('account_id', '=', fan.id)
      .execute();
    for (const id of ids) expect(rows.map((r) => r.post_id)).not.toContain(id);
    const okId = (await post(t, writer, 'Atelier #velo')).body.id;
    expect(await home(fan)).toContain(okId);
  });

  it('stop bringing posts once unfollowed', async () => {
    await call(t, friend, 'POST', '/api/v1/tags/jardin/unfollow');
    const later = (await post(t, writer, 'Les courges #jardin')).body.id;
    expect(await home(friend)).not.toContain(later);
    await follow(t, friend, writer);
  });
});

describe('featured tags', () => {
  it('are featured, counted from public posts only, suggested and removed', async () => {
    const author = await person(t, 'author');
    await post(t, author, 'Un #Potager');
    await post(t, author, 'Deux #potager #compost');
    await post(t, author, 'Caché #potager #secret', { visibility: 'private' });
    const suggested = await call(t, author, 'GET', '/api/v1/featured_tags/suggestions');
    expect(suggested.body.map((x: { name: string }) => x.name)).toEqual(['potager', 'compost']);

    const added = await call(t, author, 'POST', '/api/v1/featured_tags', { name: '#potager' });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({
      name: 'potager',
      url: 'http://empathie.test/@author/tagged/potager',
      statuses_count: 2,
    });
    expect(added.body.last_status_at).toBeTruthy();
    const again = await call(t, author, 'POST', '/api/v1/featured_tags', { name: 'potager' });
    expect(again.status).toBe(422);
    expect(
      (await call(t, author, 'GET', '/api/v1/featured_tags/suggestions')).body.map(
        (x: { name: string }) => x.name,
      ),
    ).toEqual(['compost']);

    // Anyone sees a profile's featured tags; nobody else can change them.
    const shown = await call(t, null, 'GET', `/api/v1/accounts/${author.id}/featured_tags`);
    expect(shown.body.map((x: { name: string }) => x.name)).toEqual(['potager']);
    expect((await call(t, reader, 'DELETE', `/api/v1/featured_tags/${added.body.id}`)).status).toBe(
      404,
    );
    expect((await call(t, reader, 'GET', '/api/v1/featured_tags')).body).toEqual([]);
    expect((await call(t, author, 'DELETE', `/api/v1/featured_tags/${added.body.id}`)).status).toBe(
      200,
    );
    expect((await call(t, author, 'GET', '/api/v1/featured_tags')).body).toEqual([]);
  });

  it('are limited to ten, with a message that says so', async () => {
    const keen = await person(t, 'keen');
    for (let i = 0; i < 10; i += 1) {
      expect(
        (await call(t, keen, 'POST', '/api/v1/featured_tags', { name: `theme${i}` })).status,
      ).toBe(200);
    }
    const eleventh = await call(
      t,
      keen,
      'POST',
      '/api/v1/featured_tags',
      { name: 'encore' },
      {
        'accept-language': 'en',
      },
    );
    expect(eleventh.status).toBe(422);
    expect(eleventh.body.error_description).toMatch(/already features 10 hashtags/);
    expect((await call(t, keen, 'POST', '/api/v1/featured_tags', { name: 'a b' })).status).toBe(
      422,
    );
  });
});
