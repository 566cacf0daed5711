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
import { storedTone } from '../support/coach-api.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

// Texts written for this journey: a hurtful draft the coach can rewrite, and a calm post.
const stories: Record<
  Language,
  {
    hurtful: string;
    marked: string;
    calm: string;
    notice: RegExp;
    show: string;
    waitingOne: string;
  }
> = {
  fr: {
    hurtful: 'Ta gueule crétin, tu es nul',
    marked: 'crétin',
    calm: 'Qui vient planter des arbres samedi au jardin partagé ?',
    notice: /Ce message peut blesser.*insulte/,
    show: 'Afficher',
    waitingOne: '1 message en attente d’envoi',
  },
  en: {
    hurtful: 'Shut up, you idiot, you are useless',
    marked: 'idiot',
    calm: 'Who is coming to plant trees in the shared garden on Saturday?',
    notice: /This message may be hurtful:.*insult/,
    show: 'Show',
    waitingOne: '1 post waiting to be sent',
  },
};

for (const language of ['fr', 'en'] as const) {
  describe(`thinking before posting (${language})`, () => {
    const env = readE2eEnv();
    const story = stories[language];
    const authorName = uniqueUsername(`auteur_${language}`);
    const readerName = uniqueUsername(`lectrice_${language}`);
    let browser: Browser;
    let author: Person;
    let reader: Person;
    let shot: Awaited<ReturnType<typeof screenshotter>>;
    const step = journeySteps(async (title) => {
      for (const person of [author, reader]) {
        if (person) await shot(person, `failed-${slug(title)}`);
      }
    });

    beforeAll(async () => {
      browser = await launchBrowser(env);
      author = await openPerson(browser, env, 'author', language);
      reader = await openPerson(browser, env, 'reader', language);
      shot = await screenshotter(env, `think-before-posting-${language}`);
    });
    afterAll(async () => {
      await browser?.close();
    });

    step('a hurtful draft gets its words marked and its emotion named as it is typed', async () => {
      await signUpSkippingIntention(author, authorName);
      await navigate(author, 'home');
      const composer = author.page.getByTestId('compose-text').first();
      await composer.click();
      await composer.pressSequentially(story.hurtful, { delay: 5 });
      await expectText(author.page.getByTestId('coach-marks'), story.marked);
      await author.page.getByTestId('coach-emotion').waitFor();
      await shot(author, 'marked');
    });

    step('publishing opens the pause panel instead, and the suggestion is posted', async () => {
      await author.page.getByTestId('compose-submit').first().click();
      const panel = author.page.getByTestId('coach-panel');
      await panel.waitFor();
      await shot(author, 'pause-panel');
      await author.page.getByTestId('coach-use-suggestion').click();
      // Wait for the panel to show the suggestion instead of reading the draft in the same instant
      // as the click: that read once saw the draft unchanged on a loaded CI machine.
      const draftBox = author.page.getByTestId('coach-draft');
      await expect.poll(() => draftBox.inputValue(), { timeout: 5000 }).not.toBe(story.hurtful);
      const suggestion = await draftBox.inputValue();
      await author.page.getByTestId('coach-publish').click();
      await panel.waitFor({ state: 'detached' });
      const posted = author.page.getByTestId('status').filter({ hasText: suggestion.slice(0, 20) });
      await posted.first().waitFor();
      await shot(author, 'suggestion-posted');
      const id = await posted.first().getAttribute('data-status-id');
      // The server scores the post itself: what was published is under the medium threshold.
      const scores = await storedTone(author, id ?? '');
      expect(scores.toxicity).toBeLessThan(0.7);
      expect(await author.page.getByText(story.hurtful).count()).toBe(0);
    });

    step('the author posts something calm without any pause', async () => {
      await postFromHome(author, `${story.calm} ${authorName}`);
      expect(await author.page.getByTestId('coach-panel').count()).toBe(0);
    });

    step('editing a published post pauses too, without "send later" nor a draft', async () => {
      const calmPost = author.page.getByTestId('status').filter({ hasText: story.calm }).first();
      await calmPost.getByTestId('status-menu').click();
      await calmPost.getByTestId('status-edit').click();
      const box = author.page.getByTestId('status-edit-text');
      await box.fill(`${story.hurtful} ${authorName}`);
      await expectText(author.page.getByTestId('coach-marks'), story.marked);
      await author.page.getByTestId('status-edit-save').click();
      const panel = author.page.getByTestId('coach-panel');
      await panel.waitFor();
      await shot(author, 'edit-pause-panel');
      await panel.getByTestId('coach-post-anyway').waitFor();
      expect(await panel.getByTestId('coach-send-later').count()).toBe(0);
      expect(await panel.getByTestId('coach-save-draft').count()).toBe(0);
      await panel.getByTestId('coach-cancel').click();
      await panel.waitFor({ state: 'detached' });
      // Nothing was saved: the edit stays open with its text, and the post is unchanged.
      expect(await box.inputValue()).toBe(`${story.hurtful} ${authorName}`);
      await box.fill(`${story.calm} ${authorName}`);
      await author.page.getByTestId('status-edit-save').click();
      await box.waitFor({ state: 'detached' });
      await expectText(author.page.getByTestId('status'), story.calm);
    });

    step('"send later" holds the post for the cool-down instead of publishing it', async () => {
      const composer = author.page.getByTestId('compose-text').first();
      await composer.fill(`${story.hurtful} ${authorName}`);
      await author.page.getByTestId('compose-submit').first().click();
      await author.page.getByTestId('coach-panel').waitFor();
      await author.page.getByTestId('coach-send-later').click();
      await author.page.getByTestId('coach-panel').waitFor({ state: 'detached' });
      expect(await composer.inputValue()).toBe('');
      const held = await author.page.evaluate(async () => {
        const response = await fetch('/api/v1/scheduled_statuses', {
          headers: { 'X-Empathie-Web': '1' },
        });
        return (await response.json()) as { scheduled_at: string; params: { text: string } }[];
      });
      expect(held.map((post) => post.params.text)).toContain(`${story.hurtful} ${authorName}`);
      // The default cool-down is ten minutes.
      const wait = Date.parse(held[0]?.scheduled_at ?? '') - Date.now();
      expect(wait).toBeGreaterThan(8 * 60_000);
      expect(
        await author.page.getByTestId('status').filter({ hasText: story.hurtful }).count(),
      ).toBe(0);
    });

    step('another person replies hurtfully and chooses to post anyway', async () => {
      await signUpSkippingIntention(reader, readerName);
      await reader.page.goto(`/@${authorName}`);
      const calmPost = reader.page.getByTestId('status').filter({ hasText: story.calm });
      await calmPost.first().getByTestId('status-reply').click();
      await reader.page.waitForURL('**/statuses/**');
      const box = reader.page.getByTestId('compose-text').first();
      await box.click();
      await box.pressSequentially(` ${story.hurtful}`, { delay: 5 });
      await reader.page.getByTestId('compose-submit').first().click();
      await reader.page.getByTestId('coach-panel').waitFor();
      await reader.page.getByTestId('coach-post-anyway').click();
      await reader.page.getByTestId('coach-panel').waitFor({ state: 'detached' });
      await expectText(reader.page.getByTestId('status'), story.hurtful);
      await shot(reader, 'posted-anyway');
    });

    step('Escape closes the pause panel without posting, and the draft stays', async () => {
      const box = reader.page.getByTestId('compose-text').first();
      await box.fill(story.hurtful);
      await reader.page.getByTestId('compose-submit').first().click();
      await reader.page.getByTestId('coach-panel').waitFor();
      await reader.page.keyboard.press('Escape');
      await reader.page.getByTestId('coach-panel').waitFor({ state: 'detached' });
      expect(await box.inputValue()).toBe(story.hurtful);
      expect(
        await reader.page.getByTestId('status').filter({ hasText: story.hurtful }).count(),
      ).toBe(1);
    });

    step('a paused draft can be kept, found on my coach and reopened', async () => {
      await reader.page.getByTestId('compose-submit').first().click();
      await reader.page.getByTestId('coach-panel').waitFor();
      await reader.page.getByTestId('coach-save-draft').click();
      await reader.page.getByTestId('coach-panel').waitFor({ state: 'detached' });
      await reader.page.getByTestId('nav-coach').click();
      await reader.page.waitForURL((url) => url.pathname === '/coach');
      await expectText(reader.page.getByTestId('draft'), story.hurtful);
      await expectText(reader.page.getByTestId('my-coach-outcome-saved_draft'), '1');
      await reader.page.getByTestId('draft-open').first().click();
      await reader.page.waitForURL((url) => url.pathname === '/compose');
      const composer = reader.page.getByTestId('compose-text').first();
      await composer.waitFor();
      expect(await composer.inputValue()).toBe(story.hurtful);
      await shot(reader, 'draft-reopened');
    });

    step(
      'with the coach switched off in settings, nothing is marked and nothing pauses',
      async () => {
        await navigate(reader, 'settings');
        const enabled = reader.page.getByTestId('coach-enabled');
        await enabled.waitFor();
        expect(await enabled.isChecked()).toBe(true);
        await enabled.uncheck();
        await reader.page.getByTestId('coach-save').click();
        await reader.page.locator('#coach .success').filter({ hasText: /\S/ }).waitFor();
        const text = `${story.hurtful} ${readerName}`;
        await navigate(reader, 'home');
        const composer = reader.page.getByTestId('compose-text').first();
        await composer.click();
        await composer.pressSequentially(text, { delay: 5 });
        await reader.page.getByTestId('compose-submit').first().click();
        await expectText(reader.page.getByTestId('status'), text);
        expect(await reader.page.getByTestId('coach-panel').count()).toBe(0);
        expect(await reader.page.getByTestId('coach-marks').count()).toBe(0);
        await shot(reader, 'coach-off');
      },
    );

    step(
      'the person addressed finds the reply folded behind a gentle notice, and opens it',
      async () => {
        await navigate(author, 'notifications');
        const fold = author.page.getByTestId('gentle-fold').first();
        await fold.waitFor();
        await expectText(author.page.getByTestId('gentle-fold'), story.notice);
        await shot(author, 'folded');
        const show = author.page.getByTestId('gentle-show').first();
        await expectText(author.page.getByTestId('gentle-show'), story.show);
        await show.focus();
        await author.page.keyboard.press('Enter');
        await expectText(author.page.getByTestId('notification'), story.hurtful);
        expect(await show.getAttribute('aria-expanded')).toBe('true');
        await shot(author, 'unfolded');
      },
    );

    step('my coach shows the pause and what was chosen', async () => {
      await author.page.getByTestId('nav-coach').click();
      await author.page.waitForURL((url) => url.pathname === '/coach');
      const usedSuggestion = author.page.getByTestId('my-coach-outcome-used_suggestion');
      await usedSuggestion.waitFor();
      await expectText(usedSuggestion, '1');
      await expectText(author.page.getByTestId('my-coach-outcome-sent_later'), '1');
      await author.page.getByTestId('coach-chart').waitFor();
      await shot(author, 'my-coach');

      // The post sent for later is counted there and waits on /scheduled: it can be rewritten,
      // then cancelled.
      await expectText(author.page.getByTestId('my-coach-waiting'), story.waitingOne);
      await author.page.getByTestId('my-coach-waiting-link').click();
      await author.page.waitForURL((url) => url.pathname === '/scheduled');
      const waiting = author.page.getByTestId('scheduled-item');
      await expectText(waiting, story.hurtful);
      await waiting.first().getByTestId('scheduled-edit').click();
      await author.page.getByTestId('scheduled-edit-text').fill(story.calm);
      await author.page.getByTestId('scheduled-save').click();
      await expectText(waiting, story.calm);
      await waiting.first().getByTestId('scheduled-cancel').click();
      await waiting.first().waitFor({ state: 'detached' });
    });
  });
}
