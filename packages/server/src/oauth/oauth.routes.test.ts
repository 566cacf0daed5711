import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { createTestApp } from '../testing/test-app.ts';

// An app logs a person in as Mastodon apps do: registration, the consent page's answer (sent by
// the web app from its session), the code exchanged with PKCE or the secret, and its own token.

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const web = { 'x-empathie-web': '1', 'sec-fetch-site': 'same-origin' };
const CALLBACK = 'https://app.example/callback';

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

async function registerApp(redirect = CALLBACK, scopes = 'read write follow') {
  return json(
    await t.app.request(
      '/api/v1/apps',
      jsonRequest('POST', { client_name: 'Phanpy', redirect_uris: redirect, scopes }),
    ),
  );
}

/** The person's web session cookie, as the web app holds it after log-in. */
async function webCookie(username: string): Promise<string> {
  const { token } = await signUp(t.app, username);
  const opened = await t.app.request(
    '/api/empathie/v1/web_session',
    jsonRequest('POST', undefined, token, web),
  );
  return (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

function decide(cookie: string, body: Record<string, string>, extra: Record<string, string> = {}) {
  return t.app.request(
    '/api/empathie/v1/oauth/authorization',
    jsonRequest('POST', body, undefined, { cookie, ...web, ...extra }),
  );
}

const token = (body: Record<string, string>) =>
  t.app.request('/oauth/token', jsonRequest('POST', body));

let cookie: string;
beforeAll(async () => {
  await signUp(t.app, 'admin_first');
  cookie = await webCookie('camille');
});

describe('the authorization-code flow', () => {
  it('lets an app log a person in with PKCE, once', async () => {
    const app = await registerApp();
    const { verifier, challenge } = pkce();
    const request = {
      response_type: 'code',
      client_id: app.client_id,
      redirect_uri: CALLBACK,
      scope: 'read write',
      state: 'xyz 42',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    };
    const info = await t.app.request(
      `/api/empathie/v1/oauth/authorization?${new URLSearchParams(request)}`,
    );
    expect(await json(info)).toEqual({
      application: { name: 'Phanpy', website: null },
      scopes: ['read', 'write'],
      redirect_uri: CALLBACK,
      out_of_band: false,
    });

    const approved = await json(await decide(cookie, { ...request, decision: 'approve' }));
    const back = new URL(approved.redirect_to);
    expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
    expect(back.searchParams.get('state')).toBe('xyz 42');
    const code = back.searchParams.get('code') ?? '';
    expect(code.length).toBeGreaterThan(30);
    // Stored hashed: the code itself is nowhere in the database.
    const rows = await t.database.db
      .selectFrom('oauth_authorization_codes')
      .select('code_hash')
      .execute();
    expect(rows.map((r) => r.code_hash)).not.toContain(code);

    const exchange = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: CALLBACK,
      client_id: app.client_id,
      code_verifier: verifier,
    };
    const issued = await token(exchange);
    expect(issued.status).toBe(200);
    const body = await json(issued);
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'read write' });
    const me = await t.app.request(
      '/api/v1/accounts/verify_credentials',
      jsonRequest('GET', undefined, body.access_token),
    );
    expect((await json(me)).username).toBe('camille');
    const verified = await t.app.request(
      '/api/v1/apps/verify_credentials',
      jsonRequest('GET', undefined, body.access_token),
    );
    expect(await json(verified)).toMatchObject({
      name: 'Phanpy',
      scopes: ['read', 'write', 'follow'],
    });
    // The token was granted `read write` only.
    const follow = await t.app.request(
      '/api/v1/accounts/1/follow',
      jsonRequest('POST', undefined, body.access_token),
    );
    expect(follow.status).not.toBe(200);

    // Single use: the same code a second time is refused.
    const again = await token(exchange);
    expect(again.status).toBe(400);
    expect((await json(again)).error).toBe('invalid_grant');

    // The person sees the app among their sessions, by name, and can revoke it.
    const sessions = await json(
      await t.app.request('/api/empathie/v1/account/sessions', { headers: { cookie, ...web } }),
    );
    const session = sessions.find((s: { app_name: string | null }) => s.app_name === 'Phanpy');
    expect(session).toBeDefined();
  });

  it('refuses a wrong verifier, another redirect URI, another client, or an expired code', async () => {
    const app = await registerApp();
    const other = await registerApp();
    const { verifier, challenge } = pkce();
    const request = {
      response_type: 'code',
      client_id: app.client_id,
      redirect_uri: CALLBACK,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    };
    const codeOf = async () =>
      new URL(
        (await json(await decide(cookie, { ...request, decision: 'approve' }))).redirect_to,
      ).searchParams.get('code') ?? '';
    const base = { grant_type: 'authorization_code', redirect_uri: CALLBACK };

    const wrongVerifier = await token({
      ...base,
      code: await codeOf(),
      client_id: app.client_id,
      code_verifier: pkce().verifier,
    });
    expect((await json(wrongVerifier)).error).toBe('invalid_grant');
    const noVerifier = await token({ ...base, code: await codeOf(), client_id: app.client_id });
    expect((await json(noVerifier)).error).toBe('invalid_grant');
    const otherUri = await token({
      ...base,
      redirect_uri: 'https://app.example/other',
      code: await codeOf(),
      client_id: app.client_id,
      code_verifier: verifier,
    });
    expect((await json(otherUri)).error).toBe('invalid_grant');
    const otherClient = await token({
      ...base,
      code: await codeOf(),
      client_id: other.client_id,
      client_secret: other.client_secret,
      code_verifier: verifier,
    });
    expect((await json(otherClient)).error).toBe('invalid_grant');
    const wrongSecret = await token({
      ...base,
      code: await codeOf(),
      client_id: app.client_id,
      client_secret: 'not the secret',
      code_verifier: verifier,
    });
    expect(wrongSecret.status).toBe(401);
    expect((await json(wrongSecret)).error).toBe('invalid_client');

    const late = await codeOf();
    t.clock.advance(10 * 60 * 1000 + 1);
    const expired = await token({
      ...base,
      code: late,
      client_id: app.client_id,
      code_verifier: verifier,
    });
    expect((await json(expired)).error).toBe('invalid_grant');
  });

  it('exchanges a code made without PKCE only with the client secret', async () => {
    const app = await registerApp();
    const request = { response_type: 'code', client_id: app.client_id, redirect_uri: CALLBACK };
    const codeOf = async () =>
      new URL(
        (await json(await decide(cookie, { ...request, decision: 'approve' }))).redirect_to,
      ).searchParams.get('code') ?? '';
    const base = {
      grant_type: 'authorization_code',
      redirect_uri: CALLBACK,
      client_id: app.client_id,
    };
    const bare = await token({ ...base, code: await codeOf() });
    expect((await json(bare)).error).toBe('invalid_client');
    const withSecret = await token({
      ...base,
      code: await codeOf(),
      client_secret: app.client_secret,
    });
    expect(withSecret.status).toBe(200);
    // No scope asked means `read`, as on Mastodon.
    expect((await json(withSecret)).scope).toBe('read');
  });

  it('shows the code to copy for the out-of-band redirect, and tells a denial to the app', async () => {
    const oob = await registerApp('urn:ietf:wg:oauth:2.0:oob');
    const request = {
      response_type: 'code',
      client_id: oob.client_id,
      redirect_uri: 'urn:ietf:wg:oauth:2.0:oob',
    };
    const answer = await json(await decide(cookie, { ...request, decision: 'approve' }));
    expect(answer.code).toMatch(/^[\w-]{40,}$/);
    expect(answer.redirect_to).toBeUndefined();

    const app = await registerApp();
    const denied = await json(
      await decide(cookie, {
        response_type: 'code',
        client_id: app.client_id,
        redirect_uri: CALLBACK,
        state: 's1',
        decision: 'deny',
      }),
    );
    const back = new URL(denied.redirect_to);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('s1');
    expect(back.searchParams.get('code')).toBeNull();
  });
});

describe('the consent page and its answer', () => {
  it('checks the redirect URI exactly and never redirects to an unregistered one', async () => {
    const app = await registerApp();
    for (const redirect of [
      'https://app.example/callback/',
      'https://app.example/callback?x=1',
      'https://evil.example/callback',
      'HTTPS://app.example/callback',
    ]) {
      const page = await t.app.request(
        `/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: app.client_id, redirect_uri: redirect })}`,
      );
      expect([400, 401]).toContain(page.status);
      expect(page.headers.get('location')).toBeNull();
      const approve = await decide(cookie, {
        response_type: 'code',
        client_id: app.client_id,
        redirect_uri: redirect,
        decision: 'approve',
      });
      expect(approve.status).toBe(400);
    }
    const unknown = await t.app.request(
      `/api/empathie/v1/oauth/authorization?${new URLSearchParams({ response_type: 'code', client_id: 'nobody', redirect_uri: CALLBACK })}`,
    );
    expect(unknown.status).toBe(401);
    expect((await json(unknown)).error).toBe('invalid_client');
  });

  it('sends the other refusals back to the app, with its state', async () => {
    const app = await registerApp(CALLBACK, 'read');
    const ask = (extra: Record<string, string>) =>
      t.app.request(
        `/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: app.client_id, redirect_uri: CALLBACK, state: 'st', ...extra })}`,
      );
    const cases: Array<[Record<string, string>, string]> = [
      [{ scope: 'write' }, 'invalid_scope'],
      [{ scope: 'read everything' }, 'invalid_scope'],
      [{ response_type: 'token' }, 'unsupported_response_type'],
      [{ code_challenge: pkce().challenge, code_challenge_method: 'plain' }, 'invalid_request'],
    ];
    for (const [extra, error] of cases) {
      const response = await ask(extra);
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location') ?? '');
      expect(location.searchParams.get('error')).toBe(error);
      expect(location.searchParams.get('state')).toBe('st');
    }
    // `read:statuses` is within `read`.
    const granular = await ask({ scope: 'read:statuses' });
    expect(granular.status).not.toBe(302);
  });

  it('takes the answer from the web session only, never from a bearer token nor another site', async () => {
    const app = await registerApp();
    const body = {
      response_type: 'code',
      client_id: app.client_id,
      redirect_uri: CALLBACK,
      decision: 'approve',
    };
    const { token: bearer } = await signUp(t.app, 'dominique');
    const withBearer = await t.app.request(
      '/api/empathie/v1/oauth/authorization',
      jsonRequest('POST', body, bearer, web),
    );
    expect(withBearer.status).toBe(403);
    const crossSite = await decide(cookie, body, { 'sec-fetch-site': 'cross-site' });
    expect([401, 403]).toContain(crossSite.status);
    const noHeader = await t.app.request(
      '/api/empathie/v1/oauth/authorization',
      jsonRequest('POST', body, undefined, { cookie }),
    );
    expect([401, 403]).toContain(noHeader.status);
    const page = await t.app.request(
      `/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: app.client_id, redirect_uri: CALLBACK })}`,
    );
    // Never framed (clickjacking), never cached.
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses to register a redirect URI that could run in the page', async () => {
    for (const redirect of ['javascript:alert(1)', 'not a uri', 'https://a.example/#frag']) {
      const response = await t.app.request(
        '/api/v1/apps',
        jsonRequest('POST', { client_name: 'x', redirect_uris: redirect }),
      );
      expect(response.status).toBe(422);
    }
  });
});

describe('the app’s own token', () => {
  it('is issued for client_credentials with the secret, verifies the app, and is revocable', async () => {
    const app = await registerApp();
    const refused = await token({ grant_type: 'client_credentials', client_id: app.client_id });
    expect((await json(refused)).error).toBe('invalid_client');
    const issued = await json(
      await token({
        grant_type: 'client_credentials',
        client_id: app.client_id,
        client_secret: app.client_secret,
        scope: 'read',
      }),
    );
    expect(issued.scope).toBe('read');
    const verify = () =>
      t.app.request(
        '/api/v1/apps/verify_credentials',
        jsonRequest('GET', undefined, issued.access_token),
      );
    expect(await json(await verify())).toEqual({
      name: 'Phanpy',
      website: null,
      scopes: ['read', 'write', 'follow'],
      redirect_uri: CALLBACK,
      redirect_uris: [CALLBACK],
      vapid_key: '',
    });
    // It speaks for nobody: public reads work, personal ones do not.
    const instance = await t.app.request(
      '/api/v1/instance',
      jsonRequest('GET', undefined, issued.access_token),
    );
    expect(instance.status).toBe(200);
    const me = await t.app.request(
      '/api/v1/accounts/verify_credentials',
      jsonRequest('GET', undefined, issued.access_token),
    );
    expect(me.status).toBe(401);
    await t.app.request('/oauth/revoke', jsonRequest('POST', { token: issued.access_token }));
    expect((await verify()).status).toBe(401);
  });

  it('is also known to a token the app got with the password grant', async () => {
    const app = await registerApp();
    await signUp(t.app, 'eliott');
    const issued = await json(
      await token({
        grant_type: 'password',
        username: 'eliott',
        password: 'a long password for eliott',
        client_id: app.client_id,
        client_secret: app.client_secret,
      }),
    );
    const verified = await t.app.request(
      '/api/v1/apps/verify_credentials',
      jsonRequest('GET', undefined, issued.access_token),
    );
    expect((await json(verified)).name).toBe('Phanpy');
    // A token no app obtained has no app to show.
    const bare = await signUp(t.app, 'fanny');
    const none = await t.app.request(
      '/api/v1/apps/verify_credentials',
      jsonRequest('GET', undefined, bare.token),
    );
    expect(none.status).toBe(401);
  });

  it('is described by the authorization server metadata', async () => {
    const meta = await json(await t.app.request('/.well-known/oauth-authorization-server'));
    expect(meta).toMatchObject({
      issuer: 'http://empathie.test/',
      authorization_endpoint: 'http://empathie.test/oauth/authorize',
      token_endpoint: 'http://empathie.test/oauth/token',
      revocation_endpoint: 'http://empathie.test/oauth/revoke',
      app_registration_endpoint: 'http://empathie.test/api/v1/apps',
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
    });
    expect(meta.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'client_credentials', 'password']),
    );
    expect(meta.scopes_supported).toContain('read:statuses');
  });
});
