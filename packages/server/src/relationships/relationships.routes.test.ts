import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import type { DomainEvent } from '../shared/events.ts';
import { createTestApp } from '../testing/test-app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let alice: { token: string; id: string };
let bob: { token: string; id: string };
let carol: { token: string; id: string };
const seen: DomainEvent[] = [];

beforeAll(async () => {
  t = await createTestApp();
  for (const type of [
    'follow.created',
    'follow.removed',
    'follow_request.created',
    'block.created',
    'mute.created',
  ] as const) {
    t.events.subscribe(type, (e) => {
      seen.push(e);
    });
  }
  alice = await signUp(t.app, 'alice');
  bob = await signUp(t.app, 'bob');
  carol = await signUp(t.app, 'carol');
});
afterAll(() => t.close());

const act = (who: { token: string }, path: string, body?: unknown) =>
  t.app.request(path, jsonRequest('POST', body ?? {}, who.token));
const get = (who: { token: string } | null, path: string) =>
  t.app.request(path, jsonRequest('GET', undefined, who?.token));
const account = async (id: string) => json(await get(null, `/api/v1/accounts/${id}`));

describe('following', () => {
  it('follows an open account at once, idempotently, keeping counts right', async () => {
    const first = await act(bob, `/api/v1/accounts/${alice.id}/follow`);
    expect(first.status).toBe(200);
    expect(await json(first)).toMatchObject({
      id: alice.id,
      following: true,
      requested: false,
      followed_by: false,
    });
    await act(bob, `/api/v1/accounts/${alice.id}/follow`);
    expect((await account(alice.id)).followers_count).toBe(1);
    expect((await account(bob.id)).following_count).toBe(1);
    expect(seen.filter((e) => e.type === 'follow.created')).toEqual([
      { type: 'follow.created', followerId: bob.id, targetId: alice.id },
    ]);
    const rel = await json(
      await get(alice, `/api/v1/accounts/relationships?id[]=${bob.id}&id[]=999999999999999999`),
    );
    expect(rel).toEqual([
      expect.objectContaining({ id: bob.id, following: false, followed_by: true }),
    ]);
  });

  it('lists followers and following with Link pagination', async () => {
    await act(carol, `/api/v1/accounts/${alice.id}/follow`);
    const page1 = await get(null, `/api/v1/accounts/${alice.id}/followers?limit=1`);
    const first = await json(page1);
    expect(first.map((a: { username: string }) => a.username)).toEqual(['carol']);
    const link = page1.headers.get('link') ?? '';
    const next = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? '';
    expect(next).toContain('max_id=');
    const page2 = await json(await t.app.request(next));
    expect(page2.map((a: { username: string }) => a.username)).toEqual(['bob']);
    const following = await json(await get(null, `/api/v1/accounts/${bob.id}/following`));
    expect(following.map((a: { id: string }) => a.id)).toEqual([alice.id]);
  });

  it('turns a follow of a locked account into a request that can be accepted or declined', async () => {
    await t.app.request(
      '/api/v1/accounts/update_credentials',
      jsonRequest('PATCH', { locked: true }, carol.token),
    );
    const asked = await json(await act(bob, `/api/v1/accounts/${carol.id}/follow`));
    expect(asked).toMatchObject({ following: false, requested: true });
    expect(seen.at(-1)).toEqual({
      type: 'follow_request.created',
      followerId: bob.id,
      targetId: carol.id,
    });
    const me = await json(await get(carol, '/api/v1/accounts/verify_credentials'));
    expect(me.source.follow_requests_count).toBe(1);
    const requests = await json(await get(carol, '/api/v1/follow_requests'));
    expect(requests.map((a: { id: string }) => a.id)).toEqual([bob.id]);
    // Only the person asked can answer.
    expect((await act(alice, `/api/v1/follow_requests/${bob.id}/authorize`)).status).toBe(404);
    const accepted = await json(await act(carol, `/api/v1/follow_requests/${bob.id}/authorize`));
    expect(accepted).toMatchObject({ followed_by: true, requested_by: false });
    expect((await account(carol.id)).followers_count).toBe(1);
    expect((await act(carol, `/api/v1/follow_requests/${bob.id}/reject`)).status).toBe(404);
  });

  it('unfollow also withdraws a pending request', async () => {
    await act(alice, `/api/v1/accounts/${carol.id}/follow`);
    const withdrawn = await json(await act(alice, `/api/v1/accounts/${carol.id}/unfollow`));
    expect(withdrawn.requested).toBe(false);
    expect(await json(await get(carol, '/api/v1/follow_requests'))).toEqual([]);
  });

  it('counts simultaneous follows of the same account once', async () => {
    const dan = await signUp(t.app, 'dan');
    const answers = await Promise.all(
      [1, 2, 3].map(() => act(dan, `/api/v1/accounts/${bob.id}/follow`)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect((await account(dan.id)).following_count).toBe(1);
    await act(dan, `/api/v1/accounts/${bob.id}/unfollow`);
    expect((await account(dan.id)).following_count).toBe(0);
  });

  it('refuses to follow oneself and unknown accounts', async () => {
    expect((await act(bob, `/api/v1/accounts/${bob.id}/follow`)).status).toBe(403);
    expect((await act(bob, '/api/v1/accounts/123456789012345678/follow')).status).toBe(404);
    expect((await act(bob, '/api/v1/accounts/not-a-number/follow')).status).toBe(404);
  });
});

describe('blocking and muting', () => {
  it('a block cuts follows both ways, hides the blocker and stops new follows', async () => {
    await act(alice, `/api/v1/accounts/${bob.id}/follow`);
    expect((await account(bob.id)).followers_count).toBe(1);
    const blocked = await json(await act(alice, `/api/v1/accounts/${bob.id}/block`));
    expect(blocked).toMatchObject({ blocking: true, following: false, followed_by: false });
    expect(await account(alice.id)).toMatchObject({ followers_count: 1, following_count: 0 });
    expect(await account(bob.id)).toMatchObject({ followers_count: 0, following_count: 1 });
    expect(seen).toContainEqual({ type: 'block.created', accountId: alice.id, targetId: bob.id });
    expect(seen).toContainEqual({ type: 'follow.removed', followerId: bob.id, targetId: alice.id });

    // Bob no longer sees Alice at all, and cannot follow her back.
    expect((await get(bob, `/api/v1/accounts/${alice.id}`)).status).toBe(404);
    expect((await get(bob, '/api/v1/accounts/lookup?acct=alice')).status).toBe(404);
    expect((await get(bob, `/api/v1/accounts/${alice.id}/followers`)).status).toBe(404);
    expect((await act(bob, `/api/v1/accounts/${alice.id}/follow`)).status).toBe(404);
    expect(await json(await get(bob, `/api/v1/accounts/relationships?id[]=${alice.id}`))).toEqual(
      [],
    );
    // Alice must unblock before following.
    expect((await act(alice, `/api/v1/accounts/${bob.id}/follow`)).status).toBe(403);
    // Bob can still protect himself from Alice.
    expect((await json(await act(bob, `/api/v1/accounts/${alice.id}/block`))).blocking).toBe(true);
    await act(bob, `/api/v1/accounts/${alice.id}/unblock`);

    const unblocked = await json(await act(alice, `/api/v1/accounts/${bob.id}/unblock`));
    expect(unblocked.blocking).toBe(false);
    expect((await get(bob, `/api/v1/accounts/${alice.id}`)).status).toBe(200);
  });

  it('mutes with or without notifications, and unmutes', async () => {
    const muted = await json(
      await act(alice, `/api/v1/accounts/${carol.id}/mute`, { notifications: false }),
    );
    expect(muted).toMatchObject({ muting: true, muting_notifications: false });
    expect(seen.at(-1)).toEqual({
      type: 'mute.created',
      accountId: alice.id,
      targetId: carol.id,
      hideNotifications: false,
    });
    const again = await json(await act(alice, `/api/v1/accounts/${carol.id}/mute`));
    expect(again.muting_notifications).toBe(true);
    const unmuted = await json(await act(alice, `/api/v1/accounts/${carol.id}/unmute`));
    expect(unmuted).toMatchObject({ muting: false, muting_notifications: false });
    const bad = await act(alice, `/api/v1/accounts/${carol.id}/mute`, { notifications: 'perhaps' });
    expect(bad.status).toBe(422);
    expect((await json(bad)).details.fields[0].field).toBe('notifications');
  });
});

describe('own lists', () => {
  it('lists whom one blocks and mutes, newest first, even when they block back', async () => {
    const eve = await signUp(t.app, 'eve');
    await act(eve, `/api/v1/accounts/${bob.id}/block`);
    await act(eve, `/api/v1/accounts/${carol.id}/block`);
    await act(carol, `/api/v1/accounts/${eve.id}/block`);
    await act(eve, `/api/v1/accounts/${alice.id}/mute`);
    const blocks = await json(await get(eve, '/api/v1/blocks'));
    expect(blocks.map((a: { id: string }) => a.id)).toEqual([carol.id, bob.id]);
    const mutes = await json(await get(eve, '/api/v1/mutes'));
    expect(mutes.map((a: { id: string }) => a.id)).toEqual([alice.id]);
    expect(await json(await get(bob, '/api/v1/blocks'))).toEqual([]);
  });
});

describe('authorisation', () => {
  it.each([
    ['POST', 'follow'],
    ['POST', 'unfollow'],
    ['POST', 'block'],
    ['POST', 'unblock'],
    ['POST', 'mute'],
    ['POST', 'unmute'],
  ])('%s /accounts/:id/%s needs a token', async (method, name) => {
    const response = await t.app.request(`/api/v1/accounts/${bob.id}/${name}`, { method });
    expect(response.status).toBe(401);
  });

  it.each([
    '/api/v1/accounts/relationships?id[]=1',
    '/api/v1/follow_requests',
    '/api/v1/blocks',
    '/api/v1/mutes',
  ])('GET %s needs a token', async (path) => {
    expect((await t.app.request(path)).status).toBe(401);
  });

  it('refuses a revoked or made-up token with 401', async () => {
    const response = await get({ token: 'made-up' }, '/api/v1/follow_requests');
    expect(response.status).toBe(401);
  });
});
