import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { expectText, signUpSkippingIntention, uniqueUsername } from '../support/actions.ts';
import {
  type Language,
  launchBrowser,
  openPerson,
  type Person,
  screenshotter,
} from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

// A call to action, as an association and its volunteers live it: the association publishes
// "we need 20 volunteer lawyers and 5 translators" with a flash moment a little later; three
// people find it, join with their skills and see the progress move on the card; an update
// reaches all three; the reminder and the flash moment arrive; the call closes with its outcome,
// which everyone who joined receives.

/** `datetime-local` value, to the second, in this machine's (and so the browser's) time zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

// lookup-safe: keyed by the two languages this file loops over, never by outside input
const WORDS: Record<Language, Record<string, string>> = {
  fr: {
    title: 'Nous cherchons 20 avocates bénévoles et 5 traducteurs',
    observation: 'Des victimes de cyberharcèlement restent seules face aux plaintes',
    feeling: 'cela nous inquiète',
    need: 'nous avons besoin de conseils juridiques pour elles.',
    request: 'Pouvez-vous donner deux heures ce mois-ci ?',
    lawyer: 'Avocat·e',
    translator: 'Traduction',
    note: 'Je traduis de l’arabe',
    update: 'Déjà trois bénévoles, merci à vous !',
    outcome: 'Nous avons trouvé 23 avocates',
  },
  en: {
    title: 'We need 20 volunteer lawyers and 5 translators',
    observation: 'Victims of cyberharassment face their complaints alone',
    feeling: 'this worries us',
    need: 'we need legal advice for them.',
    request: 'Could you give two hours this month?',
    lawyer: 'Lawyer',
    translator: 'Translator',
    note: 'I translate from Arabic',
    update: 'Three volunteers already, thank you!',
    outcome: 'We found 23 lawyers',
  },
};

for (const language of ['fr', 'en'] as const) {
  describe(`a call to action with a flash moment (${language})`, () => {
    const env = readE2eEnv();
    const w = WORDS[language];
    const names = {
      association: uniqueUsername('asso'),
      lea: uniqueUsername('lea'),
      omar: uniqueUsername('omar'),
      zoe: uniqueUsername('zoe'),
    };
    let browser: Browser;
    let association: Person;
    let lea: Person;
    let omar: Person;
    let zoe: Person;
    let callPath = '';
    let shot: Awaited<ReturnType<typeof screenshotter>>;
    const step = journeySteps(async (title) => {
      for (const p of [association, lea, omar, zoe]) if (p) await shot(p, `failed-${slug(title)}`);
    });
    const volunteers = () => [lea, omar, zoe];
    const notification = (p: Person, type: string) =>
      p.page.locator(`[data-testid="notification"][data-type="${type}"]`);
    /** Reloads the notifications until one of the type arrives (the worker polls every second). */
    const awaitNotice = async (p: Person, type: string, timeout: number) => {
      await expect
        .poll(
          async () => {
            await p.page.goto('/notifications');
            await p.page.waitForLoadState('networkidle');
            return notification(p, type).count();
          },
          { timeout, interval: 2_000 },
        )
        .toBe(1);
    };

    beforeAll(async () => {
      browser = await launchBrowser(env);
      association = await openPerson(browser, env, 'association', language);
      lea = await openPerson(browser, env, 'lea', language);
      omar = await openPerson(browser, env, 'omar', language);
      zoe = await openPerson(browser, env, 'zoe', language);
      shot = await screenshotter(env, `collective-call-to-action-${language}`);
    });
    afterAll(async () => {
      await browser?.close();
    });

    step('the association publishes its call, the why written with the scaffold', async () => {
      await signUpSkippingIntention(association, names.association);
      await signUpSkippingIntention(lea, names.lea);
      await signUpSkippingIntention(omar, names.omar);
      await signUpSkippingIntention(zoe, names.zoe);
      const { page } = association;
      await page.goto('/calls');
      await page.getByTestId('calls-new').click();
      await page.waitForURL('**/calls/new');
      await page.getByTestId('call-title').fill(w.title);
      await page.locator('.coach-scaffold summary').click();
      for (const part of ['observation', 'feeling', 'need', 'request'] as const) {
        await page.getByTestId(`call-scaffold-${part}`).fill(w[part] ?? '');
      }
      await page.getByTestId('call-use-scaffold').click();
      await expect.poll(() => page.getByTestId('call-why').inputValue()).toContain(w.request);
      await page
        .getByTestId('call-skill-name')
        .first()
        .fill(w.lawyer ?? '');
      await page.getByTestId('call-skill-wanted').first().fill('20');
      await page.getByTestId('call-add-skill').click();
      await page
        .getByTestId('call-skill-name')
        .nth(1)
        .fill(w.translator ?? '');
      await page.getByTestId('call-skill-wanted').nth(1).fill('5');
      const now = Date.now();
      await page.getByTestId('call-deadline').fill(localInput(new Date(now + 7 * 86_400_000)));
      // The flash moment 75 seconds from now: the reminder comes at half the time left.
      await page.getByTestId('call-flash').fill(localInput(new Date(now + 75_000)));
      await page.getByTestId('call-place').fill('Visio');
      await page.getByTestId('call-publish').click();
      await page.waitForURL(/\/calls\/\d+$/);
      callPath = new URL(page.url()).pathname;
      await expectText(page.getByTestId('call-why-text'), w.request ?? '');
      await expectText(page.getByTestId('call-skill-progress'), '0 / 20');
      await page.getByTestId('call-flash-countdown').waitFor();
      await shot(association, 'published');
    });

    step('three people join with their skills and the card shows the progress', async () => {
      // Léa finds it in the local timeline, as a post with its card.
      await lea.page.goto('/local');
      const card = lea.page
        .getByTestId('call-card')
        .filter({ hasText: w.title ?? '' })
        .first();
      await card.getByTestId('call-join').click();
      await card.getByTestId('call-join-skill').first().check();
      await card.getByTestId('call-join-submit').click();
      await card.getByTestId('call-joined').waitFor();
      await expectText(card.getByTestId('call-skill-progress'), '1 / 20');
      await shot(lea, 'joined-from-timeline');

      // Omar finds it among the calls closing soon, and leaves a public note.
      await omar.page.goto('/calls');
      await omar.page.getByTestId('calls-order-closing').click();
      const listed = omar.page.getByTestId('calls-item').filter({ hasText: w.title ?? '' });
      await listed.getByTestId('call-join').click();
      await listed.getByTestId('call-join-skill').nth(1).check();
      await listed.getByTestId('call-join-note').fill(w.note ?? '');
      await listed.getByTestId('call-join-note-public').check();
      await listed.getByTestId('call-join-submit').click();
      await expectText(listed.getByTestId('call-skill-progress'), '1 / 5');

      // Zoé lists her skills on her profile, then finds the call matching them.
      await zoe.page.goto('/settings/skills');
      await zoe.page.getByTestId('skill-name').fill(w.lawyer ?? '');
      await zoe.page.getByTestId('skill-add').click();
      await zoe.page.getByTestId('skill-item').first().waitFor();
      await zoe.page.getByTestId('skill-name').fill(w.translator ?? '');
      await zoe.page.getByTestId('skill-public').uncheck();
      await zoe.page.getByTestId('skill-add').click();
      await expect.poll(() => zoe.page.getByTestId('skill-item').count()).toBe(2);
      await zoe.page.goto('/calls');
      await zoe.page.getByTestId('calls-order-matching').click();
      const matching = zoe.page.getByTestId('calls-item').filter({ hasText: w.title ?? '' });
      await matching.getByTestId('call-join').click();
      // Both of her skills come ticked: one tap.
      await expect
        .poll(() => matching.locator('[data-testid="call-join-skill"]:checked').count())
        .toBe(2);
      await matching.getByTestId('call-join-submit').click();
      await expectText(matching.getByTestId('call-skill-progress'), '2 / 20');
      await expectText(matching.getByTestId('call-skill-progress'), '2 / 5');
      await shot(zoe, 'joined-matching');

      await association.page.goto(callPath);
      await expectText(association.page.getByTestId('call-skill-progress'), '2 / 20');
      await expectText(association.page.getByTestId('call-note'), w.note ?? '');
      await association.page.getByTestId('call-show-volunteers').click();
      await expect.poll(() => association.page.getByTestId('call-volunteer').count()).toBe(3);
      await shot(association, 'volunteers');
    });

    step('an update reaches all three', async () => {
      const { page } = association;
      await page.getByTestId('call-update-form-text').fill(w.update ?? '');
      await page.getByTestId('call-update-form-submit').click();
      await expectText(page.getByTestId('call-update'), w.update ?? '');
      for (const p of volunteers()) {
        await awaitNotice(p, 'call_update', 20_000);
        await expectText(notification(p, 'call_update'), w.update ?? '');
      }
      await shot(lea, 'update-received');
    });

    step('the reminder, then the flash moment, reach each of them once', async () => {
      for (const p of volunteers()) await awaitNotice(p, 'call_reminder', 90_000);
      await shot(omar, 'reminder');
      for (const p of volunteers()) await awaitNotice(p, 'call_flash', 90_000);
      await shot(omar, 'flash');
      expect(await notification(association, 'call_flash').count()).toBe(0);
    });

    step('the call closes with its outcome, and everyone who joined receives it', async () => {
      const { page } = association;
      await page.goto(callPath);
      await page.getByTestId('call-close-form-text').fill(w.outcome ?? '');
      await page.getByTestId('call-close-form-submit').click();
      await expectText(page.getByTestId('call-outcome'), w.outcome ?? '');
      for (const p of volunteers()) {
        await awaitNotice(p, 'call_closed', 20_000);
        await expectText(
          notification(p, 'call_closed').getByTestId('call-outcome'),
          w.outcome ?? '',
        );
      }
      await shot(zoe, 'closed');
    });
  });
}
