import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { expectText, navigate, signUp, uniqueUsername } from '../support/actions.ts';
import { launchBrowser, type Person, screenshotter } from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';
import { expectFits, openPhonePerson, PHONES } from '../support/phone.ts';

// A poll on a phone: Inès asks her followers a question with three answers (the coach reads the
// choices too), Bastien (in English) votes and sees the results with his own choice marked.
// Every screen fits the phone.
describe('a poll, asked and answered on a phone', () => {
  const env = readE2eEnv();
  const inesName = uniqueUsername('ines');
  const bastienName = uniqueUsername('bastien');
  const question = `On se retrouve quand ? ${inesName}`;
  let browser: Browser;
  let ines: Person;
  let bastien: Person;
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const phone = PHONES[0] ?? { width: 360, height: 740 };
  const step = journeySteps(async (title) => {
    if (ines) await shot(ines, `failed-${slug(title)}`);
    if (bastien) await shot(bastien, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    browser = await launchBrowser(env);
    ines = await openPhonePerson(browser, env, 'ines', 'fr', phone);
    bastien = await openPhonePerson(browser, env, 'bastien', 'en', phone);
    shot = await screenshotter(env, 'poll');
  });
  afterAll(async () => {
    await browser?.close();
  });

  step('Bastien follows Inès, who writes a poll with three answers for her followers', async () => {
    await signUp(ines, inesName);
    await signUp(bastien, bastienName);
    await bastien.page.goto(`/@${inesName}`);
    await bastien.page.getByTestId('profile-follow').click();
    await bastien.page.waitForSelector('[data-testid="profile-follow"][data-state="following"]');

    const page = ines.page;
    // On a phone the composer is its own page, behind "Écrire" in the bottom bar.
    await page.getByTestId('nav-compose').click();
    await page.waitForURL((url) => url.pathname === '/compose');
    await page.getByTestId('compose-text').first().fill(question);
    await page.getByTestId('compose-visibility').first().selectOption('private');
    await page.getByTestId('compose-poll-toggle').first().click();
    await page.getByTestId('poll-editor').waitFor();
    // Two empty choices: the post cannot leave yet, and the editor says why.
    expect(await page.getByTestId('compose-submit').first().isDisabled()).toBe(true);
    await expectText(page.getByTestId('poll-editor'), /Écrivez chaque choix/);
    await page.getByTestId('poll-option-0').fill('Samedi');
    await page.getByTestId('poll-option-1').fill('Dimanche');
    await page.getByTestId('poll-add-option').click();
    // The choices are words the reader sees: the coach reads them too, and marks what may hurt.
    await page.getByTestId('poll-option-2').fill('Jamais avec toi, crétin');
    await expectText(page.getByTestId('poll-editor').getByTestId('coach-marks'), /crétin/);
    await shot(ines, 'coach-reads-a-choice');
    await page.getByTestId('poll-option-2').fill('Lundi soir');
    await expect
      .poll(() => page.getByTestId('poll-editor').getByTestId('coach-marks').count())
      .toBe(0);
    await page.getByTestId('poll-duration').selectOption('86400');
    await expectFits(page, 'the composer with a poll');
    await shot(ines, 'poll-editor');
    await page.getByTestId('compose-submit').first().click();
    await expect.poll(() => page.getByTestId('compose-text').first().inputValue()).toBe('');
    await navigate(ines, 'home');
    const card = page.getByTestId('status').filter({ hasText: question }).first();
    await card.waitFor();
    // Her own poll shows its results (empty so far), never a vote form.
    await card.getByTestId('status-poll').waitFor();
    expect(await card.getByTestId('poll-vote').count()).toBe(0);
    await expectText(card.getByTestId('status-poll'), /Personnes qui ont voté : 0/);
  });

  step(
    'Bastien finds it at home, votes for Sunday and sees the share with his choice',
    async () => {
      await navigate(bastien, 'home');
      const card = bastien.page.getByTestId('status').filter({ hasText: question }).first();
      await card.getByTestId('poll-choice-1').waitFor();
      await expectFits(bastien.page, 'a poll to vote in');
      await card.getByTestId('poll-choice-1').check();
      await card.getByTestId('poll-vote').click();
      await card.getByTestId('poll-result-1').waitFor();
      await expectText(card.getByTestId('poll-result-1'), /Your choice/);
      await expectText(card.getByTestId('poll-result-1'), /100 %/);
      await expectText(card.getByTestId('status-poll'), /People who voted: 1/);
      await expectFits(bastien.page, 'poll results');
      await shot(bastien, 'voted');
      // After a reload it remembers: results, no form.
      await bastien.page.reload();
      const again = bastien.page.getByTestId('status').filter({ hasText: question }).first();
      await again.getByTestId('poll-result-1').waitFor();
      expect(await again.getByTestId('poll-vote').count()).toBe(0);
    },
  );

  step('Inès sees the vote counted', async () => {
    await ines.page.reload();
    const card = ines.page.getByTestId('status').filter({ hasText: question }).first();
    await expectText(card.getByTestId('status-poll'), /Personnes qui ont voté : 1/);
    await shot(ines, 'one-vote');
  });
});
