import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  expectText,
  navigate,
  signUpSkippingIntention,
  uniqueUsername,
} from '../support/actions.ts';
import {
  type Language,
  launchBrowser,
  openPerson,
  type Person,
  screenshotter,
} from '../support/browser.ts';
import {
  myAccountId,
  ownStatuses,
  patchCoachSettings,
  scheduledPosts,
} from '../support/coach-api.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

// Texts written for this journey: two hurtful drafts the author will think twice about.
const stories: Record<Language, { later: string; regret: string }> = {
  fr: {
    later: 'Tu es vraiment nul, arrête de parler de ce que tu ne connais pas',
    regret: 'Ferme-la, tu es ridicule avec tes leçons',
  },
  en: {
    later: 'You are really useless, stop talking about what you do not know',
    regret: 'Shut up, you look ridiculous with your lectures',
  },
};

// The default cool-down is ten minutes; French writes "dans 10 min" with a no-break space.
const LEAVES_IN_TEN_MINUTES = /(9|10)\s+min/;

/** Publishes what the composer holds, and waits for the pause panel the coach opens instead. */
async function publishAndPause({ page }: Person, text: string): Promise<void> {
  const composer = page.getByTestId('compose-text').first();
  await composer.click();
  await composer.fill(text);
  await page.getByTestId('compose-submit').first().click();
  await page.getByTestId('coach-panel').waitFor();
}

for (const language of ['fr', 'en'] as const) {
  describe(`thinking twice after the pause: send later, or undo (${language})`, () => {
    const env = readE2eEnv();
    const story = stories[language];
    const name = uniqueUsername(`hesite_${language}`);
    let browser: Browser;
    let author: Person;
    let accountId = '';
    let shot: Awaited<ReturnType<typeof screenshotter>>;
    const step = journeySteps(async (title) => {
      if (author) await shot(author, `failed-${slug(title)}`);
    });

    beforeAll(async () => {
      browser = await launchBrowser(env);
      author = await openPerson(browser, env, 'author', language);
      shot = await screenshotter(env, `pause-send-later-and-undo-${language}`);
    });
    afterAll(async () => {
      await browser?.close();
    });

    step('"send later" from the pause panel waits on the scheduled page', async () => {
      await signUpSkippingIntention(author, name);
      accountId = await myAccountId(author);
      await navigate(author, 'home');
      await publishAndPause(author, story.later);
      await author.page.getByTestId('coach-send-later').click();
      await author.page.getByTestId('coach-panel').waitFor({ state: 'detached' });
      await author.page.getByTestId('nav-scheduled').click();
      await author.page.waitForURL((url) => url.pathname === '/scheduled');
      const item = author.page.getByTestId('scheduled-item').filter({ hasText: story.later });
      await expectText(item, LEAVES_IN_TEN_MINUTES);
      await shot(author, 'scheduled');
      expect((await scheduledPosts(author)).map((held) => held.params.text)).toEqual([story.later]);
    });

    step('cancelling it there means it never leaves', async () => {
      const item = author.page.getByTestId('scheduled-item').filter({ hasText: story.later });
      await item.first().getByTestId('scheduled-cancel').click();
      await item.first().waitFor({ state: 'detached' });
      await shot(author, 'scheduled-cancelled');
      expect(await scheduledPosts(author)).toEqual([]);
      expect(await ownStatuses(author, accountId)).toEqual([]);
    });

    step('"post anyway" is held for the undo window, and undone in time', async () => {
      await patchCoachSettings(author, { undo_seconds: 30 });
      await navigate(author, 'home');
      await publishAndPause(author, story.regret);
      await author.page.getByTestId('coach-post-anyway').click();
      await author.page.getByTestId('coach-panel').waitFor({ state: 'detached' });
      const toast = author.page.getByTestId('undo-toast');
      await toast.waitFor();
      await shot(author, 'undo-window');
      // Held, not published: nobody can see it yet.
      expect((await scheduledPosts(author)).map((held) => held.params.text)).toEqual([
        story.regret,
      ]);
      expect(await ownStatuses(author, accountId)).toEqual([]);
      await author.page.getByTestId('undo-post').click();
      await author.page.locator('[data-testid="undo-toast"][data-phase="undone"]').waitFor();
      const composer = author.page.getByTestId('compose-text').first();
      await expect.poll(() => composer.inputValue()).toBe(story.regret);
      await shot(author, 'undone');
      expect(await scheduledPosts(author)).toEqual([]);
      expect(await ownStatuses(author, accountId)).toEqual([]);
      expect(
        await author.page.getByTestId('status').filter({ hasText: story.regret }).count(),
      ).toBe(0);
    });
  });
}
