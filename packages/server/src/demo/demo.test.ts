import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
import { demoClient } from './demo.client.ts';
import { DEMO_PASSWORD } from './demo.people.ts';
import { planDemo } from './demo.plan.ts';
import { countLocalAccounts } from './demo.repository.ts';
import { type DemoSummary, runDemo } from './demo.service.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

describe('the demo community', () => {
  let t: TestApp;
  let summary: DemoSummary;
  const plan = planDemo();
  const lines: string[] = [];

  const deps = () => ({
    client: demoClient((path, init) => t.app.request(path, init), 'en'),
    clock: t.clock,
    countAccounts: () => countLocalAccounts(t.database.db),
    runDueJobs: () => t.jobs.runDueJobs(),
    progress: (line: string) => lines.push(line),
  });
  const api = (path: string, token?: string) =>
    t.app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const logIn = async (username: string) => {
    const answer = await t.app.request('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password', username, password: DEMO_PASSWORD }),
    });
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { access_token: string }).access_token;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const outcome = await runDemo(deps(), plan, false);
    if (!outcome.ok) throw new Error(`demo failed: ${JSON.stringify(outcome.error)}`);
    summary = outcome.value;
  }, 180_000);
  afterAll(() => t?.close());

  it('creates the planned people, posts, follows and reactions, and says so as it goes', () => {
    expect(summary.people).toBe(12);
    expect(summary.posts).toBe(plan.counts.posts);
    expect(summary.posts).toBeGreaterThanOrEqual(300);
    expect(summary.replies).toBeGreaterThan(50);
    expect(summary.follows).toBe(plan.counts.follows);
    expect(summary.favourites).toBeGreaterThan(100);
    expect(summary.reblogs).toBeGreaterThan(0);
    expect(summary.admin).toBe('entraide_numerique');
    expect(lines).toContain('  12/12 people');
    expect(lines).toContain(`  ${plan.counts.posts}/${plan.counts.posts} posts`);
  });

  it('gives each person a profile and an intention, and lets them sign in with the demo password', async () => {
    const answer = await api('/api/v1/accounts/lookup?acct=jeanne_martin');
    expect(answer.status).toBe(200);
    const jeanne = (await answer.json()) as {
      id: string;
      display_name: string;
      statuses_count: number;
      followers_count: number;
      empathie: { intention: string };
    };
    expect(jeanne.display_name).toBe('Jeanne Martin');
    expect(jeanne.empathie.intention).toMatch(/lire/);
    expect(jeanne.statuses_count).toBeGreaterThan(10);
    expect(jeanne.followers_count).toBeGreaterThan(0);
    expect(await logIn('margaret_reads')).toBeTruthy();
  });

  it('fills home timelines with posts dated over the last weeks', async () => {
    const token = await logIn('lea_b');
    const answer = await api('/api/v1/timelines/home?limit=40', token);
    expect(answer.status).toBe(200);
    const page = (await answer.json()) as { created_at: string; account: { username: string } }[];
    expect(page).toHaveLength(40);
    expect(new Set(page.map((s) => s.account.username)).size).toBeGreaterThan(2);
    const oldest = new Date(page.at(-1)?.created_at ?? '').getTime();
    const own = await api('/api/v1/accounts/lookup?acct=lea_b');
    const lea = (await own.json()) as { created_at: string };
    // The community joined on day one and posted from day two to the end of the span.
    expect(new Date(lea.created_at).getTime()).toBeLessThan(oldest);
    expect(t.clock.now().getTime() - new Date(lea.created_at).getTime()).toBeGreaterThan(
      20 * 24 * 3_600_000,
    );
  });

  it('leaves one follow request pending on the locked account', async () => {
    const token = await logIn('olivia_allotment');
    const answer = await api('/api/v1/follow_requests', token);
    expect(answer.status).toBe(200);
    expect((await answer.json()) as unknown[]).toHaveLength(1);
  });

  it('refuses an instance that already has accounts, and adds nothing', async () => {
    const before = await countLocalAccounts(t.database.db);
    const again = await runDemo(deps(), plan, false);
    expect(again).toEqual({ ok: false, error: { type: 'not_empty', accounts: 12 } });
    expect(await countLocalAccounts(t.database.db)).toBe(before);
  });

  it('with --force, signs the existing demo people in again instead of failing', async () => {
    const social = plan.events.filter((e) => ['join', 'follow', 'authorize'].includes(e.kind));
    const again = await runDemo(deps(), { ...plan, events: social }, true);
    expect(again.ok).toBe(true);
    expect(again.ok && again.value.people).toBe(12);
    expect(again.ok && again.value.admin).toBeNull();
    expect(await countLocalAccounts(t.database.db)).toBe(12);
  });
});
