import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { expectText, postFromHome, signUp, uniqueUsername } from '../support/actions.ts';
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

// A pile-on, as the person under attack, their ally and a passer-by live it: thirty strangers
// reply hurtfully within minutes; the shield switches itself on; the person gets one calm notice
// and nothing from the pack; the folder holds every reply; a third reader sees a clean thread;
// the ally, told at once, reviews the folder, reports one and keeps another hidden, and the
// person reads what the ally did.

// lookup-safe: keyed by the two languages this file loops over, never by outside input
const INSULTS: Record<Language, readonly string[]> = {
  fr: [
    't’es une idiote, dégage d’ici',
    'ferme-la espèce de nulle',
    'quelle conne, personne ne veut de toi',
    'pauvre idiote, retourne te cacher',
  ],
  en: [
    'you are a pathetic idiot, nobody wants you here',
    'shut up you stupid clown',
    'this is garbage and so are you',
    'what a worthless loser',
  ],
};

/** A stranger made through the API, with an address of their own (sign-ups count per address). */
async function stranger(baseUrl: string, username: string, address: string) {
  const headers = { 'Content-Type': 'application/json', 'X-Forwarded-For': address };
  const response = await fetch(`${baseUrl}/api/v1/accounts`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      username,
      email: `${username}@example.org`,
      password: `a long password for ${username}`,
      agreement: true,
    }),
  });
  if (response.status !== 200) throw new Error(`sign-up of ${username}: ${response.status}`);
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { token, address };
}

async function reply(
  baseUrl: string,
  who: { token: string; address: string },
  to: string,
  text: string,
) {
  const response = await fetch(`${baseUrl}/api/v1/statuses`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${who.token}`,
      'X-Forwarded-For': who.address,
    },
    body: JSON.stringify({ status: text, in_reply_to_id: to }),
  });
  return response.status;
}

for (const [index, language] of (['fr', 'en'] as const).entries()) {
  describe(`the shield against a pile-on (${language})`, () => {
    const env = readE2eEnv();
    const aliceName = uniqueUsername(language === 'fr' ? 'alice' : 'alicia');
    const samName = uniqueUsername('sam');
    const carolName = uniqueUsername('carol');
    const firstPost =
      language === 'fr' ? `Mon premier dessin ${aliceName}` : `My first drawing ${aliceName}`;
    let browser: Browser;
    let alice: Person;
    let sam: Person;
    let carol: Person;
    let postId = '';
    let aliceId = '';
    let shot: Awaited<ReturnType<typeof screenshotter>>;
    const step = journeySteps(async (title) => {
      for (const p of [alice, sam, carol]) if (p) await shot(p, `failed-${slug(title)}`);
    });

    beforeAll(async () => {
      browser = await launchBrowser(env);
      alice = await openPerson(browser, env, 'alice', language);
      sam = await openPerson(browser, env, 'sam', language);
      carol = await openPerson(browser, env, 'carol', language);
      shot = await screenshotter(env, `shield-pile-on-${language}`);
    });
    afterAll(async () => {
      await browser?.close();
    });

    step('Alice makes Sam her ally, who accepts', async () => {
      await signUp(alice, aliceName);
      await signUp(sam, samName);
      await signUp(carol, carolName);
      aliceId = await myAccountId(alice);
      await alice.page.goto('/allies');
      await alice.page.getByTestId('ally-invite-acct').fill(samName);
      expect(await alice.page.getByTestId('ally-invite-review').isChecked()).toBe(true);
      await alice.page.getByTestId('ally-invite').click();
      await alice.page.locator('[data-testid="ally"][data-state="invited"]').waitFor();
      await shot(alice, 'ally-invited');

      // Sam is told, and answers from the notice.
      await sam.page.goto('/notifications');
      await sam.page
        .locator(
          '[data-testid="notification"][data-type="ally_invitation"] [data-testid="shield-notice"]',
        )
        .getByRole('link')
        .click();
      await sam.page.waitForURL('**/allies');
      await sam.page.getByTestId('ally-invitation').waitFor();
      await sam.page.getByTestId('ally-accept').click();
      await sam.page.getByTestId('ally-helping-link').waitFor();
      await shot(sam, 'invitation-accepted');
    });

    step('thirty strangers reply hurtfully within minutes', async () => {
      await postFromHome(alice, firstPost);
      const card = alice.page.getByTestId('status').filter({ hasText: firstPost }).first();
      postId = (await card.getAttribute('data-status-id')) ?? '';
      expect(postId).toMatch(/^\d{18}$/);
      const insults = INSULTS[language];
      for (let i = 0; i < 30; i += 1) {
        const name = uniqueUsername(`meute${i}`);
        const who = await stranger(env.baseUrl, name, `198.51.${100 + index}.${i + 1}`);
        const status = await reply(
          env.baseUrl,
          who,
          postId,
          `@${aliceName} ${insults[i % insults.length]}`,
        );
        expect(status).toBe(200);
      }
    });

    step('Alice gets one calm notice and nothing from the pack', async () => {
      await alice.page.goto('/notifications');
      const notice = alice.page.getByTestId('shield-notice');
      await notice.waitFor();
      await expectText(
        notice,
        language === 'fr' ? /30 messages vous attendent/ : /30 messages are waiting/,
      );
      await expectText(
        notice,
        language === 'fr' ? /Vos allié·es ont été prévenu·es/ : /Your allies have been told/,
      );
      const notifications = alice.page.getByTestId('notification');
      expect(await notifications.count()).toBe(1);
      // A support circle is offered within that one notice, not as a second one.
      expect(await notice.getByTestId('shield-notice-circle').count()).toBe(1);
      expect(
        await alice.page.locator('[data-testid="notification"][data-type="reply"]').count(),
      ).toBe(0);
      await shot(alice, 'one-notice');
    });

    step('the folder holds them, and the shield says it is on', async () => {
      await alice.page.goto('/shield');
      await alice.page.locator('[data-testid="shield-state"][data-active="true"]').waitFor();
      await expectText(alice.page.getByTestId('shield-held-count'), /30/);
      await alice.page.getByTestId('held-item').first().waitFor();
      expect(await alice.page.getByTestId('held-item').count()).toBe(20);
      await alice.page.getByTestId('held-more').click();
      await expect.poll(() => alice.page.getByTestId('held-item').count()).toBe(30);
      await shot(alice, 'held-folder');
    });

    step('a third reader sees a clean thread', async () => {
      await carol.page.goto(`/statuses/${postId}`);
      await expectText(carol.page.getByTestId('status'), firstPost);
      // Give the replies time to appear, were they there.
      await carol.page.waitForLoadState('networkidle');
      expect(await carol.page.getByTestId('status').count()).toBe(1);
      await shot(carol, 'clean-thread');
    });

    step('Sam, told at once, reviews: reports one reply and keeps another hidden', async () => {
      await sam.page.goto('/notifications');
      const notice = sam.page.locator(
        '[data-testid="notification"][data-type="shield_ally"] [data-testid="shield-notice"]',
      );
      await notice.waitFor();
      await notice.getByRole('link').click();
      await sam.page.waitForURL(`**/shield/for/${aliceId}`);
      await sam.page.getByTestId('held-item').first().waitFor();
      await shot(sam, 'ally-view');
      await sam.page.getByTestId('held-item').first().getByTestId('held-report').click();
      await expect.poll(() => sam.page.getByTestId('held-item').count()).toBe(19);
      await sam.page.getByTestId('held-item').first().getByTestId('held-hide').click();
      await expect.poll(() => sam.page.getByTestId('held-item').count()).toBe(18);
      await shot(sam, 'reviewed');
    });

    step('Alice reads what Sam did', async () => {
      await alice.page.goto('/allies');
      await alice.page.locator('[data-testid="ally-log-entry"][data-action="report"]').waitFor();
      await alice.page.locator('[data-testid="ally-log-entry"][data-action="hide"]').waitFor();
      await expectText(
        alice.page.getByTestId('ally-summary'),
        language === 'fr'
          ? /a caché 1 message et signalé 1 compte/
          : /hid 1 message and reported 1 account/,
      );
      await shot(alice, 'ally-log');
    });
  });
}
