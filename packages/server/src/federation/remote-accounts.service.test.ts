import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';

// A small hostile server on loopback: its WebFinger points at actor documents that lie.
let server: Server;
let origin: string;
let host: string;
const documents = new Map<string, unknown>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/.well-known/webfinger') {
      const name = /^acct:([^@]+)@/.exec(url.searchParams.get('resource') ?? '')?.[1] ?? '';
      res.writeHead(200, { 'content-type': 'application/jrd+json' });
      res.end(
        JSON.stringify({
          subject: `acct:${name}@${host}`,
          links: [
            { rel: 'self', type: 'application/activity+json', href: `${origin}/users/${name}` },
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
  const actor = (id: string, name: string) => ({
    '@context': 'https://www.w3.org/ns/activitystreams',
    id,
    type: 'Person',
    preferredUsername: name,
    inbox: `${id}/inbox`,
  });
  documents.set('/users/honest', actor(`${origin}/users/honest`, 'honest'));
  // Claims to be someone on another server: must never be filed under that name.
  documents.set('/users/liar', actor('https://victim.example/users/ceo', 'ceo'));
  documents.set('/users/note', { ...actor(`${origin}/users/note`, 'note'), type: 'Note' });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('resolving remote accounts', () => {
  it('refuses to fetch a private address unless allowed (SSRF)', async () => {
    const t = await createTestApp({ allowPrivateAddress: false });
    try {
      const found = await t.federation.remoteAccounts.resolveHandle(`honest@${host}`);
      expect(found.ok ? 'stored' : found.error.kind).toBe('refused_url');
      const byUri = await t.federation.remoteAccounts.resolveActor(`${origin}/users/honest`);
      expect(byUri.ok ? 'stored' : byUri.error.kind).toBe('refused_url');
      const stored = await t.database.db.selectFrom('accounts').select('id').execute();
      expect(stored).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('stores an honest actor, and refuses one whose id names another origin', async () => {
    const t = await createTestApp({ allowPrivateAddress: true });
    try {
      const honest = await t.federation.remoteAccounts.resolveHandle(`honest@${host}`);
      expect(honest.ok && honest.value).toMatchObject({ username: 'honest', domain: host });
      // Stored and fresh: answered without asking; `refresh` asks again (an Update arrived).
      documents.set('/users/honest', {
        ...(documents.get('/users/honest') as object),
        name: 'Now named',
      });
      const cached = await t.federation.remoteAccounts.resolveActor(`${origin}/users/honest`);
      expect(cached.ok && cached.value.display_name).toBe('');
      const refreshed = await t.federation.remoteAccounts.resolveActor(`${origin}/users/honest`, {
        refresh: true,
      });
      expect(refreshed.ok && refreshed.value.display_name).toBe('Now named');
      const liar = await t.federation.remoteAccounts.resolveHandle(`liar@${host}`);
      expect(liar.ok ? 'stored' : liar.error.kind).toBe('id_mismatch');
      const note = await t.federation.remoteAccounts.resolveHandle(`note@${host}`);
      expect(note.ok ? 'stored' : note.error.kind).toBe('not_an_actor');
      const victims = await t.database.db
        .selectFrom('accounts')
        .select('uri')
        .where('domain', '=', 'victim.example')
        .execute();
      expect(victims).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('never fetches for a handle of this instance or a malformed one', async () => {
    const t = await createTestApp({ allowPrivateAddress: true });
    try {
      const local = await t.federation.remoteAccounts.resolveHandle('alice@empathie.test');
      expect(local.ok ? 'stored' : local.error.kind).toBe('local');
      const bad = await t.federation.remoteAccounts.resolveHandle('no-at-sign');
      expect(bad.ok ? 'stored' : bad.error.kind).toBe('bad_handle');
    } finally {
      await t.close();
    }
  });
});
