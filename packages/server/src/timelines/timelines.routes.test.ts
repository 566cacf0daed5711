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
  unfollow,
} from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

const ids = (statuses: Array<{ id: string }>) => statuses.map((s) => s.id);

describe('timelines', () => {
  let t: TestApp;
  let ana: Person;
  let ben: Person;
  let cleo: Person;
  let dan: Person;

  beforeAll(async () => {
    t = await createTestApp();
    ana = await person(t, 'ana');
    ben = await person(t, 'ben');
    cleo = await person(t, 'cleo');
    dan = await person(t, 'dan');
  });
  afterAll(() => t.close());

  it('home: your own post at once, a followed person’s post after the fan-out job', async () => {
    await follow(t, ana, ben);
    const mine = (await call(t, ana, 'POST', '/api/v1/statuses', { status: 'le mien' })).body;
    const theirs = (await call(t, ben, 'POST', '/api/v1/statuses', { status: 'le sien' })).body;
    // Before the worker runs: only the author's own row exists.
    expect(ids((await call(t, ana, 'GET', '/api/v1/timelines/home')).body)).toEqual([mine.id]);
    await t.jobs.runDueJobs();
    expect(ids((await call(t, ana, 'GET', '/api/v1/timelines/home')).body)).toEqual([
      theirs.id,
      mine.id,
    ]);
    // Cleo follows nobody: she sees only her own posts.
    expect((await call(t, cleo, 'GET', '/api/v1/timelines/home')).body).toEqual([]);
    expect((await call(t, null, 'GET', '/api/v1/timelines/home')).status).toBe(401);
  });

  it('home: a follow backfills recent posts, an unfollow removes them', async () => {
    const older = (await post(t, cleo, 'avant le suivi')).body;
    await follow(t, dan, cleo);
    expect(ids((await call(t, dan, 'GET', '/api/v1/timelines/home')).body)).toContain(older.id);
    await unfollow(t, dan, cleo);
    expect(ids((await call(t, dan, 'GET', '/api/v1/timelines/home')).body)).not.toContain(older.id);
  });

  it('home: followers-only posts reach followers, direct posts only the people mentioned', async () => {
    await follow(t, cleo, ana);
    const priv = (await post(t, ana, 'entre nous', { visibility: 'private' })).body;
    const direct = (await post(t, ana, '@dan en privé', { visibility: 'direct' })).body;
    const cleoHome = ids((await call(t, cleo, 'GET', '/api/v1/timelines/home')).body);
    expect(cleoHome).toContain(priv.id);
    expect(cleoHome).not.toContain(direct.id);
    expect(ids((await call(t, dan, 'GET', '/api/v1/timelines/home')).body)).toContain(direct.id);
  });

  it('home: shares appear, mutes hide at read time, a reply to a stranger stays out', async () => {
    const benPost = (await post(t, ben, 'à relayer')).body;
    const share = (await call(t, cleo, 'POST', `/api/v1/statuses/${benPost.id}/reblog`)).body;
    await t.jobs.runDueJobs();
    await follow(t, dan, cleo);
    const danHome = (await call(t, dan, 'GET', '/api/v1/timelines/home')).body;
    const found = danHome.find((s: { id: string }) => s.id === share.id);
    expect(found.reblog.id).toBe(benPost.id);
    await mute(t, dan, ben);
    // The share of a muted person's post disappears too.
    expect(ids((await call(t, dan, 'GET', '/api/v1/timelines/home')).body)).not.toContain(share.id);
    const reply = (
      await post(t, cleo, '@ana réponse', { in_reply_to_id: (await post(t, ana, 'q')).body.id })
    ).body;
    // Dan follows Cleo but not Ana: like Mastodon, Cleo's reply to Ana stays out of his home.
    expect(ids((await call(t, dan, 'GET', '/api/v1/timelines/home')).body)).not.toContain(reply.id);
  });

  it('home: a block removes the blocked person’s posts both ways', async () => {
    await follow(t, ben, ana);
    const p = (await post(t, ana, 'avant le blocage')).body;
    expect(ids((await call(t, ben, 'GET', '/api/v1/timelines/home')).body)).toContain(p.id);
    await block(t, ana, ben);
    expect(ids((await call(t, ben, 'GET', '/api/v1/timelines/home')).body)).not.toContain(p.id);
    const rows = await t.database.db
      .selectFrom('home_feed')
      .select('post_id')
      .where('account_id', '=', ben.id)
      .where('author_id', '=', ana.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('thread context leaves out muted and blocked people, and what hangs below them', async () => {
    const gus = await person(t, 'gus');
    const hal = await person(t, 'hal');
    const ivy = await person(t, 'ivy');
    const reader = await person(t, 'reader');
    const root = (await post(t, gus, 'sujet')).body;
    const byHal = (await post(t, hal, 'avis', { in_reply_to_id: root.id })).body;
    const underHal = (await post(t, gus, 'réponse à Hal', { in_reply_to_id: byHal.id })).body;
    const byIvy = (await post(t, ivy, 'autre avis', { in_reply_to_id: root.id })).body;
    const context = async () =>
      ids((await call(t, reader, 'GET', `/api/v1/statuses/${root.id}/context`)).body.descendants);
    expect(await context()).toEqual([byHal.id, underHal.id, byIvy.id]);
    await mute(t, reader, hal);
    expect(await context()).toEqual([byIvy.id]);
    await block(t, ivy, reader);
    expect(await context()).toEqual([]);
  });

  it('public and local timelines: public posts only, readable signed out, no shares', async () => {
    const pub = (await post(t, dan, 'pour tout le monde')).body;
    const unl = (await post(t, dan, 'discret', { visibility: 'unlisted' })).body;
    const local = ids((await call(t, null, 'GET', '/api/v1/timelines/public?local=true')).body);
    expect(local).toContain(pub.id);
    expect(local).not.toContain(unl.id);
    const all = (await call(t, null, 'GET', '/api/v1/timelines/public')).body;
    expect(
      all.every(
        (s: { visibility: string; reblog: unknown }) =>
          s.visibility === 'public' && s.reblog === null,
      ),
    ).toBe(true);
    expect((await call(t, null, 'GET', '/api/v1/timelines/public?remote=true')).body).toEqual([]);
    expect((await call(t, null, 'GET', '/api/v1/timelines/public?only_media=true')).body).toEqual(
      [],
    );
  });

  it('paginates with max_id / min_id / since_id and Link headers', async () => {
    const eve = await person(t, 'eve');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await post(t, eve, `message ${i}`)).body.id);
    const first = await call(t, eve, 'GET', `/api/v1/accounts/${eve.id}/statuses?limit=2`);
    expect(ids(first.body)).toEqual([made[4], made[3]]);
    const link = first.headers.get('link') ?? '';
    expect(link).toContain(`max_id=${made[3]}`);
    expect(link).toContain(`min_id=${made[4]}`);
    const next = await call(
      t,
      eve,
      'GET',
      `/api/v1/accounts/${eve.id}/statuses?limit=2&max_id=${made[3]}`,
    );
    expect(ids(next.body)).toEqual([made[2], made[1]]);
    const newer = await call(
      t,
      eve,
      'GET',
      `/api/v1/accounts/${eve.id}/statuses?limit=2&min_id=${made[1]}`,
    );
    expect(ids(newer.body)).toEqual([made[3], made[2]]);
    const since = await call(
      t,
      eve,
      'GET',
      `/api/v1/accounts/${eve.id}/statuses?limit=2&since_id=${made[1]}`,
    );
    expect(ids(since.body)).toEqual([made[4], made[3]]);
    const home = await call(t, eve, 'GET', `/api/v1/timelines/home?limit=2&max_id=${made[3]}`);
    expect(ids(home.body)).toEqual([made[2], made[1]]);
    const bad = await call(t, eve, 'GET', '/api/v1/timelines/home?max_id=abc');
    expect(bad.status).toBe(422);
  });

  it('account statuses: exclude_replies, exclude_reblogs, tagged, pinned', async () => {
    const fay = await person(t, 'fay');
    const top = (await post(t, fay, 'sujet #Jardin')).body;
    const selfReply = (await post(t, fay, 'suite', { in_reply_to_id: top.id })).body;
    const other = (await post(t, ana, 'autre')).body;
    const reply = (await post(t, fay, '@ana oui', { in_reply_to_id: other.id })).body;
    const share = (await call(t, fay, 'POST', `/api/v1/statuses/${other.id}/reblog`)).body;
    const path = `/api/v1/accounts/${fay.id}/statuses`;
    expect(ids((await call(t, null, 'GET', path)).body)).toEqual([
      share.id,
      reply.id,
      selfReply.id,
      top.id,
    ]);
    expect(ids((await call(t, null, 'GET', `${path}?exclude_replies=true`)).body)).toEqual([
      share.id,
      selfReply.id,
      top.id,
    ]);
    expect(ids((await call(t, null, 'GET', `${path}?exclude_reblogs=true`)).body)).toEqual([
      reply.id,
      selfReply.id,
      top.id,
    ]);
    expect(ids((await call(t, null, 'GET', `${path}?tagged=jardin`)).body)).toEqual([top.id]);
    expect((await call(t, null, 'GET', `${path}?pinned=true`)).body).toEqual([]);
    expect(
      (await call(t, null, 'GET', '/api/v1/accounts/999999999999999999/statuses')).status,
    ).toBe(404);
  });

  it('tag timeline: public posts with the tag, case-insensitively', async () => {
    const a = (await post(t, ana, 'Voir #Solidarité')).body;
    const b = (await post(t, ben, 'aussi #solidarité', { visibility: 'unlisted' })).body;
    const c = (await post(t, cleo, 'encore #SOLIDARITÉ')).body;
    const tag = encodeURIComponent('solidarité');
    const got = ids((await call(t, null, 'GET', `/api/v1/timelines/tag/${tag}`)).body);
    expect(got).toEqual([c.id, a.id]);
    expect(got).not.toContain(b.id);
    expect((await call(t, null, 'GET', '/api/v1/timelines/tag/inconnu')).body).toEqual([]);
    expect((await call(t, null, 'GET', '/api/v1/timelines/tag/100%25')).status).toBe(200);
    const entity = await call(t, null, 'GET', `/api/v1/tags/${encodeURIComponent('SOLIDARITÉ')}`);
    expect(entity.body).toEqual({
      name: 'solidarité',
      url: `http://empathie.test/tags/${tag}`,
      history: [],
      following: false,
    });
    expect((await call(t, null, 'GET', '/api/v1/tags/inconnu')).status).toBe(404);
  });
});
