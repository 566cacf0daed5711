import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, follow, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

describe('shared block lists', () => {
  let t: TestApp;
  let keeper: Person;
  let sub: Person;
  let troll1: Person;
  let troll2: Person;
  let troll3: Person;
  let outsider: Person;

  const base = '/api/empathie/v1/block_lists';
  const relation = async (who: Person, target: Person) =>
    (await call(t, who, 'GET', `/api/v1/accounts/relationships?id[]=${target.id}`)).body[0] as {
      blocking: boolean;
      muting: boolean;
      following: boolean;
    };
  const blocked = async (who: Person) =>
    ((await call(t, who, 'GET', '/api/v1/blocks')).body as Array<{ id: string }>)
      .map((a) => a.id)
      .sort();

  beforeAll(async () => {
    t = await createTestApp();
    keeper = await person(t, 'keeper');
    sub = await person(t, 'sub');
    troll1 = await person(t, 'troll1');
    troll2 = await person(t, 'troll2');
    troll3 = await person(t, 'troll3');
    outsider = await person(t, 'outsider');
  });
  afterAll(() => t.close());

  it('creates a public list by default, with accounts and a reason for each', async () => {
    const created = await call(t, keeper, 'POST', base, {
      title: 'Raid du 12',
      description: 'Comptes du raid',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      title: 'Raid du 12',
      description: 'Comptes du raid',
      visibility: 'public',
      owner: { id: keeper.id },
      accounts_count: 0,
      subscription: null,
    });
    const added = await call(t, keeper, 'POST', `${base}/${created.body.id}/accounts`, {
      account_ids: [troll1.id, troll2.id],
      reasons: ['insultes', 'menaces'],
    });
    expect(added.body.accounts_count).toBe(2);
    const entries = await call(t, sub, 'GET', `${base}/${created.body.id}/accounts`);
    expect(
      entries.body
        .map((e: { account: { id: string }; reason: string }) => [e.account.id, e.reason])
        .sort(),
    ).toEqual(
      [
        [troll1.id, 'insultes'],
        [troll2.id, 'menaces'],
      ].sort(),
    );
    expect((await call(t, keeper, 'GET', base)).body.map((l: { id: string }) => l.id)).toEqual([
      created.body.id,
    ]);
  });

  it('lets nobody else change a list, and hides private lists from others (404)', async () => {
    const [list] = (await call(t, keeper, 'GET', base)).body;
    const id = list.id;
    expect((await call(t, outsider, 'PUT', `${base}/${id}`, { title: 'x' })).status).toBe(403);
    expect(
      (await call(t, outsider, 'POST', `${base}/${id}/accounts`, { account_ids: [keeper.id] }))
        .status,
    ).toBe(403);
    expect(
      (await call(t, outsider, 'DELETE', `${base}/${id}/accounts`, { account_ids: [troll1.id] }))
        .status,
    ).toBe(403);
    expect((await call(t, outsider, 'POST', `${base}/${id}/import`, { csv: 'sub' })).status).toBe(
      403,
    );
    expect((await call(t, outsider, 'DELETE', `${base}/${id}`)).status).toBe(403);
    expect((await call(t, keeper, 'GET', `${base}/${id}`)).body.accounts_count).toBe(2);
    const secret = await call(t, keeper, 'POST', base, { title: 'Perso', visibility: 'private' });
    const sid = secret.body.id;
    expect((await call(t, outsider, 'GET', `${base}/${sid}`)).status).toBe(404);
    expect((await call(t, outsider, 'GET', `${base}/${sid}/accounts`)).status).toBe(404);
    expect((await call(t, outsider, 'GET', `${base}/${sid}/export`)).status).toBe(404);
    expect(
      (await call(t, outsider, 'POST', `${base}/${sid}/subscribe`, { action: 'block' })).status,
    ).toBe(404);
    expect((await call(t, outsider, 'DELETE', `${base}/${sid}`)).status).toBe(404);
    expect((await call(t, outsider, 'GET', base)).body).toEqual([]);
    expect((await call(t, null, 'GET', base)).status).toBe(401);
    expect((await call(t, keeper, 'DELETE', `${base}/${sid}`)).status).toBe(200);
  });

  it('a subscription blocks everyone on the list and follows its changes', async () => {
    const [list] = (await call(t, keeper, 'GET', base)).body;
    await follow(t, sub, troll1);
    expect((await relation(sub, troll1)).following).toBe(true);
    const seenBefore = await post(t, troll1, 'Un message de troll1');
    // A block made by hand before subscribing is the person's own.
    await call(t, sub, 'POST', `/api/v1/accounts/${troll2.id}/block`);
    const r = await call(t, sub, 'POST', `${base}/${list.id}/subscribe`, { action: 'block' });
    expect(r.body.subscription).toEqual({ action: 'block' });
    expect(await blocked(sub)).toEqual([troll1.id, troll2.id].sort());
    // Blocked means blocked everywhere: the post is gone for the subscriber.
    expect((await call(t, sub, 'GET', `/api/v1/statuses/${seenBefore.body.id}`)).status).toBe(404);
    // An account added later is blocked too; one removed is unblocked.
    await call(t, keeper, 'POST', `${base}/${list.id}/accounts`, {
      account_ids: [troll3.id],
      reason: 'spam',
    });
    expect((await relation(sub, troll3)).blocking).toBe(true);
    await call(t, keeper, 'DELETE', `${base}/${list.id}/accounts`, { account_ids: [troll1.id] });
    expect(await relation(sub, troll1)).toMatchObject({ blocking: false, following: true });
    // The hand-made block on troll2 stays even when troll2 leaves the list.
    await call(t, keeper, 'DELETE', `${base}/${list.id}/accounts`, { account_ids: [troll2.id] });
    expect((await relation(sub, troll2)).blocking).toBe(true);
    await call(t, keeper, 'POST', `${base}/${list.id}/accounts`, {
      account_ids: [troll1.id, troll2.id],
    });
    expect(await blocked(sub)).toEqual([troll1.id, troll2.id, troll3.id].sort());
  });

  it('unsubscribing removes exactly what the subscription added, nothing else', async () => {
    const [list] = (await call(t, keeper, 'GET', base)).body;
    // Blocked by hand after the subscription had blocked it: now the person's own too.
    await call(t, sub, 'POST', `/api/v1/accounts/${troll3.id}/block`);
    const r = await call(t, sub, 'POST', `${base}/${list.id}/unsubscribe`);
    expect(r.body.subscription).toBeNull();
    expect(await blocked(sub)).toEqual([troll2.id, troll3.id].sort());
    // The follow the list's block had cut comes back: as it was before the list.
    expect(await relation(sub, troll1)).toMatchObject({ blocking: false, following: true });
    expect((await relation(sub, troll2)).following).toBe(false);
  });

  it('two subscriptions naming one account: leaving one keeps the block', async () => {
    const [list] = (await call(t, keeper, 'GET', base)).body;
    const second = await call(t, outsider, 'POST', base, { title: 'Autre liste' });
    await call(t, outsider, 'POST', `${base}/${second.body.id}/accounts`, {
      account_ids: [troll1.id],
    });
    await call(t, sub, 'POST', `${base}/${list.id}/subscribe`, { action: 'block' });
    await call(t, sub, 'POST', `${base}/${second.body.id}/subscribe`, { action: 'block' });
    await call(t, sub, 'POST', `${base}/${list.id}/unsubscribe`);
    expect((await relation(sub, troll1)).blocking).toBe(true);
    // Deleting the list ends its subscriptions, each undoing what it made.
    await call(t, outsider, 'DELETE', `${base}/${second.body.id}`);
    expect((await relation(sub, troll1)).blocking).toBe(false);
  });

  it('a mute subscription mutes, and leaving it unmutes', async () => {
    const [list] = (await call(t, keeper, 'GET', base)).body;
    const muter = await person(t, 'muter');
    await call(t, muter, 'POST', `${base}/${list.id}/subscribe`, { action: 'mute' });
    expect((await relation(muter, troll1)).muting).toBe(true);
    expect((await relation(muter, troll1)).blocking).toBe(false);
    await call(t, muter, 'POST', `${base}/${list.id}/unsubscribe`);
    expect((await relation(muter, troll1)).muting).toBe(false);
  });

  it("exports and imports Mastodon's CSV", async () => {
    const [list] = (await call(t, keeper, 'GET', base)).body;
    const res = await t.app.request(`${base}/${list.id}/export`, {
      headers: { authorization: `Bearer ${sub.token}` },
    });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    expect(csv.split('\n')[0]).toBe('account_address,reason');
    expect(csv).toContain('troll3@empathie.test,spam');
    const copy = await call(t, outsider, 'POST', base, { title: 'Copie' });
    const imported = await call(t, outsider, 'POST', `${base}/${copy.body.id}/import`, {
      csv: `${csv}nobody@nowhere.test,?\n`,
    });
    expect(imported.body).toEqual({ imported: 3, skipped: ['nobody@nowhere.test'] });
    const plain = await t.app.request(`${base}/${copy.body.id}/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${outsider.token}`, 'content-type': 'text/csv' },
      body: 'Account address,Hide notifications\nkeeper@empathie.test,true\n',
    });
    expect(await plain.json()).toEqual({ imported: 1, skipped: [] });
    expect((await call(t, outsider, 'GET', `${base}/${copy.body.id}`)).body.accounts_count).toBe(4);
    const none = await call(t, outsider, 'POST', `${base}/${copy.body.id}/import`, {
      csv: 'ghost@nowhere.test\n',
    });
    expect(none.body).toEqual({ imported: 0, skipped: ['ghost@nowhere.test'] });
  });

  it('refuses unknown accounts without adding any (422)', async () => {
    const [list] = (await call(t, keeper, 'GET', base)).body;
    const r = await call(t, keeper, 'POST', `${base}/${list.id}/accounts`, {
      account_ids: [outsider.id, '999999999999999999'],
    });
    expect(r.status).toBe(422);
    expect(r.body.details).toEqual({ account_ids: ['999999999999999999'] });
    expect((await call(t, keeper, 'GET', `${base}/${list.id}`)).body.accounts_count).toBe(3);
  });
});
