import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, jsonRequest, signUp } from '../accounts/test-helpers.ts';
import { person } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// What apps read to recognise the server and describe it: NodeInfo (JSON, never the web app's
// page), the longer description, peers and the weekly activity.

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('NodeInfo', () => {
  it('links to 2.1 in JSON, and describes the software, registrations and usage', async () => {
    const ada = await signUp(t.app, 'ada');
    await t.app.request(
      '/api/v1/statuses',
      jsonRequest('POST', { status: 'Bonjour !' }, ada.token),
    );

    const wellKnown = await t.app.request('/.well-known/nodeinfo');
    expect(wellKnown.headers.get('content-type')).toContain('application/json');
    expect(await json(wellKnown)).toEqual({
      links: [
        {
          rel: 'http://nodeinfo.diaspora.software/ns/schema/2.1',
          href: 'http://empathie.test/nodeinfo/2.1',
        },
      ],
    });
    const info = await t.app.request('/nodeinfo/2.1');
    expect(info.headers.get('content-type')).toContain(
      'profile="http://nodeinfo.diaspora.software/ns/schema/2.1#"',
    );
    const body = await json(info);
    expect(body).toMatchObject({
      version: '2.1',
      software: { name: 'empathie' },
      protocols: ['activitypub'],
      openRegistrations: true,
      usage: { users: { total: 1, activeMonth: 1, activeHalfyear: 1 }, localPosts: 1 },
      metadata: { nodeName: 'Empathie', upstream: { name: 'mastodon' } },
    });
    expect(body.software.name).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('the instance’s other pages', () => {
  it('gives the extended description in the request’s language, as escaped HTML', async () => {
    const fr = await json(
      await t.app.request('/api/v1/instance/extended_description', {
        headers: { 'accept-language': 'fr' },
      }),
    );
    expect(fr.content).toMatch(/^<p>Empathie est un réseau social/);
    const en = await json(
      await t.app.request('/api/v1/instance/extended_description', {
        headers: { 'accept-language': 'en' },
      }),
    );
    expect(en.content).toMatch(/^<p>Empathie is a free, federated/);
  });

  it('lists the servers it knows people on, and counts posts and sign-ups per week', async () => {
    for (const [name, domain] of [
      ['mia', 'b.example'],
      ['noe', 'a.example'],
      ['ola', 'a.example'],
    ] as const) {
      const someone = await person(t, name);
      await t.database.db
        .updateTable('accounts')
        .set({ domain })
        .where('id', '=', someone.id)
        .execute();
    }
    expect(await json(await t.app.request('/api/v1/instance/peers'))).toEqual([
      'a.example',
      'b.example',
    ]);
    const weeks = await json(await t.app.request('/api/v1/instance/activity'));
    expect(weeks).toHaveLength(12);
    const [thisWeek, lastWeek] = weeks;
    // The test clock stands on Sunday 2026-11-01: its week began on Monday 2026-10-26.
    expect(thisWeek.week).toBe(String(Date.UTC(2026, 9, 26) / 1000));
    expect(Number(lastWeek.week)).toBe(Number(thisWeek.week) - 7 * 24 * 3600);
    expect(thisWeek).toMatchObject({ statuses: '1', registrations: '1', logins: '0' });
    expect(lastWeek).toMatchObject({ statuses: '0', registrations: '0' });
  });
});

describe('languages', () => {
  it('lists every language a post may be written in, with its English name', async () => {
    const languages: Array<{ code: string; name: string }> = await json(
      await t.app.request('/api/v1/instance/languages'),
    );
    expect(languages).toContainEqual({ code: 'fr', name: 'French' });
    expect(languages).toContainEqual({ code: 'en', name: 'English' });
    expect(languages.length).toBeGreaterThan(150);
    // Each one is accepted on a post: the list and the validation never drift apart.
    const ada = await signUp(t.app, 'ada_languages');
    const posted = await t.app.request(
      '/api/v1/statuses',
      jsonRequest('POST', { status: 'Kia ora', language: 'mi' }, ada.token),
    );
    expect(posted.status).toBe(200);
    expect(languages.map((l) => l.code)).toContain('mi');
  });

  it('offers no translation, since no text leaves the instance', async () => {
    const pairs = await t.app.request('/api/v1/instance/translation_languages');
    expect(pairs.status).toBe(200);
    expect(await json(pairs)).toEqual({});
  });
});
