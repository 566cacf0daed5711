import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { block, call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

interface CallJson {
  id: string;
  status_id: string;
  title: string;
  skills: Array<{ name: string; wanted: number; joined: number }>;
  state: string;
  outcome: string | null;
  joined_by_me: boolean;
  volunteers_count: number;
  organisers: Array<{ id: string }>;
  notes: Array<{ text: string; account: { id: string } }>;
  updates: Array<{ text: string; audience: string }>;
}

describe('calls to action', () => {
  let t: TestApp;
  let association: Person;
  let lawyer: Person;
  let translator: Person;
  let both: Person;
  let reader: Person;
  let cid: string;
  const base = '/api/empathie/v1/calls';
  const hour = 3_600_000;

  const inHours = (h: number) => new Date(t.clock.now().getTime() + h * hour).toISOString();
  const csv = (who: Person, id: string) =>
    t.app.request(`${base}/${id}/volunteers.csv`, {
      headers: { authorization: `Bearer ${who.token}` },
    });
  const notices = async (who: Person, type: string) =>
    (
      (await call(t, who, 'GET', '/api/v1/notifications?limit=80')).body as Array<{ type: string }>
    ).filter((n) => n.type === type).length;

  beforeAll(async () => {
    t = await createTestApp();
    association = await person(t, 'association');
    lawyer = await person(t, 'lawyer');
    translator = await person(t, 'translator');
    both = await person(t, 'both');
    reader = await person(t, 'reader');
    const created = await call(t, association, 'POST', base, {
      title: 'Nous cherchons 20 avocates et 5 traducteurs',
      description: 'Des victimes de cyberharcèlement ont besoin de conseils.',
      skills: [
        { name: 'Avocat·e', wanted: 20 },
        { name: 'Traduction', wanted: 5 },
      ],
      deadline: inHours(24 * 7),
      flash_at: inHours(48),
      place: 'En ligne',
      visibility: 'public',
    });
    expect(created.status).toBe(200);
    cid = created.body.id;
    await t.jobs.runDueJobs();
  });
  afterAll(() => t.close());

  it('publishes a call that is also a status carrying it', async () => {
    const got = await call(t, reader, 'GET', `${base}/${cid}`);
    expect(got.body).toMatchObject({
      title: 'Nous cherchons 20 avocates et 5 traducteurs',
      state: 'open',
      joined_by_me: false,
      organisers: [{ id: association.id }],
      skills: [
        { name: 'Avocat·e', wanted: 20, joined: 0 },
        { name: 'Traduction', wanted: 5, joined: 0 },
      ],
    });
    const status = await call(t, reader, 'GET', `/api/v1/statuses/${got.body.status_id}`);
    expect(status.body.empathie.call).toMatchObject({ id: cid, state: 'open' });
  });

  it('counts people per skill as they join, and knows who joined', async () => {
    expect(
      (await call(t, lawyer, 'POST', `${base}/${cid}/join`, { skills: ['avocat·e'] })).status,
    ).toBe(200);
    await call(t, translator, 'POST', `${base}/${cid}/join`, {
      skills: ['Traduction'],
      note: 'Je parle arabe et anglais',
      note_visibility: 'public',
    });
    const joined = await call(t, both, 'POST', `${base}/${cid}/join`, {
      skills: ['Avocat·e', 'Traduction'],
      note: '=HYPERLINK("http://evil")',
      note_visibility: 'organisers',
    });
    const body = joined.body as CallJson;
    expect(body.joined_by_me).toBe(true);
    expect(body.volunteers_count).toBe(3);
    expect(body.skills.map((s) => s.joined)).toEqual([2, 2]);
    const refused = await call(t, reader, 'POST', `${base}/${cid}/join`, { skills: ['Cuisine'] });
    expect(refused.status).toBe(422);
  });

  it('shows public notes to everyone, organiser-only notes to organisers only', async () => {
    const seen = (await call(t, reader, 'GET', `${base}/${cid}`)).body as CallJson;
    expect(seen.notes.map((n) => n.text)).toEqual(['Je parle arabe et anglais']);
    expect((await call(t, reader, 'GET', `${base}/${cid}/volunteers`)).status).toBe(403);
    expect((await call(t, lawyer, 'GET', `${base}/${cid}/volunteers`)).status).toBe(403);
    expect((await csv(lawyer, cid)).status).toBe(403);
    const list = await call(t, association, 'GET', `${base}/${cid}/volunteers`);
    expect(list.status).toBe(200);
    expect(
      (list.body as Array<{ account: { id: string }; note: string | null }>).find(
        (v) => v.account.id === both.id,
      )?.note,
    ).toBe('=HYPERLINK("http://evil")');
  });

  it('pages the volunteers list with Link headers', async () => {
    const first = await call(t, association, 'GET', `${base}/${cid}/volunteers?limit=2`);
    expect(first.body).toHaveLength(2);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1] ?? '';
    const second = await call(t, association, 'GET', new URL(next).pathname + new URL(next).search);
    expect(second.body).toHaveLength(1);
    const ids = [...first.body, ...second.body].map(
      (v: { account: { id: string } }) => v.account.id,
    );
    expect(new Set(ids)).toEqual(new Set([lawyer.id, translator.id, both.id]));
  });

  it('exports volunteers as CSV with formula-like cells neutralised', async () => {
    const res = await csv(association, cid);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe(
      '"username","display_name","profile_url","skills","note","note_visibility","joined_at"',
    );
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).not.toContain('mail.test');
  });

  it('lets a co-organiser in, who then sees the volunteers', async () => {
    expect(
      (await call(t, lawyer, 'POST', `${base}/${cid}/organisers`, { account_id: lawyer.id }))
        .status,
    ).toBe(403);
    await call(t, association, 'POST', `${base}/${cid}/organisers`, { account_id: reader.id });
    expect((await call(t, reader, 'GET', `${base}/${cid}/volunteers`)).status).toBe(200);
  });

  it('sends an update to everyone who joined, once, and shows it on the call', async () => {
    expect(
      (await call(t, lawyer, 'POST', `${base}/${cid}/updates`, { text: 'Pas moi' })).status,
    ).toBe(403);
    const done = await call(t, association, 'POST', `${base}/${cid}/updates`, {
      text: 'Déjà 2 avocates, merci !',
    });
    expect(done.status).toBe(200);
    await t.jobs.runDueJobs();
    for (const p of [lawyer, translator, both]) {
      expect(await notices(p, 'empathie.call.update')).toBe(1);
    }
    expect(await notices(association, 'empathie.call.update')).toBe(0);
    const seen = (await call(t, translator, 'GET', `${base}/${cid}`)).body as CallJson;
    expect(seen.updates.map((u) => u.text)).toEqual(['Déjà 2 avocates, merci !']);
  });

  it('sends nothing to a volunteer who blocked the organiser since joining', async () => {
    const wary = await person(t, 'wary');
    await call(t, wary, 'POST', `${base}/${cid}/join`, { skills: ['Traduction'] });
    await block(t, wary, association);
    await call(t, association, 'POST', `${base}/${cid}/updates`, { text: 'Encore merci' });
    await t.jobs.runDueJobs();
    expect(await notices(wary, 'empathie.call.update')).toBe(0);
    expect(await notices(lawyer, 'empathie.call.update')).toBe(2);
    await call(t, wary, 'POST', `${base}/${cid}/leave`);
  });

  it('shows messages to volunteers to them and organisers only', async () => {
    await call(t, association, 'POST', `${base}/${cid}/message`, { text: 'Rendez-vous jeudi' });
    await t.jobs.runDueJobs();
    const outsider = await person(t, 'outsider');
    const out = (await call(t, outsider, 'GET', `${base}/${cid}`)).body as CallJson;
    expect(out.updates.some((u) => u.text === 'Rendez-vous jeudi')).toBe(false);
    const inside = (await call(t, lawyer, 'GET', `${base}/${cid}`)).body as CallJson;
    expect(inside.updates.some((u) => u.text === 'Rendez-vous jeudi')).toBe(true);
    expect(await notices(lawyer, 'empathie.call.message')).toBe(1);
  });

  it('lists calls newest first, closing soon, by skill and matching my private skills', async () => {
    const other = await call(t, reader, 'POST', base, {
      title: 'Écoute',
      description: 'Besoin d’écoutantes ce week-end',
      skills: [{ name: 'Écoute', wanted: 3 }],
      deadline: inHours(10),
      visibility: 'public',
    });
    const newest = (await call(t, lawyer, 'GET', base)).body as CallJson[];
    expect(newest.map((c) => c.id).slice(0, 2)).toEqual([other.body.id, cid]);
    const closing = (await call(t, lawyer, 'GET', `${base}?order=closing`)).body as CallJson[];
    expect(closing.map((c) => c.id).slice(0, 2)).toEqual([other.body.id, cid]);
    const bySkill = (await call(t, lawyer, 'GET', `${base}?skill=traduction`)).body as CallJson[];
    expect(bySkill.map((c) => c.id)).toEqual([cid]);

    await call(t, translator, 'PUT', '/api/empathie/v1/profile/skills', {
      skills: [
        { name: 'Écoute', public: false },
        { name: 'Traduction', public: true },
      ],
    });
    const matching = (await call(t, translator, 'GET', `${base}?matching=me`)).body as CallJson[];
    expect(new Set(matching.map((c) => c.id))).toEqual(new Set([cid, other.body.id]));
    expect((await call(t, lawyer, 'GET', `${base}?matching=me`)).body).toEqual([]);
  });

  it('never shows private skills to anyone else', async () => {
    const own = await call(t, translator, 'GET', '/api/empathie/v1/profile/skills');
    expect(own.body).toEqual([
      { name: 'Écoute', public: false },
      { name: 'Traduction', public: true },
    ]);
    const seen = await call(t, reader, 'GET', `/api/empathie/v1/accounts/${translator.id}/skills`);
    expect(seen.body).toEqual([{ name: 'Traduction', public: true }]);
    const anonymous = await call(
      t,
      null,
      'GET',
      `/api/empathie/v1/accounts/${translator.id}/skills`,
    );
    expect(JSON.stringify(anonymous.body)).not.toContain('Écoute');
  });

  it('closes with an outcome that everyone who joined receives, and refuses joins after', async () => {
    expect((await call(t, lawyer, 'POST', `${base}/${cid}/close`, { outcome: 'non' })).status).toBe(
      403,
    );
    const closed = await call(t, association, 'POST', `${base}/${cid}/close`, {
      outcome: 'Nous avons trouvé 23 avocates',
    });
    expect(closed.body).toMatchObject({
      state: 'closed',
      outcome: 'Nous avons trouvé 23 avocates',
    });
    await t.jobs.runDueJobs();
    for (const p of [lawyer, translator, both]) {
      expect(await notices(p, 'empathie.call.closed')).toBe(1);
    }
    const late = await call(t, reader, 'POST', `${base}/${cid}/join`, { skills: ['Traduction'] });
    expect(late.status).toBe(409);
    const again = await call(t, association, 'POST', `${base}/${cid}/close`, { outcome: 'x' });
    expect(again.status).toBe(409);
  });

  it('lets admins restrict who may publish a call', async () => {
    const admin = await person(t, 'admin', { role: 'admin' });
    expect(
      (await call(t, reader, 'PUT', `${base}/settings`, { publishers: 'admins' })).status,
    ).toBe(403);
    await call(t, admin, 'PUT', `${base}/settings`, { publishers: 'admins' });
    const refused = await call(t, reader, 'POST', base, {
      title: 'x',
      description: 'y',
      skills: [{ name: 'z', wanted: 1 }],
      deadline: inHours(5),
    });
    expect(refused.status).toBe(403);
    const allowed = await call(t, admin, 'POST', base, {
      title: 'x',
      description: 'y',
      skills: [{ name: 'z', wanted: 1 }],
      deadline: inHours(5),
    });
    expect(allowed.status).toBe(200);
    await call(t, admin, 'PUT', `${base}/settings`, { publishers: 'everyone' });
  });

  it('hides a private call from people who cannot see its status', async () => {
    const secret = await call(t, association, 'POST', base, {
      title: 'Entre nous',
      description: 'Pour nos abonné·es',
      skills: [{ name: 'Café', wanted: 2 }],
      deadline: inHours(5),
      visibility: 'private',
    });
    expect((await call(t, reader, 'GET', `${base}/${secret.body.id}`)).status).toBe(404);
    expect(
      (await call(t, reader, 'POST', `${base}/${secret.body.id}/join`, { skills: ['Café'] }))
        .status,
    ).toBe(404);
    const listed = (await call(t, reader, 'GET', base)).body as CallJson[];
    expect(listed.some((c) => c.id === secret.body.id)).toBe(false);
  });
});
