import { createHash, randomBytes } from 'node:crypto';
import { createOAuthAPIClient, createRestAPIClient } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webSession } from './consent.fixture.ts';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.fixture.ts';

// A Mastodon app's whole first session, with masto.js against the real server on loopback:
// registration, the authorization-code log-in with PKCE (the consent page driven over HTTP as the
// web app does it), then the calls of a first day: who am I, post, home, favourite, notifications,
// bookmarks, pins, a list and its timeline, the unread badge and grouped notifications, a poll
// and a vote, a direct conversation, a followed and a featured hashtag.

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
}, 150_000);
afterAll(async () => {
  await server?.stop();
});

const CALLBACK = 'http://127.0.0.1:1/callback';

describe('masto.js, from registration to a first day', () => {
  it('logs in with the authorization code and PKCE, then posts, reads, favourites', async () => {
    const anon = createRestAPIClient({ url: server.origin });
    const app = await anon.v1.apps.create({
      clientName: 'Masto test app',
      redirectUris: CALLBACK,
      scopes: 'read write follow',
      website: 'https://app.example',
    });
    expect(app.clientId).toBeTruthy();
    expect(app.clientSecret).toBeTruthy();

    const { cookie } = await webSession(server.origin, 'sacha');
    const verifier = randomBytes(48).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const request = {
      response_type: 'code',
      client_id: app.clientId ?? '',
      redirect_uri: CALLBACK,
      scope: 'read write follow',
      state: 'opaque-state',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    };
    // The app opens the consent page in a browser: it answers with the web app.
    const page = await fetch(`${server.origin}/oauth/authorize?${new URLSearchParams(request)}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    await page.arrayBuffer();
    // The person approves: the web app sends the answer with its session.
    const answer = await fetch(`${server.origin}/api/empathie/v1/oauth/authorization`, {
      method: 'POST',
      headers: {
        cookie,
        'x-empathie-web': '1',
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ ...request, decision: 'approve' }),
    });
    expect(answer.status).toBe(200);
    const back = new URL(((await answer.json()) as { redirect_to: string }).redirect_to);
    expect(back.searchParams.get('state')).toBe('opaque-state');
    const code = back.searchParams.get('code') ?? '';

    const oauth = createOAuthAPIClient({ url: server.origin });
    const token = await oauth.token.create({
      grantType: 'authorization_code',
      clientId: app.clientId ?? '',
      clientSecret: app.clientSecret ?? '',
      redirectUri: CALLBACK,
      code,
      // masto 7 has no field for PKCE; it sends every parameter in snake_case.
      ...({ codeVerifier: verifier } as object),
    });
    expect(token.scope).toBe('read write follow');

    const masto = createRestAPIClient({ url: server.origin, accessToken: token.accessToken });
    const me = await masto.v1.accounts.verifyCredentials();
    expect(me.username).toBe('sacha');
    const verifiedApp = await masto.v1.apps.verifyCredentials();
    expect(verifiedApp.name).toBe('Masto test app');

    const status = await masto.v1.statuses.create({ status: 'Bonjour depuis une appli !' });
    expect(status.account.id).toBe(me.id);
    const home = await masto.v1.timelines.home.list();
    expect(home.map((s) => s.id)).toContain(status.id);

    // Someone else favourites it; Sacha's app sees the notification.
    const other = await webSession(server.origin, 'noor');
    const reader = createRestAPIClient({ url: server.origin, accessToken: other.token });
    const favourited = await reader.v1.statuses.$select(status.id).favourite();
    expect(favourited.favourited).toBe(true);
    const mine = await masto.v1.statuses.$select(status.id).favourite();
    expect(mine.favouritesCount).toBe(2);
    const notifications = await masto.v1.notifications.list();
    expect(
      notifications.some((n) => n.type === 'favourite' && n.account?.username === 'noor'),
    ).toBe(true);

    // Keeping and finding again: bookmarks, the favourites list, a pin on the profile.
    const bookmarked = await masto.v1.statuses.$select(status.id).bookmark();
    expect(bookmarked.bookmarked).toBe(true);
    expect((await masto.v1.bookmarks.list()).map((s) => s.id)).toEqual([status.id]);
    expect((await masto.v1.favourites.list()).map((s) => s.id)).toEqual([status.id]);
    expect((await masto.v1.statuses.$select(status.id).pin()).pinned).toBe(true);
    const pinned = await masto.v1.accounts.$select(me.id).statuses.list({ pinned: true });
    expect(pinned.map((s) => s.id)).toEqual([status.id]);

    // A list of the people one follows, and its timeline.
    const noor = await reader.v1.accounts.verifyCredentials();
    await masto.v1.accounts.$select(noor.id).follow();
    const list = await masto.v1.lists.create({ title: 'Proches' });
    await masto.v1.lists.$select(list.id).accounts.create({ accountIds: [noor.id] });
    const noorPost = await reader.v1.statuses.create({ status: 'Un mot pour la liste' });
    const listed = await masto.v1.timelines.list.$select(list.id).list();
    expect(listed.map((s) => s.id)).toEqual([noorPost.id]);
    const members = await masto.v1.lists.$select(list.id).accounts.list();
    expect(members.map((a) => a.username)).toEqual(['noor']);
    await masto.v1.lists.$select(list.id).accounts.remove({ accountIds: [noor.id] });
    expect(await masto.v1.lists.$select(list.id).accounts.list()).toEqual([]);

    // The badge and the grouped view of the same notifications.
    const unread = await masto.v1.notifications.unreadCount.fetch();
    expect(unread.count).toBeGreaterThanOrEqual(1);
    const grouped = await masto.v2.notifications.list();
    expect(grouped.notificationGroups.some((g) => (g.type as string) === 'favourite')).toBe(true);

    // A poll: posted with the status, voted once by a reader, read back with their vote.
    const asked = await masto.v1.statuses.create({
      status: 'Thé ou café ?',
      poll: { options: ['Thé', 'Café'], expiresIn: 3600, multiple: false },
    });
    expect(asked.poll?.options.map((o) => o.title)).toEqual(['Thé', 'Café']);
    const pollId = asked.poll?.id ?? '';
    const afterVote = await reader.v1.polls.$select(pollId).votes.create({ choices: [1] });
    expect(afterVote).toMatchObject({ voted: true, ownVotes: [1], votesCount: 1 });
    await expect(
      reader.v1.polls.$select(pollId).votes.create({ choices: [0] }),
    ).rejects.toMatchObject({ statusCode: 422 });
    expect((await masto.v1.polls.$select(pollId).fetch()).votersCount).toBe(1);

    // A direct message becomes a conversation for both, and a followed hashtag reaches home.
    const whisper = await reader.v1.statuses.create({
      status: '@sacha rien que pour toi',
      visibility: 'direct',
    });
    // Conversations are written by the fan-out job, a moment after the post: wait for it.
    let conversationIds: Array<string | undefined> = [];
    for (let attempt = 0; attempt < 50 && !conversationIds.includes(whisper.id); attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      conversationIds = (await masto.v1.conversations.list()).map((c) => c.lastStatus?.id);
    }
    expect(conversationIds).toContain(whisper.id);
    const tag = await masto.v1.tags.$select('entraide').follow();
    expect(tag.following).toBe(true);
    expect((await masto.v1.followedTags.list()).map((t) => t.name)).toEqual(['entraide']);
    const featured = await masto.v1.featuredTags.create({ name: 'entraide' });
    expect((await masto.v1.featuredTags.list()).map((t) => t.id)).toEqual([featured.id]);

    // The same code a second time is refused, as the library reports it.
    await expect(
      oauth.token.create({
        grantType: 'authorization_code',
        clientId: app.clientId ?? '',
        clientSecret: app.clientSecret ?? '',
        redirectUri: CALLBACK,
        code,
        ...({ codeVerifier: verifier } as object),
      }),
    ).rejects.toMatchObject({ statusCode: 400 });

    // The app's own token: it knows the app, and no person.
    const appToken = await oauth.token.create({
      grantType: 'client_credentials',
      clientId: app.clientId ?? '',
      clientSecret: app.clientSecret ?? '',
      redirectUri: CALLBACK,
      scope: 'read',
    });
    const asApp = createRestAPIClient({ url: server.origin, accessToken: appToken.accessToken });
    expect((await asApp.v1.apps.verifyCredentials()).name).toBe('Masto test app');
    await expect(asApp.v1.accounts.verifyCredentials()).rejects.toMatchObject({ statusCode: 401 });

    // Revoked, the person's token stops working.
    await oauth.revoke({
      clientId: app.clientId ?? '',
      clientSecret: app.clientSecret ?? '',
      token: token.accessToken,
    });
    await expect(masto.v1.accounts.verifyCredentials()).rejects.toMatchObject({
      statusCode: 401,
    });
  }, 60_000);
});
