import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { createTestApp } from '../testing/test-app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: { token: string; id: string };
let member: { token: string; id: string };

beforeAll(async () => {
  t = await createTestApp({ registrationMode: 'approval' });
  // The first person sets the instance up: admin, approved, whatever the mode.
  admin = await signUp(t.app, 'founder');
  await setMode('open');
  member = await signUp(t.app, 'member');
});
afterAll(() => t.close());

const req = (method: string, path: string, token?: string, body?: unknown) =>
  t.app.request(path, jsonRequest(method, body, token));
async function setMode(mode: string) {
  const response = await req('PATCH', '/api/empathie/v1/admin/settings', admin.token, {
    registration_mode: mode,
  });
  expect(response.status).toBe(200);
}
const signUpBody = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  email: `${username}@example.org`,
  password: 'a long enough password',
  agreement: true,
  ...extra,
});
const logIn = (username: string) =>
  req('POST', '/oauth/token', undefined, {
    grant_type: 'password',
    username,
    password: 'a long enough password',
  });

describe('admin settings', () => {
  it('start from the configuration and change at run time', async () => {
    const settings = await json(await req('GET', '/api/empathie/v1/admin/settings', admin.token));
    expect(settings).toEqual({
      registration_mode: 'open',
      max_post_chars: 2800,
      invites_by_members: false,
      bots_must_declare: false,
    });
    const changed = await req('PATCH', '/api/empathie/v1/admin/settings', admin.token, {
      max_post_chars: 500,
    });
    expect((await json(changed)).max_post_chars).toBe(500);
    const instance = await json(await req('GET', '/api/v2/instance'));
    expect(instance.configuration.statuses.max_characters).toBe(500);
  });

  it('are for admins only, and validated', async () => {
    expect((await req('GET', '/api/empathie/v1/admin/settings')).status).toBe(401);
    expect((await req('GET', '/api/empathie/v1/admin/settings', member.token)).status).toBe(403);
    const bad = await req('PATCH', '/api/empathie/v1/admin/settings', admin.token, {
      registration_mode: 'closed',
    });
    expect(bad.status).toBe(422);
    expect((await json(bad)).details.fields[0].field).toBe('registration_mode');
    for (const path of [
      '/api/empathie/v1/admin/pending_accounts',
      `/api/empathie/v1/admin/pending_accounts/${member.id}/approve`,
    ]) {
      const method = path.endsWith('approve') ? 'POST' : 'GET';
      expect((await req(method, path, member.token)).status).toBe(403);
    }
  });
});

describe('approval mode', () => {
  it('keeps a sign-up waiting until an admin approves it', async () => {
    await setMode('approval');
    const signed = await req(
      'POST',
      '/api/v1/accounts',
      undefined,
      signUpBody('waiting', { reason: 'I run a reading club' }),
    );
    expect(signed.status).toBe(200);
    const { access_token } = await json(signed);
    expect((await req('GET', '/api/v1/accounts/verify_credentials', access_token)).status).toBe(
      401,
    );
    const refused = await logIn('waiting');
    expect(refused.status).toBe(403);
    expect((await json(refused)).error).toBe('approval_required');
    // Wrong password still says nothing about the pending state.
    const wrong = await req('POST', '/oauth/token', undefined, {
      grant_type: 'password',
      username: 'waiting',
      password: 'not the right one',
    });
    expect((await json(wrong)).error).toBe('invalid_grant');

    const pending = await json(
      await req('GET', '/api/empathie/v1/admin/pending_accounts', admin.token),
    );
    expect(pending).toEqual([
      expect.objectContaining({
        username: 'waiting',
        email: 'waiting@example.org',
        reason: 'I run a reading club',
      }),
    ]);
    const id = pending[0].id;
    expect((await req('GET', `/api/v1/accounts/${id}`)).status).toBe(404);
    expect(
      (await req('POST', `/api/empathie/v1/admin/pending_accounts/${id}/approve`, admin.token))
        .status,
    ).toBe(200);
    expect(
      (await req('POST', `/api/empathie/v1/admin/pending_accounts/${id}/approve`, admin.token))
        .status,
    ).toBe(404);
    expect((await logIn('waiting')).status).toBe(200);
    expect((await req('GET', '/api/v1/accounts/verify_credentials', access_token)).status).toBe(
      200,
    );
  });

  it('deletes a rejected sign-up, freeing its username', async () => {
    await setMode('approval');
    await req('POST', '/api/v1/accounts', undefined, signUpBody('declined'));
    const [row] = await json(
      await req('GET', '/api/empathie/v1/admin/pending_accounts', admin.token),
    );
    expect(
      (await req('POST', `/api/empathie/v1/admin/pending_accounts/${row.id}/reject`, admin.token))
        .status,
    ).toBe(200);
    expect(
      await json(await req('GET', '/api/empathie/v1/admin/pending_accounts', admin.token)),
    ).toEqual([]);
    await setMode('open');
    expect((await req('POST', '/api/v1/accounts', undefined, signUpBody('declined'))).status).toBe(
      200,
    );
  });
});

describe('invite mode', () => {
  it('needs a valid code, counts its uses and honours expiry', async () => {
    await setMode('invite');
    const noCode = await req('POST', '/api/v1/accounts', undefined, signUpBody('guest1'));
    expect(noCode.status).toBe(422);
    expect((await json(noCode)).details.fields[0].field).toBe('invite_code');

    // Members may not invite until the admin allows it.
    expect((await req('POST', '/api/empathie/v1/invites', member.token, {})).status).toBe(403);
    const invite = await json(
      await req('POST', '/api/empathie/v1/invites', admin.token, { max_uses: 1, expires_in: 3600 }),
    );
    expect(invite).toMatchObject({ max_uses: 1, uses: 0, expires_at: '2026-11-01T11:00:00.000Z' });
    expect(invite.url).toBe(`http://empathie.test/invite/${invite.code}`);

    const used = await req(
      'POST',
      '/api/v1/accounts',
      undefined,
      signUpBody('guest1', { invite_code: invite.code }),
    );
    expect(used.status).toBe(200);
    const again = await req(
      'POST',
      '/api/v1/accounts',
      undefined,
      signUpBody('guest2', { invite_code: invite.code }),
    );
    expect(again.status).toBe(422);
    const list = await json(await req('GET', '/api/empathie/v1/invites', admin.token));
    expect(list[0]).toMatchObject({ code: invite.code, uses: 1 });

    await req('PATCH', '/api/empathie/v1/admin/settings', admin.token, {
      invites_by_members: true,
    });
    const memberInvite = await json(
      await req('POST', '/api/empathie/v1/invites', member.token, { expires_in: 60 }),
    );
    expect(await json(await req('GET', '/api/empathie/v1/invites', member.token))).toEqual([
      memberInvite,
    ]);
    t.clock.advance(61_000);
    const expired = await req(
      'POST',
      '/api/v1/accounts',
      undefined,
      signUpBody('guest3', { invite_code: memberInvite.code }),
    );
    expect(expired.status).toBe(422);
    // Revoking ends an invite now, keeps its count, and is refused on someone else's.
    const spare = await json(await req('POST', '/api/empathie/v1/invites', admin.token, {}));
    expect((await req('DELETE', `/api/empathie/v1/invites/${spare.id}`, member.token)).status).toBe(
      404,
    );
    const revoked = await req('DELETE', `/api/empathie/v1/invites/${spare.id}`, admin.token);
    expect(revoked.status).toBe(200);
    expect((await json(revoked)).expires_at).toBe(t.clock.now().toISOString());
    const afterRevoke = await req(
      'POST',
      '/api/v1/accounts',
      undefined,
      signUpBody('guest4', { invite_code: spare.code }),
    );
    expect(afterRevoke.status).toBe(422);
    expect((await req('DELETE', '/api/empathie/v1/invites/__proto__', admin.token)).status).toBe(
      404,
    );
    const instance = await json(await req('GET', '/api/v1/instance'));
    expect(instance.registrations).toBe(false);
    await setMode('open');
  });
});
