import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
import { json, jsonRequest, signUp } from './test-helpers.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const req = (method: string, path: string, token?: string, body?: unknown, lang = 'en') =>
  t.app.request(path, jsonRequest(method, body, token, { 'accept-language': lang }));

async function logIn(username: string, password = `a long password for ${username}`) {
  const response = await req('POST', '/oauth/token', undefined, {
    grant_type: 'password',
    username,
    password,
  });
  return { status: response.status, token: (await json(response)).access_token as string };
}

const works = async (token: string) =>
  (await req('GET', '/api/v1/accounts/verify_credentials', token)).status;

describe('sessions', () => {
  it('lists only the owner’s live sessions, marking the current one', async () => {
    const nina = await signUp(t.app, 'nina');
    const second = await logIn('nina');
    const other = await signUp(t.app, 'omar');
    const response = await req('GET', '/api/empathie/v1/account/sessions', second.token);
    expect(response.status).toBe(200);
    const sessions = await json(response);
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ current: true, created_at: expect.any(String) });
    expect(sessions[0].scopes).toContain('read');
    expect(sessions[0].last_used_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/);
    // Omar's session is not in Nina's list, and Nina cannot revoke it.
    const omars = await json(await req('GET', '/api/empathie/v1/account/sessions', other.token));
    expect(omars).toHaveLength(1);
    const foreign = await req(
      'DELETE',
      `/api/empathie/v1/account/sessions/${omars[0].id}`,
      nina.token,
    );
    expect(foreign.status).toBe(404);
    expect(await works(other.token)).toBe(200);
  });

  it('names a session after the app that registered and logged in with its client_id', async () => {
    await signUp(t.app, 'wanda');
    const registered = await json(
      await req('POST', '/api/v1/apps', undefined, {
        client_name: 'Tusky',
        redirect_uris: 'urn:ietf:wg:oauth:2.0:oob',
      }),
    );
    const response = await req('POST', '/oauth/token', undefined, {
      grant_type: 'password',
      username: 'wanda',
      password: 'a long password for wanda',
      client_id: registered.client_id,
      client_secret: registered.client_secret,
    });
    const { access_token: token } = await json(response);
    const sessions = await json(await req('GET', '/api/empathie/v1/account/sessions', token));
    expect(sessions.map((s: { app_name: string | null }) => s.app_name)).toEqual(['Tusky', null]);
  });

  it('needs a token', async () => {
    expect((await req('GET', '/api/empathie/v1/account/sessions')).status).toBe(401);
    expect((await req('POST', '/api/empathie/v1/account/sessions/revoke_all')).status).toBe(401);
  });

  it('revokes one session: that token fails at its next request, the others keep working', async () => {
    const pia = await signUp(t.app, 'pia');
    const phone = await logIn('pia');
    const sessions = await json(await req('GET', '/api/empathie/v1/account/sessions', pia.token));
    const phoneSession = sessions.find((s: { current: boolean }) => !s.current);
    const revoked = await req(
      'DELETE',
      `/api/empathie/v1/account/sessions/${phoneSession.id}`,
      pia.token,
    );
    expect(revoked.status).toBe(200);
    expect(await works(phone.token)).toBe(401);
    expect(await works(pia.token)).toBe(200);
    // Already revoked: nothing left to revoke.
    const again = await req(
      'DELETE',
      `/api/empathie/v1/account/sessions/${phoneSession.id}`,
      pia.token,
    );
    expect(again.status).toBe(404);
  });

  it('logs out everywhere else by default, then everywhere when asked', async () => {
    const quinn = await signUp(t.app, 'quinn');
    const laptop = await logIn('quinn');
    const tablet = await logIn('quinn');
    const elsewhere = await req(
      'POST',
      '/api/empathie/v1/account/sessions/revoke_all',
      quinn.token,
      {},
    );
    expect(await json(elsewhere)).toEqual({ closed_sessions: 2 });
    expect(await works(laptop.token)).toBe(401);
    expect(await works(tablet.token)).toBe(401);
    expect(await works(quinn.token)).toBe(200);
    const everywhere = await req(
      'POST',
      '/api/empathie/v1/account/sessions/revoke_all',
      quinn.token,
      { keep_current: false },
    );
    expect(await json(everywhere)).toEqual({ closed_sessions: 1 });
    expect(await works(quinn.token)).toBe(401);
  });
});

describe('password change', () => {
  it('needs the current password, in the request’s language', async () => {
    const rosa = await signUp(t.app, 'rosa');
    const response = await req(
      'POST',
      '/api/empathie/v1/account/password',
      rosa.token,
      { current_password: 'not my password', new_password: 'a brand new password' },
      'fr',
    );
    expect(response.status).toBe(422);
    const body = await json(response);
    expect(body.error).toBe('validation_failed');
    expect(body.error_description).toBe('Le mot de passe actuel est incorrect.');
    expect((await logIn('rosa', 'a brand new password')).status).toBe(400);
  });

  it('refuses a short new password and one equal to the username', async () => {
    const sam = await signUp(t.app, 'samuelito');
    const short = await req('POST', '/api/empathie/v1/account/password', sam.token, {
      current_password: 'a long password for samuelito',
      new_password: 'short',
    });
    expect(short.status).toBe(422);
    const same = await req('POST', '/api/empathie/v1/account/password', sam.token, {
      current_password: 'a long password for samuelito',
      new_password: 'SAMUELITO',
    });
    expect(same.status).toBe(422);
    expect((await json(same)).error_description).toBe('The password must not be your username.');
  });

  it('changes the password and closes every other session, keeping this one', async () => {
    const tess = await signUp(t.app, 'tess');
    const stolen = await logIn('tess');
    const response = await req('POST', '/api/empathie/v1/account/password', tess.token, {
      current_password: 'a long password for tess',
      new_password: 'a calmer new password',
    });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ closed_sessions: 1 });
    expect(await works(stolen.token)).toBe(401);
    expect(await works(tess.token)).toBe(200);
    expect((await logIn('tess')).status).toBe(400);
    expect((await logIn('tess', 'a calmer new password')).status).toBe(200);
  });

  it('pauses after repeated wrong passwords, for that account only', async () => {
    const uma = await signUp(t.app, 'uma');
    let last = 0;
    for (let i = 0; i < 11; i += 1) {
      last = (
        await req('POST', '/api/empathie/v1/account/password', uma.token, {
          current_password: `guess ${i}`,
          new_password: 'whatever it may be',
        })
      ).status;
    }
    expect(last).toBe(429);
    const vic = await signUp(t.app, 'vic');
    const other = await req('POST', '/api/empathie/v1/account/password', vic.token, {
      current_password: 'a long password for vic',
      new_password: 'a fresh password for vic',
    });
    expect(other.status).toBe(200);
  });
});
