import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { expectText, navigate, postFromHome, signUp, uniqueUsername } from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

// Timelines that stay alive without moving under the reader's eyes: a new post waits behind a
// calm "1 new post — show it" until the reader asks, and the unread badge counts a notification
// the moment it arrives, all over the streaming API with the session cookie, never a reload.
describe('live timelines and notifications', () => {
  const env = readE2eEnv();
  const leoName = uniqueUsername('leo');
  const mayaName = uniqueUsername('maya');
  const tomName = uniqueUsername('tom');
  const forFollowers = `Le jardin partagé ouvre samedi ${leoName}`;
  const forEveryone = `Bonne soirée à toutes et à tous ${leoName}`;
  let browser: Browser;
  let leo: Person;
  let maya: Person;
  let tom: Person;
  const cspViolations: string[] = [];
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const step = journeySteps(async (title) => {
    for (const p of [leo, maya, tom]) if (p) await shot(p, `failed-${slug(title)}`);
  });

  /** Marks the page, so that finding the mark later proves it was never reloaded. */
  const mark = (p: Person) =>
    p.page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
  const stillHere = (p: Person) =>
    p.page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true);

  beforeAll(async () => {
    browser = await launchBrowser(env);
    leo = await openPerson(browser, env, 'leo', 'fr');
    maya = await openPerson(browser, env, 'maya', 'fr');
    tom = await openPerson(browser, env, 'tom', 'en');
    for (const p of [leo, maya, tom]) {
      p.page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
      });
    }
    shot = await screenshotter(env, 'live-timeline');
  });
  afterAll(async () => {
    await browser?.close();
  });

  step(
    'Maya follows Léo and waits on her home; Tom, in English, reads the local timeline',
    async () => {
      await signUp(leo, leoName);
      await signUp(maya, mayaName);
      await signUp(tom, tomName);
      await maya.page.goto(`/@${leoName}`);
      await maya.page.getByTestId('profile-follow').click();
      await maya.page.waitForSelector('[data-testid="profile-follow"][data-state="following"]');
      await navigate(maya, 'home');
      await navigate(tom, 'local');
      await mark(maya);
      await mark(tom);
      // The live connection opens once the session is known; give it a moment to subscribe.
      await maya.page.waitForTimeout(1500);
    },
  );

  step('Léo posts for his followers: Maya is offered it, calmly, and shows it', async () => {
    await postFromHome(leo, forFollowers, 'private');
    const offer = maya.page.getByTestId('new-posts');
    await expectText(offer, 'Un nouveau message — l’afficher');
    // Nothing moved: the post waits until she asks.
    expect(await maya.page.getByTestId('status').filter({ hasText: forFollowers }).count()).toBe(0);
    await shot(maya, 'new-post-offered');
    await offer.click();
    await expectText(maya.page.getByTestId('status'), forFollowers);
    expect(await stillHere(maya)).toBe(true);
    await shot(maya, 'new-post-shown');
    // A followers-only post is not for Tom, who does not follow Léo.
    await tom.page.waitForTimeout(500);
    expect(await tom.page.getByTestId('new-posts').count()).toBe(0);
  });

  step(
    'Léo posts for everyone: Tom reads "1 new post — show it" on the local timeline',
    async () => {
      await postFromHome(leo, forEveryone, 'public');
      const offer = tom.page.getByTestId('new-posts');
      await expectText(offer, '1 new post — show it');
      await offer.click();
      await expectText(tom.page.getByTestId('status'), forEveryone);
      expect(await stillHere(tom)).toBe(true);
      await shot(tom, 'local-post-shown');
    },
  );

  step('Léo follows Maya: her unread badge counts it at once, without a reload', async () => {
    expect(await maya.page.getByTestId('nav-unread').count()).toBe(0);
    await leo.page.goto(`/@${mayaName}`);
    await leo.page.getByTestId('profile-follow').click();
    await leo.page.waitForSelector('[data-testid="profile-follow"][data-state="following"]');
    await expectText(maya.page.getByTestId('nav-unread'), /1/);
    expect(await stillHere(maya)).toBe(true);
    await shot(maya, 'unread-badge');
    expect(cspViolations).toEqual([]);
  });
});
