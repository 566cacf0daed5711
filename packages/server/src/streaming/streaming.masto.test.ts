import { createRestAPIClient, createStreamingAPIClient } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow, person } from '../posts/people.fixture.ts';
import { startLiveServer } from './live-server.fixture.ts';

// masto.js 7, the client library many Mastodon apps use, follows the streaming URL the instance
// advertises, sends the token as a WebSocket protocol, and reads a live `update`.

let live: Awaited<ReturnType<typeof startLiveServer>>;
beforeAll(async () => {
  live = await startLiveServer();
}, 60_000);
afterAll(async () => {
  await live?.stop();
});

describe('masto.js streaming', () => {
  it('receives an update on the home stream and a public one on the local stream', async () => {
    const reader = await person(live.t, 'lina');
    const author = await person(live.t, 'mo');
    await follow(live.t, reader, author);
    const rest = createRestAPIClient({ url: live.origin, accessToken: reader.token });
    const instance = await rest.v2.instance.fetch();
    // The instance advertises its public URL; this test server listens on a loopback port.
    expect(instance.configuration.urls.streaming).toBe('ws://empathie.test');
    const streaming = createStreamingAPIClient({
      streamingApiUrl: live.origin.replace('http:', 'ws:'),
      accessToken: reader.token,
      retry: false,
    });
    const home = streaming.user.subscribe();
    const local = streaming.public.local.subscribe();
    // masto.js subscribes (by message, on its one socket) when iteration starts.
    const homeUpdate = firstUpdate(home);
    const localUpdate = firstUpdate(local);
    while (live.t.streaming.connections === 0) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 200));

    const author$ = createRestAPIClient({ url: live.origin, accessToken: author.token });
    const status = await author$.v1.statuses.create({ status: 'Bonne journée à vous' });
    await live.settle();

    const homeEvent = await homeUpdate;
    expect(homeEvent.id).toBe(status.id);
    expect(homeEvent.account.id).toBe(author.id);
    const localEvent = await localUpdate;
    expect(localEvent.content).toContain('Bonne journée');
    home.unsubscribe();
    local.unsubscribe();
    streaming.close();
  });
});

type Subscription = ReturnType<ReturnType<typeof createStreamingAPIClient>['user']['subscribe']>;

async function firstUpdate(subscription: Subscription) {
  for await (const event of subscription) {
    if (event.event === 'update') return event.payload;
  }
  throw new Error('the stream ended without an update');
}
