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
import { myAccountId } from '../support/coach-api.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

// A support circle and a spotlight, as Nadia and her friends live them: Nadia opens her circle;
// Lou, asked to write, sends a hurtful "support" message, which is stopped and coached instead
// of reaching Nadia; Lou's and Sam's kind messages reach her, and she sees how many stand with
// her and thanks Lou. Sam then puts Nadia in the spotlight; she accepts it and her profile
// shows it, while Sam's profile counts what he gave.

/** Set-up through the API with the person's own session, as the web app calls it. */
async function api(person: Person, method: string, path: string): Promise<number> {
  const script = `(async () => (await fetch(${JSON.stringify(path)}, {
    method: ${JSON.stringify(method)}, headers: { 'X-Empathie-Web': '1' } })).status)()`;
  return (await person.page.evaluate(script)) as number;
}

// lookup-safe: keyed by the two languages this file loops over, never by outside input
const WORDS: Record<Language, Record<string, string>> = {
  fr: {
    hurtful: 'Arrête de pleurer, espèce d’idiote, tu l’as bien cherché',
    kind: 'Je suis avec toi, tu n’es pas seule. Prends soin de toi.',
    kind2: 'Tes dessins me font du bien, continue, on est là.',
    spotlight:
      'Suivez Nadia : ses dessins rendent le quotidien plus doux et elle aide les débutantes.',
    standing: '2 personnes sont à vos côtés',
  },
  en: {
    hurtful: 'Stop crying you stupid idiot, you asked for it',
    kind: 'I am with you, you are not alone. Take care of yourself.',
    kind2: 'Your drawings make my days better, keep going, we are here.',
    spotlight: 'Follow Nadia: her drawings make days gentler and she helps beginners.',
    standing: '2 people stand with you',
  },
};

for (const language of ['fr', 'en'] as const) {
  describe(`a support circle and a spotlight (${language})`, () => {
    const env = readE2eEnv();
    const w = WORDS[language];
    const names = {
      nadia: uniqueUsername('nadia'),
      lou: uniqueUsername('lou'),
      sam: uniqueUsername('sam'),
    };
    let browser: Browser;
    let nadia: Person;
    let lou: Person;
    let sam: Person;
    let nadiaId = '';
    let shot: Awaited<ReturnType<typeof screenshotter>>;
    const step = journeySteps(async (title) => {
      for (const p of [nadia, lou, sam]) if (p) await shot(p, `failed-${slug(title)}`);
    });

    /** Sends from the circle's form; "post anyway" when the composer's coach pauses first. */
    const send = async (p: Person, text: string) => {
      await p.page.getByTestId('circle-form-text').fill(text);
      await p.page.getByTestId('circle-form-submit').click();
      const panel = p.page.getByTestId('coach-panel');
      const done = p.page.getByTestId('circle-coached').or(p.page.getByTestId('circle-my-message'));
      await panel.or(done).first().waitFor();
      if (await panel.isVisible()) await p.page.getByTestId('coach-post-anyway').click();
    };

    beforeAll(async () => {
      browser = await launchBrowser(env);
      nadia = await openPerson(browser, env, 'nadia', language);
      lou = await openPerson(browser, env, 'lou', language);
      sam = await openPerson(browser, env, 'sam', language);
      shot = await screenshotter(env, `collective-support-and-spotlight-${language}`);
    });
    afterAll(async () => {
      await browser?.close();
    });

    step('Nadia opens her support circle; her followers are asked to write', async () => {
      await signUpSkippingIntention(nadia, names.nadia);
      await signUpSkippingIntention(lou, names.lou);
      await signUpSkippingIntention(sam, names.sam);
      nadiaId = await myAccountId(nadia);
      for (const p of [lou, sam])
        expect(await api(p, 'POST', `/api/v1/accounts/${nadiaId}/follow`)).toBe(200);
      await nadia.page.goto(`/circles/for/${nadiaId}`);
      await nadia.page.getByTestId('circle-open').click();
      await nadia.page.getByTestId('circle-supporters').waitFor();
      await shot(nadia, 'circle-open');
    });

    step('a hurtful "support" message is stopped and its writer coached', async () => {
      await expect
        .poll(
          async () => {
            await lou.page.goto('/notifications');
            await lou.page.waitForLoadState('networkidle');
            return lou.page
              .locator('[data-testid="notification"][data-type="circle_request"]')
              .count();
          },
          { timeout: 20_000, interval: 1_000 },
        )
        .toBe(1);
      await lou.page.getByTestId('circle-notice-link').click();
      await lou.page.waitForURL(`**/circles/for/${nadiaId}`);
      await send(lou, w.hurtful ?? '');
      await lou.page.getByTestId('circle-coached').waitFor();
      expect(await lou.page.getByTestId('circle-my-message').count()).toBe(0);
      await shot(lou, 'coached');
    });

    step('kind messages reach Nadia, who sees how many stand with her and thanks Lou', async () => {
      await send(lou, w.kind ?? '');
      await expectText(lou.page.getByTestId('circle-my-message'), w.kind ?? '');
      await sam.page.goto(`/circles/for/${nadiaId}`);
      await send(sam, w.kind2 ?? '');
      await expectText(sam.page.getByTestId('circle-my-message'), w.kind2 ?? '');

      await nadia.page.goto(`/circles/for/${nadiaId}`);
      await expectText(nadia.page.getByTestId('circle-supporters'), w.standing ?? '');
      await expect.poll(() => nadia.page.getByTestId('circle-message').count()).toBe(2);
      expect(await nadia.page.getByText(w.hurtful ?? '').count()).toBe(0);
      const fromLou = nadia.page.getByTestId('circle-message').filter({ hasText: w.kind ?? '' });
      await fromLou.getByTestId('circle-thank').click();
      await fromLou.getByTestId('circle-thanked').waitFor();
      await shot(nadia, 'calm-place');
    });

    step('Sam puts Nadia in the spotlight; she accepts and her profile shows it', async () => {
      await sam.page.goto(`/@${names.nadia}`);
      await sam.page.getByTestId('spotlight-new').click();
      await sam.page.getByTestId('spotlight-form-text').fill(w.spotlight ?? '');
      await sam.page.getByTestId('spotlight-form-submit').click();
      await sam.page.waitForURL(/\/statuses\/\d+$/);
      await sam.page.getByTestId('spotlight-card').waitFor();

      await nadia.page.goto('/notifications');
      const notice = nadia.page.locator('[data-testid="notification"][data-type="spotlight"]');
      await notice.getByTestId('spotlight-accept').click();
      await notice.getByTestId('spotlight-accepted').waitFor();

      await lou.page.goto(`/@${names.nadia}`);
      await expectText(lou.page.getByTestId('spotlight-item'), w.spotlight ?? '');
      await sam.page.goto(`/@${names.sam}`);
      await expectText(sam.page.getByTestId('giving-spotlights'), '1');
      await expectText(sam.page.getByTestId('giving-support'), '1');
      await sam.page.goto('/spotlights');
      await expectText(sam.page.getByTestId('spotlight-item'), w.spotlight ?? '');
      await shot(lou, 'profile-spotlight');
    });
  });
}
