import { createPrivateKey, webcrypto } from 'node:crypto';
import { CryptographicKey, importPem, Person, signRequest } from '@fedify/fedify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  follow,
  person,
  post,
  type TestApp,
  type Person as TestPerson,
} from '../../posts/people.fixture.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { CAVAGE_PRIVATE_KEY, CAVAGE_PUBLIC_KEY } from '../fixtures/cavage-appendix-c.ts';
import { remotePerson } from '../inbox/inbox.fixture.ts';

/**
 * In secure mode (AUTHORIZED_FETCH), with real signatures that Fedify verifies: the pinned posts
 * collection (Mastodon's `featured`) lists public and unlisted pins only and follows pins and
 * unpins; a followers-only post is served to a request signed with a follower's key and to
 * nobody else. The signers' actor documents sit in Fedify's document cache (nothing is fetched);
 * their key is the published draft-cavage test key, so no key is generated here.
 */
let t: TestApp;
let alice: TestPerson;
const ids = new Map<string, string>();
type Signer = (path: string) => Promise<Response>;
let followerSigns: Signer;
let strangerSigns: Signer;

async function signer(actorUri: string): Promise<Signer> {
  const keyId = new URL(`${actorUri}#main-key`);
  const actor = new Person({
    id: new URL(actorUri),
    preferredUsername: actorUri.split('/').at(-1) ?? 'someone',
    inbox: new URL(`${actorUri}/inbox`),
    publicKey: new CryptographicKey({
      id: keyId,
      owner: new URL(actorUri),
      publicKey: await importPem(CAVAGE_PUBLIC_KEY),
    }),
  });
  const document = await actor.toJsonLd();
  // Fedify's document cache key: ['_fedify', 'remoteDocument', url], JSON of the parts (kv-store.ts).
  for (const url of [actorUri, keyId.href]) {
    await t.database.db
      .insertInto('federation_kv')
      .values({
        key: JSON.stringify(['_fedify', 'remoteDocument', url]),
        value: JSON.stringify({ contextUrl: null, documentUrl: actorUri, document }),
        expires_at: null,
      })
      .execute();
  }
  const jwk = createPrivateKey(CAVAGE_PRIVATE_KEY).export({ format: 'jwk' });
  const privateKey = await webcrypto.subtle.importKey(
    'jwk',
    jwk,
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    true,
    ['sign'],
  );
  return async (path) =>
    t.app.request(
      await signRequest(
        new Request(`http://empathie.test${path}`, {
          headers: { accept: 'application/activity+json' },
        }),
        privateKey,
        keyId,
      ),
    );
}

beforeAll(async () => {
  t = await createTestApp({ authorizedFetch: true });
  alice = await person(t, 'alice');
  for (const visibility of ['public', 'unlisted', 'private', 'direct'] as const) {
    ids.set(visibility, (await post(t, alice, `A ${visibility} thought`, { visibility })).body.id);
  }
  const bob = await remotePerson(t, 'bob', 'remote.example');
  await follow(t, { id: bob.id, username: bob.username, token: '' }, alice);
  await remotePerson(t, 'carol', 'other.example');
  followerSigns = await signer(bob.uri);
  strangerSigns = await signer('https://other.example/users/carol');
});
afterAll(() => t.close());

const pin = async (visibility: string, action: 'pin' | 'unpin' = 'pin') => {
  const reply = await call(t, alice, 'POST', `/api/v1/statuses/${ids.get(visibility)}/${action}`);
  // A direct post cannot be pinned (Mastodon's rule): the API says so.
  return reply.status;
};

async function featuredIds(signed: Signer): Promise<string[]> {
  const res = await signed('/users/alice/collections/featured');
  expect(res.status).toBe(200);
  const body = (await res.json()) as { type: string; orderedItems?: unknown };
  expect(body.type).toBe('OrderedCollection');
  const items = body.orderedItems === undefined ? [] : [body.orderedItems].flat();
  return items.map((n) => (n as { id: string }).id);
}

const statusUri = (visibility: string) =>
  `http://empathie.test/users/alice/statuses/${ids.get(visibility)}`;

describe('the featured collection (pinned posts)', () => {
  it('lists public and unlisted pins, most recent first, never a followers-only one', async () => {
    expect(await pin('public')).toBe(200);
    expect(await pin('private')).toBe(200);
    expect(await pin('unlisted')).toBe(200);
    expect(await featuredIds(strangerSigns)).toEqual([statusUri('unlisted'), statusUri('public')]);
    // Even a follower, who may read the post itself, does not see it listed.
    expect(await featuredIds(followerSigns)).not.toContain(statusUri('private'));
  });

  it('follows an unpin, and answers 401 unsigned and 404 for nobody', async () => {
    expect(await pin('unlisted', 'unpin')).toBe(200);
    expect(await featuredIds(strangerSigns)).toEqual([statusUri('public')]);
    const unsigned = await t.app.request('/users/alice/collections/featured', {
      headers: { accept: 'application/activity+json' },
    });
    expect(unsigned.status).toBe(401);
    expect((await strangerSigns('/users/nobody/collections/featured')).status).toBe(404);
  });
});

describe('a followers-only post, fetched with a signature', () => {
  it("is served to a follower's key, and is not found for anyone else", async () => {
    const path = `/users/alice/statuses/${ids.get('private')}`;
    const asFollower = await followerSigns(path);
    expect(asFollower.status).toBe(200);
    expect(((await asFollower.json()) as { id: string }).id).toBe(statusUri('private'));
    expect((await strangerSigns(path)).status).toBe(404);
    expect(
      (await t.app.request(path, { headers: { accept: 'application/activity+json' } })).status,
    ).toBe(404);
    // A direct post naming nobody: not even the follower.
    expect((await followerSigns(`/users/alice/statuses/${ids.get('direct')}`)).status).toBe(404);
  });
});
