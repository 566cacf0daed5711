import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { call, follow, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

describe('search', () => {
  let t: TestApp;
  let ines: Person;
  let jules: Person;
  let kim: Person;

  beforeAll(async () => {
    t = await createTestApp();
    ines = await person(t, 'ines');
    jules = await person(t, 'jules');
    kim = await person(t, 'Kimberly');
    await follow(t, jules, ines);
  });
  afterAll(() => t.close());

  const statuses = async (who: Person | null, q: string) =>
    (
      await call(t, who, 'GET', `/api/v2/search?type=statuses&q=${encodeURIComponent(q)}`)
    ).body.statuses.map((s: { id: string }) => s.id);

  it('finds posts by stemmed words in French and English, without accents', async () => {
    const fr = (await post(t, ines, 'Les manifestations pacifiques continuent')).body;
    const en = (await post(t, ines, 'She keeps running every morning')).body;
    expect(await statuses(null, 'manifestation')).toEqual([fr.id]);
    expect(await statuses(null, 'PACIFIQUE')).toEqual([fr.id]);
    expect(await statuses(null, 'runs')).toEqual([en.id]);
    expect(await statuses(null, 'manifestation morning')).toEqual([]);
    expect(await statuses(null, 'écoute')).toEqual([]);
  });

  it('never shows a followers-only post to a non-follower, nor a direct post to others', async () => {
    const priv = (await post(t, ines, 'secret jardinage', { visibility: 'private' })).body;
    const direct = (await post(t, ines, '@jules jardinage confidentiel', { visibility: 'direct' }))
      .body;
    expect(await statuses(jules, 'jardinage')).toEqual([direct.id, priv.id]);
    expect(await statuses(kim, 'jardinage')).toEqual([]);
    expect(await statuses(null, 'jardinage')).toEqual([]);
    expect(await statuses(ines, 'jardinage')).toEqual([direct.id, priv.id]);
  });

  it('keeps the index right on edit and delete', async () => {
    const p = (await post(t, kim, 'parler de cuisine')).body;
    expect(await statuses(null, 'cuisine')).toEqual([p.id]);
    await call(t, kim, 'PUT', `/api/v1/statuses/${p.id}`, { status: 'parler de musique' });
    expect(await statuses(null, 'cuisine')).toEqual([]);
    expect(await statuses(null, 'musique')).toEqual([p.id]);
    await call(t, kim, 'DELETE', `/api/v1/statuses/${p.id}`);
    expect(await statuses(null, 'musique')).toEqual([]);
  });

  it('finds accounts by username or display name prefix, and hashtags by prefix', async () => {
    await post(t, ines, 'Vive la #Bienveillance et la #bienveillance_active');
    await t.database.db
      .updateTable('accounts')
      .set({ display_name: 'Élodie Martin' })
      .where('id', '=', jules.id)
      .execute();
    for (const q of ['élo', 'Élo', 'ÉLO']) {
      const byName = await call(
        t,
        null,
        'GET',
        `/api/v2/search?type=accounts&q=${encodeURIComponent(q)}`,
      );
      expect({ q, found: byName.body.accounts.map((a: { id: string }) => a.id) }).toEqual({
        q,
        found: [jules.id],
      });
    }
    // Wildcards of LIKE mean nothing here.
    expect(
      (await call(t, null, 'GET', '/api/v2/search?type=accounts&q=%25')).body.accounts,
    ).toEqual([]);
    const r = await call(t, null, 'GET', '/api/v2/search?q=kim');
    expect(r.body.accounts.map((a: { username: string }) => a.username)).toEqual(['Kimberly']);
    const at = await call(t, null, 'GET', '/api/v2/search?q=%40IN&type=accounts');
    expect(at.body.accounts.map((a: { id: string }) => a.id)).toEqual([ines.id]);
    const tags = await call(t, null, 'GET', '/api/v2/search?q=%23bienv&type=hashtags');
    expect(tags.body.hashtags.map((h: { name: string }) => h.name)).toEqual([
      'bienveillance',
      'bienveillance_active',
    ]);
    expect(tags.body.accounts).toEqual([]);
    expect(tags.body.statuses).toEqual([]);
    const limited = await call(
      t,
      null,
      'GET',
      '/api/v2/search?q=bienv&type=hashtags&limit=1&offset=1',
    );
    expect(limited.body.hashtags.map((h: { name: string }) => h.name)).toEqual([
      'bienveillance_active',
    ]);
  });

  it('refuses an empty query or an unknown type', async () => {
    expect((await call(t, null, 'GET', '/api/v2/search?q=')).status).toBe(422);
    expect((await call(t, null, 'GET', '/api/v2/search?q=a&type=groups')).status).toBe(422);
    // Query syntax of the engine is never interpreted.
    expect(
      (await call(t, null, 'GET', `/api/v2/search?q=${encodeURIComponent('" OR * NEAR(')}`)).status,
    ).toBe(200);
  });
});

describe('search and sign-ups waiting for approval', () => {
  it('never finds a person an admin has not approved yet', async () => {
    const t = await createTestApp();
    try {
      const admin = await signUp(t.app, 'adele');
      const member = await signUp(t.app, 'bruno');
      const patch = await t.app.request(
        '/api/empathie/v1/admin/settings',
        jsonRequest('PATCH', { registration_mode: 'approval' }, admin.token),
      );
      expect(patch.status).toBe(200);
      const pending = await t.app.request(
        '/api/v1/accounts',
        jsonRequest('POST', {
          username: 'waitingwren',
          email: 'waitingwren@example.org',
          password: 'a long password for wren',
          agreement: true,
          reason: 'I run the local garden club',
        }),
      );
      expect(pending.status).toBe(200);
      const search = (q: string) =>
        t.app.request(
          `/api/v2/search?type=accounts&q=${q}`,
          jsonRequest('GET', undefined, member.token),
        );
      expect((await json(await search('waitingw'))).accounts).toEqual([]);
      // The same search finds approved members, so the empty answer above is the filter's doing.
      expect((await json(await search('adel'))).accounts.map((a: { id: string }) => a.id)).toEqual([
        admin.id,
      ]);
    } finally {
      await t.close();
    }
  });
});
