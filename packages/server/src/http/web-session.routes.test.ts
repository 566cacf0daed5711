import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { createTestApp } from '../testing/test-app.ts';

// The web app's log-in: its token goes into an HttpOnly cookie that scripts cannot read, and the
// cookie counts only on the web app's own requests.

let t: Awaited<ReturnType<typeof createTestApp>>;
let https: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  https = await createTestApp({
    publicUrl: 'https://empathie.example',
    domain: 'empathie.example',
  });
});
afterAll(async () => {
  await t.close();
  await https.close();
});

const web = { 'x-empathie-web': '1' };

async function openSession(app: typeof t.app, token: string): Promise<Response> {
  return app.request(
    '/api/empathie/v1/web_session',
    jsonRequest('POST', undefined, token, { ...web, 'sec-fetch-site': 'same-origin' }),
  );
}

/** The `name=value` pair of the session cookie a response sets. */
function cookieOf(response: Response): string {
  const setCookie = response.headers.get('set-cookie') ?? '';
  return setCookie.split(';')[0] ?? '';
}

describe('the web session cookie', () => {
  it('is HttpOnly and SameSite=Strict, and works as the web app’s credential', async () => {
    const ada = await signUp(t.app, 'ada');
    const opened = await openSession(t.app, ada.token);
    expect(opened.status).toBe(200);
    const setCookie = opened.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^empathie_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure');

    const me = await t.app.request('/api/v1/accounts/verify_credentials', {
      headers: { cookie: cookieOf(opened), ...web },
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { username: string }).username).toBe('ada');
  });

  it('is Secure and bound to the host behind an https public URL', async () => {
    const bea = await signUp(https.app, 'bea');
    const setCookie = (await openSession(https.app, bea.token)).headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-empathie_session=/);
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('HttpOnly');
  });

  it('counts for nothing without the web app’s header or from another site (CSRF)', async () => {
    const cyd = await signUp(t.app, 'cyd');
    const cookie = cookieOf(await openSession(t.app, cyd.token));
    const post = (headers: Record<string, string>) =>
      t.app.request('/api/v1/statuses', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
        body: 'status=forged',
      });
    expect((await post({})).status).toBe(401);
    expect((await post({ ...web, 'sec-fetch-site': 'cross-site' })).status).toBe(401);
    expect((await post({ ...web, 'sec-fetch-site': 'same-site' })).status).toBe(401);
    expect((await post({ ...web, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('is opened only by the web app, with a valid token', async () => {
    const dan = await signUp(t.app, 'dan');
    const noHeader = await t.app.request(
      '/api/empathie/v1/web_session',
      jsonRequest('POST', undefined, dan.token),
    );
    expect(noHeader.status).toBe(403);
    expect(noHeader.headers.get('set-cookie')).toBe(null);
    const noToken = await t.app.request('/api/empathie/v1/web_session', {
      method: 'POST',
      headers: web,
    });
    expect(noToken.status).toBe(401);
    expect((await openSession(t.app, 'not-a-token')).status).toBe(401);
  });

  it('is revoked and cleared at log-out, and a dead cookie is cleared too', async () => {
    const eve = await signUp(t.app, 'eve');
    const cookie = cookieOf(await openSession(t.app, eve.token));
    const out = await t.app.request('/api/empathie/v1/web_session', {
      method: 'DELETE',
      headers: { cookie, ...web },
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^empathie_session=;.*Max-Age=0/);
    // The token itself is revoked: a copy of the cookie (or the token) no longer works.
    const again = await t.app.request('/api/v1/accounts/verify_credentials', {
      headers: { cookie, ...web },
    });
    expect(again.status).toBe(401);
    expect(again.headers.get('set-cookie')).toMatch(/^empathie_session=;.*Max-Age=0/);
    const bearer = await t.app.request(
      '/api/v1/accounts/verify_credentials',
      jsonRequest('GET', undefined, eve.token),
    );
    expect(bearer.status).toBe(401);
  });

  it('leaves Mastodon apps on bearer tokens, with no cookie involved', async () => {
    const fay = await signUp(t.app, 'fay');
    const response = await t.app.request(
      '/api/v1/accounts/verify_credentials',
      jsonRequest('GET', undefined, fay.token),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBe(null);
  });
});
