import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  expectText,
  navigate,
  postFromHome,
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
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

// Texts written for this journey. The milder draft reads as hostile somewhere between the high
// sensitivity's threshold (0.5) and the medium one (0.7), with nothing the coach would flag; it is
// posted as it is, since any word added to it moves its score.
const stories: Record<
  Language,
  { calm: string; milder: string; hurtful: string; notice: RegExp; show: string }
> = {
  fr: {
    calm: 'Atelier réparation de vélos ce dimanche, venez avec vos questions',
    milder: 'Franchement, ton idée est un peu bête.',
    hurtful: 'Ferme-la, espèce de crétin',
    notice: /Ce message peut blesser/,
    show: 'Afficher',
  },
  en: {
    calm: 'Bike repair workshop this Sunday, bring your questions',
    milder: 'Your idea is rather silly, honestly.',
    hurtful: 'Shut up, you idiot',
    notice: /This message may be hurtful/,
    show: 'Show',
  },
};

for (const language of ['fr', 'en'] as const) {
  describe(`the coach follows each person's settings, and folds hurtful replies in threads (${language})`, () => {
    const env = readE2eEnv();
    const story = stories[language];
    const authorName = uniqueUsername(`sensible_${language}`);
    const replierName = uniqueUsername(`brusque_${language}`);
    let browser: Browser;
    let author: Person;
    let replier: Person;
    let shot: Awaited<ReturnType<typeof screenshotter>>;
    const step = journeySteps(async (title) => {
      for (const person of [author, replier]) {
        if (person) await shot(person, `failed-${slug(title)}`);
      }
    });

    beforeAll(async () => {
      browser = await launchBrowser(env);
      author = await openPerson(browser, env, 'author', language);
      replier = await openPerson(browser, env, 'replier', language);
      shot = await screenshotter(env, `sensitivity-and-thread-${language}`);
    });
    afterAll(async () => {
      await browser?.close();
    });

    step('at the default sensitivity a mildly sharp draft goes straight out', async () => {
      await signUpSkippingIntention(author, authorName);
      await postFromHome(author, `${story.calm} ${authorName}`);
      await postFromHome(author, story.milder);
      expect(await author.page.getByTestId('coach-panel').count()).toBe(0);
    });

    step('with the sensitivity set to high, the same kind of draft opens the pause', async () => {
      await navigate(author, 'settings');
      const sensitivity = author.page.getByTestId('coach-sensitivity');
      await sensitivity.waitFor();
      expect(await sensitivity.inputValue()).toBe('medium');
      await sensitivity.selectOption('high');
      await author.page.getByTestId('coach-save').click();
      await author.page.locator('#coach .success').filter({ hasText: /\S/ }).waitFor();
      await shot(author, 'sensitivity-high');

      await navigate(author, 'home');
      const composer = author.page.getByTestId('compose-text').first();
      await composer.click();
      const draft = story.milder;
      await composer.pressSequentially(draft, { delay: 5 });
      await author.page.getByTestId('compose-submit').first().click();
      await author.page.getByTestId('coach-panel').waitFor();
      await shot(author, 'pause-on-milder-draft');
      await author.page.getByTestId('coach-cancel').click();
      await author.page.getByTestId('coach-panel').waitFor({ state: 'detached' });
      expect(await composer.inputValue()).toBe(draft);
      // Only the post from the first step carries these words.
      expect(await author.page.getByTestId('status').filter({ hasText: draft }).count()).toBe(1);
    });

    step('someone replies hurtfully to the calm post and posts anyway', async () => {
      await signUpSkippingIntention(replier, replierName);
      await replier.page.goto(`/@${authorName}`);
      const calm = replier.page.getByTestId('status').filter({ hasText: story.calm });
      await calm.first().getByTestId('status-reply').click();
      await replier.page.waitForURL('**/statuses/**');
      const box = replier.page.getByTestId('compose-text').first();
      await box.click();
      await box.pressSequentially(` ${story.hurtful}`, { delay: 5 });
      await replier.page.getByTestId('compose-submit').first().click();
      await replier.page.getByTestId('coach-panel').waitFor();
      await replier.page.getByTestId('coach-post-anyway').click();
      await replier.page.getByTestId('coach-panel').waitFor({ state: 'detached' });
      await expectText(replier.page.getByTestId('status'), story.hurtful);
      // Its author is not the one it may hurt: nothing is folded for them.
      expect(await replier.page.getByTestId('gentle-fold').count()).toBe(0);
    });

    step('in the thread, the person addressed finds the reply folded and opens it', async () => {
      await author.page.goto(`/@${authorName}`);
      const calm = author.page.getByTestId('status').filter({ hasText: story.calm });
      await calm.first().waitFor();
      const id = await calm.first().getAttribute('data-status-id');
      await author.page.goto(`/statuses/${id}`);
      const fold = author.page.getByTestId('gentle-fold');
      await expectText(fold, story.notice);
      expect(await author.page.getByText(story.hurtful).count()).toBe(0);
      await shot(author, 'thread-folded');
      const show = fold.first().getByTestId('gentle-show');
      await expectText(show, story.show);
      await show.click();
      expect(await show.getAttribute('aria-expanded')).toBe('true');
      await expectText(author.page.getByTestId('status'), story.hurtful);
      await shot(author, 'thread-unfolded');
    });
  });
}
