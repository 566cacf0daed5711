import { Delete, Document, Image, Link, Update, Video } from '@fedify/fedify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineContext, remotePerson } from '../federation/inbox/inbox.fixture.ts';
import { call, type Person, type TestApp } from '../posts/people.fixture.ts';
import { testConfig } from '../testing/test-app.ts';
import { createMediaStore } from './media.module.ts';
import { hasGpsPointer } from './media-test-images.ts';
import { type Media, type RemoteMedia, remoteMedia } from './remote-media.fixture.ts';

/**
 * Other servers' images: a remote Note's attachments are kept by address, shown in the status
 * JSON through our image proxy, and fetched, cleaned and cached only when someone looks.
 */
let remote: RemoteMedia;
let t: TestApp;
let alice: Person;
let carol: Person;
let inbox: RemoteMedia['inbox'];
let origin: string;
let hits: RemoteMedia['hits'];
let photo: Buffer;
let image: RemoteMedia['image'];
let deliver: RemoteMedia['deliver'];
let mediaOf: RemoteMedia['mediaOf'];
let get: RemoteMedia['get'];

beforeAll(async () => {
  remote = await remoteMedia();
  ({ t, alice, carol, inbox, origin, hits, photo, image, deliver, mediaOf, get } = remote);
});
afterAll(() => remote.close());

describe('a remote post with images', () => {
  it('keeps its images by address, with their alt text, and downloads nothing on arrival', async () => {
    const bob = await remotePerson(t, 'bob');
    const { id } = await deliver(bob, [
      image('/photo-1.jpg', 'A cat asleep on a keyboard'),
      new Image({ url: new URL(`${origin}/still-1.png`), name: 'x'.repeat(3000) }),
      new Video({ mediaType: 'video/mp4', url: new URL(`${origin}/clip.mp4`) }),
      // Not media (another Empathie's call to action is a Link): left out.
      new Link({ href: new URL(`${origin}/calls/1`) }),
      new Document({ mediaType: 'image/png', url: new URL('javascript:alert(1)') }),
    ]);
    const media = await mediaOf(alice, id);
    expect(media.map((m) => m.type)).toEqual(['image', 'image', 'unknown']);
    const [first, second, video] = media as [Media, Media, Media];
    expect(first.remote_url).toBe(`${origin}/photo-1.jpg`);
    expect(first.url).toMatch(/^http:\/\/empathie\.test\/media\/proxy\/[A-Za-z0-9_-]{22}$/);
    expect(first.preview_url).toBe(`${first.url}/small`);
    expect(first.description).toBe('A cat asleep on a keyboard');
    expect(first.meta.original?.width).toBe(300);
    expect(second.description).toHaveLength(1500);
    // Not an image: a link to its origin, as Mastodon shows it, never proxied.
    expect(video.url).toBe(`${origin}/clip.mp4`);
    expect(video.preview_url).toBeNull();
    expect(hits.get('/photo-1.jpg')).toBeUndefined();
  });

  it('serves an image through the proxy: fetched once, cleaned of its GPS position, cached', async () => {
    const bob = await remotePerson(t, 'bob2');
    const { id } = await deliver(bob, [image('/photo-2.jpg', 'A harbour')]);
    const [media] = (await mediaOf(alice, id)) as [Media];
    const first = await get(media.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/jpeg');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('cache-control')).toContain('max-age');
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(hasGpsPointer(photo)).toBe(true);
    expect(hasGpsPointer(bytes)).toBe(false);
    expect(bytes.includes(Buffer.from('SecretCam'))).toBe(false);
    expect((await get(media.preview_url ?? '')).status).toBe(200);
    expect(hits.get('/photo-2.jpg')).toBe(1);

    // A cached file that went missing (a wiped disk) is fetched again.
    const row = await t.database.db
      .selectFrom('media_attachments')
      .selectAll()
      .where('id', '=', media.id)
      .executeTakeFirstOrThrow();
    await createMediaStore(testConfig().media, 'http://empathie.test').delete(
      row.original_key ?? '',
    );
    expect((await get(media.url)).status).toBe(200);
    expect(hits.get('/photo-2.jpg')).toBe(2);
  });

  it('refuses SVG, HTML, oversized and broken files with a stable code, and remembers the failure', async () => {
    const bob = await remotePerson(t, 'bob3');
    const paths = ['/drawing.svg', '/disguised.png', '/page.html', '/huge.jpg', '/gone.jpg'];
    const { id } = await deliver(
      bob,
      paths.slice(0, 4).map((p) => image(p, null)),
    );
    const { id: second } = await deliver(bob, [image('/gone.jpg', null)]);
    const media = [...(await mediaOf(alice, id)), ...(await mediaOf(alice, second))];
    const reasons: string[] = [];
    for (const m of media) {
      const reply = await get(m.url);
      expect(reply.status).toBe(502);
      const body = (await reply.json()) as { error: string; details: { reason: string } };
      expect(body.error).toBe('bad_gateway');
      reasons.push(body.details.reason);
    }
    expect(reasons).toEqual([
      'not_an_image',
      'unsupported',
      'not_an_image',
      'too_large',
      'upstream_status',
    ]);
    // Asked again at once: answered from memory, the remote server is not hit again.
    for (const m of media) expect((await get(m.url)).status).toBe(502);
    for (const p of paths) expect(hits.get(p)).toBe(1);
  });

  it('serves only rows of ours: an unknown key, or a row id, is not found', async () => {
    expect((await get('http://empathie.test/media/proxy/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    const row = await t.database.db
      .selectFrom('media_attachments')
      .select('id')
      .where('remote_url', 'is not', null)
      .executeTakeFirstOrThrow();
    expect((await get(`http://empathie.test/media/proxy/${row.id}`)).status).toBe(404);
    expect(
      (await get(`http://empathie.test/media/proxy/${encodeURIComponent(`${origin}/photo-9.jpg`)}`))
        .status,
    ).toBe(404);
  });

  it('shows a followers-only post’s images to nobody outside its audience', async () => {
    const bob = await remotePerson(t, 'bob4');
    const { id } = await deliver(
      bob,
      [image('/photo-4.jpg', 'Private')],
      new URL(`${bob.uri}/followers`),
    );
    // Alice is named: she reads it, with its image; Carol is not: no status, no address.
    expect(await mediaOf(alice, id)).toHaveLength(1);
    expect((await call(t, carol, 'GET', `/api/v1/statuses/${id}`)).status).toBe(404);
    expect((await call(t, null, 'GET', `/api/v1/statuses/${id}`)).status).toBe(404);
  });

  it('follows an edit, and removes cached files when the post or its author is deleted', async () => {
    const bob = await remotePerson(t, 'bob5');
    const { id, note } = await deliver(bob, [
      image('/photo-5.jpg', 'Before'),
      image('/photo-6.jpg', 'Dropped'),
    ]);
    const [kept] = (await mediaOf(alice, id)) as [Media];
    expect((await get(kept.url)).status).toBe(200);
    await inbox.posts.onUpdate(
      offlineContext,
      new Update({
        id: new URL(`${note.id?.href}#update`),
        actor: new URL(bob.uri),
        object: note.clone({
          attachments: [image('/photo-5.jpg', 'After'), image('/still-7.png', 'New')],
        }),
      }),
      bob.id,
      bob.uri,
    );
    await t.jobs.runDueJobs();
    const edited = await mediaOf(alice, id);
    expect(edited.map((m) => [m.description, m.remote_url])).toEqual([
      ['After', `${origin}/photo-5.jpg`],
      ['New', `${origin}/still-7.png`],
    ]);
    expect(edited[0]?.url).toBe(kept.url);

    const row = await t.database.db
      .selectFrom('media_attachments')
      .selectAll()
      .where('id', '=', kept.id)
      .executeTakeFirstOrThrow();
    const store = createMediaStore(testConfig().media, 'http://empathie.test');
    expect(await store.get(row.original_key ?? '')).not.toBeNull();
    // The post is deleted by its server: rows and cached files go (the purge job).
    await inbox.posts.onDelete(
      new Delete({
        id: new URL(`${note.id?.href}#delete`),
        actor: new URL(bob.uri),
        object: note.id,
      }),
      bob.id,
      bob.uri,
    );
    await t.jobs.runDueJobs();
    expect(await store.get(row.original_key ?? '')).toBeNull();
    expect((await get(kept.url)).status).toBe(404);

    // The author is deleted: the images of their other posts go too.
    const other = await deliver(bob, [image('/photo-10.jpg', 'Another')]);
    const [another] = (await mediaOf(alice, other.id)) as [Media];
    expect((await get(another.url)).status).toBe(200);
    await t.remoteMedia.forgetAccount(bob.id);
    await t.jobs.runDueJobs();
    expect(
      await t.database.db
        .selectFrom('media_attachments')
        .select('id')
        .where('id', '=', another.id)
        .execute(),
    ).toEqual([]);
    expect((await get(another.url)).status).toBe(404);
  });

  it('shows a remote avatar through the proxy, and the default picture when there is none', async () => {
    const dora = await remotePerson(t, 'dora');
    const account = (await call(t, alice, 'GET', `/api/v1/accounts/${dora.id}`)).body;
    expect(account.avatar).toBe(`http://empathie.test/media/proxy/accounts/${dora.id}/avatar`);
    const none = await get(account.avatar);
    expect(none.status).toBe(302);
    expect(none.headers.get('location')).toBe('/avatars/default.svg');
    await t.database.db
      .updateTable('remote_profiles')
      .set({ avatar_url: `${origin}/photo-avatar.jpg` })
      .where('account_id', '=', dora.id)
      .execute();
    const avatar = await get(account.avatar);
    expect(avatar.status).toBe(200);
    expect(avatar.headers.get('content-type')).toBe('image/jpeg');
  });
});
