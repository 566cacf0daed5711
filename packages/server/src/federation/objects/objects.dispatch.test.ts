import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Person, person, post, type TestApp } from '../../posts/people.fixture.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { remotePerson, remotePublicPost } from '../inbox/inbox.fixture.ts';

/**
 * What another server may fetch of our posts, unsigned: public and unlisted Notes (with their
 * addressing and reply policy), their Create, a share's Announce, the outbox; never a
 * followers-only or direct post, which answer 404 exactly like a post that does not exist.
 */
let t: TestApp;
let alice: Person;
const ids = new Map<string, string>();

const AP = { accept: 'application/activity+json' };

async function fetchAp(path: string) {
  const response = await t.app.request(`http://empathie.test${path}`, { headers: AP });
  // biome-ignore lint/suspicious/noExplicitAny: ActivityPub JSON, checked by each test
  const body: any = response.status === 200 ? await response.json() : null;
  return { status: response.status, body };
}

beforeAll(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  const bob = await remotePerson(t, 'bob', 'remote.example');
  for (const visibility of ['public', 'unlisted', 'private', 'direct'] as const) {
    const r = await post(t, alice, `A ${visibility} thought`, { visibility });
    ids.set(visibility, r.body.id);
  }
  // A remote post stored here: never served as ours.
  ids.set('remote', await remotePublicPost(t, bob, 'hello'));
  const share = await t.interactions.reblog(alice.id, String(ids.get('public')));
  if (!share.ok) throw new Error('share failed');
  ids.set('share', share.value.id);
  const remoteShare = await t.interactions.reblog(alice.id, String(ids.get('remote')));
  if (!remoteShare.ok) throw new Error('share of a remote post failed');
  ids.set('remote-share', remoteShare.value.id);
});
afterAll(() => t.close());

describe('our posts as ActivityPub objects', () => {
  it('serves a public Note to anyone, addressed to Public and cc the followers', async () => {
    const { status, body } = await fetchAp(`/users/alice/statuses/${ids.get('public')}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      type: 'Note',
      id: `http://empathie.test/users/alice/statuses/${ids.get('public')}`,
      attributedTo: 'http://empathie.test/users/alice',
      to: 'as:Public',
      cc: 'http://empathie.test/users/alice/followers',
      interactionPolicy: { canReply: { always: ['https://www.w3.org/ns/activitystreams#Public'] } },
    });
    expect(body.content).toContain('A public thought');
  });

  it('serves an unlisted Note addressed to the followers, cc Public', async () => {
    const { status, body } = await fetchAp(`/users/alice/statuses/${ids.get('unlisted')}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      to: 'http://empathie.test/users/alice/followers',
      cc: 'as:Public',
    });
  });

  it.each(['private', 'direct'])('answers 404 to an unsigned fetch of a %s post', async (v) => {
    expect((await fetchAp(`/users/alice/statuses/${ids.get(v)}`)).status).toBe(404);
    expect((await fetchAp(`/users/alice/statuses/${ids.get(v)}/activity`)).status).toBe(404);
  });

  it('answers 404 for a post under another name, a remote post, or none', async () => {
    const bea = await person(t, 'bea');
    expect(bea).toBeDefined();
    expect((await fetchAp(`/users/bea/statuses/${ids.get('public')}`)).status).toBe(404);
    expect((await fetchAp(`/users/alice/statuses/${ids.get('remote')}`)).status).toBe(404);
    expect((await fetchAp('/users/alice/statuses/999999')).status).toBe(404);
  });

  it('serves the Create of a post and the Announce of a share', async () => {
    const create = await fetchAp(`/users/alice/statuses/${ids.get('public')}/activity`);
    expect(create.body).toMatchObject({
      type: 'Create',
      actor: 'http://empathie.test/users/alice',
    });
    const announce = await fetchAp(`/users/alice/statuses/${ids.get('share')}/activity`);
    expect(announce.body).toMatchObject({
      type: 'Announce',
      object: `http://empathie.test/users/alice/statuses/${ids.get('public')}`,
    });
  });

  it('gives a share of a remote post our own URI, and serves its Announce there', async () => {
    const shareId = String(ids.get('remote-share'));
    const row = await t.database.db
      .selectFrom('posts')
      .select('uri')
      .where('id', '=', shareId)
      .executeTakeFirstOrThrow();
    // Not cut out of the remote original's URI (which named the remote server).
    expect(row.uri).toBe(`http://empathie.test/users/alice/statuses/${shareId}/activity`);
    const announce = await fetchAp(`/users/alice/statuses/${shareId}/activity`);
    expect(announce.body).toMatchObject({
      type: 'Announce',
      id: row.uri,
      object: 'https://remote.example/users/bob/statuses/1',
    });
  });

  it('lists only public and unlisted posts in the outbox', async () => {
    const outbox = await fetchAp('/users/alice/outbox');
    expect(outbox.body).toMatchObject({ type: 'OrderedCollection', totalItems: 2 });
    const first = outbox.body.first;
    const page = await fetchAp(
      new URL(typeof first === 'string' ? first : first.id).pathname +
        new URL(typeof first === 'string' ? first : first.id).search,
    );
    const objects = page.body.orderedItems.map((a: { object: { id: string } }) => a.object.id);
    expect(objects).toEqual([
      `http://empathie.test/users/alice/statuses/${ids.get('unlisted')}`,
      `http://empathie.test/users/alice/statuses/${ids.get('public')}`,
    ]);
  });

  // After the outbox test, which counts the posts above.
  it('serves a post with a poll as its Question, and its Create carries it', async () => {
    const created = await post(t, alice, 'Tea or coffee?', {
      poll: { options: ['Tea', 'Coffee'], expires_in: 3600 },
    });
    const path = `/users/alice/statuses/${created.body.id}`;
    const { status, body } = await fetchAp(path);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      type: 'Question',
      votersCount: 0,
      oneOf: [
        { type: 'Note', name: 'Tea', replies: { type: 'Collection', totalItems: 0 } },
        { type: 'Note', name: 'Coffee', replies: { type: 'Collection', totalItems: 0 } },
      ],
    });
    expect(typeof body.endTime).toBe('string');
    const activity = await fetchAp(`${path}/activity`);
    expect(activity.body).toMatchObject({ type: 'Create', object: { type: 'Question' } });
  });
});
