import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

const OUTCOMES = '/api/empathie/v1/coach/outcomes';
const ME = '/api/empathie/v1/coach/me';
const STATS = '/api/empathie/v1/admin/coach/stats';
const WEEK = 7 * 86_400_000;

describe('coach outcomes and figures', () => {
  let t: TestApp;
  let admin: Person;
  let alice: Person;
  let bob: Person;

  beforeAll(async () => {
    // The test clock starts on Sunday 2026-11-01, in the week of Monday 2026-10-26.
    t = await createTestApp();
    admin = await person(t, 'ada', { role: 'admin' });
    alice = await person(t, 'alice');
    bob = await person(t, 'bob');
  });
  afterAll(() => t.close());

  it('records an outcome with its scores and finding kinds, never any text', async () => {
    const r = await call(t, alice, 'POST', OUTCOMES, {
      outcome: 'revised',
      score_before: 0.92,
      score_after: 0.12,
      findings: ['insult', 'generalisation', 'insult'],
      language: 'fr',
    });
    expect(r.status).toBe(201);
    const row = await t.database.db
      .selectFrom('coach_outcomes')
      .selectAll()
      .where('id', '=', r.body.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      account_id: alice.id,
      outcome: 'revised',
      findings: 'insult,generalisation',
      language: 'fr',
      week: '2026-10-26',
    });
    expect(Number(row.score_before)).toBe(0.92);
    expect(Number(row.score_after)).toBe(0.12);
  });

  it('refuses unknown outcomes, scores outside 0..1 and anything but finding kinds', async () => {
    for (const body of [
      { outcome: 'deleted', score_before: 0.5 },
      { outcome: 'revised', score_before: 1.5 },
      { outcome: 'revised', score_before: 0.5, score_after: -0.1 },
      { outcome: 'revised', score_before: 0.5, findings: ['tu es vraiment nul'] },
      { outcome: 'revised' },
      { outcome: 'revised', score_before: null },
      { outcome: 'revised', score_before: '' },
      { outcome: 'revised', score_before: 0.5, score_after: null },
    ]) {
      const r = await call(t, alice, 'POST', OUTCOMES, body);
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(r.body.error).toBe('validation_failed');
    }
    expect(
      (await call(t, null, 'POST', OUTCOMES, { outcome: 'cancelled', score_before: 0.8 })).status,
    ).toBe(401);
  });

  it('shows a person their own pauses, choices and how many posts may hurt, never a hostility figure', async () => {
    await call(t, alice, 'POST', OUTCOMES, { outcome: 'posted_anyway', score_before: 0.8 });
    await post(t, alice, 'thanks, that was a lovely walk');
    t.clock.advance(WEEK);
    await call(t, alice, 'POST', OUTCOMES, {
      outcome: 'used_suggestion',
      score_before: 0.9,
      score_after: 0.3,
    });
    await post(t, alice, 'you are a pathetic idiot');
    await post(t, alice, 'what a calm and sunny afternoon');
    // Someone else's activity never shows in Alice's figures.
    await call(t, bob, 'POST', OUTCOMES, { outcome: 'cancelled', score_before: 0.95 });

    const r = await call(t, alice, 'GET', `${ME}?weeks=3`);
    expect(r.status).toBe(200);
    const me = r.body;
    expect(me).toMatchObject({
      weeks: 3,
      since: '2026-10-19',
      stepped_in: 3,
      posts_published: 3,
      hurtful_published: 1,
    });
    expect(me.outcomes).toEqual({
      revised: 1,
      used_suggestion: 1,
      sent_later: 0,
      posted_anyway: 1,
      saved_draft: 0,
      cancelled: 0,
    });
    // (0.92 − 0.12 + 0.9 − 0.3) / 2
    expect(me.average_score_drop).toBeCloseTo(0.7, 6);
    expect(me.per_week.map((w: { week: string }) => w.week)).toEqual([
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
    ]);
    const [empty, first, second] = me.per_week;
    expect(empty).toMatchObject({
      stepped_in: 0,
      posts: 0,
      hurtful_posts: 0,
      emotions: {},
    });
    // The walk and the sunny afternoon are ordinary posts: counted, never scored.
    expect(first).toMatchObject({ stepped_in: 2, posts: 1, hurtful_posts: 0 });
    expect(second).toMatchObject({ stepped_in: 1, posts: 2, hurtful_posts: 1 });
    const emotionCount = (w: { emotions: Record<string, number> }) =>
      Object.values(w.emotions).reduce((n, c) => n + c, 0);
    expect([emotionCount(first), emotionCount(second)]).toEqual([1, 2]);
    for (const week of me.per_week) {
      expect(week).not.toHaveProperty('average_toxicity');
      expect(week).not.toHaveProperty('max_toxicity');
    }

    expect((await call(t, alice, 'GET', `${ME}?weeks=53`)).status).toBe(422);
  });

  it('gives the admin instance-wide shares that identify nobody, withholding small groups', async () => {
    expect((await call(t, alice, 'GET', STATS)).status).toBe(403);
    const small = await call(t, admin, 'GET', `${STATS}?weeks=2`);
    expect(small.status).toBe(200);
    // Four pauses so far: too few to show shares or the average drop.
    expect(small.body).toMatchObject({
      pauses: 4,
      shares: null,
      average_score_drop: null,
      min_group: 5,
    });
    expect(small.body.per_week).toEqual([
      { week: '2026-10-26', pauses: null, outcomes: null, withheld: true },
      { week: '2026-11-02', pauses: null, outcomes: null, withheld: true },
    ]);

    for (const [who, outcome, after] of [
      [bob, 'revised', 0.2],
      [bob, 'cancelled', undefined],
      [alice, 'sent_later', undefined],
      [bob, 'revised', 0.1],
      [alice, 'revised', 0.4],
    ] as const) {
      await call(t, who, 'POST', OUTCOMES, { outcome, score_before: 0.8, score_after: after });
    }
    const r = await call(t, admin, 'GET', `${STATS}?weeks=2`);
    const s = r.body;
    expect(s.pauses).toBe(9);
    expect(s.shares.revised).toBeCloseTo(4 / 9, 6);
    expect(s.shares.cancelled).toBeCloseTo(2 / 9, 6);
    expect(s.shares.sent_later).toBeCloseTo(1 / 9, 6);
    expect(s.shares.posted_anyway).toBeCloseTo(1 / 9, 6);
    expect(s.shares.used_suggestion).toBeCloseTo(1 / 9, 6);
    // Drops: 0.8, 0.6, 0.6, 0.7, 0.4 → 0.62
    expect(s.average_score_drop).toBeCloseTo(0.62, 6);
    expect(s.per_week[0]).toEqual({
      week: '2026-10-26',
      pauses: null,
      outcomes: null,
      withheld: true,
    });
    expect(s.per_week[1]).toMatchObject({ week: '2026-11-02', pauses: 7, withheld: false });
    expect(s.per_week[1].outcomes.revised).toBe(3);
    // Nothing in the answer names or numbers a person.
    const text = JSON.stringify(s);
    for (const p of [alice, bob]) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(p.username);
    }
  });
});
