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

type N = {
  id: string;
  type: string;
  account: { id: string };
  status: { id: string } | null;
  empathie: { reply: boolean };
};

describe('notifications', () => {
  let t: TestApp;
  let lea: Person;
  let max: Person;
  let noe: Person;

  beforeAll(async () => {
    t = await createTestApp();
    lea = await person(t, 'lea');
    max = await person(t, 'max');
    noe = await person(t, 'noe');
  });
  afterAll(() => t.close());

  const list = async (who: Person, query = '') =>
    (await call(t, who, 'GET', `/api/v1/notifications${query}`)).body as N[];

  it('notifies follows, mentions, replies, favourites and shares, newest first', async () => {
    await follow(t, max, lea);
    await t.events.publish({
      type: 'follow_request.created',
      followerId: noe.id,
      targetId: lea.id,
    });
    const p = (await post(t, lea, 'Bonjour')).body;
    const reply = (await post(t, max, '@lea merci', { in_reply_to_id: p.id })).body;
    const mention = (await post(t, noe, 'coucou @lea')).body;
    await call(t, max, 'POST', `/api/v1/statuses/${p.id}/favourite`);
    await call(t, noe, 'POST', `/api/v1/statuses/${p.id}/reblog`);
    // Acting on one's own post notifies nobody.
    await call(t, lea, 'POST', `/api/v1/statuses/${p.id}/favourite`);
    const got = await list(lea);
    expect(got.map((n) => [n.type, n.account.id, n.status?.id ?? null, n.empathie.reply])).toEqual([
      ['reblog', noe.id, p.id, false],
      ['favourite', max.id, p.id, false],
      ['mention', noe.id, mention.id, false],
      // A reply travels as Mastodon's `mention`, marked as a reply for Empathie's clients.
      ['mention', max.id, reply.id, true],
      ['follow_request', noe.id, null, false],
      ['follow', max.id, null, false],
    ]);
  });

  it('filters by types[] and exclude_types[], reads one, dismisses and clears', async () => {
    const follows = await list(lea, '?types[]=follow&types[]=follow_request');
    expect(follows.map((n) => n.type)).toEqual(['follow_request', 'follow']);
    const noMentions = await list(lea, '?exclude_types[]=mention');
    expect(noMentions.some((n) => n.type === 'mention')).toBe(false);
    const first = follows[0] as N;
    expect((await call(t, lea, 'GET', `/api/v1/notifications/${first.id}`)).body.id).toBe(first.id);
    expect((await call(t, max, 'GET', `/api/v1/notifications/${first.id}`)).status).toBe(404);
    expect((await call(t, max, 'POST', `/api/v1/notifications/${first.id}/dismiss`)).status).toBe(
      404,
    );
    expect((await call(t, lea, 'POST', `/api/v1/notifications/${first.id}/dismiss`)).status).toBe(
      200,
    );
    expect((await list(lea)).map((n) => n.id)).not.toContain(first.id);
    const page = await call(t, lea, 'GET', '/api/v1/notifications?limit=2');
    expect(page.body).toHaveLength(2);
    expect(page.headers.get('link')).toContain('max_id=');
    await call(t, lea, 'POST', '/api/v1/notifications/clear');
    expect(await list(lea)).toEqual([]);
    expect((await call(t, null, 'GET', '/api/v1/notifications')).status).toBe(401);
  });

  it('never notifies from muted or blocked people, nor about posts the recipient cannot see', async () => {
    const zoe = await person(t, 'zoe');
    await mute(t, lea, zoe);
    await post(t, zoe, '@lea tu es là ?');
    const rita = await person(t, 'rita');
    await block(t, lea, rita);
    await post(t, rita, '@lea hé');
    // Followers-only post mentioning nobody: Léa is not a follower, so no reply notification.
    const mine = (await post(t, lea, 'question')).body;
    await post(t, noe, 'réponse réservée', { in_reply_to_id: mine.id, visibility: 'private' });
    expect(await list(lea)).toEqual([]);
    // A block that comes later also hides what was already there.
    const sam = await person(t, 'sam');
    await post(t, sam, '@lea salut');
    expect(await list(lea)).toHaveLength(1);
    await block(t, sam, lea);
    expect(await list(lea)).toEqual([]);
  });

  it('an accepted follow request leaves the notifications instead of becoming a follow', async () => {
    const ugo = await person(t, 'ugo');
    const vera = await person(t, 'vera');
    await t.events.publish({
      type: 'follow_request.created',
      followerId: ugo.id,
      targetId: vera.id,
    });
    expect((await list(vera)).map((n) => n.type)).toEqual(['follow_request']);
    await follow(t, ugo, vera);
    expect(await list(vera)).toEqual([]);
  });

  it('keeps read positions in markers', async () => {
    const empty = await call(t, lea, 'GET', '/api/v1/markers?timeline[]=notifications');
    expect(empty.body).toEqual({});
    const saved = await call(t, lea, 'POST', '/api/v1/markers', {
      notifications: { last_read_id: '123456789012345678' },
    });
    expect(saved.body.notifications).toMatchObject({
      last_read_id: '123456789012345678',
      version: 1,
    });
    const again = await call(t, lea, 'POST', '/api/v1/markers', {
      notifications: { last_read_id: '123456789012345679' },
      home: { last_read_id: '5' },
    });
    expect(again.body.notifications.version).toBe(2);
    const both = await call(
      t,
      lea,
      'GET',
      '/api/v1/markers?timeline[]=home&timeline[]=notifications',
    );
    expect(Object.keys(both.body).sort()).toEqual(['home', 'notifications']);
    expect((await call(t, lea, 'POST', '/api/v1/markers', {})).status).toBe(422);
  });
});
