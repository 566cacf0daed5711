import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  expectText,
  findThroughSearch,
  navigate,
  postFromHome,
  replyInThread,
  signUp,
  uniqueUsername,
  writeIntention,
} from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

// The heart of Empathie: two people meet, one follows the other, a reply starts a conversation,
// and the interface speaks each person's language.
describe('a first conversation between two people', () => {
  const env = readE2eEnv();
  const aliceName = uniqueUsername('alice');
  const bastienName = uniqueUsername('bastien');
  const intention = 'Partager mes balades en forêt et apprendre des autres';
  const post = `Ce matin, la brume se levait sur l’étang ${aliceName}`;
  const reply = `Merci pour cette image, elle m’apaise ${bastienName}`;
  let browser: Browser;
  let alice: Person;
  let bastien: Person;
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const step = journeySteps(async (title) => {
    if (alice) await shot(alice, `failed-${slug(title)}`);
    if (bastien) await shot(bastien, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    browser = await launchBrowser(env);
    alice = await openPerson(browser, env, 'alice', 'fr');
    bastien = await openPerson(browser, env, 'bastien', 'fr');
    shot = await screenshotter(env, 'first-conversation');
  });
  afterAll(async () => {
    await browser?.close();
  });

  step('Alice signs up, says why she is here, and posts', async () => {
    await signUp(alice, aliceName);
    await shot(alice, 'intention-prompt');
    await writeIntention(alice, intention);
    await postFromHome(alice, post);
    await shot(alice, 'posted');

    await alice.page.goto(`/@${aliceName}`);
    await expectText(alice.page.getByTestId('profile-intention'), intention);
    await shot(alice, 'profile-with-intention');
  });

  step('Bastien signs up, finds Alice, follows her and sees her post at home', async () => {
    await signUp(bastien, bastienName);
    await writeIntention(bastien, 'Lire des gens bienveillants');
    await findThroughSearch(bastien, aliceName);
    await expectText(bastien.page.getByTestId('profile-intention'), intention);
    const follow = bastien.page.getByTestId('profile-follow');
    expect(await follow.getAttribute('data-state')).toBe('none');
    await follow.click();
    await bastien.page.waitForSelector('[data-testid="profile-follow"][data-state="following"]');
    await shot(bastien, 'follows-alice');

    await navigate(bastien, 'home');
    await expectText(bastien.page.getByTestId('status'), post);
    await shot(bastien, 'home-with-alice-post');
  });

  step('Bastien replies to Alice from his home timeline', async () => {
    const card = bastien.page.getByTestId('status').filter({ hasText: post }).first();
    await card.getByTestId('status-reply').click();
    await bastien.page.waitForURL('**/statuses/*');
    await replyInThread(bastien, reply);
    await expectText(bastien.page.getByTestId('status'), reply);
    await shot(bastien, 'replied');
  });

  step('Alice is notified of the reply and of the new follower', async () => {
    await navigate(alice, 'notifications');
    const notifications = alice.page.getByTestId('notification');
    await expectText(notifications, reply);
    const types = await notifications.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-type')),
    );
    expect(types).toContain('follow');
    expect(types.some((type) => type === 'reply' || type === 'mention')).toBe(true);
    await shot(alice, 'notifications');
  });

  step('Alice switches the interface to English and back to French', async () => {
    const home = alice.page.getByTestId('nav-home');
    await navigate(alice, 'settings');
    expect(await home.textContent()).toContain('Accueil');
    const language = alice.page.getByTestId('settings-language');
    expect(await language.inputValue()).toBe('fr');

    await language.selectOption('en');
    await expectText(home, 'Home');
    expect(await alice.page.locator('html').getAttribute('lang')).toBe('en');
    await shot(alice, 'settings-in-english');

    // The choice is remembered: a reload keeps English.
    await alice.page.reload();
    await expectText(alice.page.getByTestId('nav-home'), 'Home');

    await alice.page.getByTestId('settings-language').selectOption('fr');
    await expectText(alice.page.getByTestId('nav-home'), 'Accueil');
    expect(await alice.page.locator('html').getAttribute('lang')).toBe('fr');
    await shot(alice, 'settings-back-in-french');
  });
});
