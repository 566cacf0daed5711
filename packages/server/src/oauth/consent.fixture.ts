import { expect } from 'vitest';

/** Signs a person up through the API of a server process; returns their token and account id. */
export async function signUpOver(
  origin: string,
  username: string,
): Promise<{ token: string; id: string }> {
  const signed = await fetch(`${origin}/api/v1/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username,
      email: `${username}@example.org`,
      password: `a long password for ${username}`,
      agreement: true,
    }),
  });
  expect(signed.status).toBe(200);
  const { access_token: token } = (await signed.json()) as { access_token: string };
  const me = await fetch(`${origin}/api/v1/accounts/verify_credentials`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { id } = (await me.json()) as { id: string };
  return { token, id };
}

/** Signs a person up and opens their web session, as the web app does; returns the cookie. */
export async function webSession(
  origin: string,
  username: string,
): Promise<{ cookie: string; token: string }> {
  const { token } = await signUpOver(origin, username);
  const opened = await fetch(`${origin}/api/empathie/v1/web_session`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-empathie-web': '1' },
  });
  expect(opened.status).toBe(200);
  return { cookie: (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '', token };
}

/**
 * The person's part of the authorization-code flow, as the consent page does it: open the
 * app's authorize URL (the server answers the web app), then approve with the web session.
 * Returns the code the app gets back on its redirect URI.
 */
export async function approveInBrowser(
  origin: string,
  authorizeUrl: string,
  cookie: string,
): Promise<string> {
  const url = new URL(authorizeUrl);
  expect(url.origin).toBe(origin);
  expect(url.pathname).toBe('/oauth/authorize');
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toContain('text/html');
  await page.arrayBuffer();
  const request = Object.fromEntries(url.searchParams);
  const answer = await fetch(`${origin}/api/empathie/v1/oauth/authorization`, {
    method: 'POST',
    headers: {
      cookie,
      'x-empathie-web': '1',
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ ...request, decision: 'approve' }),
  });
  expect(answer.status).toBe(200);
  const back = new URL(((await answer.json()) as { redirect_to: string }).redirect_to);
  return back.searchParams.get('code') ?? '';
}
