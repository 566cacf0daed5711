import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../accounts/test-helpers.ts';
import { hashToken } from '../http/auth.ts';
import { call, follow, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

let t: TestApp;
let admin: Person;
let modA: Person;
let modB: Person;
let victim: Person;
let bully: Person;
let friend: Person;
let stranger: Person;
let threatId: string;

/** Makes a person a moderator through the admin route, and gives their token the admin scopes. */
async function promote(who: Person): Promise<void> {
  const res = await call(t, admin, 'PUT', `/api/empathie/v1/admin/accounts/${who.id}/role`, {
    role: 'moderator',
  });
  expect(res.status).toBe(200);
  await t.database.db
    .updateTable('access_tokens')
    .set({ scopes: 'read write follow admin:read admin:write' })
    .where('token_hash', '=', hashToken(who.token))
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await person(t, 'admin', { role: 'admin' });
  modA = await person(t, 'moda');
  modB = await person(t, 'modb');
  victim = await person(t, 'victim');
  bully = await person(t, 'bully');
  friend = await person(t, 'friend');
  stranger = await person(t, 'stranger');
  await promote(modA);
  await promote(modB);
  await follow(t, friend, bully);
  const original = await post(t, victim, 'Une belle journée au jardin partagé.');
  const threat = await post(t, bully, 'Je sais où tu habites, fais attention à toi.', {
    in_reply_to_id: original.body.id,
  });
  threatId = threat.body.id;
});
afterAll(() => t.close());

describe('who reaches moderation', () => {
  it('refuses members every moderation route with a 403', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/admin/reports'],
      ['GET', '/api/v1/admin/accounts'],
      ['GET', '/api/empathie/v1/admin/queue'],
      ['GET', '/api/empathie/v1/admin/appeals'],
      ['POST', `/api/v1/admin/accounts/${bully.id}/action`],
      ['GET', '/api/empathie/v1/admin/audit_log'],
    ] as const) {
      const res = await call(
        t,
        victim,
        method,
        path,
        method === 'POST' ? { type: 'none' } : undefined,
      );
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });

  it('keeps roles, rules and the audit log for admins', async () => {
    const role = await call(t, modA, 'PUT', `/api/empathie/v1/admin/accounts/${victim.id}/role`, {
      role: 'moderator',
    });
    expect(role.status).toBe(403);
    const rule = await call(t, modA, 'POST', '/api/empathie/v1/admin/rules', { text: 'Be kind' });
    expect(rule.status).toBe(403);
    const settings = await call(t, modA, 'PATCH', '/api/empathie/v1/admin/settings', {
      max_post_chars: 10,
    });
    expect(settings.status).toBe(403);
    expect((await call(t, modA, 'GET', '/api/empathie/v1/admin/audit_log')).status).toBe(403);
  });

  it('lets admins write the rules everyone reads', async () => {
    const created = await call(t, admin, 'POST', '/api/empathie/v1/admin/rules', {
      text: 'Pas de menaces',
      hint: 'Ni directes ni voilées.',
    });
    expect(created.status).toBe(201);
    const listed = await call(t, null, 'GET', '/api/v1/instance/rules');
    expect(listed.body).toEqual([
      { id: created.body.id, text: 'Pas de menaces', hint: 'Ni directes ni voilées.' },
    ]);
  });
});

describe('from a report and a notice to a reversed decision', () => {
  let reportId: string;
  let reference: string;
  let statementIds: string[] = [];

  it('files a member’s report on a threatening reply', async () => {
    const res = await call(t, victim, 'POST', '/api/v1/reports', {
      account_id: bully.id,
      status_ids: [threatId],
      comment: 'Il me menace.',
      reason: 'threats',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      category: 'legal',
      action_taken: false,
      status_ids: [threatId],
    });
    reportId = res.body.id;
    const mine = await call(t, victim, 'GET', '/api/v1/reports');
    expect(mine.body.map((r: { id: string }) => r.id)).toEqual([reportId]);
    expect((await call(t, stranger, 'GET', '/api/v1/reports')).body).toEqual([]);
  });

  it('accepts a notice from someone without an account, readable only by its notifier', async () => {
    const res = await call(t, null, 'POST', '/api/empathie/v1/notices', {
      url: `http://empathie.test/@bully/${threatId}`,
      category: 'threats',
      explanation: 'Menace de mort contre une personne.',
      name: 'Camille',
      email: 'Camille@example.org',
      good_faith: true,
    });
    expect(res.status).toBe(201);
    reference = res.body.reference;
    expect(reference).toMatch(/^N-[A-Z0-9]{12}$/);
    const mine = await call(
      t,
      null,
      'GET',
      `/api/empathie/v1/notices/${reference}?email=camille@example.org`,
    );
    expect(mine.body).toMatchObject({ state: 'open', category: 'threats', decision: null });
    expect((await call(t, null, 'GET', `/api/empathie/v1/notices/${reference}`)).status).toBe(404);
    expect(
      (await call(t, null, 'GET', `/api/empathie/v1/notices/${reference}?email=other@example.org`))
        .status,
    ).toBe(404);
    expect((await call(t, stranger, 'GET', `/api/empathie/v1/notices/${reference}`)).status).toBe(
      404,
    );
  });

  it('puts both at the top of the queue, grouped under the reported account', async () => {
    // A less urgent report filed later about someone else.
    await call(t, bully, 'POST', '/api/v1/reports', { account_id: stranger.id, category: 'spam' });
    const queue = await call(t, modA, 'GET', '/api/empathie/v1/admin/queue');
    expect(queue.status).toBe(200);
    const [top] = queue.body;
    expect(top.account.id).toBe(bully.id);
    expect(top.priority).toBe(2);
    expect(top.reports.map((r: { id: string }) => r.id)).toEqual([reportId]);
    expect(top.notices[0].target_status_id).toBe(threatId);
    const detail = await call(t, modA, 'GET', `/api/v1/admin/reports/${reportId}`);
    expect(detail.body.statuses[0].id).toBe(threatId);
    expect(detail.body.target_account.account.username).toBe('bully');
    expect(detail.body.empathie.context[0].ancestors).toHaveLength(1);
    expect(Array.isArray(detail.body.empathie.tones)).toBe(true);
  });

  it('limits the account and removes the post, each with a statement in its author’s language', async () => {
    const limit = await call(t, modA, 'POST', `/api/v1/admin/accounts/${bully.id}/action`, {
      type: 'silence',
      ground: 'law:threats',
      text: 'Menaces répétées envers une membre.',
      report_id: reportId,
    });
    expect(limit.status).toBe(200);
    const notice = (await call(t, modA, 'GET', '/api/empathie/v1/admin/queue')).body[0].notices[0];
    const remove = await call(
      t,
      modA,
      'POST',
      `/api/empathie/v1/admin/statuses/${threatId}/action`,
      {
        type: 'remove',
        ground: 'law:threats',
        text: 'Publication menaçante.',
        notice_id: notice.id,
      },
    );
    expect(remove.status).toBe(200);

    expect((await call(t, victim, 'GET', `/api/v1/statuses/${threatId}`)).status).toBe(404);
    const report = (await call(t, victim, 'GET', '/api/v1/reports')).body[0];
    expect(report).toMatchObject({ action_taken: true, empathie: { outcome: 'limit' } });
    const decided = await call(
      t,
      null,
      'GET',
      `/api/empathie/v1/notices/${reference}?email=camille@example.org`,
    );
    expect(decided.body).toMatchObject({ state: 'resolved', decision: { outcome: 'remove_post' } });

    const statements = await call(t, bully, 'GET', '/api/empathie/v1/statements');
    expect(statements.body).toHaveLength(2);
    const removal = statements.body.find((s: { action: string }) => s.action === 'remove_post');
    // The fixture's people chose French for the interface.
    expect(removal.restriction).toContain('retirée');
    expect(removal.content).toBe('Je sais où tu habites, fais attention à toi.');
    expect(removal.ground).toContain('Menaces');
    expect(removal.automated).toBe(false);
    expect(removal.appeal).toBeNull();
    statementIds = statements.body.map((s: { id: string }) => s.id);
    const notes = await call(t, bully, 'GET', '/api/v1/notifications');
    expect(
      notes.body.filter((n: { type: string }) => n.type === 'empathie.statement'),
    ).toHaveLength(2);
  });

  it('shows a limited account’s posts to its followers only', async () => {
    const later = await post(t, bully, 'Un message tout à fait ordinaire.');
    expect((await call(t, friend, 'GET', `/api/v1/statuses/${later.body.id}`)).status).toBe(200);
    expect((await call(t, stranger, 'GET', `/api/v1/statuses/${later.body.id}`)).status).toBe(404);
    expect((await call(t, null, 'GET', `/api/v1/statuses/${later.body.id}`)).status).toBe(404);
    const ids = (r: { body: Array<{ id: string }> }) => r.body.map((s) => s.id);
    const home = await call(t, friend, 'GET', '/api/v1/timelines/home');
    expect(ids(home)).toContain(later.body.id);
    const publicFeed = await call(t, stranger, 'GET', '/api/v1/timelines/public');
    expect(ids(publicFeed)).not.toContain(later.body.id);
    expect(ids(await call(t, friend, 'GET', '/api/v1/timelines/public'))).toContain(later.body.id);
    const search = await call(t, stranger, 'GET', '/api/v2/search?q=ordinaire&type=statuses');
    expect(search.body.statuses).toEqual([]);
    const followerSearch = await call(t, friend, 'GET', '/api/v2/search?q=ordinaire&type=statuses');
    expect(followerSearch.body.statuses.map((s: { id: string }) => s.id)).toEqual([later.body.id]);
  });

  it('lets a signed-in notifier read their notice with their token alone', async () => {
    const sent = await call(t, friend, 'POST', '/api/empathie/v1/notices', {
      url: 'https://elsewhere.example/post/9',
      category: 'privacy',
      explanation: 'Mon adresse publiée sans mon accord.',
      name: 'Friend',
      email: 'friend@example.org',
      good_faith: true,
    });
    expect(sent.status).toBe(201);
    const path = `/api/empathie/v1/notices/${sent.body.reference}`;
    expect((await call(t, friend, 'GET', path)).body).toMatchObject({ state: 'open' });
    expect((await call(t, victim, 'GET', path)).status).toBe(404);
  });

  it('lets the author appeal, and only another moderator decide', async () => {
    for (const id of statementIds) {
      const res = await call(t, bully, 'POST', `/api/empathie/v1/statements/${id}/appeal`, {
        text: 'Je parlais d’un jeu, pas d’une menace.',
      });
      expect(res.status).toBe(201);
    }
    expect(
      (
        await call(t, stranger, 'POST', `/api/empathie/v1/statements/${statementIds[0]}/appeal`, {
          text: 'x',
        })
      ).status,
    ).toBe(404);
    const appeals = (await call(t, modA, 'GET', '/api/empathie/v1/admin/appeals')).body;
    expect(appeals).toHaveLength(2);
    expect(appeals.every((a: { can_decide: boolean }) => !a.can_decide)).toBe(true);
    const refused = await call(
      t,
      modA,
      'POST',
      `/api/empathie/v1/admin/appeals/${appeals[0].id}/decide`,
      {
        decision: 'reverse',
        reason: 'moi-même',
      },
    );
    expect(refused.status).toBe(403);
    for (const a of appeals) {
      const res = await call(t, modB, 'POST', `/api/empathie/v1/admin/appeals/${a.id}/decide`, {
        decision: 'reverse',
        reason: 'Le contexte montre un jeu entre amis.',
      });
      expect(res.status).toBe(200);
    }
    const again = await call(
      t,
      modB,
      'POST',
      `/api/empathie/v1/admin/appeals/${appeals[0].id}/decide`,
      {
        decision: 'uphold',
        reason: 'encore',
      },
    );
    expect(again.status).toBe(409);
  });

  it('restores everything once reversed', async () => {
    expect((await call(t, victim, 'GET', `/api/v1/statuses/${threatId}`)).status).toBe(200);
    const later = await post(t, bully, 'De nouveau visible pour tout le monde.');
    expect((await call(t, stranger, 'GET', `/api/v1/statuses/${later.body.id}`)).status).toBe(200);
    const statements = (await call(t, bully, 'GET', '/api/empathie/v1/statements')).body;
    expect(statements.every((s: { state: string }) => s.state === 'reversed')).toBe(true);
    expect(statements[0].appeal).toMatchObject({ state: 'reversed' });
    const notes = (await call(t, bully, 'GET', '/api/v1/notifications')).body;
    expect(notes.filter((n: { type: string }) => n.type === 'empathie.appeal')).toHaveLength(2);
  });

  it('writes every step to the audit log', async () => {
    const log = await call(t, admin, 'GET', '/api/empathie/v1/admin/audit_log?limit=100');
    const actions = log.body.map((e: { action: string }) => e.action);
    for (const a of [
      'report.create',
      'notice.create',
      'account.limit',
      'status.remove_post',
      'report.resolve',
      'notice.resolve',
      'appeal.create',
      'appeal.reverse',
      'account.role',
      'rule.create',
    ]) {
      expect(actions, a).toContain(a);
    }
  });

  it('counts them in the public transparency report', async () => {
    const res = await call(
      t,
      null,
      'GET',
      '/api/empathie/v1/transparency?from=2026-01-01&to=2026-12-31',
    );
    expect(res.status).toBe(200);
    expect(res.body.notices.total).toBe(2);
    expect(res.body.reports.total).toBe(2);
    expect(res.body.actions.by_type).toEqual(
      expect.arrayContaining([
        { key: 'limit', count: 1 },
        { key: 'remove_post', count: 1 },
      ]),
    );
    expect(res.body.appeals).toMatchObject({ total: 2, reversed: 2 });
    expect(res.body.median_hours_to_decision).toBe(0);
    const exported = await call(
      t,
      modA,
      'GET',
      '/api/empathie/v1/admin/statements.json?from=2026-01-01',
    );
    expect(exported.body[0]).toMatchObject({ decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT' });
  });
});

describe('suspension', () => {
  it('hides the account everywhere and refuses its tokens', async () => {
    const p = await post(t, stranger, 'Bonjour à toutes et à tous.');
    const res = await call(t, modA, 'POST', `/api/v1/admin/accounts/${stranger.id}/action`, {
      type: 'suspend',
      text: 'Spam.',
    });
    expect(res.status).toBe(200);
    expect((await call(t, victim, 'GET', `/api/v1/statuses/${p.body.id}`)).status).toBe(404);
    expect((await call(t, stranger, 'GET', '/api/v1/accounts/verify_credentials')).status).toBe(
      401,
    );
    expect((await call(t, victim, 'GET', `/api/v1/accounts/${stranger.id}`)).status).toBe(404);
    const found = await call(t, victim, 'GET', '/api/v2/search?q=stranger&type=accounts');
    expect(found.body.accounts).toEqual([]);
    const account = await call(t, modA, 'GET', `/api/v1/admin/accounts/${stranger.id}`);
    expect(account.body).toMatchObject({ suspended: true, silenced: false });
  });
});

describe('log-in after a restriction', () => {
  it('refuses a suspended or disabled person with a reason, and lets them in once lifted', async () => {
    const who = await signUp(t.app, 'suspendu');
    const logIn = () =>
      call(t, null, 'POST', '/oauth/token', {
        grant_type: 'password',
        username: 'suspendu',
        password: 'a long password for suspendu',
      });
    expect((await logIn()).status).toBe(200);
    for (const type of ['suspend', 'disable'] as const) {
      await call(t, modA, 'POST', `/api/v1/admin/accounts/${who.id}/action`, { type, text: 'x' });
      const refused = await call(
        t,
        null,
        'POST',
        '/oauth/token',
        {
          grant_type: 'password',
          username: 'suspendu',
          password: 'a long password for suspendu',
        },
        { 'accept-language': 'fr' },
      );
      expect(refused.status).toBe(403);
      expect(refused.body.error_description).toContain('suspendu ce compte');
      // A wrong password still reads as a wrong password: nothing is told to a stranger.
      const wrong = await call(t, null, 'POST', '/oauth/token', {
        grant_type: 'password',
        username: 'suspendu',
        password: 'not the password at all',
      });
      expect(wrong.status).toBe(400);
      await t.database.db
        .updateTable('account_moderation')
        .set({ suspended_at: null, disabled_at: null })
        .where('account_id', '=', who.id)
        .execute();
    }
    expect((await logIn()).status).toBe(200);
  });
});

describe('hostile input', () => {
  it('answers bad notices with clear 4xx errors', async () => {
    const base = {
      url: 'http://empathie.test/@x/1',
      category: 'hate',
      explanation: 'x',
      name: 'A',
      email: 'a@example.org',
      good_faith: true,
    };
    for (const body of [
      {},
      { ...base, url: 'javascript:alert(1)' },
      { ...base, explanation: '' },
      { ...base, explanation: 'a'.repeat(20_000) },
      { ...base, email: undefined },
      { ...base, good_faith: false },
      { ...base, category: '__proto__' },
      { ...base, name: ['x'] },
    ]) {
      const res = await call(t, null, 'POST', '/api/empathie/v1/notices', body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(res.body.error).toBe('validation_failed');
    }
    const child = await call(t, null, 'POST', '/api/empathie/v1/notices', {
      ...base,
      category: 'child_safety',
      name: undefined,
      email: undefined,
      explanation: '<script>alert(1)</script>',
    });
    expect(child.status).toBe(201);
  });

  it('answers bad reports with clear 4xx errors', async () => {
    for (const body of [
      {},
      { account_id: 'abc' },
      { account_id: bully.id, comment: 'x'.repeat(5000) },
      { account_id: bully.id, category: 'nonsense' },
      { account_id: bully.id, status_ids: ['1'] },
      { account_id: victim.id },
    ]) {
      const res = await call(t, victim, 'POST', '/api/v1/reports', body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(422);
    }
    expect((await call(t, victim, 'POST', '/api/v1/reports', { account_id: '999' })).status).toBe(
      404,
    );
  });

  it('rate-limits notices per address', async () => {
    let last = 0;
    for (let i = 0; i < 12; i += 1) {
      last = (
        await call(t, null, 'POST', '/api/empathie/v1/notices', {
          url: 'https://elsewhere.example/post/1',
          category: 'other',
          explanation: 'Spam',
          name: 'B',
          email: 'b@example.org',
          good_faith: true,
        })
      ).status;
    }
    expect(last).toBe(429);
  });
});
