import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseAccountRows } from '../accounts/account-erasure.repository.ts';
import {
  block,
  call,
  follow,
  mute,
  type Person,
  person,
  post,
  type TestApp,
  unfollow,
} from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// A person's lists: theirs alone, of accounts they follow, each with a timeline that shows only
// what its owner may see and the replies its policy asks for.

let t: TestApp;
let owner: Person;
let ana: Person;
let ben: Person;
let cleo: Person;
let nosy: Person;
beforeAll(async () => {
  t = await createTestApp();
  owner = await person(t, 'owner');
  ana = await person(t, 'ana');
  ben = await person(t, 'ben');
  cleo = await person(t, 'cleo');
  nosy = await person(t, 'nosy');
  for (const p of [ana, ben, cleo]) await follow(t, owner, p);
});
afterAll(() => t.close());

const ids = (body: Array<{ id: string }>) => body.map((s) => s.id);

describe('lists', () => {
  it('are created, renamed, listed and deleted by their owner only', async () => {
    const created = await call(t, owner, 'POST', '/api/v1/lists', { title: 'Amies' });
    expect(created.body).toMatchObject({
      title: 'Amies',
      replies_policy: 'list',
      exclusive: false,
    });
    const id = created.body.id;
    const exclusive = await call(t, owner, 'POST', '/api/v1/lists', {
      title: 'Seule',
      exclusive: true,
    });
    expect(exclusive.status).toBe(422);
    expect((await call(t, owner, 'POST', '/api/v1/lists', { title: ' ' })).status).toBe(422);

    const renamed = await call(t, owner, 'PUT', `/api/v1/lists/${id}`, {
      title: 'Ami·es',
      replies_policy: 'none',
    });
    expect(renamed.body).toMatchObject({ title: 'Ami·es', replies_policy: 'none' });
    expect(ids((await call(t, owner, 'GET', '/api/v1/lists')).body)).toEqual([id]);

    // Someone else's list does not exist for them, whatever they try.
    for (const [method, path] of [
      ['GET', `/api/v1/lists/${id}`],
      ['PUT', `/api/v1/lists/${id}`],
      ['DELETE', `/api/v1/lists/${id}`],
      ['GET', `/api/v1/lists/${id}/accounts`],
      ['GET', `/api/v1/timelines/list/${id}`],
    ] as const) {
      const res = await call(t, nosy, method, path, method === 'PUT' ? { title: 'x' } : undefined);
      expect({ path, method, status: res.status }).toEqual({ path, method, status: 404 });
    }
    const added = await call(t, nosy, 'POST', `/api/v1/lists/${id}/accounts`, {
      account_ids: [ana.id],
    });
    expect(added.status).toBe(404);
    expect((await call(t, nosy, 'GET', '/api/v1/lists')).body).toEqual([]);

    expect((await call(t, owner, 'DELETE', `/api/v1/lists/${id}`)).status).toBe(200);
    expect((await call(t, owner, 'GET', `/api/v1/lists/${id}`)).status).toBe(404);
    expect((await call(t, null, 'GET', '/api/v1/lists')).status).toBe(401);
  });

  it('hold only followed accounts, and say which lists hold an account', async () => {
    const id = (await call(t, owner, 'POST', '/api/v1/lists', { title: 'Voisins' })).body.id;
    const refused = await call(t, owner, 'POST', `/api/v1/lists/${id}/accounts`, {
      account_ids: [ana.id, nosy.id],
    });
    expect(refused.status).toBe(422);
    expect((await call(t, owner, 'GET', `/api/v1/lists/${id}/accounts`)).body).toEqual([]);
    await call(t, owner, 'POST', `/api/v1/lists/${id}/accounts`, {
      account_ids: [ana.id, ben.id],
    });
    const members = await call(t, owner, 'GET', `/api/v1/lists/${id}/accounts?limit=0`);
    expect(ids(members.body).sort()).toEqual([ana.id, ben.id].sort());
    expect(ids((await call(t, owner, 'GET', `/api/v1/accounts/${ana.id}/lists`)).body)).toEqual([
      id,
    ]);
    await call(t, owner, 'DELETE', `/api/v1/lists/${id}/accounts?account_ids[]=${ben.id}`);
    expect(ids((await call(t, owner, 'GET', `/api/v1/lists/${id}/accounts`)).body)).toEqual([
      ana.id,
    ]);
  });

  it('lose an account the owner unfollows or that blocks them', async () => {
    const dan = await person(t, 'dan');
    const eve = await person(t, 'eve');
    await follow(t, owner, dan);
    await follow(t, owner, eve);
    const id = (await call(t, owner, 'POST', '/api/v1/lists', { title: 'Passagers' })).body.id;
    await call(t, owner, 'POST', `/api/v1/lists/${id}/accounts`, { account_ids: [dan.id, eve.id] });
    await unfollow(t, owner, dan);
    await block(t, eve, owner);
    expect((await call(t, owner, 'GET', `/api/v1/lists/${id}/accounts`)).body).toEqual([]);
  });

  it('show their members’ posts, replies as the policy says, never a hidden or muted one', async () => {
    const id = (
      await call(t, owner, 'POST', '/api/v1/lists', { title: 'Fil', replies_policy: 'list' })
    ).body.id;
    await call(t, owner, 'POST', `/api/v1/lists/${id}/accounts`, {
      account_ids: [ana.id, ben.id],
    });
    const anaPost = (await post(t, ana, 'Bonjour la liste')).body.id;
    const cleoPost = (await post(t, cleo, 'Je ne suis pas dans la liste')).body.id;
    const toMember = (await post(t, ben, '@ana oui', { in_reply_to_id: anaPost })).body.id;
    const toOutsider = (await post(t, ana, '@cleo et toi ?', { in_reply_to_id: cleoPost })).body.id;
    const secret = (await post(t, ben, 'Pour mes abonné·es', { visibility: 'private' })).body.id;
    const timeline = async () =>
      ids((await call(t, owner, 'GET', `/api/v1/timelines/list/${id}`)).body);

    let seen = await timeline();
    expect(seen).toContain(anaPost);
    expect(seen).toContain(toMember);
    // Ben's followers-only post: Owner follows Ben, so it is there.
    expect(seen).toContain(secret);
    expect(seen).not.toContain(cleoPost);
    expect(seen).not.toContain(toOutsider);

    await call(t, owner, 'PUT', `/api/v1/lists/${id}`, { replies_policy: 'followed' });
    expect(await timeline()).toContain(toOutsider);
    await call(t, owner, 'PUT', `/api/v1/lists/${id}`, { replies_policy: 'none' });
    seen = await timeline();
    expect(seen).not.toContain(toMember);
    expect(seen).not.toContain(toOutsider);
    expect(seen).toContain(anaPost);

    // A mute and a block take the member's posts out at once.
    await mute(t, owner, ana);
    expect(await timeline()).not.toContain(anaPost);
    await block(t, ben, owner);
    expect(await timeline()).not.toContain(secret);
  });
});

describe('erasing an account', () => {
  it('erases its lists and its place in other people’s lists', async () => {
    const leaving = await person(t, 'leaving');
    await follow(t, leaving, ana);
    await follow(t, owner, leaving);
    await call(t, leaving, 'POST', '/api/v1/lists', { title: 'Mine' });
    const id = (await call(t, owner, 'POST', '/api/v1/lists', { title: 'Theirs' })).body.id;
    await call(t, owner, 'POST', `/api/v1/lists/${id}/accounts`, { account_ids: [leaving.id] });
    await eraseAccountRows(t.database.db, leaving.id, t.clock.now().toISOString());
    const db = t.database.db;
    expect(
      await db.selectFrom('lists').where('account_id', '=', leaving.id).selectAll().execute(),
    ).toEqual([]);
    expect(
      await db
        .selectFrom('list_accounts')
        .where('account_id', '=', leaving.id)
        .selectAll()
        .execute(),
    ).toEqual([]);
  });
});
