import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remotePerson } from '../federation/inbox/inbox.fixture.ts';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createLogger } from '../shared/logger.ts';
import { testConfig } from '../testing/test-app.ts';
import { createImageProxy } from './image-proxy.service.ts';
import { createMediaStore } from './media.module.ts';
import { mediaRepository } from './media.repository.ts';
import { type Media, type RemoteMedia, remoteMedia } from './remote-media.fixture.ts';
import { remoteMediaRepository } from './remote-media.repository.ts';

/**
 * Other servers' images we neither fetch nor serve: an address inside our own network, and the
 * media of a domain whose media are rejected.
 */
let remote: RemoteMedia;
let t: TestApp;
let alice: Person;
let origin: string;
let hits: RemoteMedia['hits'];
let image: RemoteMedia['image'];
let deliver: RemoteMedia['deliver'];
let mediaOf: RemoteMedia['mediaOf'];
let get: RemoteMedia['get'];

beforeAll(async () => {
  remote = await remoteMedia();
  ({ t, alice, origin, hits, image, deliver, mediaOf, get } = remote);
});
afterAll(() => remote.close());

describe('an attachment pointing inside our own network', () => {
  it('is refused by a proxy that may not reach private addresses, and never fetched', async () => {
    const bob = await remotePerson(t, 'bob6');
    const { id } = await deliver(bob, [image('/photo-ssrf.jpg', null)]);
    const [media] = (await mediaOf(alice, id)) as [Media];
    const db = t.database.db;
    const proxy = createImageProxy({
      repo: mediaRepository(db),
      remote: remoteMediaRepository(db),
      remoteMedia: t.remoteMedia,
      store: createMediaStore(testConfig().media, 'http://empathie.test'),
      clock: t.clock,
      logger: createLogger('silent'),
      fetch: { allowPrivate: false },
    });
    const key = new URL(media.url).pathname.split('/').at(-1) ?? '';
    expect(await proxy.attachment(key, 'original')).toEqual({
      ok: false,
      error: { kind: 'failed', reason: 'refused_address' },
    });
    expect(hits.get('/photo-ssrf.jpg')).toBeUndefined();
  });
});

describe('a domain whose media are rejected', () => {
  it('has its attachments dropped, its stored images unserved and its avatars default', async () => {
    const admin = await person(t, 'keeper', { role: 'admin' });
    const erin = await remotePerson(t, 'erin', 'noisy.example');
    await t.database.db
      .updateTable('remote_profiles')
      .set({ avatar_url: `${origin}/photo-erin.jpg` })
      .where('account_id', '=', erin.id)
      .execute();
    const before = await deliver(erin, [image('/photo-8.jpg', 'Before the block')]);
    const [stored] = (await mediaOf(alice, before.id)) as [Media];
    const block = await call(t, admin, 'POST', '/api/v1/admin/domain_blocks', {
      domain: 'noisy.example',
      severity: 'noop',
      reject_media: true,
    });
    expect(block.status).toBe(200);
    const after = await deliver(erin, [image('/photo-9.jpg', 'After the block')]);
    expect(await mediaOf(alice, after.id)).toEqual([]);
    const refused = await get(stored.url);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { details: { reason: string } }).details.reason).toBe(
      'media_rejected',
    );
    const avatar = await get(`http://empathie.test/media/proxy/accounts/${erin.id}/avatar`);
    expect(avatar.status).toBe(302);
    expect(hits.get('/photo-8.jpg')).toBeUndefined();
    expect(hits.get('/photo-erin.jpg')).toBeUndefined();
  });
});
