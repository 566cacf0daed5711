import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

const BASE = '/api/empathie/v1/drafts';

describe('drafts', () => {
  let t: TestApp;
  let alice: Person;
  let bob: Person;

  beforeAll(async () => {
    t = await createTestApp({ maxPostChars: 40 });
    alice = await person(t, 'alice');
    bob = await person(t, 'bob');
  });
  afterAll(() => t.close());

  it('saves, reads, replaces and deletes a draft for its owner', async () => {
    const created = await call(t, alice, 'POST', BASE, {
      text: 'Je reviens vers toi demain.',
      visibility: 'private',
      language: 'fr',
      in_reply_to_id: '123456789012345678',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      text: 'Je reviens vers toi demain.',
      spoiler_text: '',
      visibility: 'private',
      language: 'fr',
      in_reply_to_id: '123456789012345678',
    });
    const id = created.body.id as string;
    expect(id).toMatch(/^\d{18}$/);

    expect((await call(t, alice, 'GET', `${BASE}/${id}`)).body.text).toBe(
      'Je reviens vers toi demain.',
    );
    t.clock.advance(60_000);
    const replaced = await call(t, alice, 'PUT', `${BASE}/${id}`, {
      text: 'Merci, on en reparle.',
      spoiler_text: 'suite',
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      id,
      text: 'Merci, on en reparle.',
      spoiler_text: 'suite',
      visibility: 'public',
      language: null,
      in_reply_to_id: null,
    });
    expect(replaced.body.updated_at > replaced.body.created_at).toBe(true);

    expect((await call(t, alice, 'DELETE', `${BASE}/${id}`)).status).toBe(200);
    expect((await call(t, alice, 'GET', `${BASE}/${id}`)).status).toBe(404);
    expect((await call(t, alice, 'DELETE', `${BASE}/${id}`)).status).toBe(404);
  });

  it('never shows a draft to anyone but its owner, and answers 404 as if it did not exist', async () => {
    const { body } = await call(t, alice, 'POST', BASE, { text: 'Privé' });
    const path = `${BASE}/${body.id}`;
    expect((await call(t, bob, 'GET', path)).status).toBe(404);
    const put = await call(t, bob, 'PUT', path, { text: 'x'.repeat(500) });
    expect(put.status).toBe(404);
    expect((await call(t, bob, 'DELETE', path)).status).toBe(404);
    expect((await call(t, null, 'GET', path)).status).toBe(401);
    expect((await call(t, bob, 'GET', BASE)).body).toEqual([]);
    expect((await call(t, alice, 'GET', path)).body.text).toBe('Privé');
  });

  it('applies the instance’s length limit, content warning included, and refuses empty drafts', async () => {
    const long = await call(t, alice, 'POST', BASE, {
      text: 'a'.repeat(30),
      spoiler_text: 'b'.repeat(11),
    });
    expect(long.status).toBe(422);
    expect(long.body.details).toMatchObject({ field: 'text', max: 40, length: 41 });
    const fits = await call(t, alice, 'POST', BASE, {
      text: 'é'.repeat(30),
      spoiler_text: 'b'.repeat(10),
    });
    expect(fits.status).toBe(201);
    const empty = await call(t, alice, 'POST', BASE, { text: '   ' }, { 'accept-language': 'fr' });
    expect(empty.status).toBe(422);
    expect(empty.body.error_description).toMatch(/brouillon est vide/);
    const badVisibility = await call(t, alice, 'POST', BASE, { text: 'ok', visibility: 'secret' });
    expect(badVisibility.status).toBe(422);
    expect(badVisibility.body.details.fields[0].field).toBe('visibility');
  });

  it('lists drafts newest first, by pages with a Link header', async () => {
    const carol = await person(t, 'carol');
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push((await call(t, carol, 'POST', BASE, { text: `brouillon ${i}` })).body.id);
    }
    const first = await call(t, carol, 'GET', `${BASE}?limit=2`);
    expect(first.body.map((d: { id: string }) => d.id)).toEqual([ids[4], ids[3]]);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toContain(`max_id=${ids[3]}`);
    const second = await call(
      t,
      carol,
      'GET',
      new URL(next as string).pathname + new URL(next as string).search,
    );
    expect(second.body.map((d: { id: string }) => d.id)).toEqual([ids[2], ids[1]]);
  });
});
