import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  expectText,
  logIn,
  navigate,
  PASSWORD,
  postFromHome,
  signUpSkippingIntention,
  uniqueUsername,
} from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

describe('taking one’s data and leaving', () => {
  const env = readE2eEnv();
  const leaName = uniqueUsername('lea');
  const maxName = uniqueUsername('max');
  const post = `Mes tomates de balcon, enfin rouges ${leaName}`;
  const newPassword = 'un-nouveau-mot-de-passe-2026';
  let browser: Browser;
  let lea: Person;
  let leasPhone: Person;
  let max: Person;
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const step = journeySteps(async (title) => {
    if (lea) await shot(lea, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    browser = await launchBrowser(env);
    lea = await openPerson(browser, env, 'lea', 'fr');
    leasPhone = await openPerson(browser, env, 'lea-phone', 'fr');
    max = await openPerson(browser, env, 'max', 'en');
    shot = await screenshotter(env, 'my-data');
  });
  afterAll(async () => {
    await browser?.close();
  });

  step('Léa posts, and is signed in on her phone too', async () => {
    // Max joins first: on a fresh server the first account is its administrator, and the last
    // administrator may not leave before handing the role on.
    await signUpSkippingIntention(max, maxName);
    await signUpSkippingIntention(lea, leaName);
    await postFromHome(lea, post);
    await logIn(leasPhone, leaName);
  });

  step('she sees both sessions, and downloads her archive', async () => {
    await navigate(lea, 'settings');
    const sessions = lea.page.getByTestId('sessions-list').locator('li');
    await expect.poll(() => sessions.count(), { timeout: 15_000 }).toBe(2);
    await expectText(sessions, 'cette session');
    const [download] = await Promise.all([
      lea.page.waitForEvent('download'),
      lea.page.getByTestId('export-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^empathie-${leaName}-.*\\.zip$`));
    const bytes = await readFile(await download.path());
    // A ZIP names its files in clear in its directory.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.toString('latin1')).toContain('outbox.json');
    expect(bytes.toString('latin1')).toContain('following_accounts.csv');
    await shot(lea, 'archive-downloaded');
  });

  step('changing her password closes her phone’s session, not this one', async () => {
    await lea.page.getByTestId('password-current').fill(PASSWORD);
    await lea.page.getByTestId('password-new').fill(newPassword);
    await lea.page.getByTestId('password-again').fill(newPassword);
    await lea.page.getByTestId('password-submit').click();
    await expectText(lea.page.locator('.success'), 'Autres sessions fermées : 1');
    await shot(lea, 'password-changed');
    await leasPhone.page.goto('/home');
    await leasPhone.page.getByTestId('login-username').waitFor();
    // Her list of sessions follows at once.
    const sessions = lea.page.getByTestId('sessions-list').locator('li');
    await expect.poll(() => sessions.count(), { timeout: 15_000 }).toBe(1);
  });

  step('she deletes her account, after ticking that she understands', async () => {
    const submit = lea.page.getByTestId('deletion-submit');
    await lea.page.getByTestId('deletion-password').fill(newPassword);
    expect(await submit.isDisabled()).toBe(true);
    await lea.page.getByTestId('deletion-understood').check();
    await submit.click();
    await expectText(lea.page.getByTestId('deletion-done'), 'Votre compte est supprimé');
    await shot(lea, 'deleted');
  });

  step('her profile and her post are gone for everyone, and she cannot log in again', async () => {
    await max.page.goto(`/@${leaName}`);
    await max.page.getByRole('alert').first().waitFor();
    const local = await max.context.request.get('/api/v1/timelines/public?local=true');
    expect(local.status()).toBe(200);
    expect(await local.text()).not.toContain(leaName);
    await lea.page.goto('/login');
    await lea.page.getByTestId('login-username').fill(leaName);
    await lea.page.getByTestId('login-password').fill(newPassword);
    await lea.page.getByTestId('login-submit').click();
    await lea.page.getByRole('alert').first().waitFor();
    expect(new URL(lea.page.url()).pathname).toBe('/login');
    await shot(lea, 'cannot-log-in');
  });
});
