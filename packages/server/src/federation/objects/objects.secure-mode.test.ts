import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, post, type TestApp } from '../../posts/people.fixture.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { type RemotePerson, remotePerson } from '../inbox/inbox.fixture.ts';
import { remoteSigner } from '../testing/signed-fetch.fixture.ts';

/**
 * Secure mode (AUTHORIZED_FETCH) checks who signed a fetch, not only that someone did: a person's
 * posts, outbox and collections are not served to an actor they blocked, to a server whose
 * domain they blocked for themselves, nor to a server the instance suspended. Those signers get
 * 404, as if nothing were there; an unsigned request still gets 401 for the collections.
 * Signatures are real (Fedify verifies them); the signers' documents sit in Fedify's cache.
 */
let t: TestApp;
let alice: Person;
let postId: string;
let bob: RemotePerson;
type Signer = Awaited<ReturnType<typeof remoteSigner>>;
let bobSigns: Signer;
let carolSigns: Signer;
let farSigns: Signer;

beforeAll(async () => {
  t = await createTestApp({ authorizedFetch: true });
  alice = await person(t, 'alice');
  postId = (await post(t, alice, 'Une pensée publique')).body.id;
  bob = await remotePerson(t, 'bob', 'remote.example');
  await remotePerson(t, 'carol', 'other.example');
  bobSigns = await remoteSigner(t, bob.uri);
  carolSigns = await remoteSigner(t, 'https://other.example/users/carol');
  // An instance actor we never stored: only the domain rules can apply to it.
  farSigns = await remoteSigner(t, 'https://far.example/actor');
});
afterAll(() => t.close());

const paths = () => [
  `/users/alice/statuses/${postId}`,
  `/users/alice/statuses/${postId}/activity`,
  '/users/alice/outbox',
  '/users/alice/followers',
  '/users/alice/following',
];

async function statuses(signer: Signer): Promise<number[]> {
  const out: number[] = [];
  for (const path of paths()) out.push((await signer.get(path)).status);
  return out;
}

describe('secure mode asks the policy who signed', () => {
  it('wants a signature for posts, the outbox and the collections, never for the actor', async () => {
    const ask = (path: string) =>
      t.app.request(path, { headers: { accept: 'application/activity+json' } });
    expect((await ask('/users/alice/followers')).status).toBe(401);
    expect((await ask('/users/alice/following')).status).toBe(401);
    expect((await ask('/users/alice/outbox')).status).toBe(401);
    // A post answers 404 unsigned: nothing may tell that it exists.
    expect((await ask(`/users/alice/statuses/${postId}`)).status).toBe(404);
    expect((await ask(`/users/alice/statuses/${postId}/activity`)).status).toBe(404);
    // The actor stays public: servers fetch it to read the key that signs our requests.
    expect((await ask('/users/alice')).status).toBe(200);
  });

  it('serves everything to a signer nobody blocks', async () => {
    expect(await statuses(bobSigns)).toEqual([200, 200, 200, 200, 200]);
    expect(await statuses(farSigns)).toEqual([200, 200, 200, 200, 200]);
  });

  it('answers 404 to an actor the person blocked, and serves them again once unblocked', async () => {
    expect((await call(t, alice, 'POST', `/api/v1/accounts/${bob.id}/block`)).status).toBe(200);
    expect(await statuses(bobSigns)).toEqual([404, 404, 404, 404, 404]);
    // Someone else on the same server is not touched by a block of one person.
    expect(await statuses(carolSigns)).toEqual([200, 200, 200, 200, 200]);
    expect((await call(t, alice, 'POST', `/api/v1/accounts/${bob.id}/unblock`)).status).toBe(200);
    expect(await statuses(bobSigns)).toEqual([200, 200, 200, 200, 200]);
  });

  it('answers 404 to a server whose domain the person blocked for themselves', async () => {
    const block = await call(t, alice, 'POST', '/api/v1/domain_blocks', {
      domain: 'other.example',
    });
    expect(block.status).toBe(200);
    expect(await statuses(carolSigns)).toEqual([404, 404, 404, 404, 404]);
    expect(await statuses(bobSigns)).toEqual([200, 200, 200, 200, 200]);
    await call(t, alice, 'DELETE', '/api/v1/domain_blocks', { domain: 'other.example' });
    expect(await statuses(carolSigns)).toEqual([200, 200, 200, 200, 200]);
  });

  it('answers 404 to a server the instance suspended, even through an actor we never stored', async () => {
    const admin = await person(t, 'founder', { role: 'admin' });
    const suspended = await call(t, admin, 'POST', '/api/v1/admin/domain_blocks', {
      domain: 'far.example',
      severity: 'suspend',
    });
    expect(suspended.status).toBe(200);
    expect(await statuses(farSigns)).toEqual([404, 404, 404, 404, 404]);
    // Silence keeps a server out of public timelines, not out of what it may fetch.
    await call(t, admin, 'POST', '/api/v1/admin/domain_blocks', {
      domain: 'remote.example',
      severity: 'silence',
    });
    expect(await statuses(bobSigns)).toEqual([200, 200, 200, 200, 200]);
  });
});
