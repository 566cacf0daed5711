import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { PASSWORD, signUpSkippingIntention, uniqueUsername } from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { call as api, patchCoachSettings } from '../support/coach-api.ts';
import { type E2eEnv, readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';
import { type OwnServer, startOwnServer } from '../support/own-server.ts';

// The admin's everyday screens, in French and English: the admin (French) writes a rule, asks
// automated accounts to say so, switches registration to invitation and creates an invite; a
// newcomer (English) opens the invite link, reads and accepts the rules and joins; the admin
// switches to approval and lets a waiting person (French) in from the pending sign-ups; the
// newcomer declares their account automated and is labelled on their posts and profile; the
// approved person posts seven times in a few seconds without declaring it, and the admin reads
// the detector's alert with its evidence and dismisses it; members never reach the alerts.

/** The same call, returning the status: for the calls that must be refused. */
async function status(person: Person, method: string, path: string): Promise<number> {
  const script = `fetch(${JSON.stringify(path)}, { method: ${JSON.stringify(method)}, headers: { 'X-Empathie-Web': '1' } }).then((r) => r.status)`;
  return (await person.page.evaluate(script)) as number;
}

describe('an admin lets people in by invitation and approval; bots are labelled', () => {
  const base = readE2eEnv();
  let env: E2eEnv;
  let server: OwnServer | undefined;
  const adminName = uniqueUsername('nadia');
  const guestName = uniqueUsername('robin');
  const waitingName = uniqueUsername('jules');
  const rule = `Pas de harcèlement, ni seul·e ni en meute ${adminName}`;
  const botPost = `River level at the bridge: 1.2 m ${guestName}`;
  let browser: Browser;
  let admin: Person;
  let guest: Person;
  let waiting: Person;
  let inviteLink = '';
  let shot: Awaited<ReturnType<typeof screenshotter>>;
  const everyone = () => [admin, guest, waiting].filter(Boolean);
  const step = journeySteps(async (title) => {
    for (const p of everyone()) await shot(p, `failed-${slug(title)}`);
  });

  beforeAll(async () => {
    server = await startOwnServer('admin');
    env = { ...base, baseUrl: server.url };
    browser = await launchBrowser(env);
    admin = await openPerson(browser, env, 'admin', 'fr');
    guest = await openPerson(browser, env, 'guest', 'en');
    waiting = await openPerson(browser, env, 'waiting', 'fr');
    shot = await screenshotter(env, 'admin-registration-and-bots');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('the admin signs up first, writes a rule and asks bots to say so', async () => {
    await signUpSkippingIntention(admin, adminName);
    // Rules are written through the API, as an admin tool would.
    await api(admin, 'POST', '/api/empathie/v1/admin/rules', {
      text: rule,
      hint: 'Critiquez les idées, jamais les personnes.',
    });
    const { page } = admin;
    await page.goto('/settings');
    await page.getByTestId('settings-admin-area').click();
    await page.waitForURL('**/admin');
    await page.getByTestId('admin-bots-must-declare').check();
    await expect.poll(() => page.getByText('Enregistré').count()).toBeGreaterThan(0);
    // The rules page, linked from the footer, shows the rule and the requirement.
    await page.getByTestId('footer-rules').click();
    await page.waitForURL('**/rules');
    await page.getByTestId('rule').filter({ hasText: rule }).waitFor();
    await page.getByTestId('rule-bots').waitFor();
    await page.getByTestId('footer-about').click();
    await page.getByTestId('about-rules').waitFor();
    await shot(admin, 'rules');
  });

  step('she switches registration to invitation and creates an invite', async () => {
    const { page } = admin;
    await page.goto('/admin');
    await page.getByTestId('admin-registration-invite').check();
    await page.getByTestId('admin-mode-next').click();
    await page.waitForURL('**/admin/invites');
    await page.getByTestId('invite-max-uses').selectOption('1');
    await page.getByTestId('invite-expiry').selectOption('86400');
    await page.getByTestId('invite-create').click();
    inviteLink = await page.getByTestId('invite-link').inputValue();
    expect(inviteLink).toMatch(/\/signup\?invite=[\w-]{12}$/);
    await page.getByTestId('invite-row').first().getByText('Utilisée 0 fois sur 1').waitFor();
    await shot(admin, 'invite');
  });

  step(
    'without the invite nobody can join; with its link a newcomer reads the rules and joins',
    async () => {
      const { page } = guest;
      // The server's own invite address leads to the same form, with the code filled in.
      const code = new URL(inviteLink).searchParams.get('invite') ?? '';
      await page.goto(`/invite/${code}`);
      await page.waitForURL((url) => url.pathname === '/signup');
      expect(await page.getByTestId('signup-invite').inputValue()).toBe(code);
      await page
        .getByTestId('signup-rules')
        .getByTestId('rule')
        .filter({ hasText: rule })
        .waitFor();
      await page.getByTestId('signup-rules').getByTestId('rule-bots').waitFor();
      await page
        .getByTestId('signup-rules')
        .getByText('Accounts that post automatically must say so.')
        .waitFor();
      await page.getByTestId('signup-username').fill(guestName);
      await page.getByTestId('signup-email').fill(`${guestName}@example.org`);
      await page.getByTestId('signup-password').fill(PASSWORD);
      // Not accepting the rules is refused before anything is sent.
      await page.getByTestId('signup-submit').click();
      await page.locator('#signup-agreement-error').waitFor();
      await page.getByTestId('signup-agreement').check();
      await shot(guest, 'rules-at-sign-up');
      await page.getByTestId('signup-submit').click();
      await page.waitForURL('**/welcome/intention');
      await patchCoachSettings(guest, { undo_seconds: 0 });
      const invites = await api<Array<{ uses: number }>>(admin, 'GET', '/api/empathie/v1/invites');
      expect(invites[0]?.uses).toBe(1);
      await admin.page.reload();
      await admin.page.getByTestId('invite-state').first().getByText('Épuisée').waitFor();
    },
  );

  step('she switches to approval and lets a waiting person in', async () => {
    await admin.page.goto('/admin');
    await admin.page.getByTestId('admin-registration-approval').check();
    await admin.page.getByTestId('admin-mode-next').waitFor();

    const { page } = waiting;
    await page.goto('/signup');
    await page.getByTestId('signup-username').fill(waitingName);
    await page.getByTestId('signup-email').fill(`${waitingName}@example.org`);
    await page.getByTestId('signup-password').fill(PASSWORD);
    await page.getByTestId('signup-agreement').check();
    await page.getByTestId('signup-submit').click();
    await page.getByText('Votre demande est envoyée').first().waitFor();
    await shot(waiting, 'pending');

    await admin.page.getByTestId('admin-mode-next').click();
    await admin.page.waitForURL('**/admin/pending');
    await admin.page.getByTestId('pending-row').filter({ hasText: waitingName }).waitFor();
    await shot(admin, 'pending-list');
    await admin.page.getByTestId(`pending-approve-${waitingName}`).click();
    await admin.page
      .getByTestId('pending-announcement')
      .getByText(`@${waitingName} peut maintenant se connecter.`)
      .waitFor();

    await page.goto('/login');
    await page.getByTestId('login-username').fill(waitingName);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  });

  step('the newcomer declares an automated account and is labelled everywhere', async () => {
    const { page } = guest;
    await page.goto('/settings/profile');
    await page.getByTestId('profile-bot').check();
    await page.getByTestId('profile-save').click();
    await page.getByText('Saved.').first().waitFor();
    await page.goto('/home');
    await page.getByTestId('compose-text').first().fill(botPost);
    await page.getByTestId('compose-submit').first().click();
    const card = page.getByTestId('status').filter({ hasText: botPost }).first();
    await card.getByTestId('bot-label').getByText('Automated account').waitFor();
    await shot(guest, 'labelled');

    await admin.page.goto(`/@${guestName}`);
    await admin.page
      .locator('.profile')
      .getByTestId('bot-label')
      .getByText('Compte automatisé')
      .waitFor();
    const adminCard = admin.page.getByTestId('status').filter({ hasText: botPost }).first();
    await adminCard.getByTestId('bot-label').getByText('Compte automatisé').waitFor();
    await shot(admin, 'labelled');
  });

  step(
    'an undeclared account posting many times a minute raises an alert with its evidence',
    async () => {
      await admin.page.goto('/moderation/alerts');
      await admin.page.getByText('Alertes de coordination').first().waitFor();
      await admin.page.getByText('Aucune alerte.').waitFor();
      // The approved person posts seven times in a few seconds without saying it is automated.
      await patchCoachSettings(waiting, { undo_seconds: 0 });
      for (let i = 0; i < 7; i += 1) {
        await api(waiting, 'POST', '/api/v1/statuses', {
          status: `Promo flash ${i} ${waitingName}`,
        });
      }
      // The detector runs from the job table a moment later, never on the request.
      await expect
        .poll(
          async () =>
            (await api<Array<{ kind: string }>>(admin, 'GET', '/api/empathie/v1/admin/alerts'))
              .length,
          { timeout: 20_000 },
        )
        .toBeGreaterThan(0);
      await admin.page.reload();
      const alert = admin.page.locator('[data-testid="alert"][data-kind="undeclared_automation"]');
      await alert.getByText('Probablement automatisé, non déclaré').waitFor();
      await alert.getByText('Beaucoup de messages en une minute.').waitFor();
      await alert.getByText('Cette instance demande aux comptes automatisés de le dire.').waitFor();
      await alert.getByTestId('alert-account').filter({ hasText: waitingName }).waitFor();
      await shot(admin, 'alert');
      // An alert sanctions nobody: the person still posts.
      await api(waiting, 'POST', '/api/v1/statuses', { status: `Encore une ${waitingName}` });
      await alert.getByTestId('alert-dismiss').click();
      await admin.page.getByText('Aucune alerte.').waitFor();
    },
  );

  step('the alerts screen answers moderators, and members never reach it', async () => {
    expect(await status(guest, 'GET', '/api/empathie/v1/admin/alerts')).toBe(403);
    expect(await status(guest, 'GET', '/api/empathie/v1/admin/pending_accounts')).toBe(403);
    await guest.page.goto('/admin');
    await guest.page.getByText('This area is for the instance’s admins and moderators.').waitFor();
  });
});
