import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { createTestApp } from '../testing/test-app.ts';

/**
 * A token handed to a third-party app does what its scopes say, at Mastodon's granularity: an
 * app allowed to favourite cannot post in your name, and a token without admin scopes cannot
 * administer the instance, even an admin's.
 */
describe('scopes on real requests', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let statusId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const admin = await signUp(t.app, 'admina');
    await signUp(t.app, 'member');
    const posted = await t.app.request(
      '/api/v1/statuses',
      jsonRequest('POST', { status: 'Un premier message' }, admin.token),
    );
    statusId = (await json(posted)).id;
  });
  afterAll(() => t.close());

  const tokenFor = async (username: string, scope: string) => {
    const response = await t.app.request(
      '/oauth/token',
      jsonRequest('POST', {
        grant_type: 'password',
        username,
        password: `a long password for ${username}`,
        scope,
      }),
    );
    expect(response.status).toBe(200);
    return (await json(response)).access_token as string;
  };
  const call = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await t.app.request(
      path,
      jsonRequest(method, body, token, { 'accept-language': 'en' }),
    );
    return { status: response.status, body: await json(response) };
  };

  it('lets write:favourites favourite, and nothing else that writes', async () => {
    const token = await tokenFor('member', 'write:favourites');
    expect((await call(token, 'POST', `/api/v1/statuses/${statusId}/favourite`)).status).toBe(200);
    const posting = await call(token, 'POST', '/api/v1/statuses', { status: 'not mine to say' });
    expect(posting.status).toBe(403);
    expect(posting.body.error_description).toContain('"write:statuses"');
    expect((await call(token, 'POST', `/api/v1/statuses/${statusId}/reblog`)).status).toBe(403);
    expect(
      (await call(token, 'PATCH', '/api/v1/accounts/update_credentials', { note: 'x' })).status,
    ).toBe(403);
    expect((await call(token, 'GET', '/api/v1/timelines/home')).status).toBe(403);
  });

  it('lets read:statuses read posts, not notifications nor who one blocks', async () => {
    const token = await tokenFor('member', 'read:statuses');
    expect((await call(token, 'GET', '/api/v1/timelines/home')).status).toBe(200);
    expect((await call(token, 'GET', `/api/v1/statuses/${statusId}`)).status).toBe(200);
    const notifications = await call(token, 'GET', '/api/v1/notifications');
    expect(notifications.status).toBe(403);
    expect(notifications.body.error_description).toContain('"read:notifications"');
    expect((await call(token, 'GET', '/api/v1/blocks')).status).toBe(403);
    expect((await call(token, 'GET', '/api/v2/search?q=premier')).status).toBe(403);
  });

  it('asks admin routes for admin scopes as well as the admin role', async () => {
    const everyday = await tokenFor('admina', 'read write follow');
    const refused = await call(everyday, 'GET', '/api/empathie/v1/admin/settings');
    expect(refused.status).toBe(403);
    expect(refused.body.error_description).toContain('"admin:read"');

    const reader = await tokenFor('admina', 'admin:read');
    expect((await call(reader, 'GET', '/api/empathie/v1/admin/settings')).status).toBe(200);
    expect((await call(reader, 'GET', '/api/empathie/v1/admin/pending_accounts')).status).toBe(200);
    const change = { registration_mode: 'approval' };
    expect((await call(reader, 'PATCH', '/api/empathie/v1/admin/settings', change)).status).toBe(
      403,
    );

    const accountsOnly = await tokenFor('admina', 'admin:read:accounts');
    expect(
      (await call(accountsOnly, 'GET', '/api/empathie/v1/admin/pending_accounts')).status,
    ).toBe(200);
    expect((await call(accountsOnly, 'GET', '/api/empathie/v1/admin/settings')).status).toBe(403);

    // Admin scopes on a member's token give nothing: the role is checked too.
    const pretender = await tokenFor('member', 'admin:read admin:write');
    expect((await call(pretender, 'GET', '/api/empathie/v1/admin/settings')).status).toBe(403);
  });

  it('needs no scope for public routes, and answers 404 for unknown ones', async () => {
    const token = await tokenFor('member', 'write:favourites');
    expect((await call(token, 'GET', '/api/v2/instance')).status).toBe(200);
    expect((await call(token, 'GET', '/api/v1/no_such_route')).status).toBe(404);
  });
});
