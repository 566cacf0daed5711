import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { expectText, postFromHome, signUp, uniqueUsername } from '../support/actions.ts';
import { launchBrowser, openPerson, type Person, screenshotter } from '../support/browser.ts';
import { readE2eEnv } from '../support/e2e-env.ts';
import { journeySteps, slug } from '../support/journey.ts';

// A person under attack keeps the hurtful replies as evidence, exports the dossier, and anyone
// (a lawyer, with no account) checks in the browser that it is intact; a single byte changed in
// the file makes the check fail and name the altered item. Played in French and in English.
for (const language of ['fr', 'en'] as const) {
  describe(`an evidence dossier holds up (${language})`, () => {
    const env = readE2eEnv();
    const fr = language === 'fr';
    const leaName = uniqueUsername(fr ? 'lea' : 'lee');
    const maxName = uniqueUsername('max');
    const samName = uniqueUsername('sam');
    const allyInsult = fr ? `@${leaName} on va te faire taire` : `@${leaName} we will shut you up`;
    const leaPost = fr
      ? `Mes photos du jardin partagé ${leaName}`
      : `My photos of the shared garden ${leaName}`;
    const insults = fr
      ? [`@${leaName} tu es une idiote, personne ne veut de toi`, `@${leaName} dégage d’ici, nulle`]
      : [`@${leaName} you are an idiot, nobody wants you here`, `@${leaName} get lost, loser`];
    const dossierTitle = fr ? `Raid contre moi ${leaName}` : `Pile-on against me ${leaName}`;
    let browser: Browser;
    let lea: Person;
    let max: Person;
    let lawyer: Person;
    let sam: Person;
    let postId = '';
    let zip: Buffer = Buffer.alloc(0);
    const replyIds: string[] = [];
    // The replies are folded for Léa (gentle reading): find their cards by id, not by text.
    const card = (id: string | undefined, who: Person = lea) =>
      who.page.locator(`[data-testid="status"][data-status-id="${id}"]`);
    const web = { 'x-empathie-web': '1' };
    let shot: Awaited<ReturnType<typeof screenshotter>>;
    const step = journeySteps(async (title) => {
      for (const p of [lea, max, lawyer, sam]) if (p) await shot(p, `failed-${slug(title)}`);
    });

    beforeAll(async () => {
      browser = await launchBrowser(env);
      lea = await openPerson(browser, env, 'lea', language);
      max = await openPerson(browser, env, 'max', language);
      lawyer = await openPerson(browser, env, 'lawyer', language);
      sam = await openPerson(browser, env, 'sam', language);
      shot = await screenshotter(env, `dossier-evidence-${language}`);
    });
    afterAll(async () => {
      await browser?.close();
    });

    step('Léa posts, and Max answers her twice, hurtfully', async () => {
      await signUp(lea, leaName);
      await signUp(max, maxName);
      await postFromHome(lea, leaPost, 'public');
      const own = lea.page.getByTestId('status').filter({ hasText: leaPost }).first();
      postId = (await own.getAttribute('data-status-id')) ?? '';
      expect(postId).toMatch(/^\d{18}$/);
      for (const text of insults) {
        const reply = await max.context.request.post('/api/v1/statuses', {
          headers: { 'x-empathie-web': '1' },
          data: { status: text, in_reply_to_id: postId, visibility: 'public' },
        });
        expect(reply.status()).toBe(200);
        replyIds.push((await reply.json()).id);
      }
      await lea.page.goto(`/statuses/${postId}`);
      await card(replyIds[1]).waitFor();
    });

    step('Léa adds both replies to a new dossier from their menu', async () => {
      const first = card(replyIds[0]);
      await first.getByTestId('status-menu').click();
      await first.getByTestId('status-add-to-dossier').click();
      await first.getByTestId('add-to-dossier-new-title').fill(dossierTitle);
      await first.getByTestId('add-to-dossier-create').click();
      await expectText(first.getByTestId('add-to-dossier-done'), dossierTitle);
      // Close that menu, as a person would, before opening the next post's.
      await first.getByTestId('status-menu').click();

      const second = card(replyIds[1]);
      await second.getByTestId('status-menu').click();
      await second.getByTestId('status-add-to-dossier').click();
      await second.getByTestId('add-to-dossier-choice').filter({ hasText: dossierTitle }).click();
      await expectText(second.getByTestId('add-to-dossier-done'), dossierTitle);
      await shot(lea, 'collected');
    });

    step('she finds the dossier, its two items, and exports it', async () => {
      await lea.page.getByTestId('nav-dossiers').first().click();
      await lea.page.waitForURL((url) => url.pathname === '/dossiers');
      await lea.page.getByTestId('dossier-row').filter({ hasText: dossierTitle }).click();
      await expect.poll(() => lea.page.getByTestId('dossier-item').count()).toBe(2);
      await expectText(lea.page.getByTestId('dossier-item'), insults[0] as string);
      const download = lea.page.waitForEvent('download');
      await lea.page.getByTestId('dossier-export').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^empathie-dossier-\d+-\d{4}-\d\d-\d\d\.zip$/);
      const path = await file.path();
      const { readFile } = await import('node:fs/promises');
      zip = await readFile(path);
      expect(zip.subarray(0, 2).toString()).toBe('PK');
      await shot(lea, 'exported');
    });

    step('a lawyer with no account verifies it: intact', async () => {
      await lawyer.page.goto('/dossiers/verify');
      await lawyer.page.getByTestId('verify-file').setInputFiles({
        name: 'dossier.zip',
        mimeType: 'application/zip',
        buffer: zip,
      });
      const verdict = lawyer.page.getByTestId('verify-verdict');
      await verdict.waitFor();
      expect(await verdict.getAttribute('data-verdict')).toBe('intact');
      await expectText(verdict, fr ? 'INTÈGRE' : 'INTACT');
      await expectText(verdict, dossierTitle);
      await shot(lawyer, 'intact');
    });

    step('one byte changed in the ZIP fails, naming the altered item', async () => {
      // The second reply's text, as stored (uncompressed) in dossier.json inside the ZIP.
      const at = zip.indexOf(Buffer.from(insults[1] as string, 'utf8'));
      expect(at).toBeGreaterThan(0);
      const altered = Buffer.from(zip);
      const offset = at + leaName.length + 2;
      altered[offset] = (altered[offset] as number) ^ 0x01;
      await lawyer.page.getByTestId('verify-file').setInputFiles({
        name: 'dossier-altered.zip',
        mimeType: 'application/zip',
        buffer: altered,
      });
      const verdict = lawyer.page.getByTestId('verify-verdict');
      await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('altered');
      await expectText(verdict, fr ? 'élément n° 2' : 'item #2');
      await shot(lawyer, 'altered');
    });

    step(
      'the guide explains lawyers, complaints, PHAROS and 3018, without an account',
      async () => {
        await lawyer.page.goto('/dossiers/guide');
        const guide = lawyer.page.getByTestId('dossier-guide');
        await expectText(guide, 'PHAROS');
        await expectText(guide, '3018');
        await expectText(guide, fr ? 'pas un conseil juridique' : 'not legal advice');
      },
    );

    step(
      'Sam, her ally with the dossier right, collects a new reply into her dossier',
      async () => {
        await signUp(sam, samName);
        // The alliance itself is made through the API: its screens belong to the allies journey.
        const lookup = await lea.context.request.get(`/api/v1/accounts/lookup?acct=${samName}`, {
          headers: web,
        });
        const samId = (await lookup.json()).id;
        const invite = await lea.context.request.post('/api/empathie/v1/allies', {
          headers: web,
          data: { account_id: samId, permissions: ['dossier'] },
        });
        expect(invite.ok()).toBe(true);
        const invitations = await sam.context.request.get('/api/empathie/v1/ally_invitations', {
          headers: web,
        });
        const invitation = (await invitations.json())[0].id;
        const accepted = await sam.context.request.post(
          `/api/empathie/v1/ally_invitations/${invitation}/accept`,
          { headers: web },
        );
        expect(accepted.ok()).toBe(true);
        const third = await max.context.request.post('/api/v1/statuses', {
          headers: web,
          data: { status: allyInsult, in_reply_to_id: postId, visibility: 'public' },
        });
        const thirdId = (await third.json()).id;

        await sam.page.goto(`/statuses/${postId}`);
        const reply = card(thirdId, sam);
        await reply.getByTestId('status-menu').click();
        await reply.getByTestId('status-add-to-dossier').click();
        await reply.getByTestId('add-to-dossier-choice').filter({ hasText: dossierTitle }).click();
        await expectText(reply.getByTestId('add-to-dossier-done'), dossierTitle);
        await shot(sam, 'collected-for-lea');

        await lea.page.reload();
        await expect.poll(() => lea.page.getByTestId('dossier-item').count()).toBe(3);
      },
    );
  });
}
