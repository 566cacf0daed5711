import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp } from '../support/client.ts';
import { startTarget, type TargetServer } from '../support/server.ts';

/**
 * What a browser-based attacker tries against the real server: framing the settings page,
 * sniffing a JSON answer as a page, reading the web app's session from a script or from another
 * origin, fetching source maps; and what a noisy client does to the logs by hanging up mid-body.
 */
let target: TargetServer;

beforeAll(async () => {
  target = await startTarget({ LOG_LEVEL: 'info' });
});
afterAll(() => target?.stop());

function expectSecurityHeaders(headers: Headers, what: string) {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("script-src 'self'");
  expect(csp, what).not.toContain('unsafe-inline');
  expect(csp, what).not.toContain('unsafe-eval');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBeTruthy();
  // Plain http here: HSTS would lock a local instance out of browsers.
  expect(headers.get('strict-transport-security'), what).toBeNull();
}

describe('browser security headers', () => {
  it('are on pages, API answers, errors and static files', async () => {
    for (const path of [
      '/',
      '/settings',
      '/api/v1/instance',
      '/api/v1/nope',
      '/api/v1/statuses/1',
    ]) {
      const answer = await call(target.origin, 'GET', path);
      expectSecurityHeaders(answer.headers, path);
    }
    const page = await call(target.origin, 'GET', '/');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(asset, 'the built page loads its script from /assets').toBeTruthy();
    const script = await call(target.origin, 'GET', asset as string);
    expect(script.status).toBe(200);
    expectSecurityHeaders(script.headers, asset as string);
    expect(script.text).not.toContain('sourceMappingURL');
    expect((await call(target.origin, 'GET', `${asset}.map`)).status).toBe(404);
  });
});

describe('CORS', () => {
  it('lets any origin call the API with a bearer token, never with credentials', async () => {
    const preflight = await fetch(`${target.origin}/api/v1/timelines/home`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://elk.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const page = await fetch(`${target.origin}/settings`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the web app session', () => {
  it('lives in an HttpOnly, SameSite=Strict cookie, refused from another site', async () => {
    const person = await signUp(target.origin, 'carol');
    const opened = await call(target.origin, 'POST', '/api/empathie/v1/web_session', {
      token: person.token,
      headers: { 'x-empathie-web': '1', 'sec-fetch-site': 'same-origin' },
    });
    expect(opened.status).toBeLessThan(300);
    const cookie = opened.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const pair = cookie.split(';')[0] as string;
    const sameSite = await call(target.origin, 'GET', '/api/v1/accounts/verify_credentials', {
      headers: { cookie: pair, 'x-empathie-web': '1', 'sec-fetch-site': 'same-origin' },
    });
    expect(sameSite.status).toBe(200);
    // A forged request from another site carries the cookie but not the right to use it.
    const crossSite = await call(target.origin, 'POST', '/api/v1/statuses', {
      json: { status: 'forged' },
      headers: { cookie: pair, 'x-empathie-web': '1', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(401);
    const noHeader = await call(target.origin, 'POST', '/api/v1/statuses', {
      json: { status: 'forged' },
      headers: { cookie: pair },
    });
    expect(noHeader.status).toBe(401);
  });
});

describe('clients that hang up mid-body', () => {
  it('leave no stack trace in the log, however many', async () => {
    for (let i = 0; i < 20; i++) {
      const socket = connect(target.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        'POST /api/v1/statuses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          'Content-Length: 5000\r\n\r\n{"status":"hal',
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      socket.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.output()).not.toMatch(/\n\s+at /);
    expect(target.output()).not.toContain('unhandled error');
    expect((await call(target.origin, 'GET', '/api/v1/instance')).status).toBe(200);
  });
});
