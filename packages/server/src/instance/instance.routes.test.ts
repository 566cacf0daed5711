import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, signUp } from '../accounts/test-helpers.ts';
import { createTestApp } from '../testing/test-app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({
    maxPostChars: 1000,
    registrationMode: 'approval',
    sourceUrl: 'https://code.example/empathie',
  });
});
afterAll(() => t.close());

describe('instance information', () => {
  it('describes an empty instance', async () => {
    const v2 = await json(await t.app.request('/api/v2/instance'));
    expect(v2).toMatchObject({
      domain: 'empathie.test',
      title: 'Empathie',
      source_url: 'https://code.example/empathie',
      languages: ['fr', 'en'],
      registrations: { enabled: true, approval_required: true },
      contact: { account: null },
    });
    expect(v2.configuration.statuses.max_characters).toBe(1000);
  });

  it('names the admin as contact and speaks the request language', async () => {
    const admin = await signUp(t.app, 'founder');
    const fr = await json(
      await t.app.request('/api/v1/instance', { headers: { 'accept-language': 'fr-FR' } }),
    );
    expect(fr.contact_account.id).toBe(admin.id);
    expect(fr.description).toContain('réseau social');
    expect(fr.rules[0].text).toMatch(/^Parlez/);
    expect(fr.empathie.description.en).toContain('social network');
    expect(fr.configuration.statuses.max_characters).toBe(1000);
    const en = await json(await t.app.request('/api/v2/instance'));
    expect(en.rules[0]).toMatchObject({ id: '1', text: expect.stringMatching(/^Speak/) });
    expect(await json(await t.app.request('/api/v1/custom_emojis'))).toEqual([]);
  });

  it('serves the default avatar as SVG and the OpenAPI document', async () => {
    const avatar = await t.app.request('/avatars/default.svg');
    expect(avatar.headers.get('content-type')).toContain('image/svg+xml');
    expect(await avatar.text()).toMatch(/^<svg/);
    const doc = await json(await t.app.request('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/accounts',
        '/oauth/token',
        '/api/v1/accounts/{id}/follow',
        '/api/v2/instance',
      ]),
    );
    expect(doc.paths['/api/v1/accounts'].post.requestBody).toBeDefined();
  });
});
