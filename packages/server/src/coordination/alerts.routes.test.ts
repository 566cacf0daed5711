import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRequest } from '../accounts/test-helpers.ts';
import { hashToken } from '../http/auth.ts';
import { call, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

let t: TestApp;
let admin: Person;
let moderator: Person;
let member: Person;
let hasty: Person;

beforeAll(async () => {
  t = await createTestApp();
  admin = await person(t, 'admin', { role: 'admin' });
  moderator = await person(t, 'moderator');
  member = await person(t, 'member');
  hasty = await person(t, 'hasty');
  const res = await call(t, admin, 'PUT', `/api/empathie/v1/admin/accounts/${moderator.id}/role`, {
    role: 'moderator',
  });
  expect(res.status).toBe(200);
  await t.database.db
    .updateTable('access_tokens')
    .set({ scopes: 'read write follow admin:read admin:write' })
    .where('token_hash', '=', hashToken(moderator.token))
    .execute();
});
afterAll(() => t.close());

describe('the bot flag', () => {
  it('round-trips through update_credentials and shows on every Account', async () => {
    const set = await call(t, member, 'PATCH', '/api/v1/accounts/update_credentials', {
      bot: true,
    });
    expect(set.status).toBe(200);
    expect(set.body.bot).toBe(true);
    expect((await call(t, null, 'GET', `/api/v1/accounts/${member.id}`)).body.bot).toBe(true);
    const published = await post(
      t,
      member,
      'Le relevé automatique de la rivière, comme chaque jour',
    );
    expect(published.body.account.bot).toBe(true);
    // Mastodon clients send form fields too.
    const form = await t.app.request('/api/v1/accounts/update_credentials', {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${member.token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'bot=false',
    });
    expect(((await form.json()) as { bot: boolean }).bot).toBe(false);
    const verified = await call(t, member, 'GET', '/api/v1/accounts/verify_credentials');
    expect(verified.body.bot).toBe(false);
  });

  it('refuses a flag that is not a boolean', async () => {
    const bad = await call(t, member, 'PATCH', '/api/v1/accounts/update_credentials', {
      bot: { __proto__: 1 },
    });
    expect(bad.status).toBe(422);
  });
});

describe('the instance requirement', () => {
  it('is an admin setting, public in the instance description', async () => {
    const before = await call(t, null, 'GET', '/api/v2/instance');
    expect(before.body.empathie.bots_must_declare).toBe(false);
    expect(
      (
        await call(t, member, 'PATCH', '/api/empathie/v1/admin/settings', {
          bots_must_declare: true,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(t, moderator, 'PATCH', '/api/empathie/v1/admin/settings', {
          bots_must_declare: true,
        })
      ).status,
    ).toBe(403);
    const set = await call(t, admin, 'PATCH', '/api/empathie/v1/admin/settings', {
      bots_must_declare: true,
    });
    expect(set.body.bots_must_declare).toBe(true);
    expect((await call(t, null, 'GET', '/api/v2/instance')).body.empathie.bots_must_declare).toBe(
      true,
    );
    expect((await call(t, null, 'GET', '/api/v1/instance')).body.empathie.bots_must_declare).toBe(
      true,
    );
  });
});

describe('alerts', () => {
  let alertId: string;

  it('are raised from the job after posting, with the evidence, never as a sanction', async () => {
    for (let i = 0; i < 7; i += 1) {
      await call(t, hasty, 'POST', '/api/v1/statuses', { status: `Promotion numéro ${i} !` });
      t.clock.advance(5000);
    }
    // Nothing is read on the request path: the detector runs from the job table.
    const pending = await t.database.db
      .selectFrom('jobs')
      .select('id')
      .where('queue', '=', 'coordination.post')
      .execute();
    expect(pending.length).toBeGreaterThanOrEqual(7);
    await t.jobs.runDueJobs();
    const list = await call(t, moderator, 'GET', '/api/empathie/v1/admin/alerts');
    expect(list.status).toBe(200);
    const alert = list.body.find((a: { kind: string }) => a.kind === 'undeclared_automation');
    expect(alert).toMatchObject({
      kind: 'undeclared_automation',
      state: 'open',
      accounts: [expect.objectContaining({ id: hasty.id, bot: false, username: 'hasty' })],
      evidence: expect.objectContaining({ bots_must_declare: true }),
    });
    expect(alert.evidence.signals).toContain('many_per_minute');
    expect(alert.evidence.max_per_minute).toBeGreaterThanOrEqual(6);
    alertId = alert.id;
    // The account can still post: an alert restricts nobody.
    expect((await call(t, hasty, 'POST', '/api/v1/statuses', { status: 'encore' })).status).toBe(
      200,
    );
  });

  it('are raised for a burst of sign-ups', async () => {
    for (let i = 0; i < 16; i += 1) {
      const res = await t.app.request(
        '/api/v1/accounts',
        jsonRequest('POST', {
          username: `wave${i}`,
          email: `wave${i}@example.org`,
          password: 'a long enough password',
          agreement: true,
        }),
      );
      expect(res.status).toBe(200);
      t.clock.advance(10_000);
    }
    await t.jobs.runDueJobs();
    const list = await call(t, admin, 'GET', '/api/empathie/v1/admin/alerts?kind=signup_burst');
    expect(list.body).toHaveLength(1);
    expect(list.body[0].evidence.signups_in_window).toBeGreaterThanOrEqual(15);
    expect(list.body[0].accounts.length).toBeGreaterThanOrEqual(15);
  });

  it('are raised through the real posting path for a raid and a copy-paste campaign', async () => {
    const target = await person(t, 'target');
    const raiders: Person[] = [];
    for (let i = 0; i < 10; i += 1) raiders.push(await person(t, `raider${i}`));
    const campaign =
      'Le projet de loi va détruire nos libertés, partagez avant qu’il soit trop tard et écrivez';
    for (const [i, raider] of raiders.entries()) {
      await call(t, raider, 'POST', '/api/v1/statuses', { status: `@target on te voit ${i}` });
      if (i < 5) await call(t, raider, 'POST', '/api/v1/statuses', { status: `${campaign} ${i}` });
      t.clock.advance(20_000);
    }
    await t.jobs.runDueJobs();
    const convergence = await call(
      t,
      admin,
      'GET',
      '/api/empathie/v1/admin/alerts?kind=convergence',
    );
    expect(convergence.body).toHaveLength(1);
    expect(convergence.body[0].evidence).toMatchObject({ target_id: target.id, newcomers: 10 });
    expect(convergence.body[0].accounts.map((a: { id: string }) => a.id).sort()).toEqual(
      raiders.map((r) => r.id).sort(),
    );
    const copies = await call(t, admin, 'GET', '/api/empathie/v1/admin/alerts?kind=copy_paste');
    expect(copies.body).toHaveLength(1);
    expect(copies.body[0].accounts).toHaveLength(5);
    expect(copies.body[0].evidence.text).toContain('Le projet de loi');
  });

  it('are paginated with a Link header', async () => {
    const first = await call(t, moderator, 'GET', '/api/empathie/v1/admin/alerts?limit=1');
    expect(first.body).toHaveLength(1);
    const link = first.headers.get('link') ?? '';
    expect(link).toContain('rel="next"');
    const next = new URL(/<([^>]+)>; rel="next"/.exec(link)?.[1] ?? '');
    const second = await call(t, moderator, 'GET', `${next.pathname}${next.search}`);
    expect(second.body).toHaveLength(1);
    expect(second.body[0].id).not.toBe(first.body[0].id);
  });

  it('are dismissed or resolved once, by a moderator', async () => {
    const dismissed = await call(
      t,
      moderator,
      'POST',
      `/api/empathie/v1/admin/alerts/${alertId}/dismiss`,
      { reason: 'a shop announcing its sale by hand' },
    );
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ state: 'dismissed', decided_by: moderator.id });
    const again = await call(t, admin, 'POST', `/api/empathie/v1/admin/alerts/${alertId}/resolve`);
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('conflict');
    const open = await call(t, moderator, 'GET', '/api/empathie/v1/admin/alerts');
    expect(open.body.map((a: { id: string }) => a.id)).not.toContain(alertId);
    const all = await call(t, moderator, 'GET', '/api/empathie/v1/admin/alerts?state=all');
    expect(all.body.map((a: { id: string }) => a.id)).toContain(alertId);
    const one = await call(t, moderator, 'GET', `/api/empathie/v1/admin/alerts/${alertId}`);
    expect(one.body.state).toBe('dismissed');
    // Written to the append-only audit log, with who, when and why.
    const audit = await call(t, admin, 'GET', '/api/empathie/v1/admin/audit_log');
    expect(audit.body).toContainEqual(
      expect.objectContaining({
        actor_id: moderator.id,
        action: 'alert.dismiss',
        target_type: 'alert',
        target_id: alertId,
        reason: 'a shop announcing its sale by hand',
      }),
    );
  });

  it('are never reached by members or anonymous people', async () => {
    for (const [method, path] of [
      ['GET', '/api/empathie/v1/admin/alerts'],
      ['GET', `/api/empathie/v1/admin/alerts/${alertId}`],
      ['POST', `/api/empathie/v1/admin/alerts/${alertId}/dismiss`],
      ['POST', `/api/empathie/v1/admin/alerts/${alertId}/resolve`],
    ] as const) {
      expect((await call(t, member, method, path)).status).toBe(403);
      expect((await call(t, null, method, path)).status).toBe(401);
    }
  });

  it('answer hostile input with clear errors, never a 5xx', async () => {
    const cases: Array<[string, string, unknown, number]> = [
      ['GET', '/api/empathie/v1/admin/alerts?state=__proto__', undefined, 422],
      ['GET', '/api/empathie/v1/admin/alerts?kind=constructor', undefined, 422],
      ['GET', '/api/empathie/v1/admin/alerts?max_id=1%20or%201=1', undefined, 422],
      ['GET', '/api/empathie/v1/admin/alerts/99999999', undefined, 404],
      ['GET', '/api/empathie/v1/admin/alerts/%3Cscript%3E', undefined, 404],
      ['POST', '/api/empathie/v1/admin/alerts/99999999/resolve', {}, 404],
      [
        'POST',
        `/api/empathie/v1/admin/alerts/${alertId}/resolve`,
        { reason: 'x'.repeat(5000) },
        422,
      ],
      ['POST', `/api/empathie/v1/admin/alerts/${alertId}/resolve`, { reason: ['a'] }, 422],
    ];
    for (const [method, path, body, status] of cases) {
      const res = await call(t, moderator, method, path, body);
      expect([path, res.status]).toEqual([path, status]);
    }
    const malformed = await t.app.request(`/api/empathie/v1/admin/alerts/${alertId}/resolve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${moderator.token}`, 'content-type': 'application/json' },
      body: '{"reason":',
    });
    expect(malformed.status).toBe(400);
  });
});
