import { Create, Flag, Mention, Note, PUBLIC_COLLECTION } from '@fedify/fedify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, post, type TestApp } from '../../posts/people.fixture.ts';
import { createIdGenerator } from '../../shared/ids.ts';
import { createLogger } from '../../shared/logger.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { createOutboundBridge } from '../outbound-bridge.ts';
import { OUTBOUND_QUEUE, type OutboundEvent } from '../outbound-events.ts';
import { seedPublishedRsaKey } from '../testing/published-key.fixture.ts';
import { localUris } from '../uri.ts';
import { flagHandlers } from './flags.handlers.ts';
import {
  inboxOf,
  offlineContext,
  type RemotePerson,
  remotePerson,
  remotePublicPost,
} from './inbox.fixture.ts';

/**
 * Protections that must hold when other servers talk to us: a reply our reply policy refuses is
 * answered with a Reject (not dropped in silence), a report from a server whose reports we
 * reject is not filed, and a suspended server gets nothing and shows nothing here any more.
 * One app for the file; handlers are called as Fedify would call them (no HTTP).
 */
let t: TestApp;
let alice: Person;
let admin: Person;
let mallory: RemotePerson;
let inbox: ReturnType<typeof inboxOf>;
const uris = localUris('http://empathie.test');
// One generator for the file: two of them on the same test clock would hand out the same ids.
const ids = createIdGenerator(() => Date.now());

beforeAll(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  // Alice signs the Reject: the published test key spares generating an RSA pair.
  await seedPublishedRsaKey(t.database.db, alice.id);
  admin = await person(t, 'founder', { role: 'admin' });
  mallory = await remotePerson(t, 'mallory', 'remote.example');
  inbox = inboxOf(t);
});
afterAll(async () => {
  worker?.controller.abort();
  await worker?.done;
  await t.close();
});

/**
 * Fedify's queue worker, started once for the file (Fedify starts it once per federation): it
 * delivers, or refuses to, what the bridge queued, and hands inbox messages to our listeners.
 */
let worker: { controller: AbortController; done: Promise<void> } | null = null;
function startWorker(): void {
  if (worker) return;
  const controller = new AbortController();
  worker = { controller, done: t.federation.startQueue(controller.signal) };
}

async function until(probe: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await probe()); i += 1) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function outboundOf(type: OutboundEvent['type']): Promise<OutboundEvent[]> {
  const rows = await t.database.db
    .selectFrom('jobs')
    .select('payload')
    .where('queue', '=', OUTBOUND_QUEUE)
    .execute();
  return rows.map((r) => JSON.parse(r.payload) as OutboundEvent).filter((e) => e.type === type);
}

const postUri = async (id: string) =>
  (
    await t.database.db
      .selectFrom('posts')
      .select('uri')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).uri;

async function replyFrom(author: RemotePerson, n: number, parentUri: string) {
  const note = new Note({
    id: new URL(`${author.uri}/statuses/${n}`),
    attribution: new URL(author.uri),
    content: '<p>I reply anyway</p>',
    to: PUBLIC_COLLECTION,
    replyTarget: new URL(parentUri),
    tags: [new Mention({ href: new URL(uris.actor('alice')), name: '@alice@empathie.test' })],
  });
  await inbox.posts.onCreate(
    offlineContext,
    new Create({
      id: new URL(`${note.id?.href}/activity`),
      actor: new URL(author.uri),
      object: note,
    }),
    author.uri,
  );
  return note.id?.href ?? '';
}

describe('a remote reply the reply policy refuses', () => {
  it('is answered with a Reject from the author to the replier, through the outbound bridge', async () => {
    const root = await post(t, alice, 'Personne ne répond ici');
    await t.database.db
      .updateTable('posts')
      .set({ reply_policy: 'nobody' })
      .where('id', '=', root.body.id)
      .execute();
    const rootUri = await postUri(root.body.id);
    const replyUri = await replyFrom(mallory, 1, rootUri);
    const stored = await t.database.db
      .selectFrom('posts')
      .select('id')
      .where('uri', '=', replyUri)
      .execute();
    expect(stored).toEqual([]);
    const events = await outboundOf('reply.rejected');
    expect(events).toEqual([
      {
        type: 'reply.rejected',
        authorId: alice.id,
        replierId: mallory.id,
        replyUri,
        parentId: root.body.id,
      },
    ]);

    // The bridge's mapping: GoToSocial's shape, the reply as object, our post as target.
    const bridge = createOutboundBridge({
      db: t.database.db,
      ids: () => 'x',
      logger: createLogger('silent'),
      uris,
      localDomain: 'empathie.test',
      context: () => t.federation.context(),
    });
    const outgoing = await bridge.outgoingFor(events[0] as OutboundEvent);
    expect(await outgoing?.activity.toJsonLd({ format: 'compact' })).toMatchObject({
      type: 'Reject',
      actor: uris.actor('alice'),
      object: replyUri,
      target: rootUri,
      to: mallory.uri,
    });
    expect(outgoing?.recipients.map((r) => r.id?.href)).toEqual([mallory.uri]);

    // And through the job queue, the bridge hands it to Fedify's outbox for mallory's server.
    await t.jobs.runDueJobs();
    const queued = await t.database.db
      .selectFrom('federation_messages')
      .select(['host', 'payload'])
      .execute();
    expect(queued.some((m) => m.payload.includes('"Reject"') && m.payload.includes(replyUri))).toBe(
      true,
    );
  });

  it('sends nothing for a reply the policy allows', async () => {
    const root = await post(t, alice, 'Tout le monde peut répondre');
    const replyUri = await replyFrom(mallory, 2, await postUri(root.body.id));
    const rejected = await outboundOf('reply.rejected');
    expect(rejected.filter((e) => 'replyUri' in e && e.replyUri === replyUri)).toEqual([]);
  });
});

describe('a report (Flag) from another server', () => {
  const flags = () =>
    flagHandlers({
      db: t.database.db,
      clock: t.clock,
      ids,
      logger: createLogger('silent'),
    });
  const reportsAbout = (accountId: string) =>
    t.database.db
      .selectFrom('reports')
      .selectAll()
      .where('target_account_id', '=', accountId)
      .execute();

  it('is filed for our moderators, naming only our person and their own posts', async () => {
    const dora = await person(t, 'dora');
    const doraPost = await post(t, dora, 'Un message signalé');
    const outcome = await flags().onFlag(
      new Flag({
        id: new URL('https://remote.example/flags/1'),
        actor: new URL(mallory.uri),
        objects: [
          new URL(uris.actor('dora')),
          new URL(await postUri(doraPost.body.id)),
          new URL('https://remote.example/users/mallory/statuses/1'),
        ],
        content: '<p>Spam, <b>again</b></p>',
      }),
      mallory.id,
      mallory.uri,
    );
    expect(outcome.kind).toBe('filed');
    const [report] = await reportsAbout(dora.id);
    expect(report).toMatchObject({
      account_id: mallory.id,
      status_ids: doraPost.body.id,
      comment: 'Spam, again',
      source: 'federation',
      forwarded: 0,
    });
  });

  it('is refused from a domain whose reports the admins reject, and from a suspended one', async () => {
    const ezra = await person(t, 'ezra');
    const troll = await remotePerson(t, 'troll', 'spam.example');
    const ghost = await remotePerson(t, 'ghost', 'gone.example');
    for (const [domain, body] of [
      ['spam.example', { severity: 'noop', reject_reports: true }],
      ['gone.example', { severity: 'suspend' }],
    ] as const) {
      const made = await call(t, admin, 'POST', '/api/v1/admin/domain_blocks', {
        domain,
        ...body,
      });
      expect(made.status).toBe(200);
    }
    for (const sender of [troll, ghost]) {
      const outcome = await flags().onFlag(
        new Flag({
          id: new URL(`${sender.uri}/flags/1`),
          actor: new URL(sender.uri),
          object: new URL(uris.actor('ezra')),
          content: 'mass report',
        }),
        sender.id,
        sender.uri,
      );
      expect(outcome).toEqual({ kind: 'refused', reason: 'reports_rejected' });
    }
    expect(await reportsAbout(ezra.id)).toEqual([]);
  });
});

describe('a suspended server', () => {
  it('gets nothing delivered, and what its people posted leaves timelines and notifications', async () => {
    const bob = await person(t, 'bob');
    const wolf = await remotePerson(t, 'wolf', 'dark.example');
    expect((await t.relationships.follow(wolf.id, bob.id)).ok).toBe(true);
    await t.relationships.follow(bob.id, wolf.id);
    await t.relationships.authorize(wolf.id, bob.id);
    const howl = await remotePublicPost(t, wolf, 'hurlement');
    const bobPost = await post(t, bob, 'Avant la suspension');
    await t.interactions.favourite(wolf.id, bobPost.body.id);
    await t.jobs.runDueJobs();
    const seen = async () => {
      const home = await call(t, bob, 'GET', '/api/v1/timelines/home');
      const pub = await call(t, bob, 'GET', '/api/v1/timelines/public?remote=true');
      const notes = await call(t, bob, 'GET', '/api/v1/notifications');
      return {
        home: home.body.some((s: { id: string }) => s.id === howl),
        public: pub.body.some((s: { id: string }) => s.id === howl),
        notified: notes.body.some((n: { account: { id: string } }) => n.account.id === wolf.id),
      };
    };
    expect(await seen()).toEqual({ home: true, public: true, notified: true });

    const suspended = await call(t, admin, 'POST', '/api/v1/admin/domain_blocks', {
      domain: 'dark.example',
      severity: 'suspend',
    });
    expect(suspended.status).toBe(200);
    expect(await seen()).toEqual({ home: false, public: false, notified: false });

    // Bob's next post is queued for wolf's server, and the queue refuses to deliver it there.
    await post(t, bob, 'Après la suspension');
    await t.jobs.runDueJobs();
    startWorker();
    const ledger = () =>
      t.database.db
        .selectFrom('federation_deliveries')
        .select(['inbox', 'outcome', 'last_error'])
        .where('inbox', 'like', 'https://dark.example/%')
        .execute();
    await until(async () => (await ledger()).length > 0);
    const outcomes = await ledger();
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((o) => o.outcome === 'refused')).toBe(true);
  });
});

describe('the inbox wiring', () => {
  const reportsOf = (accountId: string) =>
    t.database.db
      .selectFrom('reports')
      .selectAll()
      .where('target_account_id', '=', accountId)
      .execute();

  it('reaches the handler through Fedify’s inbox queue, as a verified delivery does', async () => {
    const finn = await person(t, 'finn');
    const flag = new Flag({
      id: new URL('https://remote.example/flags/queued'),
      actor: new URL(mallory.uri),
      object: new URL(uris.actor('finn')),
      content: 'through the queue',
    });
    // What Fedify enqueues once it has checked a delivery's signature (its inbox message).
    const message = {
      type: 'inbox',
      id: crypto.randomUUID(),
      baseUrl: 'http://empathie.test',
      activity: await flag.toJsonLd(),
      identifier: null,
      started: new Date().toISOString(),
      attempt: 0,
      traceContext: {},
    };
    await t.database.db
      .insertInto('federation_messages')
      .values({
        id: String(ids()),
        kind: 'inbox',
        host: null,
        delivery_key: null,
        payload: JSON.stringify(message),
        run_at: t.clock.now().toISOString(),
        locked_until: null,
        attempts: 0,
        last_error: null,
        created_at: t.clock.now().toISOString(),
      })
      .execute();
    startWorker();
    await until(async () => (await reportsOf(finn.id)).length > 0);
    expect(await reportsOf(finn.id)).toMatchObject([
      { account_id: mallory.id, comment: 'through the queue', source: 'federation' },
    ]);
  });
});
