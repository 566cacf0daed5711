import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
import { json, jsonRequest, signUp } from './test-helpers.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  t.app.request(path, jsonRequest('POST', body, undefined, headers));

describe('sign-up', () => {
  it('makes the first account the admin and returns a Mastodon Token', async () => {
    const response = await post('/api/v1/accounts', {
      username: 'Alice_1',
      email: 'Alice@Example.org',
      password: 'correct horse battery',
      agreement: 'true',
      locale: 'fr',
    });
    expect(response.status).toBe(200);
    const token = await json(response);
    // The admin's token also carries the admin scopes the administration routes ask for.
    expect(token).toMatchObject({
      token_type: 'Bearer',
      scope: 'read write follow push admin:read admin:write',
    });
    expect(token.access_token).toMatch(/^[\w-]{40,}$/);
    expect(token.created_at).toBe(Math.floor(t.clock.now().getTime() / 1000));

    const me = await t.app.request(
      '/api/v1/accounts/verify_credentials',
      jsonRequest('GET', undefined, token.access_token),
    );
    const body = await json(me);
    expect(body).toMatchObject({ username: 'Alice_1', acct: 'Alice_1', role: { name: 'Admin' } });
    expect(body.source).toMatchObject({ privacy: 'public', follow_requests_count: 0 });
    const prefs = await t.app.request(
      '/api/empathie/v1/preferences',
      jsonRequest('GET', undefined, token.access_token),
    );
    expect(await json(prefs)).toEqual({ ui_language: 'fr' });
  });

  it('makes the next accounts ordinary members', async () => {
    const { token } = await signUp(t.app, 'bob');
    const me = await t.app.request(
      '/api/v1/accounts/verify_credentials',
      jsonRequest('GET', undefined, token),
    );
    expect((await json(me)).role.name).toBe('');
  });

  it('refuses a taken username, whatever the case, and writes nothing', async () => {
    const before = await t.database.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const response = await post(
      '/api/v1/accounts',
      {
        username: 'ALICE_1',
        email: 'someone-else@example.org',
        password: 'another password',
        agreement: true,
      },
      { 'accept-language': 'fr' },
    );
    expect(response.status).toBe(422);
    const body = await json(response);
    expect(body.error).toBe('validation_failed');
    expect(body.details.fields.map((f: { field: string }) => f.field)).toEqual(['username']);
    expect(body.error_description).toContain('déjà pris');
    const after = await t.database.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it.each([
    [{ username: 'bad-name' }, 'username'],
    [{ username: 'x'.repeat(31) }, 'username'],
    [{ username: 'Admin' }, 'username'],
    [{ email: 'not-an-email' }, 'email'],
    [{ password: 'short' }, 'password'],
    [{ password: 'p'.repeat(129) }, 'password'],
    [{ username: 'carolpass', password: 'CAROLPASS' }, 'password'],
    [{ agreement: false }, 'agreement'],
    [{ username: 42 }, 'username'],
  ])('refuses %j with a 422 naming %s', async (change, field) => {
    const response = await post('/api/v1/accounts', {
      username: 'carol',
      email: 'carol@example.org',
      password: 'a fine password',
      agreement: true,
      ...change,
    });
    expect(response.status).toBe(422);
    const body = await json(response);
    expect(body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('lets only one of two simultaneous sign-ups for the same name through, without a 500', async () => {
    const answers = await Promise.all(
      ['twin@example.org', 'other-twin@example.org'].map((email) =>
        post('/api/v1/accounts', {
          username: 'twin',
          email,
          password: 'a long enough password',
          agreement: true,
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
  });

  it('answers 400 to malformed JSON', async () => {
    const response = await t.app.request('/api/v1/accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect(response.status).toBe(400);
    expect((await json(response)).error).toBe('malformed_request');
  });
});

describe('log-in and log-out', () => {
  it('logs in with the username or the e-mail (form or JSON) and revokes on log-out', async () => {
    const form = await t.app.request('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        username: 'alice_1',
        password: 'correct horse battery',
        client_id: 'any',
      }).toString(),
    });
    expect(form.status).toBe(200);
    const byEmail = await post('/oauth/token', {
      grant_type: 'password',
      username: 'ALICE@example.org',
      password: 'correct horse battery',
    });
    expect(byEmail.status).toBe(200);
    const { access_token } = await json(byEmail);

    const ok = await t.app.request(
      '/api/v1/accounts/verify_credentials',
      jsonRequest('GET', undefined, access_token),
    );
    expect(ok.status).toBe(200);
    expect(await json(await post('/oauth/revoke', { token: access_token }))).toEqual({});
    const after = await t.app.request(
      '/api/v1/accounts/verify_credentials',
      jsonRequest('GET', undefined, access_token),
    );
    expect(after.status).toBe(401);
  });

  it('gives the same invalid_grant for a wrong password and an unknown user', async () => {
    const wrong = await post(
      '/oauth/token',
      { grant_type: 'password', username: 'alice_1', password: 'wrong password' },
      { 'accept-language': 'fr' },
    );
    const unknown = await post(
      '/oauth/token',
      { grant_type: 'password', username: 'nobody_here', password: 'wrong password' },
      { 'accept-language': 'fr' },
    );
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    const a = await json(wrong);
    expect(a).toEqual(await json(unknown));
    expect(a).toEqual({
      error: 'invalid_grant',
      error_description: 'Identifiant ou mot de passe incorrect.',
    });
  });

  it('refuses other grant types clearly', async () => {
    const response = await post('/oauth/token', {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
    });
    expect(response.status).toBe(400);
    expect((await json(response)).error).toBe('unsupported_grant_type');
  });

  it('slows down an address that keeps failing, for a while, then lets it try again', async () => {
    const from = { incoming: { socket: { remoteAddress: '203.0.113.9' } } };
    const attempt = (username: string, password: string) =>
      t.app.request(
        '/oauth/token',
        jsonRequest('POST', { grant_type: 'password', username, password }),
        from,
      );
    for (let i = 0; i < 3; i++) expect((await attempt('bob', `guess ${i}`)).status).toBe(400);
    const slowed = await attempt('bob', 'a long password for bob');
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('retry-after'))).toBe(2);
    t.clock.advance(2_000);
    expect((await attempt('bob', 'a long password for bob')).status).toBe(200);
  });

  it('rate-limits sign-ups per address', async () => {
    const from = { incoming: { socket: { remoteAddress: '198.51.100.7' } } };
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) {
      const r = await t.app.request(
        '/api/v1/accounts',
        jsonRequest('POST', {
          username: 'admin',
          email: 'x@example.org',
          password: 'whatever1',
          agreement: true,
        }),
        from,
      );
      statuses.push(r.status);
    }
    expect(statuses.filter((s) => s === 422)).toHaveLength(15);
    expect(statuses[15]).toBe(429);
  });
});

describe('Mastodon client libraries', () => {
  it('register an app, then log in with the scopes they asked for', async () => {
    const registered = await json(
      await post('/api/v1/apps', {
        client_name: 'Some client',
        redirect_uris: 'urn:ietf:wg:oauth:2.0:oob',
        scopes: 'read write',
      }),
    );
    expect(registered).toMatchObject({ name: 'Some client', scopes: ['read', 'write'] });
    expect(registered.client_id).toMatch(/^[\w-]{20,}$/);
    const token = await json(
      await post('/oauth/token', {
        grant_type: 'password',
        username: 'alice_1',
        password: 'correct horse battery',
        client_id: registered.client_id,
        client_secret: registered.client_secret,
        scope: 'read write',
      }),
    );
    expect(token.scope).toBe('read write');
    const odd = await json(
      await post('/oauth/token', {
        grant_type: 'password',
        username: 'alice_1',
        password: 'correct horse battery',
        scope: 'everything please',
      }),
    );
    // Alice is the admin: the full set is hers, admin scopes included.
    expect(odd.scope).toBe('read write follow push admin:read admin:write');
    expect((await post('/api/v1/apps', { client_name: '' })).status).toBe(422);
  });
});

describe('token scopes', () => {
  const tokenWith = async (scope: string) =>
    (
      await json(
        await post('/oauth/token', {
          grant_type: 'password',
          username: 'alice_1',
          password: 'correct horse battery',
          scope,
        }),
      )
    ).access_token as string;
  const as = (token: string, method: string, path: string, body?: unknown) =>
    t.app.request(path, jsonRequest(method, body, token, { 'accept-language': 'en' }));

  it('lets a read-only token read, and nothing else', async () => {
    const token = await tokenWith('read');
    expect((await as(token, 'GET', '/api/v1/accounts/verify_credentials')).status).toBe(200);
    const refused = await as(token, 'POST', '/api/v1/statuses', { status: 'hello' });
    expect(refused.status).toBe(403);
    expect(await json(refused)).toMatchObject({
      error: 'forbidden',
      error_description: 'This token does not allow this action (missing scope "write:statuses").',
    });
    const bob = await signUp(t.app, 'scoped_bob');
    expect((await as(token, 'POST', `/api/v1/accounts/${bob.id}/follow`)).status).toBe(403);
    // Logging out needs no scope.
    expect((await post('/oauth/revoke', { token })).status).toBe(200);
  });

  it('accepts granular scopes, and the older follow scope for follows only', async () => {
    const granular = await tokenWith('read:accounts write:statuses');
    expect((await as(granular, 'GET', '/api/v1/accounts/verify_credentials')).status).toBe(200);
    expect((await as(granular, 'POST', '/api/v1/statuses', { status: 'granular' })).status).toBe(
      200,
    );
    const follow = await tokenWith('read follow');
    const carla = await signUp(t.app, 'scoped_carla');
    expect((await as(follow, 'POST', `/api/v1/accounts/${carla.id}/follow`)).status).toBe(200);
    expect((await as(follow, 'POST', '/api/v1/statuses', { status: 'nope' })).status).toBe(403);
  });
});
