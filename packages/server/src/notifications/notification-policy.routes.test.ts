import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, follow, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

const DAY = 24 * 3600_000;

describe("strangers' notifications: the policy and its requests", () => {
  let t: TestApp;
  let rose: Person;
  let friend: Person;
  let fan: Person;
  let stranger: Person;
  let newcomer: Person;
  let other: Person;

  const notifications = async (who: Person) =>
    (await call(t, who, 'GET', '/api/v1/notifications')).body as Array<{
      account: { id: string };
      status: { id: string } | null;
    }>;
  const senders = async (who: Person) => (await notifications(who)).map((n) => n.account.id);
  const setPolicy = (who: Person, body: Record<string, string>) =>
    call(t, who, 'PATCH', '/api/v2/notifications/policy', body);

  beforeAll(async () => {
    t = await createTestApp();
    rose = await person(t, 'rose');
    friend = await person(t, 'friend');
    fan = await person(t, 'fan');
    stranger = await person(t, 'stranger');
    other = await person(t, 'other');
    await follow(t, rose, friend);
    await follow(t, fan, rose);
    // Everyone above is a month old by the time the tests run; the newcomer is not.
    t.clock.advance(40 * DAY);
    newcomer = await person(t, 'newcomer');
  });
  afterAll(() => t.close());

  it("answers Mastodon's shape, accepting everything until the person chooses", async () => {
    const r = await call(t, rose, 'GET', '/api/v2/notifications/policy');
    expect(r.body).toEqual({
      for_not_following: 'accept',
      for_not_followers: 'accept',
      for_new_accounts: 'accept',
      for_private_mentions: 'accept',
      for_limited_accounts: 'filter',
      summary: { pending_requests_count: 0, pending_notifications_count: 0 },
    });
    await post(t, stranger, '@rose bonjour');
    expect(await senders(rose)).toContain(stranger.id);
  });

  it('filter: a stranger waits in a request; people she follows still arrive', async () => {
    await setPolicy(rose, { for_not_following: 'filter' });
    const fromStranger = await post(t, stranger, '@rose tu vas voir');
    await post(t, friend, '@rose coucou');
    const got = await senders(rose);
    expect(got).toContain(friend.id);
    expect(got.filter((id) => id === stranger.id)).toHaveLength(1); // only the earlier, accepted one
    const requests = await call(t, rose, 'GET', '/api/v1/notifications/requests');
    expect(requests.body).toHaveLength(1);
    expect(requests.body[0]).toMatchObject({
      account: { id: stranger.id },
      notifications_count: '1',
      last_status: { id: fromStranger.body.id },
    });
    const policy = await call(t, rose, 'GET', '/api/v2/notifications/policy');
    expect(policy.body.summary).toEqual({
      pending_requests_count: 1,
      pending_notifications_count: 1,
    });
  });

  it('accept: the waiting notifications arrive, and later ones from that sender pass', async () => {
    const [request] = (await call(t, rose, 'GET', '/api/v1/notifications/requests')).body;
    expect(
      (await call(t, rose, 'POST', `/api/v1/notifications/requests/${request.id}/accept`)).status,
    ).toBe(200);
    expect((await senders(rose)).filter((id) => id === stranger.id)).toHaveLength(2);
    await post(t, stranger, '@rose merci');
    expect((await senders(rose)).filter((id) => id === stranger.id)).toHaveLength(3);
    expect((await call(t, rose, 'GET', '/api/v1/notifications/requests')).body).toEqual([]);
  });

  it('dismiss: the waiting notifications go; a later one opens a new request', async () => {
    await post(t, other, '@rose première');
    const [request] = (await call(t, rose, 'GET', '/api/v1/notifications/requests')).body;
    expect(request.account.id).toBe(other.id);
    await call(t, rose, 'POST', `/api/v1/notifications/requests/${request.id}/dismiss`);
    expect(await senders(rose)).not.toContain(other.id);
    expect(
      (await call(t, rose, 'GET', `/api/v1/notifications/requests/${request.id}`)).status,
    ).toBe(404);
    await post(t, other, '@rose seconde');
    const again = (await call(t, rose, 'GET', '/api/v1/notifications/requests')).body;
    expect(again).toHaveLength(1);
    expect(again[0].notifications_count).toBe('1');
    // Bulk dismiss takes ids[].
    await call(t, rose, 'POST', '/api/v1/notifications/requests/dismiss', { id: [again[0].id] });
    expect((await call(t, rose, 'GET', '/api/v1/notifications/requests')).body).toEqual([]);
  });

  it('drop: nothing is created at all', async () => {
    await setPolicy(rose, { for_not_following: 'accept', for_new_accounts: 'drop' });
    await post(t, newcomer, '@rose je viens d’arriver');
    expect(await senders(rose)).not.toContain(newcomer.id);
    expect((await call(t, rose, 'GET', '/api/v1/notifications/requests')).body).toEqual([]);
    const stored = await t.database.db
      .selectFrom('notifications')
      .select('id')
      .where('account_id', '=', rose.id)
      .where('from_account_id', '=', newcomer.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it('for_not_followers and for_private_mentions take the strictest applicable answer', async () => {
    await setPolicy(rose, {
      for_new_accounts: 'accept',
      for_not_followers: 'filter',
      for_private_mentions: 'drop',
    });
    await post(t, fan, '@rose un fan écrit');
    expect(await senders(rose)).toContain(fan.id);
    const dm = await post(t, newcomer, '@rose en privé', { visibility: 'direct' });
    expect((await notifications(rose)).map((n) => n.status?.id)).not.toContain(dm.body.id);
    expect((await call(t, rose, 'GET', '/api/v1/notifications/requests')).body).toEqual([]);
    await post(t, newcomer, '@rose en public');
    const requests = (await call(t, rose, 'GET', '/api/v1/notifications/requests')).body;
    expect(requests.map((r: { account: { id: string } }) => r.account.id)).toEqual([newcomer.id]);
  });

  it("keeps each person's policy and requests their own", async () => {
    const [request] = (await call(t, rose, 'GET', '/api/v1/notifications/requests')).body;
    expect(
      (await call(t, other, 'GET', `/api/v1/notifications/requests/${request.id}`)).status,
    ).toBe(404);
    expect(
      (await call(t, other, 'POST', `/api/v1/notifications/requests/${request.id}/accept`)).status,
    ).toBe(404);
    expect(
      (await call(t, other, 'POST', `/api/v1/notifications/requests/${request.id}/dismiss`)).status,
    ).toBe(404);
    await call(t, other, 'POST', '/api/v1/notifications/requests/accept', { id: [request.id] });
    expect(
      (await call(t, rose, 'GET', `/api/v1/notifications/requests/${request.id}`)).status,
    ).toBe(200);
    expect((await call(t, other, 'GET', '/api/v1/notifications/requests')).body).toEqual([]);
    expect(
      (await call(t, other, 'GET', '/api/v2/notifications/policy')).body.for_not_followers,
    ).toBe('accept');
    expect((await call(t, null, 'GET', '/api/v2/notifications/policy')).status).toBe(401);
    expect((await setPolicy(other, { for_not_following: 'ignore' })).status).toBe(422);
  });
});
