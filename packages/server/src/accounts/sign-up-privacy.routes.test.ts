import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
import { json, jsonRequest, signUp } from './test-helpers.ts';

/**
 * Sign-up must not tell a stranger who is a member here. On an invite-only instance nothing is
 * said about names before the invite is found valid; an e-mail address is never said to be in
 * use: a second account may give it, and each logs in with its own password.
 */
describe('sign-up never reveals who is a member', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { token: string; id: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUp(t.app, 'admin_anne');
    const mode = await t.app.request(
      '/api/empathie/v1/admin/settings',
      jsonRequest('PATCH', { registration_mode: 'invite' }, admin.token),
    );
    expect(mode.status).toBe(200);
    const code = await newInvite(1);
    await signUp(t.app, 'victime', { invite_code: code, email: 'Victime@Example.org' });
  });
  afterAll(() => t.close());

  async function newInvite(maxUses: number): Promise<string> {
    const response = await t.app.request(
      '/api/empathie/v1/invites',
      jsonRequest('POST', { max_uses: maxUses }, admin.token),
    );
    expect(response.status).toBe(200);
    return (await json(response)).code;
  }

  const attempt = async (fields: Record<string, unknown>) => {
    const response = await t.app.request(
      '/api/v1/accounts',
      jsonRequest(
        'POST',
        { password: 'a long enough password', agreement: true, ...fields },
        undefined,
        { 'accept-language': 'en' },
      ),
    );
    return { status: response.status, body: await json(response) };
  };
  const logIn = async (username: string, password: string) => {
    const response = await t.app.request(
      '/oauth/token',
      jsonRequest('POST', { grant_type: 'password', username, password }),
    );
    if (response.status !== 200) return null;
    const token = (await json(response)).access_token;
    const me = await t.app.request(
      '/api/v1/accounts/verify_credentials',
      jsonRequest('GET', undefined, token),
    );
    return (await json(me)).username as string;
  };

  it('answers a stranger without a valid invite the same, taken name and address or not', async () => {
    for (const invite_code of [undefined, 'not-a-real-code']) {
      const taken = await attempt({
        username: 'victime',
        email: 'victime@example.org',
        invite_code,
      });
      const fresh = await attempt({
        username: 'nobody42',
        email: 'nobody42@example.org',
        invite_code,
      });
      expect(taken).toEqual(fresh);
      expect(taken.status).toBe(422);
      expect(taken.body.details.fields).toEqual([
        { field: 'invite_code', message: expect.any(String) },
      ]);
    }
  });

  it('accepts an address already given, like any other, and both people log in with it', async () => {
    const code = await newInvite(2);
    const reused = await attempt({
      username: 'newcomer',
      email: 'VICTIME@example.org',
      invite_code: code,
    });
    const fresh = await attempt({
      username: 'freshface',
      email: 'freshface@example.org',
      invite_code: code,
    });
    expect(reused.status).toBe(200);
    expect(fresh.status).toBe(200);
    expect(Object.keys(reused.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(reused.body.scope).toBe(fresh.body.scope);

    // Each password opens its own account through the shared address, and no other.
    expect(await logIn('victime@example.org', 'a long password for victime')).toBe('victime');
    expect(await logIn('victime@example.org', 'a long enough password')).toBe('newcomer');
    expect(await logIn('victime@example.org', 'a wrong password')).toBeNull();
  });

  it('tells a taken username only with a valid invite, and keeps the invite for another try', async () => {
    const code = await newInvite(1);
    const taken = await attempt({
      username: 'VICTIME',
      email: 'someone@example.org',
      invite_code: code,
    });
    expect(taken.status).toBe(422);
    expect(taken.body.details.fields).toEqual([
      { field: 'username', message: 'This username is already taken.' },
    ]);
    const retry = await attempt({
      username: 'someone',
      email: 'someone@example.org',
      invite_code: code,
    });
    expect(retry.status).toBe(200);
  });
});
