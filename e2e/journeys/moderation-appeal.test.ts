import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  expectText,
  logIn,
  logOut,
  replyInThread,
  signUpSkippingIntention,
  uniqueUsername,
} from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { call as api, myAccountId, patchCoachSettings } from '../support/coach-api.ts';
import { type E2eEnv, readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';
import { type OwnServer, startOwnServer } from '../support/own-server.ts';

// The story of one threatening reply through moderation under the DSA, in French and English:
// a member reports it, someone without an account notifies it, a moderator finds both at the
// top of the queue, limits the account and removes the post; its author reads the statements
// of reasons in English and appeals; a second moderator reverses them and everything is back;
// the audit log shows each step and the transparency report counts them.
//
// The instance's first account is its admin, so this journey runs its own server (a fresh data
// directory on a free port, from the web app the test command built): its first sign-up is the
// admin who appoints the second moderator.

describe('a threatening reply, reported, removed, appealed and restored', () => {
  const base = readE2eEnv();
  let env: E2eEnv;
  let server: OwnServer | undefined;
  const adminName = uniqueUsername('camille');
  const victimName = uniqueUsername('lea');
  const authorName = uniqueUsername('tom');
  const secondName = uniqueUsername('sam');
  const original = `Notre atelier couture reprend samedi ${victimName}`;
  const threat = `I know where you live, watch your back ${authorName}`;
  let browser: Browser;
  let admin: Person;
  let victim: Person;
  let author: Person;
  let second: Person;
  let notifier: Person;
  let originalId = '';
  let replyId = '';
  let reference = '';
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const everyone = () => [admin, victim, author, second, notifier].filter(Boolean);
  const step = journeySteps(async (title) => {
    for (const p of everyone()) await shot(p, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    server = await startOwnServer('moderation');
    env = { ...base, baseUrl: server.url };
    browser = await launchBrowser(env);
    admin = await openPerson(browser, env, 'admin', 'fr');
    victim = await openPerson(browser, env, 'victim', 'fr');
    author = await openPerson(browser, env, 'author', 'en');
    second = await openPerson(browser, env, 'second', 'en');
    notifier = await openPerson(browser, env, 'notifier', 'en');
    shot = await screenshotter(env, 'moderation-appeal');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('the admin signs up first and appoints a second moderator', async () => {
    await signUpSkippingIntention(admin, adminName);
    await signUpSkippingIntention(victim, victimName);
    await signUpSkippingIntention(author, authorName);
    await signUpSkippingIntention(second, secondName);
    const secondId = await myAccountId(second);
    // The admin screens for roles come later: the admin uses the API, as an admin tool would.
    await api(admin, 'PUT', `/api/empathie/v1/admin/accounts/${secondId}/role`, {
      role: 'moderator',
    });
    // A new role comes with the next log-in's token.
    await logOut(second);
    await logIn(second, secondName);
    // The reply below is the story's threat: the author's coach stays out of its way.
    await patchCoachSettings(author, { coach_enabled: false });
  });

  step('a member posts and receives a threatening reply', async () => {
    const { page } = victim;
    await page.goto('/home');
    await page.getByTestId('compose-text').first().fill(original);
    await page.getByTestId('compose-submit').first().click();
    await expectText(page.getByTestId('status'), original);
    const card = page.getByTestId('status').filter({ hasText: original }).first();
    originalId = (await card.getAttribute('data-status-id')) ?? '';
    expect(originalId).toMatch(/^\d{18}$/);

    await author.page.goto(`/statuses/${originalId}?reply=1`);
    await replyInThread(author, threat);
    await expectText(author.page.getByTestId('status'), threat);
    const reply = author.page.getByTestId('status').filter({ hasText: threat }).first();
    replyId = (await reply.getAttribute('data-status-id')) ?? '';
    expect(replyId).toMatch(/^\d{18}$/);
  });

  step('she reports the reply in two clicks, in French', async () => {
    const { page } = victim;
    await page.goto(`/statuses/${replyId}`);
    const card = page.locator(`[data-testid="status"][data-status-id="${replyId}"]`).first();
    await card.getByTestId('status-menu').click();
    await card.getByTestId('status-report').click();
    await card.getByTestId('report-comment').fill('Il me menace dans une réponse.');
    await card.getByTestId('report-reason-threats').click();
    await expectText(card.getByTestId('report-sent'), 'Signalement envoyé');
    await shot(victim, 'reported');
    await page.goto('/reports');
    await expectText(page.getByTestId('my-report-state'), 'En attente');
  });

  step('someone without an account notifies it from the public page, in English', async () => {
    const { page } = notifier;
    await page.goto('/local');
    await page.getByTestId('footer-notice').click();
    await page.waitForURL('**/notice');
    await page.getByTestId('notice-url').fill(`${env.baseUrl}/statuses/${replyId}`);
    await page.getByTestId('notice-category').selectOption('threats');
    await page.getByTestId('notice-explanation').fill('A death threat against a member.');
    await page.getByTestId('notice-name').fill('Alex Martin');
    await page.getByTestId('notice-email').fill('alex@example.org');
    await page.getByTestId('notice-good-faith').check();
    await page.getByTestId('notice-submit').click();
    await expectText(page.getByTestId('notice-ack'), 'We send no e-mail');
    reference = (await page.getByTestId('notice-reference').textContent()) ?? '';
    expect(reference).toMatch(/^N-[A-Z0-9]{12}$/);
    await shot(notifier, 'notice-acknowledged');
  });

  step(
    'the moderator finds both at the top of the queue, limits the account and removes the post',
    async () => {
      const { page } = admin;
      await page.goto('/moderation');
      const top = page.getByTestId('mod-group').first();
      await expectText(top.getByTestId('mod-group-account'), `@${authorName}`);
      await top.getByTestId('mod-urgent').waitFor();
      await top.getByTestId('mod-report').first().waitFor();
      await top.getByTestId('mod-notice').first().waitFor();
      await top.getByTestId('mod-open').click();
      await top.getByTestId('mod-ground').selectOption('law:threats');
      await top
        .getByTestId('mod-facts')
        .fill('Menace explicite envers une membre, signalée deux fois.');
      await shot(admin, 'queue-examined');
      await top.getByTestId('mod-limit').click();
      // The limit settled the report; the notice still names the post.
      await expect.poll(() => page.getByTestId('mod-report').count(), { timeout: 15_000 }).toBe(0);
      const again = page.getByTestId('mod-group').first();
      await expectText(again.getByTestId('mod-group-account'), `@${authorName}`);
      await again.getByTestId('mod-open').click();
      await again.getByTestId('mod-ground').selectOption('law:threats');
      await again.getByTestId('mod-facts').fill('Publication menaçante retirée.');
      await again.locator('[data-testid="mod-remove-post"]').first().click();
      await expect.poll(() => page.getByTestId('mod-group').count(), { timeout: 15_000 }).toBe(0);
      await shot(admin, 'queue-empty');
      // Removed: the person it threatened no longer sees it.
      await victim.page.goto(`/statuses/${originalId}`);
      await expectText(victim.page.getByTestId('status'), original);
      await expect
        .poll(() => victim.page.locator(`[data-status-id="${replyId}"]`).count(), {
          timeout: 15_000,
        })
        .toBe(0);
    },
  );

  step('the author reads both statements of reasons in English and appeals', async () => {
    const { page } = author;
    await page.goto('/statements');
    const statements = page.getByTestId('statement');
    await expect.poll(() => statements.count(), { timeout: 15_000 }).toBe(2);
    await expectText(page.getByTestId('statement-restriction'), 'Your post was removed');
    await expectText(page.getByTestId('statement-restriction'), 'Your account was limited');
    await expectText(page.getByTestId('statement-ground'), 'Threats (illegal content)');
    await shot(author, 'statements');
    for (let i = 0; i < 2; i += 1) {
      const open = statements.filter({ has: page.getByTestId('appeal-text') }).first();
      await open
        .getByTestId('appeal-text')
        .fill('It was a line from a game we play, not a threat.');
      await open.getByTestId('appeal-submit').click();
      await expect
        .poll(() => page.getByTestId('statement-appeal').count(), { timeout: 15_000 })
        .toBe(i + 1);
    }
  });

  step(
    'the moderator who decided cannot judge the appeal; the second one reverses it',
    async () => {
      await admin.page.goto('/moderation/appeals');
      await expect
        .poll(() => admin.page.getByTestId('mod-appeal-not-yours').count(), { timeout: 15_000 })
        .toBe(2);
      const { page } = second;
      await page.goto('/moderation/appeals');
      for (let i = 0; i < 2; i += 1) {
        const card = page
          .getByTestId('mod-appeal')
          .filter({ has: page.getByTestId('mod-appeal-reverse') })
          .first();
        await card
          .getByTestId('mod-appeal-reason')
          .fill('The context shows a game between friends.');
        await card.getByTestId('mod-appeal-reverse').click();
        await expect
          .poll(() => page.getByTestId('mod-appeal-state').count(), { timeout: 15_000 })
          .toBe(i + 1);
      }
      await shot(second, 'appeals-reversed');
    },
  );

  step('everything is restored, and the author and the notifier read the outcome', async () => {
    await victim.page.goto(`/statuses/${originalId}`);
    await victim.page.locator(`[data-status-id="${replyId}"]`).first().waitFor();
    // No longer limited: a signed-out reader sees the author's post again.
    const anonymous = await openPerson(browser, env, 'anonymous', 'fr');
    await anonymous.page.goto(`/statuses/${replyId}`);
    await anonymous.page.locator(`[data-status-id="${replyId}"]`).first().waitFor();
    await anonymous.context.close();

    await author.page.goto('/statements');
    await expect
      .poll(() => author.page.getByTestId('statement-reversed').count(), { timeout: 15_000 })
      .toBe(2);
    await expectText(author.page.getByTestId('statement-appeal'), 'Appeal granted');

    await notifier.page.goto('/notice');
    await notifier.page.getByTestId('lookup-reference').fill(reference);
    await notifier.page.getByTestId('lookup-email').fill('alex@example.org');
    await notifier.page.getByTestId('lookup-submit').click();
    await expectText(notifier.page.getByTestId('lookup-state'), 'post removed');
    await shot(notifier, 'notice-decision');
  });

  step('the audit log shows each step, and the transparency page counts them', async () => {
    const { page } = admin;
    await page.goto('/moderation/audit');
    const actions = page.getByTestId('mod-audit-action');
    for (const action of [
      'report.create',
      'notice.create',
      'account.limit',
      'status.remove_post',
      'appeal.create',
      'appeal.reverse',
      'account.role',
    ]) {
      await expectText(actions, action);
    }
    await shot(admin, 'audit-log');

    await page.getByTestId('footer-transparency').click();
    await page.waitForURL('**/transparency');
    await expectText(page.getByTestId('transparency-actions'), 'compte limité');
    await expectText(page.getByTestId('transparency-actions'), 'publication retirée');
    await expectText(page.getByTestId('transparency-notices'), 'Menaces');
    await expectText(page.getByTestId('transparency-appeals'), 'annulées : 2');
    await shot(admin, 'transparency');

    await notifier.page.goto('/transparency');
    await expectText(notifier.page.getByTestId('transparency-appeals'), 'reversed: 2');
  });
});
