import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// Announcements: admins write them in French and English; members read them in their language,
// dismiss them and react with one emoji; drafts and ended ones stay out of sight.

let t: TestApp;
let admin: Person;
let member: Person;
let other: Person;
beforeAll(async () => {
  t = await createTestApp();
  admin = await person(t, 'admin', { role: 'admin' });
  member = await person(t, 'member');
  other = await person(t, 'other');
});
afterAll(() => t.close());

const ADMIN = '/api/empathie/v1/admin/announcements';
const fr = { 'accept-language': 'fr' };
const write = (body: unknown) => call(t, admin, 'POST', ADMIN, body);
const list = async (who: Person, query = '', headers = {}) =>
  (await call(t, who, 'GET', `/api/v1/announcements${query}`, undefined, headers)).body;

describe('announcements', () => {
  it('are written by admins in two languages and read in the member’s own', async () => {
    const created = await write({
      content_fr: 'Maintenance ce soir à 22 h.\n\nMerci de votre patience.',
      content_en: 'Maintenance tonight at 10 pm.',
      ends_at: '2026-11-20T00:00:00Z',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ published: true, ends_at: '2026-11-20T00:00:00.000Z' });
    const onlyEnglish = await write({ content_en: 'Only in English' });
    const draft = await write({ content_fr: 'Brouillon', published: false });

    const inFrench = await list(member, '', fr);
    expect(inFrench.map((a: { id: string }) => a.id)).toEqual([
      created.body.id,
      onlyEnglish.body.id,
    ]);
    expect(inFrench[0]).toMatchObject({
      content: '<p>Maintenance ce soir à 22 h.</p><p>Merci de votre patience.</p>',
      read: false,
      reactions: [],
      mentions: [],
      all_day: false,
    });
    // Only one language written: everyone reads that one.
    expect(inFrench[1].content).toBe('<p>Only in English</p>');
    expect((await list(member))[0].content).toBe('<p>Maintenance tonight at 10 pm.</p>');

    const all = await call(t, admin, 'GET', ADMIN);
    expect(all.body.map((a: { id: string }) => a.id)).toContain(draft.body.id);

    // Publishing the draft shows it; ending it hides it again.
    await call(t, admin, 'PUT', `${ADMIN}/${draft.body.id}`, {
      content_fr: 'Brouillon publié',
      published: true,
    });
    expect((await list(member, '', fr)).at(-1).content).toBe('<p>Brouillon publié</p>');
    t.clock.advance(30 * 24 * 3600 * 1000);
    expect((await list(member)).map((a: { id: string }) => a.id)).not.toContain(created.body.id);
  });

  it('are dismissed per person, and take one-emoji reactions', async () => {
    const a = (await write({ content_fr: 'Bienvenue !', content_en: 'Welcome!' })).body;
    expect((await call(t, member, 'POST', `/api/v1/announcements/${a.id}/dismiss`)).status).toBe(
      200,
    );
    expect((await list(member)).map((x: { id: string }) => x.id)).not.toContain(a.id);
    const withRead = await list(member, '?with_dismissed=true');
    expect(withRead.find((x: { id: string }) => x.id === a.id).read).toBe(true);
    expect((await list(other)).map((x: { id: string }) => x.id)).toContain(a.id);

    const heart = encodeURIComponent('❤️');
    expect(
      (await call(t, member, 'PUT', `/api/v1/announcements/${a.id}/reactions/${heart}`)).status,
    ).toBe(200);
    await call(t, other, 'PUT', `/api/v1/announcements/${a.id}/reactions/${heart}`);
    const seen = (await list(other)).find((x: { id: string }) => x.id === a.id);
    expect(seen.reactions).toEqual([{ name: '❤️', count: 2, me: true }]);
    await call(t, other, 'DELETE', `/api/v1/announcements/${a.id}/reactions/${heart}`);
    const after = (await list(other)).find((x: { id: string }) => x.id === a.id);
    expect(after.reactions).toEqual([{ name: '❤️', count: 1, me: false }]);

    const word = await call(
      t,
      member,
      'PUT',
      `/api/v1/announcements/${a.id}/reactions/hello`,
      undefined,
      fr,
    );
    expect(word.status).toBe(422);
    expect(word.body.error_description).toMatch(/émoji/);
  });

  it('are written by admins only, with content and a sane time range', async () => {
    expect((await call(t, member, 'POST', ADMIN, { content_fr: 'Moi aussi' })).status).toBe(403);
    expect((await call(t, member, 'GET', ADMIN)).status).toBe(403);
    expect((await call(t, null, 'GET', '/api/v1/announcements')).status).toBe(401);
    expect((await write({ content_fr: '  ', content_en: '' })).status).toBe(422);
    expect((await write({ content_fr: 'x', starts_at: 'tomorrow' })).status).toBe(422);
    const backwards = await write({
      content_fr: 'x',
      starts_at: '2026-12-02T00:00:00Z',
      ends_at: '2026-12-01T00:00:00Z',
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.details.fields[0].field).toBe('ends_at');
    expect((await write({ content_fr: 'x'.repeat(2001) })).status).toBe(422);
    expect((await call(t, admin, 'PUT', `${ADMIN}/123456789`, { content_fr: 'x' })).status).toBe(
      404,
    );
  });

  it('hide drafts and unknown ones from members’ actions (404)', async () => {
    const draft = (await write({ content_fr: 'Secret', published: false })).body;
    for (const [method, path] of [
      ['POST', `/api/v1/announcements/${draft.id}/dismiss`],
      ['PUT', `/api/v1/announcements/${draft.id}/reactions/%F0%9F%91%8D`],
      ['POST', '/api/v1/announcements/999999/dismiss'],
    ] as const) {
      expect((await call(t, member, method, path)).status, path).toBe(404);
    }
    expect((await call(t, admin, 'DELETE', `${ADMIN}/${draft.id}`)).status).toBe(200);
    expect((await call(t, admin, 'DELETE', `${ADMIN}/${draft.id}`)).status).toBe(404);
    const audit = await t.database.db
      .selectFrom('moderation_audit_log')
      .select('action')
      .where('target_id', '=', draft.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['announcement.create', 'announcement.delete']);
  });
});
