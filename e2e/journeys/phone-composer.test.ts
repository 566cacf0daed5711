import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { expectText, signUpSkippingIntention, uniqueUsername } from '../support/actions.ts';
import { type Language, launchBrowser, type Person, screenshotter } from '../support/browser.ts';
import {
  myAccountId,
  ownStatuses,
  patchCoachSettings,
  scheduledPosts,
} from '../support/coach-api.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';
import {
  expectAllReachable,
  expectFits,
  expectInView,
  focusedTestId,
  openPhonePerson,
  overlaps,
  PHONES,
} from '../support/phone.ts';

// Texts written for this journey: a draft the coach pauses, a calm one, a friendly one that
// must never read as hostile on "My coach", and a line in Arabic script.
const stories: Record<
  Language,
  { hurtful: string; calm: string; friendly: string; warning: string; restored: RegExp }
> = {
  fr: {
    hurtful: 'Ta gueule crétin, tu es nul',
    calm: 'Je ne suis pas d’accord, et j’aimerais comprendre ton point de vue',
    friendly: 'Super idée, j’apporte des arrosoirs et du café',
    warning: 'jardinage',
    restored: /gardé sur cet appareil/,
  },
  en: {
    hurtful: 'Shut up, you idiot, you are useless',
    calm: 'I do not agree, and I would like to understand your point of view',
    friendly: 'Great idea, I will bring watering cans and coffee',
    warning: 'gardening',
    restored: /kept on this device/,
  },
};
const rightToLeft = 'مرحبا بالجميع في الحديقة';

// The last look at a post sent for later takes a minute of waiting: played once per language.
const combos = [
  { language: 'fr' as const, phone: PHONES[0], lastLook: true },
  { language: 'en' as const, phone: PHONES[1], lastLook: true },
  { language: 'en' as const, phone: PHONES[0], lastLook: false },
  { language: 'fr' as const, phone: PHONES[1], lastLook: false },
];

/** Opens a place of the bottom bar, or of its "more" menu when the bar has no room for it. */
async function go(
  page: Page,
  place: 'home' | 'compose' | 'notifications' | 'coach',
): Promise<void> {
  await page.getByTestId(`nav-${place}`).click();
  await page.waitForURL((url) => url.pathname === `/${place}`);
}
async function goMore(page: Page, place: 'local' | 'search' | 'scheduled' | 'settings') {
  await page.getByTestId('nav-more').click();
  await page.getByTestId(`more-${place}`).click();
  await page.waitForURL((url) => url.pathname === `/${place}`);
}

async function openPause(page: Page, text: string): Promise<void> {
  const composer = page.getByTestId('compose-text');
  await composer.fill(text);
  await composer.focus();
  // Ctrl+Enter publishes; the coach pauses this draft on the way.
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('coach-panel').waitFor();
}

async function expectComposerFocused(page: Page): Promise<void> {
  await expect.poll(() => focusedTestId(page)).toBe('compose-text');
}

for (const { language, phone, lastLook } of combos) {
  const size = `${phone?.width}×${phone?.height}`;
  describe(`writing on a phone, ${size} (${language})`, () => {
    const env = readE2eEnv();
    const story = stories[language];
    const name = uniqueUsername(`tel_${language}`);
    let browser: Browser;
    let me: Person;
    let page: Page;
    let accountId = '';
    // Every address asked for a held post by its id, and what it answered.
    const heldLookups: string[] = [];
    let shot: Awaited<ReturnType<typeof screenshotter>>;
    const step = journeySteps(async (title) => {
      if (me) await shot(me, `failed-${slug(title)}`);
    });

    beforeAll(async () => {
      browser = await launchBrowser(env);
      me = await openPhonePerson(
        browser,
        env,
        'phone',
        language,
        phone ?? { width: 360, height: 740 },
      );
      page = me.page;
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (/^\/api\/v1\/scheduled_statuses\/\d+$/.test(url.pathname)) {
          heldLookups.push(`${response.request().method()} ${url.pathname} ${response.status()}`);
        }
      });
      shot = await screenshotter(env, `phone-composer-${language}-${phone?.width}`);
    });
    afterAll(async () => {
      await browser?.close();
    });

    step(
      'every screen fits the phone, and the bar holds five places, the rest under "more"',
      async () => {
        await signUpSkippingIntention(me, name, { undoSeconds: 30 });
        accountId = await myAccountId(me);
        await go(page, 'home');
        await expectFits(page, 'home');
        const places = page.locator('.nav > li:visible');
        expect(await places.count()).toBe(5);
        await expectAllReachable(page, page.locator('.nav > li:visible .nav-link'), 'bottom bar');
        // One line of labels: every place of the bar is as tall as the others.
        const heights = await page
          .locator('.nav > li:visible .nav-link')
          .evaluateAll((links) =>
            links.map((link) => Math.round(link.getBoundingClientRect().height)),
          );
        expect(new Set(heights).size).toBe(1);
        await page.getByTestId('nav-more').click();
        await expectAllReachable(page, page.locator('.more-items a'), '"more" menu');
        await shot(me, 'more-menu');
        await page.keyboard.press('Escape');
        await page.locator('.more-items').waitFor({ state: 'detached' });
        for (const place of ['local', 'search', 'scheduled', 'settings'] as const) {
          await goMore(page, place);
          await expectFits(page, place);
        }
        await go(page, 'notifications');
        await expectFits(page, 'notifications');
        await go(page, 'coach');
        await expectFits(page, 'my coach');
        await go(page, 'compose');
        await expectFits(page, 'composer');
        await shot(me, 'composer');
      },
    );

    step(
      'every composer action works, and the text survives a reload and a navigation',
      async () => {
        const composer = page.getByTestId('compose-text');
        expect(await composer.getAttribute('dir')).toBe('auto');
        await composer.fill(story.calm);
        await page.getByTestId('compose-cw-toggle').click();
        await page.getByTestId('compose-cw').fill(story.warning);
        await page.getByTestId('compose-visibility').selectOption('unlisted');
        await page.getByTestId('compose-language').selectOption(language === 'fr' ? 'en' : 'fr');
        await page.getByTestId('compose-language').selectOption(language);
        await expectFits(page, 'composer with a content warning');
        await page.reload();
        await expect.poll(() => composer.inputValue()).toBe(story.calm);
        await expectText(page.getByTestId('compose-restored'), story.restored);
        expect(await page.getByTestId('compose-cw').inputValue()).toBe(story.warning);
        expect(await page.getByTestId('compose-visibility').inputValue()).toBe('unlisted');
        await go(page, 'home');
        await go(page, 'compose');
        await expect.poll(() => composer.inputValue()).toBe(story.calm);
        await shot(me, 'restored');
        await page.getByTestId('compose-discard').click();
        await expect.poll(() => composer.inputValue()).toBe('');
        await page.reload();
        await expect.poll(() => composer.inputValue()).toBe('');
        await page.getByTestId('compose-scheduled').click();
        await page.waitForURL((url) => url.pathname === '/scheduled');
        await go(page, 'compose');
      },
    );

    step(
      'the pause is a full-screen sheet whose choices are all in view, none covering another',
      async () => {
        // Right after a reload the coach's settings are still on their way (slowed down here):
        // Ctrl+Enter must wait for them and pause, never publish past the coach.
        const settingsRoute = '**/api/empathie/v1/coach/settings';
        await page.route(settingsRoute, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          await route.continue();
        });
        await page.reload();
        await openPause(page, story.hurtful);
        await page.unroute(settingsRoute);
        const panel = page.getByTestId('coach-panel');
        const box = await expectInView(page, panel, 'pause sheet');
        expect(Math.round(box.width)).toBe(phone?.width);
        await expectFits(page, 'pause sheet');
        await expectAllReachable(page, panel.locator('.coach-choices button'), 'pause choices');
        expect(await page.getByTestId('coach-draft').getAttribute('dir')).toBe('auto');
        await shot(me, 'pause-sheet');
      },
    );

    step(
      '"back to writing", Escape and "don\'t post" give the keyboard back to the composer',
      async () => {
        await page.getByTestId('coach-edit').click();
        await page.getByTestId('coach-panel').waitFor({ state: 'detached' });
        await expectComposerFocused(page);
        await page.keyboard.press('Control+Enter');
        await page.getByTestId('coach-panel').waitFor();
        await page.keyboard.press('Escape');
        await page.getByTestId('coach-panel').waitFor({ state: 'detached' });
        await expectComposerFocused(page);
        await page.keyboard.press('Control+Enter');
        await page.getByTestId('coach-panel').waitFor();
        await page.getByTestId('coach-cancel').click();
        await page.getByTestId('coach-panel').waitFor({ state: 'detached' });
        await expectComposerFocused(page);
        expect(await page.getByTestId('compose-text').inputValue()).toBe(story.hurtful);
        expect(await ownStatuses(me, accountId)).toEqual([]);
      },
    );

    step(
      '"keep as a draft" and "send later" each keep the text, nothing is published',
      async () => {
        await page.keyboard.press('Control+Enter');
        await page.getByTestId('coach-panel').waitFor();
        await page.getByTestId('coach-save-draft').click();
        await page.getByTestId('coach-panel').waitFor({ state: 'detached' });
        await expect.poll(() => page.getByTestId('compose-text').inputValue()).toBe('');
        await openPause(page, story.hurtful);
        await page.getByTestId('coach-send-later').click();
        await page.getByTestId('coach-panel').waitFor({ state: 'detached' });
        const waiting = await scheduledPosts(me);
        expect(waiting.map((held) => held.params.text)).toEqual([story.hurtful]);
        expect(await ownStatuses(me, accountId)).toEqual([]);
      },
    );

    step(
      '"post anyway" is held under an undo toast above the bar, and undone in time',
      async () => {
        await openPause(page, story.hurtful);
        await page.getByTestId('coach-post-anyway').click();
        await page.getByTestId('coach-panel').waitFor({ state: 'detached' });
        const toast = page.getByTestId('undo-toast');
        await toast.waitFor();
        const toastBox = await expectInView(page, toast, 'undo toast');
        const barBox = await page.locator('.shell-side').boundingBox();
        expect(barBox && overlaps(toastBox, barBox)).toBe(false);
        await expectInView(page, page.getByTestId('undo-post'), 'undo button');
        await expectFits(page, 'undo toast');
        await shot(me, 'undo-toast');
        await page.getByTestId('undo-post').click();
        await page.locator('[data-testid="undo-toast"][data-phase="undone"]').waitFor();
        await expect.poll(() => page.getByTestId('compose-text').inputValue()).toBe(story.hurtful);
        expect(await ownStatuses(me, accountId)).toEqual([]);
      },
    );

    step(
      '"post this version" sends the calmer text, and the toast follows it without asking for a 404',
      async () => {
        await patchCoachSettings(me, { undo_seconds: 3 });
        await page.reload();
        await openPause(page, story.hurtful);
        await page.getByTestId('coach-draft').fill(story.calm);
        await page.getByTestId('coach-publish').click();
        await page.getByTestId('coach-panel').waitFor({ state: 'detached' });
        await page.locator('[data-testid="undo-toast"][data-phase="published"]').waitFor({
          timeout: 30_000,
        });
        await expectFits(page, 'published toast');
        await shot(me, 'published');
        await expectInView(page, page.getByTestId('undo-see'), '"see it"');
        await page.getByTestId('undo-see').click();
        await page.waitForURL((url) => url.pathname.startsWith('/statuses/'));
        await page.getByTestId('undo-close').click();
        await page.getByTestId('undo-toast').waitFor({ state: 'detached' });
        await go(page, 'compose');
        const statuses = await ownStatuses(me, accountId);
        expect(statuses.map((status) => status.content)).toEqual([
          expect.stringContaining(language === 'fr' ? 'pas d’accord' : 'do not agree'),
        ]);
        // The window's end was watched through the list of waiting posts, never its own address.
        expect(heldLookups.filter((line) => line.startsWith('GET'))).toEqual([]);
      },
    );

    step('a post and a thread fit the phone; user text chooses its own direction', async () => {
      await patchCoachSettings(me, { undo_seconds: 0 });
      // The page reads the new setting on load; with the old one, the post would leave three
      // seconds later and take the page to it while it is already elsewhere.
      await page.reload();
      const composer = page.getByTestId('compose-text');
      await composer.fill(`${story.friendly} ${rightToLeft}`);
      await page.getByTestId('compose-submit').click();
      // Posting from the composer page opens the post: wait for it before going home.
      await page.waitForURL((url) => url.pathname.startsWith('/statuses/'));
      await go(page, 'home');
      const post = page.getByTestId('status').filter({ hasText: rightToLeft }).first();
      await post.waitFor();
      expect(await post.locator('.status-content').getAttribute('dir')).toBe('auto');
      await expectFits(page, 'home with posts');
      await post.getByTestId('status-reply').click();
      await page.waitForURL((url) => url.pathname.startsWith('/statuses/'));
      await page.getByTestId('compose-text').waitFor();
      await expectFits(page, 'thread');
      await shot(me, 'thread');
    });

    step('"My coach" tells outcomes and never scores a friendly post as hostile', async () => {
      await go(page, 'coach');
      const figures = page.getByTestId('my-coach');
      await figures.waitFor();
      await expectText(page.getByTestId('my-coach-outcome-saved_draft'), '1');
      await expectText(page.getByTestId('my-coach-outcome-sent_later'), '1');
      await page.getByTestId('my-coach-changed').waitFor();
      await page.getByTestId('my-coach-weeks').waitFor();
      const weeks = (await page.getByTestId('my-coach-weeks').textContent()) ?? '';
      expect(weeks).not.toMatch(/%/);
      expect(await page.locator('main').textContent()).not.toMatch(/hostilit/i);
      await expectFits(page, 'my coach');
      await shot(me, 'my-coach');
    });

    step(
      'while the server cannot be reached the page says so, then comes back by itself with the text kept',
      async () => {
        await go(page, 'compose');
        await page.getByTestId('compose-text').fill(story.calm);
        await me.context.setOffline(true);
        await go(page, 'notifications');
        await page.getByTestId('reconnecting').waitFor();
        await expectFits(page, 'offline notice');
        await shot(me, 'offline');
        await me.context.setOffline(false);
        // Nobody presses Retry: the page asks again and the notice goes away.
        await page.getByTestId('reconnecting').waitFor({ state: 'detached', timeout: 20_000 });
        await go(page, 'compose');
        await expect.poll(() => page.getByTestId('compose-text').inputValue()).toBe(story.calm);
      },
    );
    if (lastLook) {
      step(
        "a post sent for later after the pause waits for a last look, with the coach's reading",
        async () => {
          await patchCoachSettings(me, { cool_down_minutes: 1 });
          await go(page, 'compose');
          await page.reload();
          await openPause(page, story.hurtful);
          await page.getByTestId('coach-send-later').click();
          await page.getByTestId('coach-panel').waitFor({ state: 'detached' });
          // Its minute passes; the server holds it instead of sending it.
          const published = (await ownStatuses(me, accountId)).length;
          await page.waitForTimeout(65_000);
          expect(await ownStatuses(me, accountId)).toHaveLength(published);
          await go(page, 'home');
          await page.getByTestId('review-banner').waitFor({ timeout: 20_000 });
          await expectFits(page, 'last-look banner');
          await shot(me, 'last-look-banner');
          await page.getByTestId('review-banner-open').click();
          await page.waitForURL((url) => url.pathname === '/scheduled');
          const item = page
            .getByTestId('scheduled-item')
            .filter({ has: page.getByTestId('scheduled-review') });
          await item.waitFor();
          await item.getByTestId('scheduled-review-level').waitFor();
          await item.getByTestId('coach-marks').waitFor();
          await expectFits(page, 'last look');
          await shot(me, 'last-look');
          await item.getByTestId('scheduled-edit').click();
          await item.getByTestId('scheduled-edit-text').fill(story.calm);
          await item.getByTestId('scheduled-save').click();
          await item.getByTestId('scheduled-send-now').click();
          await expect
            .poll(async () => (await ownStatuses(me, accountId)).length, { timeout: 30_000 })
            .toBe(published + 1);
        },
      );
    }
  });
}
