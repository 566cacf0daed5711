import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, follow, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

type Status = {
  id: string;
  content: string;
  filtered: Array<{ filter: { id: string; title: string }; keyword_matches: string[] | null }>;
};

describe('keyword filters (Mastodon v2)', () => {
  let t: TestApp;
  let reader: Person;
  let writer: Person;
  let other: Person;

  const createFilter = (
    who: Person,
    title: string,
    context: string[],
    action: 'warn' | 'hide',
    keywords: Array<{ keyword: string; whole_word?: boolean }>,
    extra = {},
  ) =>
    call(t, who, 'POST', '/api/v2/filters', {
      title,
      context,
      filter_action: action,
      keywords_attributes: keywords,
      ...extra,
    });
  const ids = (list: Status[]) => list.map((s) => s.id);
  const home = async () =>
    (await call(t, reader, 'GET', '/api/v1/timelines/home')).body as Status[];

  beforeAll(async () => {
    t = await createTestApp();
    reader = await person(t, 'reader');
    writer = await person(t, 'writer');
    other = await person(t, 'other');
    await follow(t, reader, writer);
  });
  afterAll(() => t.close());

  it('creates, reads, changes and deletes a filter in Mastodon’s shape', async () => {
    const created = await createFilter(reader, 'Foot', ['home', 'public'], 'warn', [
      { keyword: 'match', whole_word: true },
    ]);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      title: 'Foot',
      context: ['home', 'public'],
      filter_action: 'warn',
      expires_at: null,
      keywords: [{ keyword: 'match', whole_word: true }],
      statuses: [],
    });
    const id = created.body.id;
    const kw = created.body.keywords[0].id;
    const changed = await call(t, reader, 'PUT', `/api/v2/filters/${id}`, {
      title: 'Football',
      keywords_attributes: [{ id: kw, _destroy: true }, { keyword: 'penalty' }],
    });
    expect(changed.body.title).toBe('Football');
    expect(changed.body.keywords.map((k: { keyword: string }) => k.keyword)).toEqual(['penalty']);
    const added = await call(t, reader, 'POST', `/api/v2/filters/${id}/keywords`, {
      keyword: 'arbitre',
      whole_word: false,
    });
    expect(added.body).toMatchObject({ keyword: 'arbitre', whole_word: false });
    expect((await call(t, reader, 'GET', `/api/v2/filters/${id}/keywords`)).body).toHaveLength(2);
    const viaAlias = await call(t, reader, 'PUT', `/api/v2/filter_keywords/${added.body.id}`, {
      whole_word: true,
    });
    expect(viaAlias.body.whole_word).toBe(true);
    expect(
      (await call(t, reader, 'DELETE', `/api/v2/filters/keywords/${added.body.id}`)).status,
    ).toBe(200);
    expect((await call(t, reader, 'GET', '/api/v2/filters')).body).toHaveLength(1);
    expect((await call(t, reader, 'DELETE', `/api/v2/filters/${id}`)).status).toBe(200);
    expect((await call(t, reader, 'GET', `/api/v2/filters/${id}`)).status).toBe(404);
  });

  it('refuses a filter without context or title (422)', async () => {
    expect((await createFilter(reader, 'No place', [], 'warn', [])).status).toBe(422);
    expect((await createFilter(reader, '', ['home'], 'warn', [])).status).toBe(422);
  });

  it('keeps everyone else out of my filters and keywords (404, nothing changed)', async () => {
    const mine = await createFilter(reader, 'Private', ['home'], 'hide', [{ keyword: 'secret' }]);
    const id = mine.body.id;
    const kw = mine.body.keywords[0].id;
    expect((await call(t, other, 'GET', `/api/v2/filters/${id}`)).status).toBe(404);
    expect((await call(t, other, 'PUT', `/api/v2/filters/${id}`, { title: 'x' })).status).toBe(404);
    expect((await call(t, other, 'DELETE', `/api/v2/filters/${id}`)).status).toBe(404);
    expect((await call(t, other, 'GET', `/api/v2/filters/${id}/keywords`)).status).toBe(404);
    expect(
      (await call(t, other, 'POST', `/api/v2/filters/${id}/keywords`, { keyword: 'x' })).status,
    ).toBe(404);
    expect((await call(t, other, 'GET', `/api/v2/filters/keywords/${kw}`)).status).toBe(404);
    expect(
      (await call(t, other, 'PUT', `/api/v2/filter_keywords/${kw}`, { keyword: 'x' })).status,
    ).toBe(404);
    expect((await call(t, other, 'DELETE', `/api/v2/filter_keywords/${kw}`)).status).toBe(404);
    // A keyword id of someone else's filter cannot be changed through one's own filter either.
    const theirs = await createFilter(other, 'Theirs', ['home'], 'warn', [{ keyword: 'a' }]);
    expect(
      (
        await call(t, other, 'PUT', `/api/v2/filters/${theirs.body.id}`, {
          keywords_attributes: [{ id: kw, keyword: 'stolen' }],
        })
      ).status,
    ).toBe(404);
    expect((await call(t, other, 'GET', '/api/v2/filters')).body).toHaveLength(1);
    expect((await call(t, null, 'GET', '/api/v2/filters')).status).toBe(401);
    const still = await call(t, reader, 'GET', `/api/v2/filters/${id}`);
    expect(still.body).toMatchObject({ title: 'Private', keywords: [{ keyword: 'secret' }] });
    await call(t, reader, 'DELETE', `/api/v2/filters/${id}`);
    await call(t, other, 'DELETE', `/api/v2/filters/${theirs.body.id}`);
  });

  it('hides at home, accent- and case-insensitively, whole words only', async () => {
    const f = await createFilter(reader, 'Politique', ['home'], 'hide', [{ keyword: 'election' }]);
    const hit = await post(t, writer, "L'ÉLECTION approche");
    const near = await post(t, writer, 'Les elections, au pluriel');
    const clean = await post(t, writer, 'Il fait beau');
    const seen = ids(await home());
    expect(seen).not.toContain(hit.body.id);
    expect(seen).toContain(near.body.id);
    expect(seen).toContain(clean.body.id);
    // Not in another context: the writer's profile still shows it to the reader.
    const profile = await call(t, reader, 'GET', `/api/v1/accounts/${writer.id}/statuses`);
    expect(ids(profile.body)).toContain(hit.body.id);
    await call(t, reader, 'DELETE', `/api/v2/filters/${f.body.id}`);
    expect(ids(await home())).toContain(hit.body.id);
  });

  it('warns with Mastodon’s FilterResult in public, account and thread contexts', async () => {
    const f = await createFilter(reader, 'Spoilers', ['public', 'account', 'thread'], 'warn', [
      { keyword: 'fin du film' },
    ]);
    const root = await post(t, writer, 'Vous avez vu le film ?');
    const spoiler = await post(t, other, 'La fin du film est triste', {
      in_reply_to_id: root.body.id,
    });
    const check = (list: Status[]) => {
      const s = list.find((x) => x.id === spoiler.body.id);
      expect(s?.filtered).toEqual([
        {
          filter: expect.objectContaining({ id: f.body.id, title: 'Spoilers' }),
          keyword_matches: ['fin du film'],
          status_matches: null,
        },
      ]);
      const r = list.find((x) => x.id === root.body.id);
      if (r) expect(r.filtered).toEqual([]);
    };
    check((await call(t, reader, 'GET', '/api/v1/timelines/public')).body);
    check((await call(t, reader, 'GET', `/api/v1/accounts/${other.id}/statuses`)).body);
    check(
      (await call(t, reader, 'GET', `/api/v1/statuses/${root.body.id}/context`)).body.descendants,
    );
    // The author of a post never has it filtered, and nobody else is affected by my filter.
    const own = await call(t, other, 'GET', `/api/v1/accounts/${other.id}/statuses`);
    expect(own.body.find((x: Status) => x.id === spoiler.body.id).filtered).toEqual([]);
    await call(t, reader, 'DELETE', `/api/v2/filters/${f.body.id}`);
  });

  it('hides in a thread and on the public timeline when asked', async () => {
    const f = await createFilter(reader, 'Raid', ['thread', 'public'], 'hide', [
      { keyword: 'raid' },
    ]);
    const root = await post(t, writer, 'Un fil calme');
    const bad = await post(t, other, 'On lance un raid', { in_reply_to_id: root.body.id });
    const thread = await call(t, reader, 'GET', `/api/v1/statuses/${root.body.id}/context`);
    expect(ids(thread.body.descendants)).not.toContain(bad.body.id);
    expect(ids((await call(t, reader, 'GET', '/api/v1/timelines/public')).body)).not.toContain(
      bad.body.id,
    );
    // Another reader, without the filter, sees it.
    const theirs = await call(t, writer, 'GET', `/api/v1/statuses/${root.body.id}/context`);
    expect(ids(theirs.body.descendants)).toContain(bad.body.id);
    await call(t, reader, 'DELETE', `/api/v2/filters/${f.body.id}`);
  });

  it('hides notifications about a filtered post, and keeps the others', async () => {
    const f = await createFilter(reader, 'Insultes', ['notifications'], 'hide', [
      { keyword: 'nul' },
    ]);
    const hurtful = await post(t, other, '@reader tu es nul');
    const kind = await post(t, other, '@reader merci pour hier');
    const list = (await call(t, reader, 'GET', '/api/v1/notifications')).body as Array<{
      status: { id: string } | null;
    }>;
    const about = list.map((n) => n.status?.id);
    expect(about).toContain(kind.body.id);
    expect(about).not.toContain(hurtful.body.id);
    await call(t, reader, 'DELETE', `/api/v2/filters/${f.body.id}`);
    const again = (await call(t, reader, 'GET', '/api/v1/notifications')).body as Array<{
      status: { id: string } | null;
    }>;
    expect(again.map((n) => n.status?.id)).toContain(hurtful.body.id);
  });

  it('stops applying a filter once it expires', async () => {
    const f = await createFilter(
      reader,
      'Pour une heure',
      ['home'],
      'hide',
      [{ keyword: 'tempête' }],
      {
        expires_in: 3600,
      },
    );
    expect(f.body.expires_at).toBe(new Date(t.clock.now().getTime() + 3600_000).toISOString());
    const p = await post(t, writer, 'La tempete arrive');
    expect(ids(await home())).not.toContain(p.body.id);
    t.clock.advance(3601_000);
    expect(ids(await home())).toContain(p.body.id);
  });

  it('filters one post by id (statuses in filters), only a post the person may see', async () => {
    const f = await createFilter(reader, 'Ce post', ['home'], 'warn', []);
    const p = await post(t, writer, 'Un message précis');
    const added = await call(t, reader, 'POST', `/api/v2/filters/${f.body.id}/statuses`, {
      status_id: p.body.id,
    });
    expect(added.body).toMatchObject({ status_id: p.body.id });
    const s = (await home()).find((x) => x.id === p.body.id);
    expect(s?.filtered[0]).toMatchObject({
      keyword_matches: null,
      status_matches: [added.body.id],
    });
    const hidden = await post(t, other, 'Pour moi seul', { visibility: 'direct' });
    expect(
      (
        await call(t, reader, 'POST', `/api/v2/filters/${f.body.id}/statuses`, {
          status_id: hidden.body.id,
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(t, other, 'DELETE', `/api/v2/filters/statuses/${added.body.id}`)).status,
    ).toBe(404);
    expect(
      (await call(t, reader, 'DELETE', `/api/v2/filters/statuses/${added.body.id}`)).status,
    ).toBe(200);
  });
});
