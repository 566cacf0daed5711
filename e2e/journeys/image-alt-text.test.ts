import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { expectText, signUp, uniqueUsername } from '../support/actions.ts';
import { type Language, launchBrowser, type Person, screenshotter } from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';
import { expectFits, openPhonePerson, PHONES } from '../support/phone.ts';

// An image with its description, on a phone, in French and English: the author attaches it,
// the coach gently reminds her of the description (without ever blocking), she writes it and
// posts; a reader finds the description as the image's alt text and, behind the ALT badge, as
// text anyone can read. Every screen fits the phone.

/** A small orange PNG (120 × 80), written by sharp once and kept here as bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAHgAAABQCAIAAABd+SbeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAABHklEQVR4nO3UUY0DARTDwKI1p4JbLiXQ316eTiMFgeX49byz5/cQXig/f6Ia0AHdf3obowO6uYaMbg5OOro5jQ7o5hoyujk46ejmNDqgm2vI6ObgpKOb0+iAbq4ho5uDk45uTqMDurmGjG4OTjq6OY0O6OYaMro5OOno5jQ6oJtryOjm4KSjm9PogG6uIaObg5OObk6jA7q5hoxuDk46ujmNDujmGjK6OTjp6OY0OqCba8jo5uCko5vT6IBuriGjm4OTjm5OowO6uYaMbg5OOro5jQ7o5hoyujk46ejmNDqgm2vI6ObgpKOb0+iAbq4ho5uDk45uTqMDurmGjG4OTjq6OY0O6OYaMro5OOno5jQ6oJtryOjm4KSjOdOv+wDxBb4M8ecMPQAAAABJRU5ErkJggg==',
  'base64',
);

interface Story {
  language: Language;
  readerLanguage: Language;
  text: (name: string) => string;
  description: string;
  reminder: RegExp;
}

const STORIES: Story[] = [
  {
    language: 'fr',
    readerLanguage: 'en',
    text: (name) => `Le jardin partagé ce matin ${name}`,
    description: 'Un carré de potager orange vif sous un ciel clair',
    reminder: /Quelques mots sur cette image/,
  },
  {
    language: 'en',
    readerLanguage: 'fr',
    text: (name) => `Our shared garden this morning ${name}`,
    description: 'A bright orange vegetable patch under a clear sky',
    reminder: /A few words about this image/,
  },
];

describe.each(STORIES)('an image with its description ($language)', (story) => {
  const env = readE2eEnv();
  // A name as long as the server allows (30 letters): the reader's phone shows her profile.
  const authorName = uniqueUsername(
    story.language === 'fr' ? 'zoe_partage_son_jardin' : 'liz_shares_her_garden',
  ).slice(0, 30);
  const readerName = uniqueUsername(story.language === 'fr' ? 'ben' : 'leo');
  const text = story.text(authorName);
  let browser: Browser;
  let author: Person;
  let reader: Person;
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const phone = PHONES[0] ?? { width: 360, height: 740 };
  const step = journeySteps(async (title) => {
    if (author) await shot(author, `failed-${slug(title)}`);
    if (reader) await shot(reader, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    browser = await launchBrowser(env);
    author = await openPhonePerson(browser, env, 'author', story.language, phone);
    reader = await openPhonePerson(browser, env, 'reader', story.readerLanguage, phone);
    shot = await screenshotter(env, `image-alt-text-${story.language}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  step('the author attaches an image; the coach reminds her of its description', async () => {
    await signUp(author, authorName);
    const page = author.page;
    await page.getByTestId('nav-compose').click();
    await page.waitForURL((url) => url.pathname === '/compose');
    await page.getByTestId('compose-text').first().fill(text);
    await page
      .getByTestId('compose-file')
      .first()
      .setInputFiles({ name: 'jardin.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('compose-media-item').first().waitFor();
    // The reminder is warm and never a block: the post could leave as it is.
    await expectText(page.getByTestId('compose-media-reminder'), story.reminder);
    await expect.poll(() => page.getByTestId('compose-submit').first().isDisabled()).toBe(false);
    await expectFits(page, 'the composer with an image');
    await shot(author, 'reminder');

    await page.getByTestId('compose-media-description').first().fill(story.description);
    await expect.poll(() => page.getByTestId('compose-media-reminder').count()).toBe(0);
    await shot(author, 'described');
    await page.getByTestId('compose-submit').first().click();
    await expect.poll(() => page.getByTestId('compose-text').first().inputValue()).toBe('');
  });

  step('a reader finds the description as the alt text and behind the ALT badge', async () => {
    await signUp(reader, readerName);
    const page = reader.page;
    await page.goto(`/@${authorName}`);
    const card = page.getByTestId('status').filter({ hasText: text }).first();
    await card.waitFor();
    const image = card.getByTestId('status-media-image').first();
    await image.waitFor();
    expect(await image.getAttribute('alt')).toBe(story.description);
    // The image really loads from the server (its address and headers let the page show it).
    await expect
      .poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    const badge = card.getByTestId('status-media-alt').first();
    // In the middle of the screen first: the phone's bottom bar stays fixed over the page's foot.
    await badge.evaluate((b) => b.scrollIntoView({ block: 'center' }));
    // Nothing covers the badge where a finger would touch it…
    await expect
      .poll(() =>
        badge.evaluate((b) => {
          const box = b.getBoundingClientRect();
          return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === b;
        }),
      )
      .toBe(true);
    // …and it is a real button: the keyboard opens it as well.
    await badge.focus();
    await page.keyboard.press('Enter');
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    await expectText(card.getByTestId('status-media-alt-text'), story.description);
    await expectFits(page, 'a post with an image');
    await shot(reader, 'alt-text');
  });
});
