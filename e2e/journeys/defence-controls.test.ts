import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  expectText,
  navigate,
  signUpSkippingIntention,
  uniqueUsername,
} from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

/** A call through the person's own session (cookie + header), as the web app makes it. */
async function api(person: Person, method: string, path: string, body?: unknown) {
  const script = `(async () => {
    const init = { method: ${JSON.stringify(method)}, headers: { 'X-Empathie-Web': '1' } };
    const body = ${JSON.stringify(body === undefined ? null : JSON.stringify(body))};
    if (body !== null) { init.body = body; init.headers['Content-Type'] = 'application/json'; }
    const response = await fetch(${JSON.stringify(path)}, init);
    return { status: response.status, body: await response.json().catch(() => null) };
  })()`;
  // biome-ignore lint/suspicious/noExplicitAny: the journey reads arbitrary JSON
  return (await person.page.evaluate(script)) as { status: number; body: any };
}

/** Posts from the home composer with a reply policy, and answers the new post's id. */
async function postWithPolicy(person: Person, text: string, policy: string): Promise<string> {
  const { page } = person;
  await navigate(person, 'home');
  await page.getByTestId('compose-text').first().fill(text);
  await page.getByTestId('compose-reply-policy').first().selectOption(policy);
  await page.getByTestId('compose-submit').first().click();
  await expectText(page.getByTestId('status'), text);
  const card = page.getByTestId('status').filter({ hasText: text }).first();
  return (await card.getAttribute('data-status-id')) ?? '';
}

async function post(person: Person, text: string): Promise<void> {
  await navigate(person, 'home');
  await person.page.getByTestId('compose-text').first().fill(text);
  await person.page.getByTestId('compose-submit').first().click();
  await expectText(person.page.getByTestId('status'), text);
}

// Defending oneself without leaving the app: who may reply (refused aloud, never dropped), a
// keyword filter at home and in notifications, and a shared block list whose subscription blocks
// its accounts and whose unsubscription gives everything back. In French and in English.
describe('reply controls, keyword filters and shared block lists', () => {
  const env = readE2eEnv();
  const inesName = uniqueUsername('ines');
  const malikName = uniqueUsername('malik');
  const zoeName = uniqueUsername('zoe');
  const graceName = uniqueUsername('grace');
  const tomName = uniqueUsername('tom');
  let browser: Browser;
  let ines: Person;
  let malik: Person;
  let zoe: Person;
  let grace: Person;
  let tom: Person;
  let questionId = '';
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const everyone = () => [ines, malik, zoe, grace, tom].filter(Boolean);
  const step = journeySteps(async (title) => {
    for (const p of everyone()) await shot(p, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    browser = await launchBrowser(env);
    ines = await openPerson(browser, env, 'ines', 'fr');
    malik = await openPerson(browser, env, 'malik', 'fr');
    zoe = await openPerson(browser, env, 'zoe', 'fr');
    grace = await openPerson(browser, env, 'grace', 'en');
    tom = await openPerson(browser, env, 'tom', 'en');
    shot = await screenshotter(env, 'defence-controls');
  });
  afterAll(async () => {
    await browser?.close();
  });

  step('Inès posts a question only the people she mentions may answer', async () => {
    await signUpSkippingIntention(ines, inesName);
    await signUpSkippingIntention(malik, malikName);
    await signUpSkippingIntention(zoe, zoeName);
    questionId = await postWithPolicy(
      ines,
      `@${malikName} tu viens samedi ? ${inesName}`,
      'mentioned',
    );
    expect(questionId).toMatch(/^\d{18}$/);
    await expectText(
      ines.page.getByTestId('status-reply-policy'),
      'Seules les personnes mentionnées par',
    );
    await shot(ines, 'question-posted');
  });

  step(
    'Zoé, not mentioned, is told why she cannot reply, and the server refuses her in French',
    async () => {
      await zoe.page.goto(`/statuses/${questionId}`);
      await expectText(
        zoe.page.getByTestId('reply-refused-notice'),
        'Seules les personnes mentionnées par',
      );
      expect(await zoe.page.getByTestId('compose-text').count()).toBe(0);
      const reply = zoe.page.getByTestId('status-reply').first();
      expect(await reply.isDisabled()).toBe(true);
      expect(await reply.getAttribute('title')).toContain('Seules les personnes mentionnées par');
      await shot(zoe, 'reply-refused');
      // Another client, or a page left open, gets the same answer from the server: 403, in French.
      const refused = await api(zoe, 'POST', '/api/v1/statuses', {
        status: 'Je réponds quand même',
        in_reply_to_id: questionId,
      });
      expect(refused.status).toBe(403);
      expect(refused.body.error_description).toMatch(
        /^Seules les personnes mentionnées par .+ peuvent répondre à ce message\.$/,
      );
      const thread = await api(zoe, 'GET', `/api/v1/statuses/${questionId}/context`);
      expect(thread.body.descendants).toEqual([]);
    },
  );

  step('Malik, mentioned, replies as usual', async () => {
    await malik.page.goto(`/statuses/${questionId}`);
    const box = malik.page.getByTestId('compose-text');
    await box.waitFor();
    await box.fill(`@${inesName} oui, avec plaisir`);
    await malik.page.getByTestId('compose-submit').click();
    await expectText(malik.page.getByTestId('status'), 'oui, avec plaisir');
  });

  step('Inès closes replies from her post’s menu: now Malik is told so too', async () => {
    await ines.page.goto(`/statuses/${questionId}`);
    await ines.page.getByTestId('status-menu').first().click();
    await ines.page.getByTestId('status-reply-policy-select').first().selectOption('nobody');
    await expectText(ines.page.getByTestId('status-reply-policy'), 'a fermé les réponses');
    await malik.page.goto(`/statuses/${questionId}`);
    await expectText(malik.page.getByTestId('reply-refused-notice'), 'a fermé les réponses');
    await shot(malik, 'replies-closed');
  });

  step('Grace filters a word: hidden at home and in notifications', async () => {
    await signUpSkippingIntention(grace, graceName);
    await signUpSkippingIntention(tom, tomName);
    await grace.page.goto(`/@${tomName}`);
    await grace.page.getByTestId('profile-follow').click();
    await grace.page.waitForSelector('[data-testid="profile-follow"][data-state="following"]');

    await navigate(grace, 'settings');
    await grace.page.getByTestId('settings-filters').click();
    await grace.page.waitForURL('**/filters');
    await grace.page.getByTestId('filter-title').fill('Spoilers');
    await grace.page.getByTestId('filter-keywords').fill('ending');
    await grace.page.getByTestId('filter-create').click();
    await expectText(grace.page.getByTestId('filter-item'), 'Spoilers');
    await shot(grace, 'filter-created');

    await post(tom, `The ENDING of that film surprised me ${tomName}`);
    await post(tom, `What a lovely morning ${tomName}`);
    await post(tom, `@${graceName} did you see the ending?`);
    await post(tom, `@${graceName} coffee tomorrow?`);

    await navigate(grace, 'home');
    await expectText(grace.page.getByTestId('status'), 'What a lovely morning');
    expect(await grace.page.getByTestId('status').filter({ hasText: 'surprised me' }).count()).toBe(
      0,
    );
    await shot(grace, 'home-filtered');

    await navigate(grace, 'notifications');
    await expectText(grace.page.getByTestId('notification'), 'coffee tomorrow');
    expect(
      await grace.page
        .getByTestId('notification')
        .filter({ hasText: 'did you see the ending' })
        .count(),
    ).toBe(0);
    await shot(grace, 'notifications-filtered');
  });

  step('a warning filter folds a post behind its name, and Grace opens it', async () => {
    await grace.page.goto('/filters');
    await grace.page.getByTestId('filter-title').fill('Weather');
    await grace.page.getByTestId('filter-keywords').fill('rain');
    await grace.page.getByTestId('filter-action-warn').check();
    await grace.page.getByTestId('filter-create').click();
    await expectText(grace.page.getByTestId('filter-item'), 'Weather');
    await post(tom, `Rain again today ${tomName}`);
    await navigate(grace, 'home');
    const card = grace.page
      .getByTestId('status')
      .filter({ hasText: 'Hidden by your filter «Weather»' });
    await card.first().waitFor();
    expect(await card.first().textContent()).not.toContain('Rain again today');
    await card.first().getByTestId('filter-notice-toggle').click();
    await expectText(grace.page.getByTestId('status'), 'Rain again today');
    await shot(grace, 'warned-post-opened');
  });

  step(
    'Grace subscribes to Zoé’s block list: Tom is blocked; unsubscribing gives him back',
    async () => {
      await zoe.page.goto('/block-lists');
      await zoe.page.getByTestId('block-list-title').fill('Raid du soir');
      await zoe.page.getByTestId('block-list-create').click();
      await zoe.page
        .getByTestId('block-list-item')
        .filter({ hasText: 'Raid du soir' })
        .first()
        .locator('a')
        .click();
      await zoe.page.waitForURL('**/block-lists/*');
      const listPath = new URL(zoe.page.url()).pathname;
      await zoe.page.getByTestId('block-list-acct').fill(`@${tomName}`);
      await zoe.page.getByTestId('block-list-reason').fill('messages en rafale');
      await zoe.page.getByTestId('block-list-add-submit').click();
      await expectText(zoe.page.getByTestId('block-list-entry'), 'messages en rafale');
      await expectText(zoe.page.getByTestId('block-list-count'), '1 compte');
      await shot(zoe, 'list-kept');

      await grace.page.goto(listPath);
      await grace.page.getByTestId('block-list-subscribe').click();
      await expectText(
        grace.page.getByTestId('block-list-subscribed'),
        'You block everyone on this list.',
      );
      await shot(grace, 'subscribed');
      const tomAccount = await api(grace, 'GET', `/api/v1/accounts/lookup?acct=${tomName}`);
      const blocked = await api(
        grace,
        'GET',
        `/api/v1/accounts/relationships?id[]=${tomAccount.body.id}`,
      );
      expect(blocked.body[0]).toMatchObject({ blocking: true, following: false });
      await navigate(grace, 'home');
      await grace.page.getByTestId('compose-text').first().waitFor();
      expect(
        await grace.page.getByTestId('status').filter({ hasText: 'lovely morning' }).count(),
      ).toBe(0);

      await grace.page.goto(listPath);
      await grace.page.getByTestId('block-list-unsubscribe').click();
      await grace.page.getByTestId('block-list-subscribe').waitFor();
      const restored = await api(
        grace,
        'GET',
        `/api/v1/accounts/relationships?id[]=${tomAccount.body.id}`,
      );
      expect(restored.body[0]).toMatchObject({ blocking: false, following: true });
      await navigate(grace, 'home');
      await expectText(grace.page.getByTestId('status'), 'What a lovely morning');
      await shot(grace, 'unsubscribed-restored');
    },
  );
});
