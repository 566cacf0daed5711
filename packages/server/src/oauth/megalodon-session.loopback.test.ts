import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import generator, { detector, type Entity, type MegalodonInterface } from 'megalodon';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveInBrowser, webSession } from './consent.fixture.ts';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.fixture.ts';

// Whalebird's client library, megalodon (10.0.5, the last release that runs on Node 20), through
// a whole session against the real server on loopback: it recognises the server, registers,
// logs in with the authorization code, posts an image with its description and a poll, follows
// a timeline live over the streaming API, and keeps bookmarks, lists and notifications.

let server: LoopbackServer;
let dir: string;
beforeAll(async () => {
  server = await startLoopbackServer();
  dir = mkdtempSync(join(tmpdir(), 'empathie-megalodon-'));
}, 150_000);
afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const CALLBACK = 'http://127.0.0.1:1/callback';

/** The first event of a kind on a stream, or a clear failure after a few seconds. */
function nextEvent<T>(stream: { on(event: string, cb: (x: T) => void): unknown }, kind: string) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${kind} event within 10 s`)), 10_000);
    stream.on(kind, (x: T) => {
      clearTimeout(timer);
      resolve(x);
    });
  });
}

describe('megalodon, from detection to a first day', () => {
  it('logs in with the code, posts an image with alt text and a poll, and streams', async () => {
    // Whalebird asks NodeInfo what the server is before anything else.
    expect(await detector(server.origin)).toBe('mastodon');

    const anon = generator('mastodon', server.origin);
    const app = await anon.registerApp('Megalodon test app', {
      scopes: ['read', 'write', 'follow'],
      redirect_uris: CALLBACK,
      website: 'https://whalebird.example',
    });
    expect(app.client_id).toBeTruthy();
    expect(app.url).toBeTruthy();

    const { cookie } = await webSession(server.origin, 'iris');
    const code = await approveInBrowser(server.origin, app.url ?? '', cookie);
    const token = await anon.fetchAccessToken(app.client_id, app.client_secret, code, CALLBACK);
    expect(token.access_token).toBeTruthy();

    const client: MegalodonInterface = generator('mastodon', server.origin, token.access_token);
    const me = (await client.verifyAccountCredentials()).data;
    expect(me.username).toBe('iris');
    expect((await client.verifyAppCredentials()).data.name).toBe('Megalodon test app');

    // The streaming URL is advertised, and the user stream carries a followed person's post.
    const streamingUrl = await client.streamingURL();
    expect(streamingUrl).toMatch(/^wss?:\/\//);
    const other = await webSession(server.origin, 'omar');
    const omar = generator('mastodon', server.origin, other.token);
    const omarId = (await omar.verifyAccountCredentials()).data.id;
    await client.followAccount(omarId);
    const stream = await client.userStreaming();
    let posted: Entity.Status;
    try {
      await nextEvent(stream, 'connect');
      const update = nextEvent<Entity.Status>(stream, 'update');
      posted = (await omar.postStatus('En direct, sans recharger', {})).data as Entity.Status;
      expect((await update).id).toBe(posted.id);
    } finally {
      stream.stop();
    }

    // An image with its description, then a post that carries it.
    const file = join(dir, 'sunrise.png');
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#f4a261' } })
      .png()
      .toFile(file);
    const uploaded = (
      await client.uploadMedia(createReadStream(file), {
        description: 'Un lever de soleil orange sur la mer',
      })
    ).data as Entity.Attachment;
    expect(uploaded.id).toBeTruthy();
    const withImage = (await client.postStatus('Ce matin', { media_ids: [uploaded.id] }))
      .data as Entity.Status;
    expect(withImage.media_attachments).toHaveLength(1);
    expect(withImage.media_attachments[0]?.description).toBe(
      'Un lever de soleil orange sur la mer',
    );

    // A poll, and another person's vote in it.
    const withPoll = (
      await client.postStatus('Thé ou café ?', {
        poll: { options: ['Thé', 'Café'], expires_in: 3600 },
      })
    ).data as Entity.Status;
    expect(withPoll.poll?.options.map((o) => o.title)).toEqual(['Thé', 'Café']);
    const voted = (await omar.votePoll(withPoll.poll?.id ?? '', [1])).data;
    expect(voted.voted).toBe(true);
    expect((await client.getPoll(withPoll.poll?.id ?? '')).data.votes_count).toBe(1);

    // Keeping and finding again, and what others did.
    await client.bookmarkStatus(posted.id);
    expect((await client.getBookmarks()).data.map((s) => s.id)).toEqual([posted.id]);
    const list = (await client.createList('Voisins')).data;
    await client.addAccountsToList(list.id, [omarId]);
    expect((await client.getAccountsInList(list.id)).data.map((a) => a.username)).toEqual(['omar']);
    await omar.favouriteStatus(withImage.id);
    const notifications = (await client.getNotifications()).data;
    expect(
      notifications.some((n) => n.type === 'favourite' && n.account?.username === 'omar'),
    ).toBe(true);
  }, 90_000);
});
