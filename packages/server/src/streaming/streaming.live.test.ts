import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { block, call, follow, mute, type Person, person } from '../posts/people.fixture.ts';
import {
  type LiveClient,
  type Message,
  RefusedError,
  startLiveServer,
} from './live-server.fixture.ts';

// The streaming API over a real WebSocket against a real listening server: each stream, the
// authorization of every event (the reader sees what the REST timelines would show them, nothing
// more), the ways a token arrives, the limits and a clean close.

let live: Awaited<ReturnType<typeof startLiveServer>>;
let ana: Person;
let bob: Person;
let cleo: Person;
let dan: Person;
beforeAll(async () => {
  live = await startLiveServer();
  ana = await person(live.t, 'ana');
  bob = await person(live.t, 'bob');
  cleo = await person(live.t, 'cleo');
  dan = await person(live.t, 'dan');
  await follow(live.t, bob, ana);
}, 60_000);
afterAll(async () => {
  await live?.stop();
});

const as = (who: Person, stream: string, extra: Record<string, string> = {}) =>
  live.connect({ access_token: who.token, stream, ...extra });

async function publish(who: Person, status: string, extra: Record<string, unknown> = {}) {
  const reply = await call(live.t, who, 'POST', '/api/v1/statuses', { status, ...extra });
  expect(reply.status).toBe(200);
  await live.settle();
  return reply.body as { id: string };
}

const updateOf = (id: string) => (m: Message) =>
  m.event === 'update' && JSON.parse(m.payload ?? '{}').id === id;
const about = (client: LiveClient, id: string) =>
  client.messages.filter((m) => (m.payload ?? '').includes(id));

describe('the streaming API', () => {
  it('answers its health check and is advertised by the instance', async () => {
    const health = await fetch(`${live.origin}/api/v1/streaming/health`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('OK');
    const v1 = await call(live.t, null, 'GET', '/api/v1/instance');
    expect(v1.body.urls.streaming_api).toBe('ws://empathie.test');
    const v2 = await call(live.t, null, 'GET', '/api/v2/instance');
    expect(v2.body.configuration.urls.streaming).toBe('ws://empathie.test');
    const plain = await fetch(`${live.origin}/api/v1/streaming`);
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as { error: string }).error).toBe('malformed_request');
  });

  it('brings a followed person’s post to the home stream, as the home timeline shows it', async () => {
    const bobHome = await as(bob, 'user');
    const anaHome = await as(ana, 'user');
    const posted = await publish(ana, 'Bonjour à toutes et à tous');
    const got = await bobHome.next(updateOf(posted.id));
    expect(got.stream).toEqual(['user']);
    // Exactly what the REST home timeline gives Bob: the same presenter, the same viewer.
    const home = await call(live.t, bob, 'GET', '/api/v1/timelines/home?limit=1');
    expect(JSON.parse(got.payload ?? '')).toEqual(home.body[0]);
    // The author sees her own post live too.
    await anaHome.next(updateOf(posted.id));
    // Dan follows nobody: his home stream stays quiet.
    const danHome = await as(dan, 'user');
    await publish(ana, 'Encore un mot');
    expect(danHome.messages).toEqual([]);
  });

  it('never sends a followers-only post to someone who does not follow', async () => {
    const bobHome = await as(bob, 'user');
    const danHome = await as(dan, 'user');
    const danPublic = await as(dan, 'public');
    const anon = await live.connect({ stream: 'public' });
    const secret = await publish(ana, 'Pour mes abonnés seulement', { visibility: 'private' });
    await bobHome.next(updateOf(secret.id));
    expect(about(danHome, secret.id)).toEqual([]);
    expect(about(danPublic, secret.id)).toEqual([]);
    expect(about(anon, secret.id)).toEqual([]);
  });

  it('never sends a blocked person’s post to the one who blocked them, nor a muted one’s', async () => {
    await block(live.t, cleo, dan);
    await mute(live.t, bob, dan);
    const cleoPublic = await as(cleo, 'public');
    const bobPublic = await as(bob, 'public:local');
    const anaPublic = await as(ana, 'public');
    const loud = await publish(dan, 'Un message public de Dan');
    await anaPublic.next(updateOf(loud.id));
    expect(about(cleoPublic, loud.id)).toEqual([]);
    expect(about(bobPublic, loud.id)).toEqual([]);
  });

  it('sends a direct message only to its participants, as a conversation', async () => {
    const bobDirect = await as(bob, 'direct');
    const cleoDirect = await as(cleo, 'direct');
    const cleoPublic = await as(cleo, 'public');
    const note = await publish(ana, '@bob rien que pour toi', { visibility: 'direct' });
    const got = await bobDirect.next((m) => m.event === 'conversation');
    const conversation = JSON.parse(got.payload ?? '');
    expect(conversation.last_status.id).toBe(note.id);
    expect(conversation.accounts.map((a: { id: string }) => a.id)).toEqual([ana.id]);
    // The very conversation Bob's list holds, with the same id.
    const listed = await call(live.t, bob, 'GET', '/api/v1/conversations');
    expect(conversation).toEqual(listed.body[0]);
    expect(about(cleoDirect, note.id)).toEqual([]);
    expect(about(cleoPublic, note.id)).toEqual([]);
  });

  it('follows hashtags and lists subscribed by message, and refuses someone else’s list', async () => {
    const client = await as(bob, 'public');
    const list = await call(live.t, bob, 'POST', '/api/v1/lists', { title: 'Amies' });
    expect(
      (
        await call(live.t, bob, 'POST', `/api/v1/lists/${list.body.id}/accounts`, {
          account_ids: [ana.id],
        })
      ).status,
    ).toBe(200);
    client.send({ type: 'subscribe', stream: 'hashtag', tag: 'Entraide' });
    client.send({ type: 'subscribe', stream: 'hashtag:local', tag: 'entraide' });
    client.send({ type: 'subscribe', stream: 'list', list: list.body.id });
    client.send({ type: 'unsubscribe', stream: 'public' });
    await new Promise((r) => setTimeout(r, 100));
    const posted = await publish(ana, 'On s’organise ! #entraide');
    await client.next((m) => m.stream?.[0] === 'hashtag' && (m.payload ?? '').includes(posted.id));
    await client.next((m) => m.stream?.[0] === 'hashtag:local' && m.stream[1] === 'entraide');
    await client.next((m) => m.stream?.[0] === 'list' && m.stream[1] === list.body.id);
    expect(client.messages.some((m) => m.stream?.[0] === 'public')).toBe(false);

    const nosy = await as(dan, 'public');
    nosy.send({ type: 'subscribe', stream: 'list', list: list.body.id });
    const refused = await nosy.next((m) => m.error !== undefined);
    expect(refused.status).toBe(404);
    await expect(as(dan, 'list', { list: list.body.id })).rejects.toMatchObject({ status: 404 });
  });

  it('sends notifications, edits and deletions', async () => {
    const bobNotes = await as(bob, 'user:notification');
    const bobHome = await as(bob, 'user');
    const anaPublic = await as(ana, 'public');
    const mention = await publish(cleo, 'Merci @bob pour ton aide');
    const note = await bobNotes.next((m) => m.event === 'notification');
    expect(JSON.parse(note.payload ?? '')).toMatchObject({
      type: 'mention',
      status: { id: mention.id },
    });

    const posted = await publish(ana, 'Première version');
    await bobHome.next(updateOf(posted.id));
    expect(
      (
        await call(live.t, ana, 'PUT', `/api/v1/statuses/${posted.id}`, {
          status: 'Seconde version',
        })
      ).status,
    ).toBe(200);
    await live.settle();
    const edit = await bobHome.next((m) => m.event === 'status.update');
    expect(JSON.parse(edit.payload ?? '').content).toContain('Seconde version');

    expect((await call(live.t, ana, 'DELETE', `/api/v1/statuses/${posted.id}`)).status).toBe(200);
    await live.settle();
    await bobHome.next((m) => m.event === 'delete' && m.payload === posted.id);
    await anaPublic.next((m) => m.event === 'delete' && m.payload === posted.id);
  });

  it('brings a share to its sharer’s followers, and takes it back when it is undone', async () => {
    const jo = await person(live.t, 'jo');
    const kim = await person(live.t, 'kim');
    await follow(live.t, jo, kim);
    const joHome = await as(jo, 'user');
    const original = await publish(ana, 'Un message à faire circuler');
    const shared = await call(live.t, kim, 'POST', `/api/v1/statuses/${original.id}/reblog`);
    expect(shared.status).toBe(200);
    await live.settle();
    const got = await joHome.next(
      (m) => m.event === 'update' && JSON.parse(m.payload ?? '{}').reblog?.id === original.id,
    );
    const shareId = JSON.parse(got.payload ?? '').id;
    expect(
      (await call(live.t, kim, 'POST', `/api/v1/statuses/${original.id}/unreblog`)).status,
    ).toBe(200);
    await live.settle();
    await joHome.next((m) => m.event === 'delete' && m.payload === shareId);
  });

  it('takes the token from a header or a protocol, and refuses a bad one', async () => {
    const byHeader = await live.connect(
      { stream: 'user' },
      { headers: { authorization: `Bearer ${bob.token}` } },
    );
    const byProtocol = await live.connect({ stream: 'user' }, { protocols: [bob.token] });
    expect(byProtocol.socket.protocol).toBe(bob.token);
    const posted = await publish(ana, 'Pour les deux connexions');
    await byHeader.next(updateOf(posted.id));
    await byProtocol.next(updateOf(posted.id));

    const bad = await live
      .connect({ access_token: 'not-a-token', stream: 'public' })
      .catch((e) => e);
    expect(bad).toBeInstanceOf(RefusedError);
    expect(bad.status).toBe(401);
    expect(JSON.parse(bad.body).error).toBe('unauthorized');
    // Without a token, public streams only.
    await expect(live.connect({ stream: 'user' })).rejects.toMatchObject({ status: 401 });
    await expect(live.connect({ stream: 'nowhere' })).rejects.toMatchObject({ status: 400 });
  });

  it('asks each stream for its own scope', async () => {
    const narrow = await person(live.t, 'hana');
    await live.t.database.db
      .updateTable('access_tokens')
      .set({ scopes: 'read:notifications' })
      .where('account_id', '=', narrow.id)
      .execute();
    await expect(as(narrow, 'user')).rejects.toMatchObject({ status: 403 });
    await expect(as(narrow, 'public')).rejects.toMatchObject({ status: 403 });
    const notes = await as(narrow, 'user:notification');
    notes.send({ type: 'subscribe', stream: 'direct' });
    expect((await notes.next((m) => m.error !== undefined)).status).toBe(403);
  });

  it('honours the web session cookie only from the instance’s own origin', async () => {
    const cookie = `empathie_session=${bob.token}`;
    const ours = await live.connect(
      { stream: 'user' },
      { headers: { cookie }, origin: 'http://empathie.test' },
    );
    const posted = await publish(ana, 'Vu depuis le navigateur');
    await ours.next(updateOf(posted.id));
    // A page elsewhere carrying the cookie gets nothing of Bob's.
    await expect(
      live.connect({ stream: 'user' }, { headers: { cookie }, origin: 'https://evil.example' }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it('caps connections per token and subscriptions per connection', async () => {
    const gus = await person(live.t, 'gus');
    const many: LiveClient[] = [];
    for (let i = 0; i < 16; i++) many.push(await as(gus, 'public'));
    await expect(as(gus, 'public')).rejects.toMatchObject({ status: 429 });
    many.pop()?.close();
    await new Promise((r) => setTimeout(r, 100));
    const again = await as(gus, 'public');
    for (let i = 0; i < 32; i++) again.send({ type: 'subscribe', stream: 'hashtag', tag: `t${i}` });
    const refused = await again.next((m) => m.status === 429);
    expect(refused.code).toBe('rate_limited');
    for (const c of [...many, again]) c.close();
  });

  it('closes a connection whose token was revoked, and every connection on shutdown', async () => {
    const doomed = await person(live.t, 'eve');
    const client = await as(doomed, 'user');
    const closed = new Promise<number>((resolve) =>
      client.socket.once('close', (code) => resolve(code)),
    );
    await live.t.database.db
      .updateTable('access_tokens')
      .set({ revoked_at: live.t.clock.now().toISOString() })
      .where('account_id', '=', doomed.id)
      .execute();
    await live.t.streaming.heartbeat();
    expect(await closed).toBe(4001);
  });
});

describe('connections without a token', () => {
  it('are capped per client address', async () => {
    const own = await startLiveServer();
    try {
      for (let i = 0; i < 64; i++) await own.connect({ stream: 'public:local' });
      await expect(own.connect({ stream: 'public:local' })).rejects.toMatchObject({ status: 429 });
      // A person with a token is counted by their token, not by the address they share.
      const someone = await person(own.t, 'ines');
      await own.connect({ access_token: someone.token, stream: 'public:local' });
    } finally {
      await own.stop();
    }
  });
});

describe('shutting down', () => {
  it('says goodbye (1001) to every open connection', async () => {
    const own = await startLiveServer();
    const someone = await person(own.t, 'fanny');
    const client = await own.connect({ access_token: someone.token, stream: 'user' });
    const closed = new Promise<number>((resolve) =>
      client.socket.once('close', (code) => resolve(code)),
    );
    await own.t.streaming.close();
    expect(await closed).toBe(1001);
    await own.stop();
  });
});
