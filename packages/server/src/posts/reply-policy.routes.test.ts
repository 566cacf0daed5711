import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
import { call, follow, type Person, person, post, type TestApp } from './people.fixture.ts';

const MINUTE = 60_000;

describe('reply controls', () => {
  let t: TestApp;
  let alice: Person;
  let friend: Person;
  let named: Person;
  let stranger: Person;

  const reply = (who: Person, to: string, text = 'Je réponds', lang = 'en') =>
    call(
      t,
      who,
      'POST',
      '/api/v1/statuses',
      { status: text, in_reply_to_id: to },
      { 'accept-language': lang },
    );

  beforeAll(async () => {
    t = await createTestApp();
    alice = await person(t, 'alice');
    friend = await person(t, 'friend');
    named = await person(t, 'named');
    stranger = await person(t, 'stranger');
    await follow(t, alice, friend);
  });
  afterAll(() => t.close());

  it('lets everyone reply by default, and says so on the status', async () => {
    const p = await post(t, alice, 'Open to all');
    expect(p.body.empathie.reply_policy).toBe('everyone');
    expect(p.body.empathie.can_reply).toBe(true);
    expect((await reply(stranger, p.body.id)).status).toBe(200);
  });

  it('"following": only people Alice follows may reply; others get 403 with the reason', async () => {
    const p = await post(t, alice, 'Friends only', { reply_policy: 'following' });
    expect(p.body.empathie.reply_policy).toBe('following');
    const refused = await reply(stranger, p.body.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('forbidden');
    expect(refused.body.error_description).toBe(
      'Only people Alice follows can reply to this post.',
    );
    expect(refused.body.details).toMatchObject({
      reason: 'reply_policy',
      reply_policy: 'following',
    });
    const fr = await reply(stranger, p.body.id, 'Je réponds', 'fr');
    expect(fr.body.error_description).toBe(
      'Seules les personnes que Alice suit peuvent répondre à ce message.',
    );
    expect((await reply(friend, p.body.id)).status).toBe(200);
    expect((await reply(alice, p.body.id)).status).toBe(200);
    // Nothing was created by the refused replies.
    const ctx = await call(t, alice, 'GET', `/api/v1/statuses/${p.body.id}/context`);
    expect(
      ctx.body.descendants.map((s: { account: { id: string } }) => s.account.id).sort(),
    ).toEqual([alice.id, friend.id].sort());
  });

  it('"mentioned": only the people the post names may reply', async () => {
    const p = await post(t, alice, 'Question pour @named', { reply_policy: 'mentioned' });
    const refused = await reply(friend, p.body.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error_description).toBe(
      'Only people Alice mentions can reply to this post.',
    );
    expect((await reply(named, p.body.id)).status).toBe(200);
  });

  it('"nobody": only the author may continue the thread', async () => {
    const p = await post(t, alice, 'Closed', { reply_policy: 'nobody' });
    const refused = await reply(friend, p.body.id, 'x', 'fr');
    expect(refused.status).toBe(403);
    expect(refused.body.error_description).toBe('Alice a fermé les réponses à ce message.');
    expect((await reply(alice, p.body.id)).status).toBe(200);
  });

  it('tells each viewer whether they may reply (can_reply), and no one signed out', async () => {
    const p = await post(t, alice, 'Friends only, again', { reply_policy: 'following' });
    const as = async (who: Person | null) =>
      (await call(t, who, 'GET', `/api/v1/statuses/${p.body.id}`)).body.empathie;
    expect(await as(friend)).toMatchObject({ reply_policy: 'following', can_reply: true });
    expect(await as(stranger)).toMatchObject({ reply_policy: 'following', can_reply: false });
    expect(await as(alice)).toMatchObject({ can_reply: true });
    expect(await as(null)).toMatchObject({ reply_policy: 'following', can_reply: false });
  });

  it("applies the thread's first post's policy to replies deeper in the thread", async () => {
    const root = await post(t, alice, 'Only friends in this thread', { reply_policy: 'following' });
    const r1 = await reply(friend, root.body.id, 'A friend answers');
    expect(r1.status).toBe(200);
    const deeper = await reply(stranger, r1.body.id, 'Me too');
    expect(deeper.status).toBe(403);
    expect(deeper.body.details.account_id).toBe(alice.id);
    const seen = await call(t, stranger, 'GET', `/api/v1/statuses/${r1.body.id}`);
    expect(seen.body.empathie.can_reply).toBe(false);
  });

  it('takes the default from the person’s setting, and lets the author change it later', async () => {
    const put = await call(t, alice, 'PUT', '/api/empathie/v1/reply_policy/default', {
      reply_policy: 'mentioned',
    });
    expect(put.body).toEqual({ reply_policy: 'mentioned' });
    expect((await call(t, alice, 'GET', '/api/empathie/v1/reply_policy/default')).body).toEqual({
      reply_policy: 'mentioned',
    });
    const p = await post(t, alice, 'Default applies');
    expect(p.body.empathie.reply_policy).toBe('mentioned');
    expect((await reply(friend, p.body.id)).status).toBe(403);
    const opened = await call(t, alice, 'PUT', `/api/v1/statuses/${p.body.id}`, {
      reply_policy: 'everyone',
    });
    expect(opened.body.empathie.reply_policy).toBe('everyone');
    // A change of reply policy alone is not an edit of the words: no version, no "edited".
    expect(opened.body.edited_at).toBeNull();
    const history = await call(t, alice, 'GET', `/api/v1/statuses/${p.body.id}/history`);
    expect(history.body).toHaveLength(1);
    expect((await reply(friend, p.body.id)).status).toBe(200);
    await call(t, alice, 'PUT', '/api/empathie/v1/reply_policy/default', {
      reply_policy: 'everyone',
    });
  });

  it('refuses an unknown policy with 422, and a setting for someone else cannot exist', async () => {
    const bad = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'x',
      reply_policy: 'friends',
    });
    expect(bad.status).toBe(422);
    expect((await call(t, null, 'GET', '/api/empathie/v1/reply_policy/default')).status).toBe(401);
  });

  it('refuses a held reply when it is written, and again when it is due if the policy changed', async () => {
    const p = await post(t, alice, 'Later question');
    const at = () => new Date(t.clock.now().getTime() + 10 * MINUTE).toISOString();
    const closed = await post(t, alice, 'Already closed', { reply_policy: 'nobody' });
    const early = await call(t, friend, 'POST', '/api/v1/statuses', {
      status: 'Plus tard',
      in_reply_to_id: closed.body.id,
      scheduled_at: at(),
    });
    expect(early.status).toBe(403);
    const held = await call(t, friend, 'POST', '/api/v1/statuses', {
      status: 'Plus tard',
      in_reply_to_id: p.body.id,
      scheduled_at: at(),
    });
    expect(held.status).toBe(200);
    await call(t, alice, 'PUT', `/api/v1/statuses/${p.body.id}`, { reply_policy: 'nobody' });
    t.clock.advance(11 * MINUTE);
    await t.jobs.runDueJobs();
    const after = await call(t, friend, 'GET', `/api/v1/scheduled_statuses/${held.body.id}`);
    expect(after.status).toBe(200);
    expect(after.body.failure ?? after.body.empathie?.failure).toBe('reply_refused');
    const ctx = await call(t, alice, 'GET', `/api/v1/statuses/${p.body.id}/context`);
    expect(ctx.body.descendants).toEqual([]);
  });

  it('refuses moving a held post under a post whose policy leaves its author out', async () => {
    const closed = await post(t, alice, 'Nobody answers this', { reply_policy: 'nobody' });
    const held = await call(t, friend, 'POST', '/api/v1/statuses', {
      status: 'Une pensée pour plus tard',
      scheduled_at: new Date(t.clock.now().getTime() + 10 * MINUTE).toISOString(),
    });
    const moved = await call(
      t,
      friend,
      'PUT',
      `/api/empathie/v1/scheduled_statuses/${held.body.id}`,
      { in_reply_to_id: closed.body.id },
      { 'accept-language': 'fr' },
    );
    expect(moved.status).toBe(403);
    expect(moved.body.error_description).toBe('Alice a fermé les réponses à ce message.');
    const still = await call(t, friend, 'GET', `/api/v1/scheduled_statuses/${held.body.id}`);
    expect(still.body.params.in_reply_to_id).toBeNull();
    await call(t, friend, 'DELETE', `/api/v1/scheduled_statuses/${held.body.id}`);
  });

  it('keeps a held post’s own reply policy for when it is published', async () => {
    const held = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'Scheduled and closed',
      reply_policy: 'nobody',
      scheduled_at: new Date(t.clock.now().getTime() + 10 * MINUTE).toISOString(),
    });
    expect(held.status).toBe(200);
    t.clock.advance(11 * MINUTE);
    await t.jobs.runDueJobs();
    const mine = await call(t, alice, 'GET', `/api/v1/accounts/${alice.id}/statuses?limit=1`);
    expect(mine.body[0].content).toContain('Scheduled and closed');
    expect(mine.body[0].empathie.reply_policy).toBe('nobody');
  });
});
