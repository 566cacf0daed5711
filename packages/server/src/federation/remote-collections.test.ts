import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';
import { seedPublishedRsaKey } from './testing/published-key.fixture.ts';
import { INSTANCE_ACTOR_IDENTIFIER } from './uri.ts';

/**
 * A remote account's counts and pinned posts, read from its own server's collections when it is
 * resolved and at most daily after that. The "server" is a small one on loopback, in this process.
 */
let server: Server;
let origin: string;
let host: string;
const documents = new Map<string, unknown>();
const hits = new Map<string, number>();
const AS = 'https://www.w3.org/ns/activitystreams';
const PUBLIC = `${AS}#Public`;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    if (url.pathname === '/.well-known/webfinger') {
      res.writeHead(200, { 'content-type': 'application/jrd+json' });
      res.end(
        JSON.stringify({
          subject: `acct:carla@${host}`,
          links: [
            { rel: 'self', type: 'application/activity+json', href: `${origin}/users/carla` },
          ],
        }),
      );
      return;
    }
    const doc = documents.get(url.pathname);
    if (!doc) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/activity+json' });
    res.end(JSON.stringify(doc));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  host = `127.0.0.1:${port}`;
  const actor = `${origin}/users/carla`;
  documents.set('/users/carla', {
    '@context': [
      AS,
      { toot: 'http://joinmastodon.org/ns#', featured: { '@id': 'toot:featured', '@type': '@id' } },
    ],
    id: actor,
    type: 'Person',
    preferredUsername: 'carla',
    inbox: `${actor}/inbox`,
    outbox: `${actor}/outbox`,
    followers: `${actor}/followers`,
    following: `${actor}/following`,
    featured: `${actor}/collections/featured`,
  });
  const collection = (path: string, totalItems: unknown) =>
    documents.set(path, {
      '@context': AS,
      id: `${origin}${path}`,
      type: 'OrderedCollection',
      totalItems,
    });
  collection('/users/carla/followers', 1234);
  collection('/users/carla/following', 56);
  collection('/users/carla/outbox', 789);
  const note = (n: number, extra: Record<string, unknown> = {}) => ({
    id: `${actor}/statuses/${n}`,
    type: 'Note',
    attributedTo: actor,
    content: `<p>Pinned thought ${n}</p>`,
    published: '2026-10-01T10:00:00Z',
    to: [PUBLIC],
    cc: [`${actor}/followers`],
    ...extra,
  });
  documents.set('/users/carla/statuses/2', { '@context': AS, ...note(2) });
  documents.set('/users/carla/statuses/5', { '@context': AS, ...note(5) });
  documents.set('/users/carla/collections/featured', {
    '@context': AS,
    id: `${actor}/collections/featured`,
    type: 'OrderedCollection',
    totalItems: 4,
    orderedItems: [
      note(1),
      // By reference: fetched from the actor's own server.
      `${actor}/statuses/2`,
      // Someone else's post, and a post of another server: never taken as carla's pins.
      note(3, { attributedTo: 'https://elsewhere.example/users/mallory' }),
      { ...note(4), id: 'https://elsewhere.example/statuses/4' },
      // By reference on another origin (the same server under another name): never fetched.
      `http://localhost:${port}/users/carla/statuses/5`,
    ],
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a remote account's collections", () => {
  it('shows its counts and pinned posts, reads them again at most daily, and keeps what it could not read', async () => {
    const t = await createTestApp({ allowPrivateAddress: true });
    try {
      const viewer = await person(t, 'vera');
      await seedPublishedRsaKey(t.database.db, INSTANCE_ACTOR_IDENTIFIER);
      const resolved = await t.federation.remoteAccounts.resolveHandle(`carla@${host}`);
      if (!resolved.ok) throw new Error(`not resolved: ${resolved.error.kind}`);
      const id = resolved.value.id;
      // The row the resolution answers already carries the counts.
      expect(resolved.value).toMatchObject({
        followers_count: 1234,
        following_count: 56,
        statuses_count: 789,
      });
      const api = async (path: string) => {
        const response = await t.app.request(`http://empathie.test${path}`, {
          headers: { authorization: `Bearer ${viewer.token}` },
        });
        expect(response.status).toBe(200);
        // biome-ignore lint/suspicious/noExplicitAny: Mastodon JSON, checked below
        return (await response.json()) as any;
      };
      expect(await api(`/api/v1/accounts/${id}`)).toMatchObject({
        acct: `carla@${host}`,
        followers_count: 1234,
        following_count: 56,
        statuses_count: 789,
      });
      const pinned = await api(`/api/v1/accounts/${id}/statuses?pinned=true`);
      expect(pinned.map((s: { uri: string }) => s.uri)).toEqual([
        `${origin}/users/carla/statuses/1`,
        `${origin}/users/carla/statuses/2`,
      ]);
      expect(pinned[0].content).toContain('Pinned thought 1');

      // Unpinned on its server, a count grown, another unreadable.
      const featured = documents.get('/users/carla/collections/featured') as Record<
        string,
        unknown
      >;
      documents.set('/users/carla/collections/featured', {
        ...featured,
        orderedItems: [`${origin}/users/carla/statuses/2`],
      });
      documents.set('/users/carla/followers', {
        ...(documents.get('/users/carla/followers') as object),
        totalItems: 1300,
      });
      documents.delete('/users/carla/following');
      const featuredHits = hits.get('/users/carla/collections/featured');

      // An Update of the actor within the day: the actor is read again, its collections are not.
      t.clock.advance(60 * 60 * 1000);
      await t.federation.remoteAccounts.resolveActor(`${origin}/users/carla`, { refresh: true });
      // Reads started for an arriving activity run in the background: wait for them to end.
      await t.federation.remoteAccounts.collectionsRead();
      expect(hits.get('/users/carla/collections/featured')).toBe(featuredHits);
      expect((await api(`/api/v1/accounts/${id}`)).followers_count).toBe(1234);

      // A day later: read again.
      t.clock.advance(24 * 60 * 60 * 1000);
      await t.federation.remoteAccounts.resolveActor(`${origin}/users/carla`);
      await t.federation.remoteAccounts.collectionsRead();
      expect(await api(`/api/v1/accounts/${id}`)).toMatchObject({
        followers_count: 1300,
        // The following collection answered 404: the count we had stays.
        following_count: 56,
        statuses_count: 789,
      });
      const after = await api(`/api/v1/accounts/${id}/statuses?pinned=true`);
      expect(after.map((s: { uri: string }) => s.uri)).toEqual([
        `${origin}/users/carla/statuses/2`,
      ]);
      // Nothing of mallory's or of another server was stored under carla's name.
      const foreign = await t.database.db
        .selectFrom('posts')
        .select('uri')
        .where('uri', 'in', [
          `${origin}/users/carla/statuses/3`,
          'https://elsewhere.example/statuses/4',
          `${origin}/users/carla/statuses/5`,
        ])
        .execute();
      expect(foreign).toEqual([]);
      // Local counts are our own: the viewer's are untouched.
      expect((await api(`/api/v1/accounts/${viewer.id}`)).followers_count).toBe(0);
    } finally {
      await t.close();
    }
  });
});
