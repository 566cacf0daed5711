import { readFileSync } from 'node:fs';
import { Object as APObject, isActor } from '@fedify/fedify';
import { describe, expect, it } from 'vitest';
import { EMPATHIE_NS, readIntention, withEmpathieExtension } from './empathie-extension.ts';
import { remoteActorData } from './remote-profile.ts';

// An actor shaped as Mastodon documents it (docs.joinmastodon.org/spec/activitypub), written
// for this test with hostile bits added: a script and javascript: link in the bio and a field.
const mastodonActor = JSON.parse(
  readFileSync(new URL('./fixtures/mastodon-actor.json', import.meta.url), 'utf8'),
);

async function parsed(document: unknown) {
  const object = await APObject.fromJsonLd(document);
  if (!isActor(object)) throw new Error('not an actor');
  return object;
}

describe('a remote actor as we store it', () => {
  it("reads a Mastodon actor's name, keys, collections, pictures and fields", async () => {
    const data = await remoteActorData(await parsed(mastodonActor), readIntention(mastodonActor));
    expect(data).toMatchObject({
      uri: 'https://masto.example/users/camille',
      username: 'camille',
      domain: 'masto.example',
      url: 'https://masto.example/@camille',
      displayName: 'Camille B.',
      intention: '',
      locked: true,
      bot: false,
      discoverable: true,
      inboxUrl: 'https://masto.example/users/camille/inbox',
      sharedInboxUrl: 'https://masto.example/inbox',
      publicKeyId: 'https://masto.example/users/camille#main-key',
      avatarUrl: 'https://files.masto.example/avatars/camille.png',
      headerUrl: 'https://files.masto.example/headers/camille.png',
      followersUrl: 'https://masto.example/users/camille/followers',
      featuredUrl: 'https://masto.example/users/camille/collections/featured',
    });
    expect(data?.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });

  it('keeps the bio and fields to a safe allow-list of HTML', async () => {
    const data = await remoteActorData(await parsed(mastodonActor), null);
    expect(data?.note).toContain('<a href="https://masto.example/tags/bees"');
    expect(data?.note).not.toMatch(/script|onerror|<img|alert/);
    expect(data?.fields).toHaveLength(1);
    expect(data?.fields[0]?.value).not.toContain('javascript:');
    expect(data?.fields[0]?.value).toContain('https://camille.example');
  });

  it('refuses an actor without a usable username or inbox', async () => {
    const noName = { ...mastodonActor, preferredUsername: 'a/b@c' };
    expect(await remoteActorData(await parsed(noName), null)).toBeNull();
    const { inbox: _inbox, ...noInbox } = mastodonActor;
    expect(await remoteActorData(await parsed(noInbox), null)).toBeNull();
  });

  it('labels a Service as a bot', async () => {
    const data = await remoteActorData(await parsed({ ...mastodonActor, type: 'Service' }), null);
    expect(data?.bot).toBe(true);
  });
});

describe('the empathie: extension', () => {
  it('round-trips the intention through our own context, and only that', () => {
    const out = withEmpathieExtension(
      { '@context': ['https://www.w3.org/ns/activitystreams'] },
      'Partager',
    );
    expect(readIntention(out)).toBe('Partager');
    expect(readIntention(withEmpathieExtension({}, '   '))).toBeNull();
  });

  it('reads it whatever prefix the other side chose, and strips tags', () => {
    const doc = {
      '@context': ['https://www.w3.org/ns/activitystreams', { e: EMPATHIE_NS }],
      'e:intention': '<b>Share</b> recipes',
    };
    expect(readIntention(doc)).toBe('Share recipes');
  });

  it('ignores an "intention" another vocabulary defines, and odd keys', () => {
    expect(
      readIntention({ '@context': [{ intention: 'https://other.example/ns#i' }], intention: 'x' }),
    ).toBeNull();
    expect(readIntention({ __proto__: { intention: 'x' }, constructor: 'y' })).toBeNull();
    expect(readIntention('not an object')).toBeNull();
  });
});
