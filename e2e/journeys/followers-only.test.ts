import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { expectText, navigate, postFromHome, signUp, uniqueUsername } from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

// A followers-only post is a promise: it reaches the people who follow, and nobody else —
// not on the profile, not on the local timeline, not by its address.
describe('a followers-only post stays among followers', () => {
  const env = readE2eEnv();
  const denisName = uniqueUsername('denis');
  const emmaName = uniqueUsername('emma');
  const strangerName = uniqueUsername('inconnu');
  const publicPost = `Bonjour à toutes et à tous ${denisName}`;
  const privatePost = `Pour mes proches seulement : je déménage ${denisName}`;
  let browser: Browser;
  let denis: Person;
  let emma: Person;
  let stranger: Person;
  let privateId = '';
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const step = journeySteps(async (title) => {
    if (denis) await shot(denis, `failed-${slug(title)}`);
    if (emma) await shot(emma, `failed-${slug(title)}`);
    if (stranger) await shot(stranger, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    browser = await launchBrowser(env);
    denis = await openPerson(browser, env, 'denis', 'fr');
    emma = await openPerson(browser, env, 'emma', 'fr');
    stranger = await openPerson(browser, env, 'stranger', 'en');
    shot = await screenshotter(env, 'followers-only');
  });
  afterAll(async () => {
    await browser?.close();
  });

  step('Emma follows Denis, then Denis posts once publicly and once for followers', async () => {
    await signUp(denis, denisName);
    await signUp(emma, emmaName);
    await emma.page.goto(`/@${denisName}`);
    await emma.page.getByTestId('profile-follow').click();
    await emma.page.waitForSelector('[data-testid="profile-follow"][data-state="following"]');

    await postFromHome(denis, publicPost, 'public');
    await postFromHome(denis, privatePost, 'private');
    const card = denis.page.getByTestId('status').filter({ hasText: privatePost }).first();
    privateId = (await card.getAttribute('data-status-id')) ?? '';
    expect(privateId).toMatch(/^\d{18}$/);
    await shot(denis, 'two-posts');
  });

  step('Emma, a follower, sees both at home', async () => {
    await navigate(emma, 'home');
    await expectText(emma.page.getByTestId('status'), privatePost);
    await expectText(emma.page.getByTestId('status'), publicPost);
    await shot(emma, 'home-with-both');
  });

  step(
    'a stranger sees only the public post: on the profile, the local timeline, by address',
    async () => {
      await signUp(stranger, strangerName);
      await stranger.page.goto(`/@${denisName}`);
      const statuses = stranger.page.getByTestId('status');
      await expectText(statuses, publicPost);
      expect(await statuses.filter({ hasText: privatePost }).count()).toBe(0);
      await shot(stranger, 'profile-public-only');

      await navigate(stranger, 'local');
      await expectText(stranger.page.getByTestId('status'), publicPost);
      expect(
        await stranger.page.getByTestId('status').filter({ hasText: privatePost }).count(),
      ).toBe(0);

      await stranger.page.goto(`/statuses/${privateId}`);
      await stranger.page.getByRole('alert').first().waitFor();
      expect(await stranger.page.getByTestId('status').count()).toBe(0);
      expect(await stranger.page.content()).not.toContain('je déménage');
      await shot(stranger, 'private-post-by-address');
    },
  );

  step('the API agrees: the post is a 404 for the stranger, not a 403', async () => {
    expect(privateId).toMatch(/^\d{18}$/);
    // The browser's own session (its cookie), as the web app sends it.
    const response = await stranger.context.request.get(`/api/v1/statuses/${privateId}`, {
      headers: { 'x-empathie-web': '1' },
    });
    expect(response.status()).toBe(404);
    expect((await response.json()).error).toBe('not_found');
  });
});
