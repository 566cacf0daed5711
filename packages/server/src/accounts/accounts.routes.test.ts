import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
import { json, jsonRequest, signUp } from './test-helpers.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let ana: { token: string; id: string };
let leo: { token: string; id: string };

beforeAll(async () => {
  t = await createTestApp();
  ana = await signUp(t.app, 'ana');
  leo = await signUp(t.app, 'Leo');
});
afterAll(() => t.close());

const req = (method: string, path: string, token?: string, body?: unknown, lang = 'en') =>
  t.app.request(path, jsonRequest(method, body, token, { 'accept-language': lang }));

describe('profile', () => {
  it('updates display name, bio, lock and posting defaults', async () => {
    const response = await req('PATCH', '/api/v1/accounts/update_credentials', ana.token, {
      display_name: 'Ana B.',
      note: 'Gardener <3\nhttps://example.org',
      locked: 'true',
      bot: false,
      source: { privacy: 'private', language: 'fr', sensitive: true },
    });
    expect(response.status).toBe(200);
    const me = await json(response);
    expect(me).toMatchObject({
      display_name: 'Ana B.',
      locked: true,
      note: '<p>Gardener &lt;3<br><a href="https://example.org" rel="nofollow noopener noreferrer" target="_blank">https://example.org</a></p>',
      source: {
        note: 'Gardener <3\nhttps://example.org',
        privacy: 'private',
        language: 'fr',
        sensitive: true,
      },
    });
    const prefs = await json(await req('GET', '/api/v1/preferences', ana.token));
    expect(prefs).toMatchObject({
      'posting:default:visibility': 'private',
      'posting:default:sensitive': true,
      'posting:default:language': 'fr',
    });
    // Another person sees the public side only.
    const seen = await json(await req('GET', `/api/v1/accounts/${ana.id}`, leo.token));
    expect(seen.display_name).toBe('Ana B.');
    expect(seen.source).toBeUndefined();
  });

  it('accepts Mastodon form bodies with source[privacy]', async () => {
    const response = await t.app.request('/api/v1/accounts/update_credentials', {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${leo.token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'display_name=L%C3%A9o&source[privacy]=unlisted&discoverable=0',
    });
    expect(await json(response)).toMatchObject({
      display_name: 'Léo',
      discoverable: false,
      source: { privacy: 'unlisted' },
    });
  });

  it.each([
    [{ display_name: 'x'.repeat(31) }, 'display_name'],
    [{ note: 'x'.repeat(501) }, 'note'],
    [{ locked: 'maybe' }, 'locked'],
    [{ source: { privacy: 'friends' } }, 'source.privacy'],
  ])('refuses %j with a 422 on %s and changes nothing', async (body, field) => {
    const response = await req(
      'PATCH',
      '/api/v1/accounts/update_credentials',
      ana.token,
      body,
      'fr',
    );
    expect(response.status).toBe(422);
    const error = await json(response);
    expect(error.details.fields[0].field).toBe(field);
    expect(error.error_description).toMatch(/^Certaines informations/);
    const me = await json(await req('GET', '/api/v1/accounts/verify_credentials', ana.token));
    expect(me.display_name).toBe('Ana B.');
  });

  it('finds accounts by acct, case-insensitively, and 404s the unknown', async () => {
    for (const acct of ['leo', '@LEO', 'leo@empathie.test']) {
      const found = await req('GET', `/api/v1/accounts/lookup?acct=${encodeURIComponent(acct)}`);
      expect((await json(found)).id).toBe(leo.id);
    }
    expect((await req('GET', '/api/v1/accounts/lookup?acct=leo@elsewhere.example')).status).toBe(
      404,
    );
    expect((await req('GET', '/api/v1/accounts/lookup')).status).toBe(422);
    expect((await req('GET', '/api/v1/accounts/999999999999999999')).status).toBe(404);
    expect((await req('GET', '/api/v1/accounts/abc')).status).toBe(404);
  });
});

describe('account search', () => {
  it('finds accounts by username prefix for mentions', async () => {
    const found = await json(await req('GET', '/api/v1/accounts/search?q=%40le'));
    expect(found.map((a: { id: string }) => a.id)).toEqual([leo.id]);
    expect((await req('GET', '/api/v1/accounts/search?q=')).status).toBe(422);
  });
});

describe('intention', () => {
  it('is set by its owner and shown to everyone', async () => {
    const set = await req('PUT', '/api/empathie/v1/intention', ana.token, {
      intention: '  Share seeds and patience  ',
    });
    expect(await json(set)).toEqual({ intention: 'Share seeds and patience' });
    const read = await req('GET', `/api/empathie/v1/accounts/${ana.id}/intention`);
    expect(await json(read)).toEqual({ intention: 'Share seeds and patience' });
    const account = await json(await req('GET', `/api/v1/accounts/${ana.id}`));
    expect(account.empathie).toEqual({ intention: 'Share seeds and patience' });
  });

  it('is at most 500 characters and needs a token', async () => {
    const tooLong = await req('PUT', '/api/empathie/v1/intention', ana.token, {
      intention: 'x'.repeat(501),
    });
    expect(tooLong.status).toBe(422);
    expect((await json(tooLong)).details.fields[0].field).toBe('intention');
    expect(
      (await req('PUT', '/api/empathie/v1/intention', undefined, { intention: 'hi' })).status,
    ).toBe(401);
    expect((await req('GET', '/api/empathie/v1/accounts/123/intention')).status).toBe(404);
  });
});

describe('preferences', () => {
  it('switch the interface language', async () => {
    expect(await json(await req('GET', '/api/empathie/v1/preferences', leo.token))).toEqual({
      ui_language: 'en',
    });
    const changed = await req('PATCH', '/api/empathie/v1/preferences', leo.token, {
      ui_language: 'fr',
    });
    expect(await json(changed)).toEqual({ ui_language: 'fr' });
    const bad = await req('PATCH', '/api/empathie/v1/preferences', leo.token, {
      ui_language: 'de',
    });
    expect(bad.status).toBe(422);
  });
});

describe('authorisation', () => {
  it.each([
    ['GET', '/api/v1/accounts/verify_credentials'],
    ['PATCH', '/api/v1/accounts/update_credentials'],
    ['GET', '/api/v1/preferences'],
    ['GET', '/api/empathie/v1/preferences'],
    ['PATCH', '/api/empathie/v1/preferences'],
    ['PUT', '/api/empathie/v1/intention'],
    ['POST', '/api/empathie/v1/invites'],
    ['GET', '/api/empathie/v1/invites'],
    ['GET', '/api/empathie/v1/admin/settings'],
    ['PATCH', '/api/empathie/v1/admin/settings'],
    ['GET', '/api/empathie/v1/admin/pending_accounts'],
  ])('%s %s answers 401 without a token', async (method, path) => {
    const response = await req(method, path, undefined, method === 'GET' ? undefined : {});
    expect(response.status).toBe(401);
    expect((await json(response)).error).toBe('unauthorized');
  });

  it('answers 400 to malformed JSON on an authenticated route', async () => {
    const response = await t.app.request('/api/v1/accounts/update_credentials', {
      method: 'PATCH',
      headers: { authorization: `Bearer ${ana.token}`, 'content-type': 'application/json' },
      body: '{"note": "unfinished',
    });
    expect(response.status).toBe(400);
  });
});
