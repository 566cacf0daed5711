import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  expectText,
  logOut,
  PASSWORD,
  signUpSkippingIntention,
  uniqueUsername,
} from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

// A person logs in to a third-party Mastodon app through Empathie's consent page: in French the
// app is a tiny web app on loopback that receives the code at its redirect URI; in English it is
// a desktop app that asks for the out-of-band code to copy. Both then use their token, and the
// person finds each app among their sessions.

interface App {
  client_id: string;
  client_secret: string;
}

async function registerApp(baseUrl: string, name: string, redirect: string): Promise<App> {
  const response = await fetch(`${baseUrl}/api/v1/apps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_name: name, redirect_uris: redirect, scopes: 'read write' }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as App;
}

async function exchange(
  baseUrl: string,
  app: App,
  code: string,
  redirect: string,
  verifier: string,
): Promise<string> {
  const response = await fetch(`${baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirect,
      client_id: app.client_id,
      code_verifier: verifier,
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function usernameOf(baseUrl: string, token: string): Promise<string> {
  const me = await fetch(`${baseUrl}/api/v1/accounts/verify_credentials`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await me.json()) as { username: string }).username;
}

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

describe('logging in to a Mastodon app through the consent page', () => {
  const env = readE2eEnv();
  let browser: Browser;
  let appServer: Server;
  let callback = '';
  const received: URL[] = [];
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  let current: Person | undefined;
  const step = journeySteps(async (title) => {
    if (current) await shot(current, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    browser = await launchBrowser(env);
    shot = await screenshotter(env, 'oauth-consent');
    // The third-party web app: it only records the redirect it receives.
    appServer = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      // Only the redirects, not the browser's own requests (its favicon).
      if (url.pathname === '/callback') received.push(url);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Phanpy</title><h1 id="app-home">Phanpy</h1>');
    });
    await new Promise<void>((resolve) => appServer.listen(0, '127.0.0.1', resolve));
    callback = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}/callback`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) =>
      appServer ? appServer.close(() => resolve()) : resolve(),
    );
  });

  step('in French, Inès logs in from the app, reads what it asks and authorizes it', async () => {
    const ines = await openPerson(browser, env, 'ines', 'fr');
    current = ines;
    const name = uniqueUsername('ines');
    await signUpSkippingIntention(ines, name);
    await logOut(ines);

    const app = await registerApp(env.baseUrl, 'Phanpy', callback);
    const { verifier, challenge } = pkce();
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: app.client_id,
      redirect_uri: callback,
      scope: 'read write',
      state: 'etat-42',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    await ines.page.goto(`/oauth/authorize?${query}`);
    await expectText(
      ines.page.getByTestId('oauth-consent'),
      'Autoriser Phanpy à utiliser votre compte',
    );
    // Signed out: she logs in first, and comes back to the same request.
    await ines.page.getByTestId('oauth-login').click();
    await ines.page.getByTestId('login-username').fill(name);
    await ines.page.getByTestId('login-password').fill(PASSWORD);
    await ines.page.getByTestId('login-submit').click();
    await ines.page.waitForURL((url) => url.pathname === '/oauth/authorize');
    await expectText(
      ines.page.getByTestId('oauth-scopes'),
      'Lire tout ce qui est dans votre compte',
    );
    await expectText(
      ines.page.getByTestId('oauth-scopes'),
      'Publier, modifier et supprimer en votre nom',
    );
    await expectText(ines.page.getByTestId('oauth-account'), `@${name}`);
    await shot(ines, 'consent-fr');

    await ines.page.getByTestId('oauth-approve').click();
    await ines.page.waitForURL((url) => url.pathname === '/callback');
    const back = received.at(-1);
    expect(back?.searchParams.get('state')).toBe('etat-42');
    const token = await exchange(
      env.baseUrl,
      app,
      back?.searchParams.get('code') ?? '',
      callback,
      verifier,
    );
    expect(await usernameOf(env.baseUrl, token)).toBe(name);

    // The app is among her sessions, by its name.
    await ines.page.goto('/settings');
    await expectText(ines.page.getByTestId('sessions-list'), 'Phanpy');
    await shot(ines, 'sessions-fr');
    await ines.context.close();
  });

  step(
    'in English, Oliver copies the code for a desktop app, after declining another app',
    async () => {
      const oliver = await openPerson(browser, env, 'oliver', 'en');
      current = oliver;
      const name = uniqueUsername('oliver');
      await signUpSkippingIntention(oliver, name);

      // A request he did not expect: he denies it, and the app is told so.
      const stranger = await registerApp(env.baseUrl, 'Unknown tool', callback);
      await oliver.page.goto(
        `/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: stranger.client_id, redirect_uri: callback, state: 's' })}`,
      );
      await expectText(
        oliver.page.getByTestId('oauth-consent'),
        'Authorize Unknown tool to use your account?',
      );
      await oliver.page.getByTestId('oauth-deny').click();
      await oliver.page.waitForURL((url) => url.pathname === '/callback');
      expect(received.at(-1)?.searchParams.get('error')).toBe('access_denied');
      expect(received.at(-1)?.searchParams.get('code')).toBeNull();

      const oob = 'urn:ietf:wg:oauth:2.0:oob';
      const app = await registerApp(env.baseUrl, 'Tokodon', oob);
      const { verifier, challenge } = pkce();
      await oliver.page.goto(
        `/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: app.client_id, redirect_uri: oob, scope: 'read', code_challenge: challenge, code_challenge_method: 'S256' })}`,
      );
      await expectText(oliver.page.getByTestId('oauth-scopes'), 'Read everything in your account');
      await expectText(oliver.page.getByTestId('oauth-account'), `@${name}`);
      await oliver.page.getByTestId('oauth-approve').click();
      const code = (await oliver.page.getByTestId('oauth-code').textContent())?.trim() ?? '';
      await shot(oliver, 'code-en');
      expect(code.length).toBeGreaterThan(30);
      const token = await exchange(env.baseUrl, app, code, oob, verifier);
      expect(await usernameOf(env.baseUrl, token)).toBe(name);

      await oliver.page.goto('/settings');
      await expectText(oliver.page.getByTestId('sessions-list'), 'Tokodon');
      await shot(oliver, 'sessions-en');
      await oliver.context.close();
    },
  );

  step('an unregistered redirect URI gets an explanation, never a redirect', async () => {
    const visitor = await openPerson(browser, env, 'visitor', 'en');
    current = visitor;
    const app = await registerApp(env.baseUrl, 'Phanpy', callback);
    const before = received.length;
    const response = await visitor.page.goto(
      `/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: app.client_id, redirect_uri: 'https://evil.example/steal' })}`,
    );
    expect(response?.status()).toBe(400);
    await visitor.page.getByTestId('oauth-error').waitFor();
    await expectText(
      visitor.page.getByTestId('oauth-error'),
      'redirect URI is not one the app registered',
    );
    expect(new URL(visitor.page.url()).host).toBe(new URL(env.baseUrl).host);
    expect(received.length).toBe(before);
    await visitor.context.close();
  });
});
