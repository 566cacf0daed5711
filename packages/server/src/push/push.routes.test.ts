import { createECDH, createPublicKey, type ECDH, verify } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ece from 'http_ece';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, follow, type Person, person, post, type TestApp } from '../posts/people.fixture.ts';
import { createTestApp } from '../testing/test-app.ts';

// Web Push end to end: a real HTTP push service on loopback receives what the job sends, opens
// it with an independent implementation (http_ece) and checks the VAPID signature, as a
// browser's push service would.

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: Server;
let base = '';
let received: Received[] = [];
let answerWith = 201;

let t: TestApp;
let me: Person;
let ana: Person;
let ben: Person;
let ua: ECDH;
const auth = Buffer.from('sixteen byte key');

/** A person whose token also carries the `push` scope, as Mastodon apps ask for it. */
async function pusher(t: TestApp, name: string): Promise<Person> {
  const p = await person(t, name);
  await t.database.db
    .updateTable('access_tokens')
    .set({ scopes: 'read write follow push' })
    .where('account_id', '=', p.id)
    .execute();
  return p;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.statusCode = answerWith;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp({ allowPrivateAddress: true });
  me = await pusher(t, 'me');
  ana = await pusher(t, 'ana');
  ben = await pusher(t, 'ben');
  ua = createECDH('prime256v1');
  ua.generateKeys();
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received = [];
  answerWith = 201;
});

const pushScope = (p: Person) => `Bearer ${p.token}`;
const subscribe = (who: Person, endpoint: string, data: unknown = { alerts: { follow: true } }) =>
  call(t, who, 'POST', '/api/v1/push/subscription', {
    subscription: {
      endpoint,
      keys: { p256dh: ua.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    },
    data,
  });

function open(r: Received) {
  return JSON.parse(
    ece.decrypt(r.body, { version: 'aes128gcm', privateKey: ua, authSecret: auth }).toString(),
  );
}

function vapidIsValid(header: string, serverKey: string, audience: string): boolean {
  const match = /^vapid t=([^.]+)\.([^.]+)\.([^,]+), k=(\S+)$/.exec(header);
  if (!match) return false;
  const [, h = '', c = '', s = '', k = ''] = match;
  const claims = JSON.parse(Buffer.from(c, 'base64url').toString());
  if (k !== serverKey || claims.aud !== audience) return false;
  const point = Buffer.from(k, 'base64url');
  const key = createPublicKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
  });
  return verify(
    'sha256',
    Buffer.from(`${h}.${c}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(s, 'base64url'),
  );
}

describe('the VAPID key', () => {
  it('is made once per instance and given to apps and in the instance answer', async () => {
    const instance = await call(t, null, 'GET', '/api/v2/instance');
    const key = instance.body.configuration.vapid.public_key;
    expect(Buffer.from(key, 'base64url')).toHaveLength(65);
    const registered = await call(t, null, 'POST', '/api/v1/apps', {
      client_name: 'Pocket',
      redirect_uris: 'urn:ietf:wg:oauth:2.0:oob',
    });
    expect(registered.body.vapid_key).toBe(key);
    expect(
      (await call(t, null, 'GET', '/api/v2/instance')).body.configuration.vapid.public_key,
    ).toBe(key);
  });
});

describe('POST/GET/PUT/DELETE /api/v1/push/subscription', () => {
  it('keeps one subscription per token, with Mastodon’s alerts and policy', async () => {
    const created = await subscribe(me, `${base}/push/me`, {
      alerts: { follow: true, mention: 'true', favourite: false },
      policy: 'followed',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      endpoint: `${base}/push/me`,
      standard: true,
      policy: 'followed',
      alerts: { follow: true, mention: true, favourite: false, reblog: false },
    });
    expect(created.body.server_key).toHaveLength(87);
    expect((await call(t, me, 'GET', '/api/v1/push/subscription')).body.id).toBe(created.body.id);

    const updated = await call(t, me, 'PUT', '/api/v1/push/subscription', {
      data: { alerts: { reblog: true }, policy: 'all' },
    });
    // Alerts not named keep their value.
    expect(updated.body).toMatchObject({
      policy: 'all',
      alerts: { follow: true, mention: true, reblog: true },
    });

    // A second subscription replaces the first for the same token.
    const again = await subscribe(me, `${base}/push/me-again`);
    expect(again.body.id).not.toBe(created.body.id);
    const count = await t.database.db
      .selectFrom('push_subscriptions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('account_id', '=', me.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);

    expect((await call(t, me, 'DELETE', '/api/v1/push/subscription')).status).toBe(200);
    const gone = await call(t, me, 'GET', '/api/v1/push/subscription', undefined, {
      'accept-language': 'fr',
    });
    expect(gone.status).toBe(404);
    expect(gone.body.error).toBe('not_found');
    expect(gone.body.error_description).toMatch(/abonnement/);
    expect((await call(t, me, 'PUT', '/api/v1/push/subscription', { data: {} })).status).toBe(404);
  });

  it('reads Mastodon’s form encoding, two levels deep', async () => {
    const form = new URLSearchParams({
      'subscription[endpoint]': `${base}/push/form`,
      'subscription[keys][p256dh]': ua.getPublicKey().toString('base64url'),
      'subscription[keys][auth]': auth.toString('base64url'),
      'data[alerts][follow]': 'true',
      'data[policy]': 'none',
    });
    const res = await t.app.request('/api/v1/push/subscription', {
      method: 'POST',
      headers: {
        authorization: pushScope(ben),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: form.toString(),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ policy: 'none', alerts: { follow: true } });
  });

  it('needs a signed-in token with the push scope, and refuses bad input with 422', async () => {
    expect((await call(t, null, 'GET', '/api/v1/push/subscription')).status).toBe(401);
    const readOnly = await person(t, 'readonly');
    await t.database.db
      .updateTable('access_tokens')
      .set({ scopes: 'read' })
      .where('account_id', '=', readOnly.id)
      .execute();
    expect((await subscribe(readOnly, `${base}/push/ro`)).status).toBe(403);

    const bad = (keys: { p256dh?: string; auth?: string }, endpoint = `${base}/push/x`) =>
      call(t, ana, 'POST', '/api/v1/push/subscription', {
        subscription: {
          endpoint,
          keys: {
            p256dh: keys.p256dh ?? ua.getPublicKey().toString('base64url'),
            auth: keys.auth ?? auth.toString('base64url'),
          },
        },
      });
    const notAPoint = await bad({ p256dh: Buffer.alloc(65, 4).toString('base64url') });
    expect(notAPoint.status).toBe(422);
    expect(notAPoint.body.details.fields[0].field).toBe('subscription[keys][p256dh]');
    expect((await bad({ auth: 'c2hvcnQ' })).status).toBe(422);
    expect((await bad({}, 'not a url')).status).toBe(422);
    expect(
      (await call(t, ana, 'POST', '/api/v1/push/subscription', { subscription: {} })).status,
    ).toBe(422);
    expect(
      (
        await call(t, ana, 'POST', '/api/v1/push/subscription', {
          subscription: { endpoint: `${base}/x`, keys: { p256dh: 'a', auth: 'b' } },
          data: { policy: 'everyone' },
        })
      ).status,
    ).toBe(422);
  });
});

describe('endpoints outside development', () => {
  it('must be https on a public address', async () => {
    const strict = await createTestApp();
    try {
      const who = await pusher(strict, 'strict');
      const at = (endpoint: string) =>
        call(strict, who, 'POST', '/api/v1/push/subscription', {
          subscription: {
            endpoint,
            keys: {
              p256dh: ua.getPublicKey().toString('base64url'),
              auth: auth.toString('base64url'),
            },
          },
        });
      for (const endpoint of [
        `${base}/push`,
        'https://127.0.0.1/push',
        'https://localhost/push',
        'https://169.254.169.254/latest/meta-data',
        'https://10.1.2.3/push',
        'https://[::1]/push',
        'https://[fd00::1]/push',
        'http://push.example.net/x',
        'https://user:pw@push.example.net/x',
      ]) {
        expect((await at(endpoint)).status, endpoint).toBe(422);
      }
      expect((await at('https://push.example.net/send/abc')).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('delivery', () => {
  it('encrypts Mastodon’s payload in the person’s language and signs it with VAPID', async () => {
    const sub = await subscribe(me, `${base}/push/deliver`, { alerts: { follow: true } });
    await follow(t, ana, me);
    await t.jobs.runDueJobs();
    expect(received).toHaveLength(1);
    const [got] = received;
    if (!got) throw new Error('nothing received');
    expect(got.path).toBe('/push/deliver');
    expect(got.headers['content-encoding']).toBe('aes128gcm');
    expect(got.headers.ttl).toBe('172800');
    expect(got.headers.urgency).toBe('normal');
    expect(vapidIsValid(String(got.headers.authorization), sub.body.server_key, base)).toBe(true);
    const payload = open(got);
    const notification = await t.database.db
      .selectFrom('notifications')
      .select('id')
      .where('account_id', '=', me.id)
      .where('type', '=', 'follow')
      .executeTakeFirstOrThrow();
    // The fixture's people read Empathie in French.
    expect(payload).toEqual({
      access_token: me.token,
      preferred_locale: 'fr',
      notification_id: notification.id,
      notification_type: 'follow',
      icon: 'http://empathie.test/avatars/default.svg',
      title: 'Ana vous suit',
      body: '@ana',
    });
  });

  it('sends nothing for an alert left off, or a sender the policy leaves out', async () => {
    await subscribe(ben, `${base}/push/ben`, { alerts: { follow: true }, policy: 'followed' });
    const stranger = await person(t, 'stranger');
    await follow(t, stranger, ben);
    await t.jobs.runDueJobs();
    expect(received).toHaveLength(0);
    // Ben follows Cleo: her follow back goes through.
    const cleo = await person(t, 'cleo');
    await follow(t, ben, cleo);
    await follow(t, cleo, ben);
    await t.jobs.runDueJobs();
    expect(received.map((r) => open(r).title)).toEqual(['Cleo vous suit']);
    received = [];
    await call(t, ben, 'PUT', '/api/v1/push/subscription', { data: { alerts: { follow: false } } });
    await follow(t, await person(t, 'dora'), ben);
    await t.jobs.runDueJobs();
    expect(received).toHaveLength(0);
  });

  it('deletes the subscription when the push service says it is gone (410)', async () => {
    const who = await pusher(t, 'leaving');
    await subscribe(who, `${base}/push/gone`);
    answerWith = 410;
    await follow(t, await person(t, 'eve'), who);
    await t.jobs.runDueJobs();
    expect(received).toHaveLength(1);
    expect((await call(t, who, 'GET', '/api/v1/push/subscription')).status).toBe(404);
  });

  it('retries later with backoff when the push service fails', async () => {
    const who = await pusher(t, 'patient');
    await subscribe(who, `${base}/push/busy`);
    answerWith = 503;
    await follow(t, await person(t, 'fay'), who);
    await t.jobs.runDueJobs();
    expect(received).toHaveLength(1);
    const job = await t.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('queue', '=', 'push.deliver')
      .executeTakeFirstOrThrow();
    expect(job.last_error).toMatch(/503/);
    // Not before its time: the queue waits.
    await t.jobs.runDueJobs();
    expect(received).toHaveLength(1);
    answerWith = 201;
    t.clock.advance(10_000);
    await t.jobs.runDueJobs();
    expect(received).toHaveLength(2);
    expect(
      await t.database.db
        .selectFrom('jobs')
        .select('id')
        .where('queue', '=', 'push.deliver')
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it('stops when the token is revoked, and deletes its subscription', async () => {
    const who = await pusher(t, 'gone');
    await subscribe(who, `${base}/push/revoked`);
    await t.database.db
      .updateTable('access_tokens')
      .set({ revoked_at: t.clock.now().toISOString() })
      .where('account_id', '=', who.id)
      .execute();
    await follow(t, await person(t, 'gus'), who);
    await t.jobs.runDueJobs();
    expect(received).toHaveLength(0);
    expect(
      await t.database.db
        .selectFrom('push_subscriptions')
        .select('id')
        .where('account_id', '=', who.id)
        .executeTakeFirst(),
    ).toBeUndefined();
  });
});

describe('what a push says of a post', () => {
  it('shows a kind mention’s text, but never a hurtful reply folded for its reader', async () => {
    const reader = await pusher(t, 'reader');
    const writer = await person(t, 'writer');
    await subscribe(reader, `${base}/push/reader`, { alerts: { mention: true } });
    const root = (await post(t, reader, 'Walking by the river this morning')).body;
    await post(t, writer, '@reader thanks, that was a lovely walk', { in_reply_to_id: root.id });
    await t.jobs.runDueJobs();
    expect(received.map((r) => open(r))).toMatchObject([
      { notification_type: 'mention', body: '@reader thanks, that was a lovely walk' },
    ]);
    received = [];
    await post(t, writer, '@reader you are a pathetic idiot', { in_reply_to_id: root.id });
    await t.jobs.runDueJobs();
    const [folded] = received.map((r) => open(r));
    expect(folded.title).toBe('Writer vous a répondu');
    expect(folded.body).toMatch(/^Peut blesser\u202f: .*insulte/);
    expect(JSON.stringify(folded)).not.toMatch(/idiot/);
  });

  it('follows the reader’s keyword filters: hidden ones are not pushed, warned ones say so', async () => {
    const reader = await pusher(t, 'filterer');
    const writer = await person(t, 'chatty');
    await subscribe(reader, `${base}/push/filterer`, { alerts: { mention: true } });
    for (const [title, action, keyword] of [
      ['Météo', 'hide', 'weather'],
      ['Sport', 'warn', 'football'],
    ] as const) {
      const made = await call(t, reader, 'POST', '/api/v2/filters', {
        title,
        context: ['notifications'],
        filter_action: action,
        keywords_attributes: [{ keyword }],
      });
      expect(made.status).toBe(200);
    }
    await post(t, writer, '@filterer the weather is grey today');
    await t.jobs.runDueJobs();
    expect(received).toHaveLength(0);
    await post(t, writer, '@filterer did you watch the football?');
    await t.jobs.runDueJobs();
    expect(received.map((r) => open(r).body)).toEqual(['Masqué par votre filtre « Sport »']);
  });
});
