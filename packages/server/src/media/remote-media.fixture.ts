import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Create, Document, type Link, Mention, Note, PUBLIC_COLLECTION } from '@fedify/fedify';
import { expect } from 'vitest';
import { inboxOf, offlineContext, type RemotePerson } from '../federation/inbox/inbox.fixture.ts';
import { call, type Person, person, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { MEDIA_MAX_BYTES } from './media-processing.ts';
import { phonePhoto, png, SVG } from './media-test-images.ts';

/**
 * Other servers' images, as the remote-media tests see them: a "remote server" on loopback
 * (ALLOW_PRIVATE_ADDRESS, as in development) that counts the requests for each path, our app,
 * Alice (named in every delivered Note) and Carol (never named).
 */
export type Media = {
  id: string;
  type: string;
  url: string;
  preview_url: string | null;
  remote_url: string;
  description: string | null;
  meta: { original?: { width: number } };
};

export interface RemoteMedia {
  t: TestApp;
  alice: Person;
  carol: Person;
  inbox: ReturnType<typeof inboxOf>;
  /** The remote server's origin. */
  origin: string;
  /** How many times each path of the remote server was asked for. */
  hits: Map<string, number>;
  /** The photo it serves under /photo*: a phone's JPEG, with a GPS position. */
  photo: Buffer;
  /** An image attachment on the remote server. */
  image(path: string, alt: string | null, extra?: Record<string, unknown>): Document;
  /** A Note from `author` naming Alice, delivered to our inbox; returns its post id and Note. */
  deliver(
    author: RemotePerson,
    attachments: Array<Document | Link>,
    to?: URL,
  ): Promise<{ id: string; note: Note }>;
  /** A post's media attachments, as `who` reads them in the status JSON. */
  mediaOf(who: Person, postId: string): Promise<Media[]>;
  /** An image address of ours, asked for on our app. */
  get(url: string): Response | Promise<Response>;
  close(): Promise<void>;
}

const aliceUri = 'http://empathie.test/users/alice';

export async function remoteMedia(): Promise<RemoteMedia> {
  const hits = new Map<string, number>();
  const photo = await phonePhoto(300, 150);
  const still = await png(40, 40);
  const server = createServer((req, res) => {
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
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const t = await createTestApp({ allowPrivateAddress: true });
  const alice = await person(t, 'alice');
  const carol = await person(t, 'carol');
  const inbox = inboxOf(t);
  let counter = 0;

  // lookup-safe: `extra` holds fields a test writes itself, never keys read from a request.
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

  async function mediaOf(who: Person, postId: string): Promise<Media[]> {
    const reply = await call(t, who, 'GET', `/api/v1/statuses/${postId}`);
    expect(reply.status).toBe(200);
    return reply.body.media_attachments;
  }

  const get = (url: string) =>
    t.app.request(new URL(url).pathname, { headers: { 'accept-language': 'en' } });

  async function close() {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  }

  return { t, alice, carol, inbox, origin, hits, photo, image, deliver, mediaOf, get, close };
}
