import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  block,
  call,
  follow,
  type Person,
  person,
  post,
  type TestApp,
} from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

/**
 * A hashtag says what people talk about. One used only in followers-only or direct posts (a
 * support group's #tag, a name) must not be found by anyone, even once those posts are gone:
 * a hashtag exists for a viewer only through a public post that viewer may see.
 */
describe('hashtags of private and direct posts', () => {
  let t: TestApp;
  let nadia: Person;
  let omar: Person;
  let stranger: Person;

  beforeAll(async () => {
    t = await createTestApp();
    nadia = await person(t, 'nadia');
    omar = await person(t, 'omar');
    stranger = await person(t, 'stranger');
    await follow(t, omar, nadia);
  });
  afterAll(() => t.close());

  const hashtags = async (who: Person | null, q: string) =>
    (
      await call(t, who, 'GET', `/api/v2/search?type=hashtags&q=${encodeURIComponent(q)}`)
    ).body.hashtags.map((h: { name: string }) => h.name);
  const tagStatus = async (who: Person | null, name: string) =>
    (await call(t, who, 'GET', `/api/v1/tags/${encodeURIComponent(name)}`)).status;

  it('never reveals a hashtag used only in followers-only or direct posts', async () => {
    await post(t, nadia, 'Groupe de parole ce soir #survivantes', { visibility: 'private' });
    await post(t, nadia, '@omar rendez-vous #refugesecret', { visibility: 'direct' });
    for (const who of [null, stranger, omar, nadia]) {
      expect(await hashtags(who, 'surviv')).toEqual([]);
      expect(await hashtags(who, '#refuge')).toEqual([]);
      expect(await tagStatus(who, 'survivantes')).toBe(404);
      expect(await tagStatus(who, 'refugesecret')).toBe(404);
    }
  });

  it('shows a hashtag once a public post uses it, and forgets it when that post is deleted', async () => {
    const shown = (await post(t, nadia, 'Ouvert à toutes et tous #survivantes')).body;
    expect(await hashtags(null, 'surviv')).toEqual(['survivantes']);
    expect(await tagStatus(stranger, 'survivantes')).toBe(200);
    await call(t, nadia, 'DELETE', `/api/v1/statuses/${shown.id}`);
    expect(await hashtags(null, 'surviv')).toEqual([]);
    expect(await hashtags(omar, 'surviv')).toEqual([]);
    expect(await tagStatus(null, 'survivantes')).toBe(404);
  });

  it('hides a hashtag whose only public posts come from someone who blocks the viewer', async () => {
    await post(t, nadia, 'Une idée #jardinpartage');
    await block(t, nadia, stranger);
    expect(await hashtags(omar, 'jardinp')).toEqual(['jardinpartage']);
    expect(await hashtags(stranger, 'jardinp')).toEqual([]);
    expect(await tagStatus(stranger, 'jardinpartage')).toBe(404);
  });
});
