import {
  Object as APObject,
  type Context,
  isActor,
  Note,
  Person,
  PropertyValue,
} from '@fedify/fedify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../accounts/test-helpers.ts';
import { person, post, type TestApp, type Person as TestPerson } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import {
  MASTODON_DOCS_DISCOVERABLE,
  MASTODON_DOCS_FEATURED,
  MASTODON_DOCS_HASHTAG_NOTE,
  MASTODON_DOCS_PROPERTY_VALUE,
  MASTODON_DOCS_PUBLIC_KEY,
  MASTODON_DOCS_WEBFINGER,
} from './fixtures/mastodon-docs-examples.ts';
import { noteContent } from './inbox/incoming-note.ts';
import { remoteActorData } from './remote-profile.ts';
import { seedPublishedRsaKey } from './testing/published-key.fixture.ts';
import { selfLink } from './webfinger-client.ts';

/**
 * The examples Mastodon publishes in its documentation (fixtures/mastodon-docs-examples.ts):
 * our readers take what each example carries, and our own documents carry every field the
 * examples rely on, under the same JSON keys (Mastodon reads compacted JSON) and the same meaning
 * (Fedify's JSON-LD reading).
 */
const AP = 'application/activity+json';
let t: TestApp;
let alice: TestPerson;

beforeAll(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  await seedPublishedRsaKey(t.database.db, alice.id);
  await t.database.db
    .updateTable('accounts')
    .set({ intention: 'Partager des recettes' })
    .where('id', '=', alice.id)
    .execute();
});
afterAll(() => t.close());

/**
 * A published actor fragment, completed only with what a fragment leaves out and an account
 * needs (a username and an inbox); everything the example says is kept as published.
 */
async function readFragment(text: string) {
  const fragment = JSON.parse(text);
  const completed = {
    ...fragment,
    preferredUsername: 'Gargron',
    inbox: `${fragment.id}/inbox`,
  };
  const object = await APObject.fromJsonLd(completed);
  if (!isActor(object)) throw new Error('not an actor');
  return remoteActorData(object, null, { documentLoader: offline, contextLoader: undefined });
}

const offline = async (url: string): Promise<never> => {
  throw new Error(`offline test: no fetch of ${url}`);
};

describe("our readers on Mastodon's published examples", () => {
  it('reads the public key, the featured collection, the fields and the discoverable flag', async () => {
    const key = await readFragment(MASTODON_DOCS_PUBLIC_KEY);
    expect(key?.publicKeyId).toBe('https://mastodon.social/users/Gargron#main-key');
    expect(key?.publicKeyPem).toContain(
      'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvXc4vkECU2/CeuSo1wtn',
    );

    const featured = await readFragment(MASTODON_DOCS_FEATURED);
    expect(featured?.featuredUrl).toBe('https://example.com/@alice/collections/featured');

    // Mastodon's documented `schema: http://schema.org#` mapping (it says itself it is incorrect).
    const fields = await readFragment(MASTODON_DOCS_PROPERTY_VALUE);
    expect(fields?.fields.map((f) => f.name)).toEqual(['Patreon', 'Homepage']);
    expect(fields?.fields[0]?.value).toContain('href="https://www.patreon.com/mastodon"');
    expect(fields?.fields[0]?.value).toContain('rel="nofollow noopener noreferrer"');
    expect(fields?.fields[0]?.value).not.toContain('target=');

    expect((await readFragment(MASTODON_DOCS_DISCOVERABLE))?.discoverable).toBe(true);
  });

  it('reads the hashtag of the published Note', async () => {
    const note = await Note.fromJsonLd(JSON.parse(MASTODON_DOCS_HASHTAG_NOTE));
    const content = await noteContent(
      note,
      { documentLoader: offline } as unknown as Context<void>,
      t.database.db,
    );
    expect(content.text).toBe('I love #cats');
    expect(content.tags).toEqual([{ name: 'cats', display: 'cats' }]);
  });

  it('finds the actor in the published WebFinger answer', () => {
    const found = selfLink(MASTODON_DOCS_WEBFINGER);
    expect(found.ok && found.value.href).toBe('https://mastodon.social/users/Gargron');
  });
});

describe('our documents carry what the published examples rely on', () => {
  it('our actor: publicKey (id, owner, publicKeyPem), featured, discoverable, PropertyValue fields', async () => {
    const res = await t.app.request('/users/alice', { headers: { accept: AP } });
    expect(res.status).toBe(200);
    const actor = await json(res);
    // The compacted keys a plain-JSON reader such as Mastodon's looks for.
    expect(actor.publicKey).toMatchObject({
      id: 'http://empathie.test/users/alice#main-key',
      owner: 'http://empathie.test/users/alice',
    });
    expect(actor.publicKey.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(actor.featured).toBe('http://empathie.test/users/alice/collections/featured');
    expect(actor.discoverable).toBe(true);
    // One field compacts to an object rather than an array; Mastodon reads both.
    const fields = Array.isArray(actor.attachment) ? actor.attachment : [actor.attachment];
    expect(fields).toContainEqual(
      expect.objectContaining({ type: 'PropertyValue', name: 'Intention' }),
    );
    // And the same meaning as in the examples, read as JSON-LD.
    const parsed = await Person.fromJsonLd(actor);
    expect(parsed.featuredId?.href).toBe(actor.featured);
    expect(parsed.discoverable).toBe(true);
    const key = await parsed.getPublicKey({ documentLoader: offline });
    expect(key?.ownerId?.href).toBe('http://empathie.test/users/alice');
    const attachments = [];
    for await (const a of parsed.getAttachments({ documentLoader: offline })) attachments.push(a);
    expect(attachments.some((a) => a instanceof PropertyValue && a.value !== null)).toBe(true);
  });

  it('our Note: a Hashtag tag with its name and href, as the example', async () => {
    const created = await post(t, alice, 'Une recette de #tarte');
    const res = await t.app.request(`/users/alice/statuses/${created.body.id}`, {
      headers: { accept: AP },
    });
    const note = await json(res);
    const tags = Array.isArray(note.tag) ? note.tag : [note.tag];
    expect(tags).toContainEqual(
      expect.objectContaining({
        type: 'Hashtag',
        name: '#tarte',
        href: expect.stringMatching(/^http/),
      }),
    );
    expect(note.attributedTo).toBe('http://empathie.test/users/alice');
  });

  it('our WebFinger answer: subject, the self link of type activity+json, the profile page', async () => {
    const res = await t.app.request('/.well-known/webfinger?resource=acct:alice@empathie.test');
    const jrd = await json(res);
    const published = JSON.parse(MASTODON_DOCS_WEBFINGER);
    for (const key of Object.keys(published).filter((k) => k !== 'aliases')) {
      expect(jrd).toHaveProperty(key);
    }
    expect(jrd.subject).toBe('acct:alice@empathie.test');
    expect(jrd.links).toContainEqual(
      expect.objectContaining({ rel: 'self', type: AP, href: 'http://empathie.test/users/alice' }),
    );
    expect(jrd.links).toContainEqual(
      expect.objectContaining({ rel: 'http://webfinger.net/rel/profile-page' }),
    );
    // What the published answer gives, our own reader finds in ours.
    const found = selfLink(JSON.stringify(jrd));
    expect(found.ok && found.value.href).toBe('http://empathie.test/users/alice');
  });
});
