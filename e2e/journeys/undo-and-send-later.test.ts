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

// Texts written for this journey.
const regret = 'Finalement je préfère reformuler ce message avant de le partager';
const keeper = 'Les tomates du jardin partagé sont enfin mûres, venez goûter';
const later = 'Je reviendrai sur cette discussion demain, à tête reposée';

/** The person's own posts and held posts, read with their session as the web app would. */
async function ownTexts({ page }: Person): Promise<{ published: string[]; held: string[] }> {
  return page.evaluate(async () => {
    const headers = { 'X-Empathie-Web': '1' };
    const me = await (await fetch('/api/v1/accounts/verify_credentials', { headers })).json();
    const posts = await (await fetch(`/api/v1/accounts/${me.id}/statuses`, { headers })).json();
    const held = await (await fetch('/api/v1/scheduled_statuses', { headers })).json();
    return {
      published: posts.map((post: { content: string }) => post.content),
      held: held.map((item: { params: { text: string } }) => item.params.text),
    };
  });
}

describe('undo window and send later (fr)', () => {
  const env = readE2eEnv();
  const name = uniqueUsername('lea');
  let browser: Browser;
  let lea: Person;
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const step = journeySteps(async (title) => {
    if (lea) await shot(lea, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    browser = await launchBrowser(env);
    lea = await openPerson(browser, env, 'lea', 'fr');
    shot = await screenshotter(env, 'undo-and-send-later');
  });
  afterAll(async () => {
    await browser?.close();
  });

  step('undoing within the window publishes nothing and gives the text back', async () => {
    await signUpSkippingIntention(lea, name, { undoSeconds: 8 });
    await navigate(lea, 'home');
    const composer = lea.page.getByTestId('compose-text').first();
    await composer.fill(regret);
    await lea.page.getByTestId('compose-submit').first().click();
    await expectText(lea.page.getByTestId('undo-toast'), /Publié dans \d+ s/);
    await expect.poll(() => composer.inputValue()).toBe('');
    await shot(lea, 'undo-toast');
    await lea.page.getByTestId('undo-post').click();
    await expectText(lea.page.getByTestId('undo-toast'), /revenu dans l’éditeur/);
    await expect.poll(() => composer.inputValue()).toBe(regret);
    // Past the window: still nothing published, nothing held.
    await lea.page.waitForTimeout(9000);
    const texts = await ownTexts(lea);
    expect(texts.published.join(' ')).not.toContain('reformuler');
    expect(texts.held).toEqual([]);
  });

  step('a held post appears in the timeline once the window closes', async () => {
    const composer = lea.page.getByTestId('compose-text').first();
    await composer.fill(keeper);
    await lea.page.getByTestId('compose-submit').first().click();
    await expectText(lea.page.getByTestId('undo-toast'), /Publié dans/);
    expect(await lea.page.getByTestId('status').filter({ hasText: keeper }).count()).toBe(0);
    await lea.page
      .getByTestId('status')
      .filter({ hasText: keeper })
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    await expectText(lea.page.getByTestId('undo-toast'), /Votre message est publié/);
    await shot(lea, 'published-after-window');
  });

  step('a post sent for later is listed with its time, then cancelled', async () => {
    const status = await lea.page.evaluate(async (text) => {
      const response = await fetch('/api/v1/statuses', {
        method: 'POST',
        headers: {
          'X-Empathie-Web': '1',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          status: text,
          visibility: 'public',
          scheduled_at: new Date(Date.now() + 20 * 60_000).toISOString(),
        }),
      });
      return response.status;
    }, later);
    expect(status).toBe(200);
    await lea.page.getByTestId('nav-scheduled').click();
    await lea.page.waitForURL('**/scheduled');
    const item = lea.page.getByTestId('scheduled-item').filter({ hasText: later });
    await expectText(item, /Part dans (19|20)\smin/);
    await shot(lea, 'scheduled-list');
    await item.getByTestId('scheduled-cancel').click();
    await lea.page.getByRole('heading', { name: 'Rien n’attend' }).waitFor();
    expect((await ownTexts(lea)).held).toEqual([]);
  });
});
