import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { signUpSkippingIntention, uniqueUsername } from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { type E2eEnv, readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';
import { type OwnServer, startOwnServer } from '../support/own-server.ts';

// Announcements, in French and English: the admin (French) writes one in both languages from
// the admin area; a member (English) finds it at the top of home in English and puts it away,
// and it stays away after a reload; the admin reads hers in French.

describe('an admin writes an announcement; members read it in their language and put it away', () => {
  const base = readE2eEnv();
  let env: E2eEnv;
  let server: OwnServer | undefined;
  const adminName = uniqueUsername('ines');
  const memberName = uniqueUsername('sam');
  const french = `Le serveur fait une pause ce soir à 22 h ${adminName}`;
  const english = `The server takes a break tonight at 10 pm ${adminName}`;
  let browser: Browser;
  let admin: Person;
  let member: Person;
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const step = journeySteps(async (title) => {
    for (const p of [admin, member].filter(Boolean)) await shot(p, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    server = await startOwnServer('announcements');
    env = { ...base, baseUrl: server.url };
    browser = await launchBrowser(env);
    admin = await openPerson(browser, env, 'admin', 'fr');
    member = await openPerson(browser, env, 'member', 'en');
    shot = await screenshotter(env, 'announcements');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('the admin writes the announcement in French and English', async () => {
    await signUpSkippingIntention(admin, adminName);
    const { page } = admin;
    await page.goto('/admin');
    await page.getByTestId('admin-link-announcements').click();
    await page.waitForURL('**/admin/announcements');
    await page.getByTestId('announcement-fr').fill(french);
    await page.getByTestId('announcement-en').fill(english);
    await page.getByTestId('announcement-save').click();
    await page.getByTestId('announcement-row').filter({ hasText: french }).waitFor();
    await page.getByText('Visible par les membres').first().waitFor();
    await shot(admin, 'written');
  });

  step('a member finds it in English at the top of home and puts it away for good', async () => {
    await signUpSkippingIntention(member, memberName);
    const { page } = member;
    await page.goto('/home');
    const card = page.getByTestId('announcement').filter({ hasText: english });
    await card.waitFor();
    expect(await page.getByTestId('announcement').filter({ hasText: french }).count()).toBe(0);
    await shot(member, 'banner');
    await card.getByTestId('announcement-dismiss').click();
    await card.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('compose-text').first().waitFor();
    expect(await page.getByTestId('announcement').count()).toBe(0);
  });

  step('the admin reads hers in French', async () => {
    const { page } = admin;
    await page.goto('/home');
    await page.getByTestId('announcement').filter({ hasText: french }).waitFor();
    await page.getByText('C’est noté').first().waitFor();
    await shot(admin, 'banner-fr');
  });
});
