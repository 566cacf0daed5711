import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  expectText,
  logIn,
  logOut,
  postFromHome,
  signUpSkippingIntention,
  uniqueUsername,
} from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

describe('leaving and coming back', () => {
  const env = readE2eEnv();
  const claireName = uniqueUsername('claire');
  const post = `Je reviens demain, promis ${claireName}`;
  let browser: Browser;
  let claire: Person;
  const cspViolations: string[] = [];
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const step = journeySteps(async (title) => {
    if (claire) await shot(claire, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    browser = await launchBrowser(env);
    claire = await openPerson(browser, env, 'claire', 'en');
    // The browser reports what the Content-Security-Policy blocked: the app must need nothing of it.
    claire.page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    shot = await screenshotter(env, 'session');
  });
  afterAll(async () => {
    await browser?.close();
  });

  step('Claire signs up in English, skips the intention for now and posts', async () => {
    await signUpSkippingIntention(claire, claireName);
    await postFromHome(claire, post);
    await expectText(claire.page.getByTestId('nav-home'), 'Home');
    await shot(claire, 'posted');
    expect(cspViolations).toEqual([]);
  });

  step('her session is a cookie that no script in the page can read', async () => {
    const cookies = await claire.context.cookies();
    const session = cookies.find((cookie) => cookie.name.endsWith('empathie_session'));
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const visible = await claire.page.evaluate(
      () =>
        `${document.cookie} ${JSON.stringify({ ...localStorage })} ${JSON.stringify({ ...sessionStorage })}`,
    );
    expect(session?.value.length).toBeGreaterThan(20);
    expect(visible).not.toContain(session?.value);
  });

  step('after logging out, her home is closed to this browser', async () => {
    await logOut(claire);
    await shot(claire, 'logged-out');
    expect(await claire.page.getByTestId('nav-home').count()).toBe(0);
    // The session is gone from the browser, so the home timeline asks her to log in again.
    await claire.page.goto('/home');
    await claire.page.getByTestId('login-username').waitFor();
    const cookies = await claire.context.cookies();
    expect(cookies.filter((cookie) => cookie.name.includes('empathie_session'))).toEqual([]);
  });

  step('logging in again brings her home back, with her post', async () => {
    await logIn(claire, claireName);
    await expectText(claire.page.getByTestId('status'), post);
    await shot(claire, 'logged-in-again');
  });

  step('a wrong password is refused with a message, and nothing opens', async () => {
    await logOut(claire);
    await claire.page.goto('/login');
    await claire.page.getByTestId('login-username').fill(claireName);
    await claire.page.getByTestId('login-password').fill('not-her-password');
    await claire.page.getByTestId('login-submit').click();
    await claire.page.getByRole('alert').first().waitFor();
    await shot(claire, 'wrong-password');
    expect(new URL(claire.page.url()).pathname).toBe('/login');
    expect(await claire.page.getByTestId('nav-home').count()).toBe(0);
  });
});
