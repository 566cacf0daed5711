import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, follow, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp, testEngine } from '../testing/test-app.ts';

// Texts written for these tests: one plainly hurtful reply, one plainly kind one.
const HURTFUL = 'you are a pathetic idiot';
const KIND = 'thanks, that was a lovely walk';

describe('tone stored with posts, and gentle reading', () => {
  let t: TestApp;
  let alice: Person;
  let bob: Person;
  let carol: Person;
  let rootId: string;
  let replyId: string;

  const notificationFor = async (who: Person, postId: string) => {
    const r = await call(t, who, 'GET', '/api/v1/notifications');
    expect(r.status).toBe(200);
    return r.body.find((n: { status?: { id: string } }) => n.status?.id === postId);
  };

  beforeAll(async () => {
    t = await createTestApp();
    alice = await person(t, 'alice');
    bob = await person(t, 'bob');
    carol = await person(t, 'carol');
    rootId = (await post(t, alice, 'Walking by the river this morning')).body.id;
    // A client may claim anything about its post: the server measures the tone itself.
    const reply = await post(t, bob, `@alice ${HURTFUL}`, {
      in_reply_to_id: rootId,
      empathie: { tone: { toxicity: 0 } },
    });
    expect(reply.status).toBe(200);
    replyId = reply.body.id;
  });
  afterAll(() => t.close());

  it('stores the scores the engine gives the published text, keyed by the post', async () => {
    const row = await t.database.db
      .selectFrom('post_tones')
      .selectAll()
      .where('post_id', '=', replyId)
      .executeTakeFirstOrThrow();
    const expected = (await testEngine()).analyze(`@alice ${HURTFUL}`, { coach: false });
    expect(Number(row.toxicity)).toBeCloseTo(expected.scores.TOXICITY, 6);
    expect(Number(row.insult)).toBeCloseTo(expected.scores.INSULT, 6);
    expect(row).toMatchObject({ account_id: bob.id, language: expected.language });
    expect(row.analysed_at).toBe(t.clock.now().toISOString());
    expect(row.emotion).toMatch(/^(anger|disgust|fear|joy|sadness|surprise|neutral)$/);
  });

  it('folds a hurtful reply in the notifications of the person it is addressed to, saying why', async () => {
    const n = await notificationFor(alice, replyId);
    expect(n.type).toMatch(/^(reply|mention)$/);
    expect(n.status.empathie.folded).toBe(true);
    expect(n.status.empathie.reasons).toContain('insult');
    expect(n.status.empathie.tone.insult).toBeGreaterThanOrEqual(0.7);
    expect(Object.keys(n.status.empathie.tone).sort()).toEqual(
      [
        'toxicity',
        'severe_toxicity',
        'insult',
        'threat',
        'identity_attack',
        'profanity',
        'emotion',
        'language',
        'analysed_at',
      ].sort(),
    );
  });

  it('folds it in the thread for the person addressed, and tells nothing to other readers', async () => {
    const forAlice = await call(t, alice, 'GET', `/api/v1/statuses/${rootId}/context`);
    const seen = forAlice.body.descendants.find((s: { id: string }) => s.id === replyId);
    expect(seen.empathie).toMatchObject({ folded: true });
    const forCarol = await call(t, carol, 'GET', `/api/v1/statuses/${rootId}/context`);
    const carolSees = forCarol.body.descendants.find((s: { id: string }) => s.id === replyId);
    expect(carolSees).toBeDefined();
    // Other readers get the reply policy only: never the tone, never a fold.
    expect(carolSees.empathie).toEqual({ reply_policy: 'everyone', can_reply: true });
    const anonymous = await call(t, null, 'GET', `/api/v1/statuses/${replyId}`);
    expect(anonymous.body.empathie).toEqual({ reply_policy: 'everyone', can_reply: false });
  });

  it('shows its author the tone of their own post, never folded', async () => {
    const own = await call(t, bob, 'GET', `/api/v1/statuses/${replyId}`);
    expect(own.body.empathie.tone.insult).toBeGreaterThanOrEqual(0.7);
    expect(own.body.empathie.folded).toBeUndefined();
  });

  it('leaves a kind reply unfolded', async () => {
    const kind = await post(t, carol, `@alice ${KIND}`, { in_reply_to_id: rootId });
    const n = await notificationFor(alice, kind.body.id);
    expect(n.status.empathie).toMatchObject({ folded: false, reasons: [] });
  });

  it('folds the shared post inside a share, and measures no tone for the share itself', async () => {
    await follow(t, alice, carol);
    const share = await call(t, carol, 'POST', `/api/v1/statuses/${replyId}/reblog`);
    expect(share.status).toBe(200);
    await t.jobs.runDueJobs();
    const home = await call(t, alice, 'GET', '/api/v1/timelines/home');
    const seen = home.body.find((s: { id: string }) => s.id === share.body.id);
    expect(seen.reblog.id).toBe(replyId);
    expect(seen.reblog.empathie).toMatchObject({ folded: true });
    // The share itself is not measured: it carries the reply policy only.
    expect(seen.empathie?.tone).toBeUndefined();
    expect(seen.empathie?.folded).toBeUndefined();
    const rows = await t.database.db
      .selectFrom('post_tones')
      .select('post_id')
      .where('post_id', '=', share.body.id)
      .execute();
    expect(rows).toEqual([]);
    await call(t, carol, 'POST', `/api/v1/statuses/${replyId}/unreblog`);
  });

  it('measures, the first time it is read, a post that was published before tones existed', async () => {
    // Later than the root (threads read newer posts), unlike any id the app generates here.
    const id = String(BigInt(rootId) + 777n);
    const now = t.clock.now().toISOString();
    await t.database.db
      .insertInto('posts')
      .values({
        id,
        account_id: carol.id,
        uri: `http://empathie.test/users/carol/statuses/${id}`,
        url: `http://empathie.test/@carol/${id}`,
        text: HURTFUL,
        content_html: `<p>${HURTFUL}</p>`,
        spoiler_text: '',
        sensitive: 0,
        visibility: 'public',
        language: 'en',
        in_reply_to_id: rootId,
        in_reply_to_account_id: alice.id,
        reblog_of_id: null,
        thread_root_id: rootId,
        local: 1,
        replies_count: 0,
        reblogs_count: 0,
        favourites_count: 0,
        created_at: now,
        edited_at: null,
      })
      .execute();
    const before = await t.database.db
      .selectFrom('post_tones')
      .select('post_id')
      .where('post_id', '=', id)
      .execute();
    expect(before).toEqual([]);
    const context = await call(t, alice, 'GET', `/api/v1/statuses/${rootId}/context`);
    const seen = context.body.descendants.find((s: { id: string }) => s.id === id);
    expect(seen.empathie).toMatchObject({ folded: true });
    const after = await t.database.db
      .selectFrom('post_tones')
      .select('post_id')
      .where('post_id', '=', id)
      .execute();
    expect(after).toEqual([{ post_id: id }]);
  });

  it('follows the reader’s sensitivity: "off" folds nothing', async () => {
    await call(t, alice, 'PATCH', '/api/empathie/v1/coach/settings', { sensitivity: 'off' });
    const n = await notificationFor(alice, replyId);
    expect(n.status.empathie.folded).toBe(false);
    expect(n.status.empathie.tone).toBeDefined();
    await call(t, alice, 'PATCH', '/api/empathie/v1/coach/settings', { sensitivity: null });
    expect((await notificationFor(alice, replyId)).status.empathie.folded).toBe(true);
  });

  it('measures an edited post again', async () => {
    t.clock.advance(60_000);
    const edited = await call(t, bob, 'PUT', `/api/v1/statuses/${replyId}`, {
      status: `@alice ${KIND}`,
    });
    expect(edited.status).toBe(200);
    const n = await notificationFor(alice, replyId);
    expect(n.status.empathie.folded).toBe(false);
    expect(n.status.empathie.tone.analysed_at).toBe(t.clock.now().toISOString());
  });

  it('forgets the tone with the post', async () => {
    expect((await call(t, bob, 'DELETE', `/api/v1/statuses/${replyId}`)).status).toBe(200);
    const rows = await t.database.db
      .selectFrom('post_tones')
      .select('post_id')
      .where('post_id', '=', replyId)
      .execute();
    expect(rows).toEqual([]);
  });
});
