import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { findRuleAcceptance } from './rule-acceptance.repository.ts';

let t: TestApp;
let admin: Person;
let ruleIds: string[];

beforeAll(async () => {
  t = await createTestApp();
  admin = await person(t, 'admin', { role: 'admin' });
  ruleIds = [];
  for (const text of ['Pas de harcèlement', 'Les comptes automatisés le disent']) {
    const res = await call(t, admin, 'POST', '/api/empathie/v1/admin/rules', { text });
    expect(res.status).toBe(201);
    ruleIds.push(res.body.id);
  }
});
afterAll(() => t.close());

const signUp = (username: string, extra: Record<string, unknown> = {}) =>
  call(t, null, 'POST', '/api/v1/accounts', {
    username,
    email: `${username}@example.org`,
    password: 'a long enough password',
    agreement: true,
    ...extra,
  });
async function accountIdOf(token: string): Promise<string> {
  const me = await t.app.request('/api/v1/accounts/verify_credentials', {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await me.json()) as { id: string }).id;
}

describe('accepting the rules at sign-up', () => {
  it('records the rules shown and a version of their wording', async () => {
    await call(t, admin, 'PATCH', '/api/empathie/v1/admin/settings', { bots_must_declare: true });
    const res = await signUp('reader', { rule_ids: ruleIds });
    expect(res.status).toBe(200);
    const row = await findRuleAcceptance(t.database.db, await accountIdOf(res.body.access_token));
    expect(row).toMatchObject({ bots_must_declare: 1 });
    expect(JSON.parse(row?.rule_ids ?? '[]')).toEqual(ruleIds);
    expect(row?.rules_version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('records the current rules for a client that sends only the agreement', async () => {
    const res = await signUp('mastoclient');
    expect(res.status).toBe(200);
    const row = await findRuleAcceptance(t.database.db, await accountIdOf(res.body.access_token));
    expect(JSON.parse(row?.rule_ids ?? '[]')).toEqual(ruleIds);
  });

  it('gives a new version when a rule’s wording changes', async () => {
    const first = await signUp('before');
    await call(t, admin, 'PUT', `/api/empathie/v1/admin/rules/${ruleIds[0]}`, {
      text: 'Pas de harcèlement, ni seul·e ni en meute',
    });
    const second = await signUp('after');
    const a = await findRuleAcceptance(t.database.db, await accountIdOf(first.body.access_token));
    const b = await findRuleAcceptance(t.database.db, await accountIdOf(second.body.access_token));
    expect(a?.rules_version).not.toBe(b?.rules_version);
  });

  it('refuses a sign-up whose rules changed while the person read them', async () => {
    const res = await signUp('stale', { rule_ids: [ruleIds[0]] });
    expect(res.status).toBe(422);
    expect(res.body.details.fields[0].field).toBe('rule_ids');
    // Nothing was created: the name is still free.
    expect((await signUp('stale', { rule_ids: ruleIds })).status).toBe(200);
  });

  it('refuses hostile rule ids and a missing agreement', async () => {
    for (const rule_ids of [['__proto__'], ['1 or 1=1'], 'x'.repeat(30), { a: 1 }]) {
      expect((await signUp('hostile', { rule_ids })).status).toBe(422);
    }
    expect((await signUp('hostile', { agreement: false, rule_ids: ruleIds })).status).toBe(422);
  });
});
