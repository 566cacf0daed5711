import {
  Accept,
  Announce,
  Block,
  Create,
  Delete,
  Follow,
  Like,
  Mention,
  Note,
  PUBLIC_COLLECTION,
  Tombstone,
  Update,
} from '@fedify/fedify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, type Person, person, post, type TestApp } from '../../posts/people.fixture.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { OUTBOUND_QUEUE } from '../outbound-events.ts';
import { inboxOf, offlineContext, type RemotePerson, remotePerson } from './inbox.fixture.ts';

/**
 * What other servers send, handed to the inbox handlers as Fedify parsed it (no HTTP: signatures
 * are Fedify's job, tested by FED-A/FED-C; the cross-instance test runs the whole way). Each
 * activity must land through the same services as our own API, with the same protections.
 */
let t: TestApp;
let alice: Person;
let mallory: RemotePerson;
let inbox: ReturnType<typeof inboxOf>;

beforeEach(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  mallory = await remotePerson(t, 'mallory');
  inbox = inboxOf(t);
});
afterEach(() => t.close());

const aliceUri = 'http://empathie.test/users/alice';
let noteCounter = 0;

function noteFrom(
  author: RemotePerson,
  html: string,
  extra: Partial<ConstructorParameters<typeof Note>[0]> = {},
): Note {
  noteCounter += 1;
  return new Note({
    id: new URL(`${author.uri}/statuses/${noteCounter}`),
    attribution: new URL(author.uri),
    content: html,
    to: PUBLIC_COLLECTION,
    ccs: [new URL(`${author.uri}/followers`), new URL(aliceUri)],
    tags: [new Mention({ href: new URL(aliceUri), name: '@alice@empathie.test' })],
    ...extra,
  });
}

async function deliverNote(author: RemotePerson, note: Note) {
  await inbox.posts.onCreate(
    offlineContext,
    new Create({
      id: new URL(`${note.id?.href}/activity`),
      actor: new URL(author.uri),
      object: note,
    }),
    author.uri,
  );
  await t.jobs.runDueJobs();
}

async function notificationsOf(who: Person) {
  return (await call(t, who, 'GET', '/api/v1/notifications?limit=80')).body as Array<{
    type: string;
    account: { id: string; acct: string };
    status?: { id: string; content: string; empathie?: { folded?: boolean } };
  }>;
}

describe('a remote post arriving', () => {
  it('is stored under its remote author, sanitised, threaded, and notifies who it names', async () => {
    const root = await post(t, alice, 'Walking by the river this morning');
    // The URI our post carries is the one the remote reply names.
    const note = noteFrom(
      mallory,
      '<p>Lovely <script>steal()</script><a href="javascript:x()" onclick="y()">walk</a></p>',
      { replyTarget: new URL(await postUri(root.body.id)) },
    );
    await deliverNote(mallory, note);
    const context = await call(t, alice, 'GET', `/api/v1/statuses/${root.body.id}/context`);
    expect(context.status).toBe(200);
    const reply = context.body.descendants.find((s: { content: string }) =>
      s.content.includes('Lovely'),
    );
    expect(reply).toBeDefined();
    expect(reply.account.acct).toBe('mallory@remote.example');
    expect(reply.content).not.toMatch(/script|steal|javascript|onclick/);
    expect(reply.in_reply_to_id).toBe(root.body.id);
    const notes = await notificationsOf(alice);
    // Mastodon's API shows a reply to you as a mention.
    expect(notes.map((n) => [n.type, n.status?.id])).toContainEqual(['mention', reply.id]);
  });

  it('folds a hurtful remote reply for the person it is addressed to', async () => {
    const root = await post(t, alice, 'My first drawing, be kind');
    const uri = await postUri(root.body.id);
    const note = noteFrom(mallory, '<p>@alice you are a pathetic idiot</p>', {
      replyTarget: new URL(uri),
    });
    await deliverNote(mallory, note);
    const notes = await notificationsOf(alice);
    const reply = notes.find((n) => n.account.id === mallory.id);
    expect(reply?.status?.empathie?.folded).toBe(true);
  });

  it('is refused when the post it answers does not take replies from them', async () => {
    const root = await post(t, alice, 'Only people I follow, please');
    await t.database.db
      .updateTable('posts')
      .set({ reply_policy: 'following' })
      .where('id', '=', root.body.id)
      .execute();
    await deliverNote(
      mallory,
      noteFrom(mallory, '<p>I reply anyway</p>', {
        replyTarget: new URL(await postUri(root.body.id)),
      }),
    );
    const replies = await t.database.db
      .selectFrom('posts')
      .select('id')
      .where('in_reply_to_id', '=', root.body.id)
      .execute();
    expect(replies).toEqual([]);
  });

  it('is ignored when nobody here follows its author or is named, or when it speaks for another', async () => {
    await deliverNote(mallory, noteFrom(mallory, '<p>hello world</p>', { tags: [], ccs: [] }));
    const forged = noteFrom(mallory, '<p>forged</p>', {
      attribution: new URL('https://other.example/users/eve'),
    });
    await deliverNote(mallory, forged);
    const count = await t.database.db
      .selectFrom('posts')
      .select('id')
      .where('account_id', '=', mallory.id)
      .execute();
    expect(count).toEqual([]);
  });

  it('fetches the missing post a remote reply answers, and threads both under ours', async () => {
    const root = await post(t, alice, 'A question for everyone');
    const bea = await remotePerson(t, 'bea', 'third.example');
    // Bea's reply never reached us; Mallory's answer to it does.
    const missing = noteFrom(bea, '<p>An answer we never received</p>', {
      replyTarget: new URL(await postUri(root.body.id)),
    });
    const missingJson = await missing.toJsonLd({ format: 'compact' });
    const fetched: string[] = [];
    const ctx = {
      documentLoader: async (url: string) => {
        fetched.push(url);
        if (url !== missing.id?.href) throw new Error(`unexpected fetch of ${url}`);
        return { contextUrl: null, document: missingJson, documentUrl: url };
      },
    } as unknown as typeof offlineContext;
    const answer = noteFrom(mallory, '<p>And a reply to that answer</p>', {
      replyTarget: missing.id,
    });
    await inbox.posts.onCreate(
      ctx,
      new Create({
        id: new URL(`${answer.id?.href}/activity`),
        actor: new URL(mallory.uri),
        object: answer,
      }),
      mallory.uri,
    );
    await t.jobs.runDueJobs();
    expect(fetched).toEqual([missing.id?.href]);
    const context = await call(t, alice, 'GET', `/api/v1/statuses/${root.body.id}/context`);
    const texts = context.body.descendants.map((s: { content: string }) => s.content);
    expect(texts.some((c: string) => c.includes('never received'))).toBe(true);
    expect(texts.some((c: string) => c.includes('reply to that answer'))).toBe(true);
  });

  it('raises the shield when remote strangers pile on', async () => {
    t.clock.advance(30 * 24 * 3_600_000);
    const root = await post(t, alice, 'My first drawing, be kind');
    const uri = await postUri(root.body.id);
    for (let i = 0; i < 20; i += 1) {
      const stranger = await remotePerson(t, `troll${i}`, `pack${i % 4}.example`);
      await deliverNote(
        stranger,
        noteFrom(stranger, '<p>@alice shut up you stupid clown, nobody wants you here</p>', {
          replyTarget: new URL(uri),
        }),
      );
      t.clock.advance(20_000);
    }
    const shield = await call(t, alice, 'GET', '/api/empathie/v1/shield');
    expect(shield.body).toMatchObject({ active: true, reason: 'surge' });
  });
});

describe('edits, deletions, likes, shares, follows and blocks from another server', () => {
  it('applies an edit and a deletion only from the post’s own author', async () => {
    const note = noteFrom(mallory, '<p>first words</p>');
    await deliverNote(mallory, note);
    const stored = await postOf(note);
    const eve = await remotePerson(t, 'eve', 'other.example');
    const edited = new Note({ ...noteFields(note), content: '<p>second words</p>' });
    await inbox.posts.onUpdate(
      offlineContext,
      new Update({ actor: new URL(eve.uri), object: edited }),
      eve.id,
      eve.uri,
    );
    expect((await postOf(note))?.content_html).toContain('first words');
    await inbox.posts.onUpdate(
      offlineContext,
      new Update({ actor: new URL(mallory.uri), object: edited }),
      mallory.id,
      mallory.uri,
    );
    expect((await postOf(note))?.content_html).toContain('second words');
    expect((await postOf(note))?.edited_at).not.toBeNull();

    const del = new Delete({ actor: new URL(mallory.uri), object: new Tombstone({ id: note.id }) });
    await inbox.posts.onDelete(del, eve.id, eve.uri);
    expect(await postOf(note)).toBeDefined();
    await inbox.posts.onDelete(del, mallory.id, mallory.uri);
    expect(await postOf(note)).toBeUndefined();
    expect(stored).toBeDefined();
  });

  it('hides a remote account whose server says it is deleted, only when it says so itself', async () => {
    const eve = await remotePerson(t, 'eve', 'other.example');
    const gone = new Delete({ actor: new URL(mallory.uri), object: new URL(mallory.uri) });
    await inbox.posts.onDelete(gone, eve.id, eve.uri);
    expect((await call(t, alice, 'GET', `/api/v1/accounts/${mallory.id}`)).status).toBe(200);
    await inbox.posts.onDelete(gone, mallory.id, mallory.uri);
    expect((await call(t, alice, 'GET', `/api/v1/accounts/${mallory.id}`)).status).toBe(404);
  });

  it('counts a like and a share of our post, and takes them back on Undo', async () => {
    const root = await post(t, alice, 'A kind word for everyone');
    const uri = new URL(await postUri(root.body.id));
    const like = new Like({
      id: new URL(`${mallory.uri}#likes/1`),
      actor: new URL(mallory.uri),
      object: uri,
    });
    await inbox.posts.onLike(like, mallory.id, false);
    const share = new Announce({
      id: new URL(`${mallory.uri}/statuses/99/activity`),
      actor: new URL(mallory.uri),
      object: uri,
      to: PUBLIC_COLLECTION,
    });
    await inbox.posts.onAnnounce(offlineContext, share, mallory.id);
    let status = (await call(t, alice, 'GET', `/api/v1/statuses/${root.body.id}`)).body;
    expect(status.favourites_count).toBe(1);
    expect(status.reblogs_count).toBe(1);
    const kinds = (await notificationsOf(alice)).map((n) => n.type).sort();
    expect(kinds).toEqual(['favourite', 'reblog']);

    await inbox.posts.onLike(like, mallory.id, true);
    await inbox.posts.onUndoAnnounce(share, mallory.id);
    status = (await call(t, alice, 'GET', `/api/v1/statuses/${root.body.id}`)).body;
    expect(status.favourites_count).toBe(0);
    expect(status.reblogs_count).toBe(0);
  });

  it('accepts a follow of an open account at once, and asks a locked one', async () => {
    const follow = new Follow({
      id: new URL(`${mallory.uri}#follows/1`),
      actor: new URL(mallory.uri),
      object: new URL(aliceUri),
    });
    await inbox.follows.onFollow(follow, mallory.id);
    const rel = (await call(t, alice, 'GET', `/api/v1/accounts/relationships?id[]=${mallory.id}`))
      .body[0];
    expect(rel.followed_by).toBe(true);
    // The Accept is recorded for the bridge, naming the remote Follow.
    const jobs = await outboundJobs();
    expect(jobs).toContainEqual(
      expect.objectContaining({
        type: 'follow.accepted',
        followerId: mallory.id,
        targetId: alice.id,
        followUri: follow.id?.href,
      }),
    );

    const bea = await person(t, 'bea');
    await t.database.db
      .updateTable('accounts')
      .set({ locked: 1 })
      .where('id', '=', bea.id)
      .execute();
    await inbox.follows.onFollow(
      new Follow({
        id: new URL(`${mallory.uri}#follows/2`),
        actor: new URL(mallory.uri),
        object: new URL('http://empathie.test/users/bea'),
      }),
      mallory.id,
    );
    const requests = (await call(t, bea, 'GET', '/api/v1/follow_requests')).body;
    expect(requests.map((a: { id: string }) => a.id)).toEqual([mallory.id]);
    // Bea accepts: the Accept names Mallory's own Follow id, kept with the request.
    await call(t, bea, 'POST', `/api/v1/follow_requests/${mallory.id}/authorize`);
    expect(await outboundJobs()).toContainEqual(
      expect.objectContaining({
        type: 'follow.accepted',
        targetId: bea.id,
        followUri: `${mallory.uri}#follows/2`,
      }),
    );
  });

  it('turns our follow request into a follow when the remote account accepts', async () => {
    const r = await call(t, alice, 'POST', `/api/v1/accounts/${mallory.id}/follow`);
    expect(r.body).toMatchObject({ following: false, requested: true });
    const requested = (await outboundJobs()).find((j) => j.type === 'follow.requested');
    expect(requested).toMatchObject({ followerId: alice.id, targetId: mallory.id });
    const followUri = inbox.uris.follow('alice', String(requested?.relationId));
    await inbox.follows.onAccept(
      new Accept({ actor: new URL(mallory.uri), object: new URL(followUri) }),
      mallory.id,
    );
    const rel = (await call(t, alice, 'GET', `/api/v1/accounts/relationships?id[]=${mallory.id}`))
      .body[0];
    expect(rel).toMatchObject({ following: true, requested: false });
  });

  it('a remote block cuts the follow both ways', async () => {
    await inbox.follows.onFollow(
      new Follow({ actor: new URL(mallory.uri), object: new URL(aliceUri) }),
      mallory.id,
    );
    await inbox.follows.onBlock(
      new Block({ actor: new URL(mallory.uri), object: new URL(aliceUri) }),
      mallory.id,
      false,
    );
    const rel = (await call(t, alice, 'GET', `/api/v1/accounts/relationships?id[]=${mallory.id}`))
      .body;
    // A blocker is hidden from the blocked person, as locally.
    expect(rel).toEqual([]);
    const follows = await t.database.db
      .selectFrom('follows')
      .select('id')
      .where('account_id', '=', mallory.id)
      .execute();
    expect(follows).toEqual([]);
  });
});

function noteFields(note: Note): ConstructorParameters<typeof Note>[0] {
  return {
    id: note.id,
    attribution: note.attributionId,
    content: note.content,
    tos: note.toIds,
    ccs: note.ccIds,
    tags: [new Mention({ href: new URL(aliceUri), name: '@alice@empathie.test' })],
  };
}

async function postUri(id: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('posts')
    .select('uri')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.uri;
}

function postOf(note: Note) {
  return t.database.db
    .selectFrom('posts')
    .selectAll()
    .where('uri', '=', note.id?.href ?? '')
    .executeTakeFirst();
}

async function outboundJobs(): Promise<Array<Record<string, unknown>>> {
  const rows = await t.database.db
    .selectFrom('jobs')
    .select('payload')
    .where('queue', '=', OUTBOUND_QUEUE)
    .execute();
  return rows.map((r) => JSON.parse(r.payload));
}
