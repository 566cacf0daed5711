import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Create,
  Delete,
  Document,
  Image,
  Link,
  Mention,
  Note,
  PUBLIC_COLLECTION,
  Update,
  Video,
} from '@fedify/fedify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inboxOf,
  offlineContext,
  type RemotePerson,
  remotePerson,
} from '../federation/inbox/inbox.fixture.ts';
import { loadNoteSource } from '../federation/objects/note.repository.ts';
import { type NoteSource, noteOf } from '../federation/objects/note.ts';
import { localUris } from '../federation/uri.ts';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createLogger } from '../shared/logger.ts';
import { createTestApp, testConfig } from '../testing/test-app.ts';
import { createImageProxy } from './image-proxy.service.ts';
import { createMediaStore } from './media.module.ts';
import { mediaRepository } from './media.repository.ts';
import { MEDIA_MAX_BYTES } from './media-processing.ts';
import { hasGpsPointer, phonePhoto, png, SVG } from './media-test-images.ts';
import { remoteMediaRepository } from './remote-media.repository.ts';

/**
 * Other servers' images: a remote Note's attachments are kept by address, shown in the status
 * JSON through our image proxy, and fetched, cleaned and cached only when someone looks. The
 * "remote server" is a small HTTP server on loopback (ALLOW_PRIVATE_ADDRESS, as in development).
 */
let t: TestApp;
let alice: Person;
let carol: Person;
let inbox: ReturnType<typeof inboxOf>;
let server: Server;
let origin: string;
const hits = new Map<string, number>();
let photo: Buffer;

beforeAll(async () => {
  photo = await phonePhoto(300, 150);
  const still = await png(40, 40);
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path.startsWith('/photo'))
      return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo);
    if (path.startsWith('/still'))
      return void res.writeHead(200, { 'content-type': 'image/png' }).end(still);
    if (path === '/drawing.svg')
      return void res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SVG);
    // An SVG that lies about its type: the bytes are judged, not the header.
    if (path === '/disguised.png')
      return void res.writeHead(200, { 'content-type': 'image/png' }).end(SVG);
    if (path === '/page.html')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>hi</h1>');
    if (path === '/huge.jpg') {
      // No Content-Length: the cap must stop the body itself.
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.write(photo);
      res.end(Buffer.alloc(MEDIA_MAX_BYTES));
      return;
    }
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp({ allowPrivateAddress: true });
  alice = await person(t, 'alice');
  carol = await person(t, 'carol');
  inbox = inboxOf(t);
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});

const aliceUri = 'http://empathie.test/users/alice';
let counter = 0;

function image(path: string, alt: string | null, extra: Record<string, unknown> = {}) {
  return new Document({
    mediaType: 'image/jpeg',
    url: new URL(`${origin}${path}`),
    name: alt,
    width: 300,
    height: 150,
    ...extra,
  });
}

async function deliver(
  author: RemotePerson,
  attachments: Array<Document | Link>,
  to = PUBLIC_COLLECTION,
) {
  counter += 1;
  const id = new URL(`${author.uri}/statuses/img-${counter}`);
  const note = new Note({
    id,
    attribution: new URL(author.uri),
    content: '<p>Regardez !</p>',
    to,
    ccs: [new URL(aliceUri)],
    tags: [new Mention({ href: new URL(aliceUri), name: '@alice@empathie.test' })],
    attachments,
  });
  await inbox.posts.onCreate(
    offlineContext,
    new Create({ id: new URL(`${id.href}/activity`), actor: new URL(author.uri), object: note }),
    author.uri,
  );
  await t.jobs.runDueJobs();
  const row = await t.database.db
    .selectFrom('posts')
    .select('id')
    .where('uri', '=', id.href)
    .executeTakeFirstOrThrow();
  return { id: row.id, note };
}

type Media = {
  id: string;
  type: string;
  url: string;
  preview_url: string | null;
  remote_url: string;
  description: string | null;
  meta: { original?: { width: number } };
};

async function mediaOf(who: Person, postId: string): Promise<Media[]> {
  const reply = await call(t, who, 'GET', `/api/v1/statuses/${postId}`);
  expect(reply.status).toBe(200);
  return reply.body.media_attachments;
}

const get = (url: string) =>
  t.app.request(new URL(url).pathname, { headers: { 'accept-language': 'en' } });

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

describe('a local post with images, as other servers read it', () => {
  it('carries each image as a Mastodon-shaped Document with its alt text', async () => {
    const form = new FormData();
    const bytes = await png(80, 60);
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], 'a.png', { type: 'image/png' }));
    form.set('description', 'Two swans on the canal');
    const uploaded = await t.app.request('/api/v1/media', {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${alice.token}` },
    });
    const medium = (await uploaded.json()) as { id: string; url: string };
    const status = await call(t, alice, 'POST', '/api/v1/statuses', {
      status: 'Au bord de l’eau',
      media_ids: [medium.id],
    });
    const source = await loadNoteSource(
      t.database.db,
      status.body.id,
      localUris('http://empathie.test'),
      'empathie.test',
    );
    const json = (await noteOf(source as NoteSource, localUris('http://empathie.test')).toJsonLd({
      format: 'compact',
    })) as { attachment: unknown };
    expect(json.attachment).toEqual({
      type: 'Document',
      mediaType: 'image/png',
      url: medium.url,
      name: 'Two swans on the canal',
      width: 80,
      height: 60,
    });
  });
});
