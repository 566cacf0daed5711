import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRuleAcceptance } from '../accounts/rule-acceptance.repository.ts';
import { RULES } from '../instance/instance.text.ts';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

/**
 * One set of rules everywhere: until admins write their own, a new instance shows Empathie's
 * rules (in the reader's language) on its rules route, in its instance description and at
 * sign-up, and a newcomer is recorded accepting those; once admins write rules, every place
 * shows theirs instead.
 */
let t: TestApp;
let admin: Person;

beforeAll(async () => {
  t = await createTestApp();
  admin = await person(t, 'admin', { role: 'admin' });
});
afterAll(() => t.close());

async function publicRules(lang: 'fr' | 'en') {
  const res = await t.app.request('/api/v1/instance/rules', {
    headers: { 'accept-language': lang },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Array<{ id: string; text: string; hint: string }>;
}

describe('the rules an instance shows', () => {
  it('are Empathie’s own, in the reader’s language, until admins write theirs', async () => {
    expect(await publicRules('fr')).toEqual(
      RULES.map((r) => ({ id: r.id, text: r.text.fr, hint: r.hint.fr })),
    );
    expect((await publicRules('en'))[0]?.text).toBe(RULES[0]?.text.en);
    const v2 = await t.app.request('/api/v2/instance', { headers: { 'accept-language': 'en' } });
    const body = (await v2.json()) as { rules: Array<{ id: string; text: string }> };
    expect(body.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
  });

  it('are what a newcomer is recorded accepting', async () => {
    const ids = (await publicRules('en')).map((r) => r.id);
    const newcomer = await call(t, null, 'POST', '/api/v1/accounts', {
      username: 'newcomer',
      email: 'newcomer@example.org',
      password: 'a long password for newcomer',
      agreement: true,
      rule_ids: ids,
    });
    expect(newcomer.status).toBe(200);
    const me = await call(
      t,
      { token: newcomer.body.access_token } as Person,
      'GET',
      '/api/v1/accounts/verify_credentials',
    );
    const accepted = await findRuleAcceptance(t.database.db, me.body.id);
    expect(JSON.parse(accepted?.rule_ids ?? '[]')).toEqual(ids);
  });

  it('become the admins’ own everywhere once they write one', async () => {
    const created = await call(t, admin, 'POST', '/api/empathie/v1/admin/rules', {
      text: 'Pas de menaces',
      hint: 'Ni directes ni voilées.',
    });
    expect(created.status).toBe(201);
    expect(await publicRules('en')).toEqual([
      { id: created.body.id, text: 'Pas de menaces', hint: 'Ni directes ni voilées.' },
    ]);
    const v1 = await t.app.request('/api/v1/instance');
    const body = (await v1.json()) as { rules: Array<{ id: string }> };
    expect(body.rules.map((r) => r.id)).toEqual([created.body.id]);
  });
});
