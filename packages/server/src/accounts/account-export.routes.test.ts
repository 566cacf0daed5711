import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { block, call, follow, mute, type Person, post } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { signUp } from './test-helpers.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let ana: Person;
let bob: Person;
let carl: Person;
let dora: Person;

async function person(username: string): Promise<Person> {
  const { token, id } = await signUp(t.app, username);
  return { id, username, token };
}

async function download(who: Person | null) {
  const headers: Record<string, string> = who ? { authorization: `Bearer ${who.token}` } : {};
  return t.app.request('/api/empathie/v1/account/export', { headers });
}

async function archiveOf(who: Person): Promise<Map<string, string>> {
  const response = await download(who);
  expect(response.status).toBe(200);
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return new Map(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

const parsed = (files: Map<string, string>, path: string) => JSON.parse(files.get(path) ?? 'null');

beforeAll(async () => {
  t = await createTestApp();
  ana = await person('ana');
  bob = await person('bob');
  carl = await person('carl');
  dora = await person('dora');
  await follow(t, ana, bob);
  await follow(t, carl, ana);
  await block(t, ana, carl);
  await mute(t, ana, dora);
  const bobsPublic = (await post(t, bob, 'Bob in public about #jardin')).body;
  const bobsPrivate = (
    await post(t, bob, 'Bob confides a private secret', { visibility: 'private' })
  ).body;
  await call(t, ana, 'POST', `/api/v1/statuses/${bobsPublic.id}/favourite`);
  await call(t, ana, 'POST', `/api/v1/statuses/${bobsPrivate.id}/favourite`);
  await call(t, ana, 'POST', `/api/v1/statuses/${bobsPublic.id}/reblog`);
  await post(t, ana, 'Ana speaks in public about #jardin');
  await post(t, ana, 'Ana for her followers', { visibility: 'private' });
  await post(t, ana, '@bob Ana writes to Bob alone', { visibility: 'direct' });
  await post(t, ana, 'Ana answers Bob’s secret', { in_reply_to_id: bobsPrivate.id });
  await call(t, ana, 'POST', '/api/v2/filters', {
    title: 'Calm',
    context: ['home'],
    keywords_attributes: [{ keyword: 'shouting', whole_word: true }],
  });
});
afterAll(() => t.close());

describe('personal data export', () => {
  it('is for a signed-in person only', async () => {
    expect((await download(null)).status).toBe(401);
  });

  it('is a ZIP named after the person, never cached', async () => {
    const response = await download(ana);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="empathie-ana-2026-11-01.zip"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('holds the posts as an ActivityStreams outbox, as Mastodon’s archive does', async () => {
    const files = await archiveOf(ana);
    expect([...files.keys()].sort()).toEqual([
      'README.txt',
      'actor.json',
      'blocked_accounts.csv',
      'blocks.json',
      'empathie/account.json',
      'empathie/coach.json',
      'empathie/defence.json',
      'empathie/drafts.json',
      'empathie/scheduled_statuses.json',
      'followers.json',
      'following.json',
      'following_accounts.csv',
      'likes.json',
      // Ana has no image: the list is there, empty.
      'media/media.json',
      'muted_accounts.csv',
      'mutes.json',
      'outbox.json',
    ]);
    const actor = parsed(files, 'actor.json');
    expect(actor).toMatchObject({
      id: 'http://empathie.test/users/ana',
      type: 'Person',
      preferredUsername: 'ana',
      outbox: 'outbox.json',
    });
    const outbox = parsed(files, 'outbox.json');
    expect(outbox).toMatchObject({ type: 'OrderedCollection', totalItems: 5 });
    const types = outbox.orderedItems.map((a: { type: string }) => a.type);
    expect(types).toEqual(['Announce', 'Create', 'Create', 'Create', 'Create']);
    const [share, pub, priv, direct, reply] = outbox.orderedItems;
    expect(share.object).toMatch(/^http:\/\/empathie\.test\/users\/bob\/statuses\/\d+$/);
    expect(pub.to).toEqual(['https://www.w3.org/ns/activitystreams#Public']);
    expect(pub.object.source).toEqual({
      content: 'Ana speaks in public about #jardin',
      mediaType: 'text/plain',
    });
    expect(pub.object.tag).toContainEqual(
      expect.objectContaining({ type: 'Hashtag', name: '#jardin' }),
    );
    expect(priv.to).toEqual(['http://empathie.test/users/ana/followers']);
    expect(direct.to).toEqual(['http://empathie.test/users/bob']);
    expect(direct.object.tag).toContainEqual(
      expect.objectContaining({ type: 'Mention', name: '@bob@empathie.test' }),
    );
    expect(reply.object.inReplyTo).toMatch(/\/users\/bob\/statuses\/\d+$/);
  });

  it('holds relationships as JSON and as Mastodon’s CSV files', async () => {
    const files = await archiveOf(ana);
    expect(files.get('following_accounts.csv')).toBe(
      'Account address,Show boosts,Notify on new posts,Languages\nbob@empathie.test,true,false,\n',
    );
    expect(files.get('blocked_accounts.csv')).toBe('carl@empathie.test\n');
    expect(files.get('muted_accounts.csv')).toBe(
      'Account address,Hide notifications\ndora@empathie.test,true\n',
    );
    expect(parsed(files, 'following.json').orderedItems).toEqual([
      expect.objectContaining({
        id: 'http://empathie.test/users/bob',
        address: 'bob@empathie.test',
      }),
    ]);
    // Carl followed Ana before she blocked him: the block ended that follow.
    expect(parsed(files, 'followers.json').orderedItems).toEqual([]);
    expect(parsed(files, 'likes.json').totalItems).toBe(2);
    expect(parsed(files, 'empathie/account.json')).toMatchObject({
      address: 'ana@empathie.test',
      email: 'ana@example.org',
    });
    const defence = parsed(files, 'empathie/defence.json');
    expect(defence.filters).toEqual([
      expect.objectContaining({
        title: 'Calm',
        keywords: [{ keyword: 'shouting', whole_word: true }],
      }),
    ]);
    expect(defence).toMatchObject({ block_lists: [], allies: [], ally_of: [] });
    expect(files.get('README.txt')).toContain('Lists and bookmarks do not exist');
    expect(files.get('README.txt')).toContain('media/media.json');
    expect(files.get('README.txt')).toContain('Les listes et les signets');
  });

  it('never carries other people’s posts, nor another person’s archive', async () => {
    const everything = [...(await archiveOf(ana)).values()].join('\n');
    expect(everything).not.toContain('Bob confides a private secret');
    expect(everything).not.toContain('Bob in public');
    const bobs = [...(await archiveOf(bob)).values()].join('\n');
    expect(bobs).not.toContain('Ana writes to Bob alone');
    expect(bobs).not.toContain('ana@example.org');
    expect(bobs).toContain('Bob confides a private secret');
  });

  it('pauses after a few archives an hour', async () => {
    const eve = await person('eve');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await download(eve)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    t.clock.advance(60 * 60_000 + 1);
    expect((await download(eve)).status).toBe(200);
  });
});
