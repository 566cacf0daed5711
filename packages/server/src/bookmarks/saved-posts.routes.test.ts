import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseAccountRows } from '../accounts/account-erasure.repository.ts';
import {
  block,
  call,
  follow,
  type Person,
  person,
  post,
  type TestApp,
  unfollow,
} from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// Bookmarks, pins and the favourites list as apps use them; what a person kept never shows a post
// they may no longer see.

let t: TestApp;
let lea: Person;
let max: Person;
let zoe: Person;
beforeAll(async () => {
  t = await createTestApp();
  lea = await person(t, 'lea');
  max = await person(t, 'max');
  zoe = await person(t, 'zoe');
  await follow(t, max, lea);
});
afterAll(() => t.close());

const ids = (body: Array<{ id: string }>) => body.map((s) => s.id);

describe('bookmarks', () => {
  it('are flagged on the status, listed newest first with Link pages, and removable', async () => {
    const first = (await post(t, lea, 'Premier')).body.id;
    const second = (await post(t, lea, 'Deuxième')).body.id;
    const third = (await post(t, lea, 'Troisième')).body.id;
    // Kept in an order of their own, not the posts' order.
    for (const id of [second, first, third]) {
      const kept = await call(t, max, 'POST', `/api/v1/statuses/${id}/bookmark`);
      expect(kept.body).toMatchObject({ id, bookmarked: true });
    }
    // Twice is fine, and changes nothing.
    await call(t, max, 'POST', `/api/v1/statuses/${first}/bookmark`);
    const page = await call(t, max, 'GET', '/api/v1/bookmarks?limit=2');
    expect(ids(page.body)).toEqual([third, first]);
    const next = /<([^>]+)>; rel="next"/.exec(page.headers.get('link') ?? '')?.[1] ?? '';
    const rest = await call(t, max, 'GET', new URL(next).pathname + new URL(next).search);
    expect(ids(rest.body)).toEqual([second]);
    // Bookmarks are private: Léa does not see Max's flag.
    expect((await call(t, lea, 'GET', `/api/v1/statuses/${first}`)).body.bookmarked).toBe(false);

    const removed = await call(t, max, 'POST', `/api/v1/statuses/${first}/unbookmark`);
    expect(removed.body.bookmarked).toBe(false);
    expect(ids((await call(t, max, 'GET', '/api/v1/bookmarks')).body)).toEqual([third, second]);
    expect((await call(t, null, 'GET', '/api/v1/bookmarks')).status).toBe(401);
  });

  it('keep what a share shares, and stop showing a post its keeper may no longer see', async () => {
    const secret = (await post(t, lea, 'Pour mes abonné·es', { visibility: 'private' })).body.id;
    expect((await call(t, max, 'POST', `/api/v1/statuses/${secret}/bookmark`)).status).toBe(200);
    expect(ids((await call(t, max, 'GET', '/api/v1/bookmarks')).body)).toContain(secret);
    await unfollow(t, max, lea);
    expect(ids((await call(t, max, 'GET', '/api/v1/bookmarks')).body)).not.toContain(secret);
    expect((await call(t, max, 'POST', `/api/v1/statuses/${secret}/bookmark`)).status).toBe(404);
    await follow(t, max, lea);

    const original = (await post(t, zoe, 'À partager')).body.id;
    const share = (await call(t, lea, 'POST', `/api/v1/statuses/${original}/reblog`)).body.id;
    const kept = await call(t, max, 'POST', `/api/v1/statuses/${share}/bookmark`);
    expect(kept.body.reblog).toMatchObject({ id: original, bookmarked: true });
    expect(ids((await call(t, max, 'GET', '/api/v1/bookmarks')).body)[0]).toBe(original);

    // A block between keeper and author hides the post from the list at once.
    await block(t, zoe, max);
    expect(ids((await call(t, max, 'GET', '/api/v1/bookmarks')).body)).not.toContain(original);
  });
});

describe('the favourites list', () => {
  it('lists what the person favourited, newest first, and nothing of anyone else', async () => {
    const a = (await post(t, lea, 'Un')).body.id;
    const b = (await post(t, lea, 'Deux')).body.id;
    await call(t, max, 'POST', `/api/v1/statuses/${b}/favourite`);
    await call(t, max, 'POST', `/api/v1/statuses/${a}/favourite`);
    await call(t, zoe, 'POST', `/api/v1/statuses/${b}/favourite`);
    const list = await call(t, max, 'GET', '/api/v1/favourites');
    expect(ids(list.body).slice(0, 2)).toEqual([a, b]);
    expect(list.body[0].favourited).toBe(true);
    expect(ids((await call(t, lea, 'GET', '/api/v1/favourites')).body)).toEqual([]);
  });
});

describe('pins', () => {
  it('pins five own posts at most, shows them on the profile, and unpins', async () => {
    const fresh = await person(t, 'pia');
    const mine: string[] = [];
    for (let i = 0; i < 6; i++) mine.push((await post(t, fresh, `Publication ${i}`)).body.id);
    for (const id of mine.slice(0, 5)) {
      expect((await call(t, fresh, 'POST', `/api/v1/statuses/${id}/pin`)).body.pinned).toBe(true);
    }
    const sixth = await call(t, fresh, 'POST', `/api/v1/statuses/${mine[5]}/pin`);
    expect(sixth.status).toBe(422);
    expect(sixth.body.error).toBe('validation_failed');

    const profile = await call(t, null, 'GET', `/api/v1/accounts/${fresh.id}/statuses?pinned=true`);
    expect(ids(profile.body)).toEqual([...mine.slice(0, 5)].reverse());
    // The flag is the author's: a reader sees the post, not a `pinned` of their own.
    expect(profile.body[0].pinned).toBe(false);

    const unpinned = await call(t, fresh, 'POST', `/api/v1/statuses/${mine[0]}/unpin`);
    expect(unpinned.body.pinned).toBe(false);
    expect((await call(t, fresh, 'POST', `/api/v1/statuses/${mine[5]}/pin`)).status).toBe(200);

    const share = (await call(t, fresh, 'POST', `/api/v1/statuses/${mine[0]}/reblog`)).body.id;
    expect((await call(t, fresh, 'POST', `/api/v1/statuses/${share}/pin`)).status).toBe(422);
    expect((await call(t, null, 'POST', `/api/v1/statuses/${mine[1]}/pin`)).status).toBe(401);
  });
});

describe('erasing an account', () => {
  it('erases what the person kept', async () => {
    const gone = await person(t, 'gone');
    const target = (await post(t, lea, 'Gardé')).body.id;
    const own = (await post(t, gone, 'Épinglé')).body.id;
    await call(t, gone, 'POST', `/api/v1/statuses/${target}/bookmark`);
    await call(t, gone, 'POST', `/api/v1/statuses/${own}/pin`);
    const rows = async () =>
      (
        await Promise.all(
          (['bookmarks', 'pins'] as const).map((table) =>
            t.database.db
              .selectFrom(table)
              .select('id')
              .where('account_id', '=', gone.id)
              .execute(),
          ),
        )
      ).flat().length;
    expect(await rows()).toBe(2);
    await eraseAccountRows(t.database.db, gone.id, t.clock.now().toISOString());
    expect(await rows()).toBe(0);
  });
});
