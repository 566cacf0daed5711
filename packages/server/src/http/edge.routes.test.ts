import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { createTestApp } from '../testing/test-app.ts';

// What a browser sees at the edge of the instance: security headers on every kind of answer,
// CORS for apps on other origins, no source maps, links that keep the public https origin.

const dist = mkdtempSync(join(tmpdir(), 'empathie-web-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(dist, 'assets', 'index-abc.js.map'), '{"sources":["secret.ts"]}');

let t: Awaited<ReturnType<typeof createTestApp>>;
let https: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ webDistDir: dist });
  https = await createTestApp({
    publicUrl: 'https://empathie.example',
    domain: 'empathie.example',
  });
});
afterAll(async () => {
  await t.close();
  await https.close();
  rmSync(dist, { recursive: true, force: true });
});

function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
}

describe('security headers', () => {
  it('are on the web app, its static files, the API and its errors', async () => {
    const answers = [
      await t.app.request('/'),
      await t.app.request('/settings'),
      await t.app.request('/assets/index-abc.js'),
      await t.app.request('/api/v2/instance'),
      await t.app.request('/api/v1/nowhere'),
      await t.app.request('/api/v1/timelines/home'),
      await t.app.request(
        '/api/v1/statuses',
        jsonRequest('POST', { status: 'x'.repeat(2_000_000) }),
      ),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 404, 401, 413]);
    for (const response of answers) expectSecurityHeaders(response);
  });

  it('are on an answer to an unexpected failure too', async () => {
    const broken = await createTestApp();
    await broken.close();
    // The database is gone: the request fails inside the handler and reaches app.onError.
    const response = await broken.app.request('/api/v1/timelines/public');
    expect(response.status).toBe(500);
    expectSecurityHeaders(response);
  });

  it('sends HSTS only when the public URL is https', async () => {
    expect((await t.app.request('/api/v2/instance')).headers.get('strict-transport-security')).toBe(
      null,
    );
    const secure = await https.app.request('/api/v2/instance');
    expect(secure.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8}/);
  });
});

describe('source maps', () => {
  it('are never served, even when a build left one behind', async () => {
    const response = await t.app.request('/assets/index-abc.js.map');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret.ts');
  });
});

describe('CORS, as Mastodon does it', () => {
  const origin = { origin: 'https://app.elsewhere.example' };

  it('answers a preflight from any origin without a token', async () => {
    for (const path of [
      '/api/v1/statuses',
      '/oauth/token',
      '/oauth/revoke',
      '/.well-known/webfinger',
      '/nodeinfo/2.0',
      '/v1alpha1/comments:analyze',
    ]) {
      const response = await t.app.request(path, {
        method: 'OPTIONS',
        headers: {
          ...origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type, idempotency-key',
        },
      });
      expect(response.status, path).toBe(204);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(response.headers.get('access-control-allow-credentials'), path).toBe(null);
      expect(response.headers.get('access-control-allow-methods'), path).toContain('POST');
      const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const header of ['authorization', 'content-type', 'idempotency-key']) {
        expect(allowed, path).toContain(header);
      }
      expect(Number(response.headers.get('access-control-max-age')), path).toBeGreaterThan(0);
    }
  });

  it('lets an app on another origin read answers and their Link header, never with cookies', async () => {
    const me = await signUp(t.app, 'corsuser');
    const response = await t.app.request(
      '/api/v1/timelines/public?limit=1',
      jsonRequest('GET', undefined, me.token, origin),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBe(null);
    expect(response.headers.get('access-control-expose-headers')).toContain('Link');
  });

  it("is on every kind of answer under those paths: errors, failures and Fedify's own", async () => {
    const broken = await createTestApp();
    await broken.close();
    const answers = [
      await t.app.request('/api/v1/nowhere', { headers: origin }),
      await t.app.request('/v1alpha1/comments:analyze', { method: 'POST', headers: origin }),
      await t.app.request('/.well-known/webfinger?resource=acct:nobody@localhost', {
        headers: origin,
      }),
      await t.app.request('/.well-known/nodeinfo', { headers: origin }),
      await broken.app.request('/api/v1/timelines/public', { headers: origin }),
    ];
    expect(answers.map((r) => r.status)).toEqual([404, 403, 404, 200, 500]);
    for (const response of answers) {
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-expose-headers')).toBe(
        'Link,Retry-After,Idempotency-Key,X-RateLimit-Limit,X-RateLimit-Remaining,X-RateLimit-Reset',
      );
      expect(response.headers.get('access-control-allow-credentials')).toBe(null);
      expectSecurityHeaders(response);
    }
  });

  it('is not offered on the web app itself', async () => {
    const response = await t.app.request('/settings', { headers: origin });
    expect(response.headers.get('access-control-allow-origin')).toBe(null);
  });
});

describe('pagination links', () => {
  it('use the public https origin, not the http one the request came in on', async () => {
    const me = await signUp(https.app, 'linkuser');
    for (const text of ['one', 'two', 'three']) {
      await https.app.request('/api/v1/statuses', jsonRequest('POST', { status: text }, me.token));
    }
    const response = await https.app.request(
      'http://127.0.0.1:3000/api/v1/timelines/public?limit=2',
      jsonRequest('GET', undefined, me.token),
    );
    const link = response.headers.get('link') ?? '';
    expect(link).toMatch(/^<https:\/\/empathie\.example\/api\/v1\/timelines\/public\?/);
    expect(link).not.toContain('http://');
    expect(link).not.toContain('127.0.0.1');
  });
});
