import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../accounts/test-helpers.ts';
import { follow, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { EMPATHIE_NS, readIntention } from './empathie-extension.ts';

const AP = 'application/activity+json';
let t: TestApp;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  bob = await person(t, 'bob');
  await t.database.db
    .updateTable('accounts')
    .set({ intention: 'Partager des recettes', locked: 1 })
    .where('id', '=', alice.id)
    .execute();
  await follow(t, bob, alice);
});
afterAll(() => t.close());

const get = (path: string, accept = AP) => t.app.request(path, { headers: { accept } });

describe('the federation module', () => {
  it('answers WebFinger for a local account, in any case, with the actor as self', async () => {
    const res = await get('/.well-known/webfinger?resource=acct:ALICE@empathie.test', '*/*');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/jrd+json');
    const jrd = await json(res);
    expect(jrd.subject).toBe('acct:ALICE@empathie.test');
    expect(jrd.links).toContainEqual({
      rel: 'self',
      href: 'http://empathie.test/users/alice',
      type: AP,
    });
  });

  it('says nobody is there for an unknown account or another host', async () => {
    expect((await get('/.well-known/webfinger?resource=acct:nobody@empathie.test')).status).toBe(
      404,
    );
    expect((await get('/.well-known/webfinger?resource=acct:alice@elsewhere.test')).status).toBe(
      404,
    );
  });

  it('serves a Person at the URI stored for the account, with two keys', async () => {
    const res = await get('/users/alice');
    expect(res.status).toBe(200);
    const actor = await json(res);
    const stored = await t.database.db
      .selectFrom('accounts')
      .select('uri')
      .where('id', '=', alice.id)
      .executeTakeFirstOrThrow();
    expect(actor.id).toBe(stored.uri);
    expect(actor.type).toBe('Person');
    expect(actor.preferredUsername).toBe('alice');
    expect(actor.inbox).toBe('http://empathie.test/users/alice/inbox');
    expect(actor.endpoints.sharedInbox).toBe('http://empathie.test/inbox');
    expect(actor.manuallyApprovesFollowers).toBe(true);
    expect(actor.publicKey.id).toBe('http://empathie.test/users/alice#main-key');
    expect(actor.publicKey.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(actor.assertionMethod).toHaveLength(2);
    expect([actor.attachment].flat()).toContainEqual(
      expect.objectContaining({ type: 'PropertyValue', name: 'Intention' }),
    );
  });

  it('has the shape of the actor and WebFinger documents Mastodon publishes', async () => {
    const read = (name: string) =>
      JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
    const mastodonActor = read('mastodon-actor.json');
    const actor = await json(await get('/users/alice'));
    // Every term Mastodon's actor carries, except `featured` (pinned posts are not served yet).
    const expected = Object.keys(mastodonActor).filter((k) => k !== 'featured' && k !== '@context');
    expect(expected.filter((k) => !(k in actor))).toEqual([]);
    expect(Object.keys(actor.publicKey)).toEqual(
      expect.arrayContaining(Object.keys(mastodonActor.publicKey)),
    );
    expect(actor.icon.type).toBe('Image');
    const mastodonJrd = read('mastodon-webfinger.json');
    const jrd = await json(await get('/.well-known/webfinger?resource=acct:alice@empathie.test'));
    for (const rel of ['self', 'http://webfinger.net/rel/profile-page']) {
      const theirs = mastodonJrd.links.find((l: { rel: string }) => l.rel === rel);
      const ours = jrd.links.find((l: { rel: string }) => l.rel === rel);
      expect(ours, rel).toBeDefined();
      if (rel === 'self') expect(ours.type).toBe(theirs.type);
    }
  });

  it('carries the intention in the empathie: extension, readable back', async () => {
    const actor = await json(await get('/users/alice'));
    expect(readIntention(actor)).toBe('Partager des recettes');
    expect(actor['@context']).toContainEqual(expect.objectContaining({ empathie: EMPATHIE_NS }));
  });

  it('keeps the same keys from one request to the next', async () => {
    const first = await json(await get('/users/alice'));
    const second = await json(await get('/users/alice'));
    expect(second.publicKey.publicKeyPem).toBe(first.publicKey.publicKeyPem);
  });

  it('answers 404 for a case that is not the stored username, and for the unknown', async () => {
    expect((await get('/users/ALICE')).status).toBe(404);
    expect((await get('/users/nobody')).status).toBe(404);
  });

  it('serves the instance actor, which no username can take', async () => {
    const res = await get('/users/instance.actor');
    expect(res.status).toBe(200);
    const actor = await json(res);
    expect(actor.type).toBe('Application');
    expect(actor.publicKey.id).toBe('http://empathie.test/users/instance.actor#main-key');
  });

  it('serves the followers collection with a count and pages', async () => {
    const res = await get('/users/alice/followers');
    expect(res.status).toBe(200);
    const collection = await json(res);
    expect(collection.type).toBe('OrderedCollection');
    expect(collection.totalItems).toBe(1);
    const first = new URL(collection.first);
    const page = await json(await get(first.pathname + first.search));
    expect(page.orderedItems).toEqual(['http://empathie.test/users/bob']);
    const following = await json(await get('/users/bob/following'));
    expect(following.totalItems).toBe(1);
  });

  it('leaves a browser asking for an actor to the web app', async () => {
    const res = await get('/users/alice', 'text/html');
    expect(res.status).not.toBe(200);
    expect(res.headers.get('content-type') ?? '').not.toContain('activity+json');
  });
});
