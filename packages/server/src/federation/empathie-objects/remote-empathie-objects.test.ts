import { Create, Link, Mention, Note, PUBLIC_COLLECTION, Update } from '@fedify/fedify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, type Person, person, type TestApp } from '../../posts/people.fixture.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { EMPATHIE_NS } from '../empathie-extension.ts';
import {
  inboxOf,
  offlineContext,
  type RemotePerson,
  remotePerson,
} from '../inbox/inbox.fixture.ts';
import { AS_CONTEXT, EMPATHIE_OBJECT_CONTEXT } from './empathie-vocabulary.ts';

/**
 * Another Empathie's call to action or spotlight arriving: the Note is stored as any post, and
 * the structured object its Link names is fetched (here from a fake server), validated and
 * shown with the status — only from the Note's own origin, and never at the cost of the post.
 */
let t: TestApp;
let alice: Person;
let mallory: RemotePerson;
let documents: Map<string, unknown>;
let fetched: string[];
let inbox: ReturnType<typeof inboxOf>;
const aliceUri = 'http://empathie.test/users/alice';
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  mallory = await remotePerson(t, 'mallory');
  inbox = inboxOf(t, {
    fetchEmpathieDocument: async (_ctx, url) => {
      fetched.push(url.href);
      if (!documents.has(url.href)) throw new Error('HTTP 404');
      return documents.get(url.href);
    },
  });
});
beforeEach(() => {
  documents = new Map();
  fetched = [];
});
afterAll(() => t.close());

function noteWithLink(href: string, rel = `${EMPATHIE_NS}CallToAction`, text = 'We need help') {
  counter += 1;
  return new Note({
    id: new URL(`${mallory.uri}/statuses/${counter}`),
    attribution: new URL(mallory.uri),
    content: `<p>${text}</p><p><a href="${href}">${href}</a></p>`,
    to: PUBLIC_COLLECTION,
    ccs: [new URL(`${mallory.uri}/followers`), new URL(aliceUri)],
    tags: [new Mention({ href: new URL(aliceUri), name: '@alice@empathie.test' })],
    attachments: [new Link({ href: new URL(href), rel, mediaType: 'application/activity+json' })],
  });
}

function callDocument(note: Note, href: string, extra: Record<string, unknown> = {}) {
  return {
    '@context': [AS_CONTEXT, EMPATHIE_OBJECT_CONTEXT],
    id: href,
    type: 'CallToAction',
    attributedTo: mallory.uri,
    note: note.id?.href,
    url: href,
    name: 'Volunteer <script>alert(1)</script>lawyers',
    why: '<p>Victims need advice.</p>',
    skills: [{ type: 'Skill', name: 'Lawyer', wanted: 20, joined: 3 }],
    targetCount: 20,
    participantCount: 3,
    endTime: '2026-12-01T10:00:00Z',
    status: 'open',
    published: '2026-11-01T09:00:00Z',
    ...extra,
  };
}

async function deliver(note: Note) {
  await inbox.posts.onCreate(
    offlineContext,
    new Create({
      id: new URL(`${note.id?.href}/activity`),
      actor: new URL(mallory.uri),
      object: note,
    }),
    mallory.uri,
  );
}

async function statusOf(note: Note) {
  const row = await t.database.db
    .selectFrom('posts')
    .select('id')
    .where('uri', '=', String(note.id?.href))
    .executeTakeFirst();
  expect(row, 'the post is stored whatever happens to its object').toBeDefined();
  const response = await call(t, alice, 'GET', `/api/v1/statuses/${row?.id}`);
  expect(response.status).toBe(200);
  return response.body as {
    content: string;
    media_attachments: unknown[];
    empathie?: { call?: Record<string, unknown>; spotlight?: Record<string, unknown> };
  };
}

describe("another Empathie's call to action", () => {
  it('is fetched from the Note’s own origin and shown like a local one, marked remote', async () => {
    const href = 'https://remote.example/calls/7';
    const note = noteWithLink(href);
    documents.set(href, callDocument(note, href));
    await deliver(note);
    expect(fetched).toEqual([href]);
    const status = await statusOf(note);
    expect(status.media_attachments).toEqual([]);
    expect(status.empathie?.call).toMatchObject({
      title: 'Volunteer lawyers',
      description: 'Victims need advice.',
      skills: [{ name: 'Lawyer', wanted: 20, joined: 3 }],
      volunteers_count: 3,
      deadline: '2026-12-01T10:00:00.000Z',
      state: 'open',
      joined_by_me: false,
      remote: true,
      origin_url: href,
      origin: 'remote.example',
      organisers: [{ id: mallory.id }],
    });
  });

  it('is never fetched from another origin than the Note’s', async () => {
    const href = 'https://elsewhere.example/calls/7';
    const note = noteWithLink(href);
    documents.set(href, callDocument(note, href));
    await deliver(note);
    expect(fetched).toEqual([]);
    const status = await statusOf(note);
    expect(status.content).toContain('We need help');
    expect(status.empathie?.call).toBeUndefined();
  });

  it.each([
    ['a document of another type', { type: 'Note' }],
    ['a deadline that is not a time', { endTime: 'soon' }],
    ['no title', { name: '' }],
    ['a negative count', { participantCount: -4 }],
    ['another note', { note: 'https://remote.example/users/mallory/statuses/999' }],
    ['another author', { attributedTo: 'https://remote.example/users/eve' }],
  ])('is ignored when the server answers %s, and the post stays', async (_what, broken) => {
    const href = 'https://remote.example/calls/8';
    const note = noteWithLink(href);
    documents.set(href, callDocument(note, href, broken));
    await deliver(note);
    const status = await statusOf(note);
    expect(status.content).toContain('We need help');
    expect(status.empathie?.call).toBeUndefined();
  });

  it('keeps the post when its object cannot be fetched', async () => {
    const note = noteWithLink('https://remote.example/calls/404');
    await deliver(note);
    expect((await statusOf(note)).empathie?.call).toBeUndefined();
  });

  it('is refreshed by an Update of the Note, and forgotten when the Note names none', async () => {
    const href = 'https://remote.example/calls/9';
    const note = noteWithLink(href);
    documents.set(href, callDocument(note, href));
    await deliver(note);
    documents.set(
      href,
      callDocument(note, href, { participantCount: 12, status: 'closed', outcome: 'Done!' }),
    );
    const update = (object: Note) =>
      inbox.posts.onUpdate(
        offlineContext,
        new Update({
          id: new URL(`${note.id?.href}#update-${counter}`),
          actor: new URL(mallory.uri),
          object,
        }),
        mallory.id,
        mallory.uri,
      );
    await update(note);
    expect((await statusOf(note)).empathie?.call).toMatchObject({
      volunteers_count: 12,
      state: 'closed',
      outcome: 'Done!',
    });
    await update(note.clone({ attachments: [] }));
    expect((await statusOf(note)).empathie?.call).toBeUndefined();
  });
});

describe("another Empathie's spotlight", () => {
  it('shows whom it values when that person is known here', async () => {
    const href = 'https://remote.example/spotlights/3';
    const note = noteWithLink(href, `${EMPATHIE_NS}Spotlight`, 'Follow Alice');
    documents.set(href, {
      '@context': [AS_CONTEXT, { e: EMPATHIE_NS }],
      id: href,
      // Read under any prefix the sender gives our namespace.
      type: 'e:Spotlight',
      attributedTo: mallory.uri,
      'e:note': note.id?.href,
      url: href,
      'e:valued': aliceUri,
      'e:reason': 'She answers every question <em>kindly</em>.',
    });
    await deliver(note);
    expect((await statusOf(note)).empathie?.spotlight).toMatchObject({
      text: 'She answers every question kindly.',
      accepted: false,
      remote: true,
      origin_url: href,
      author: { id: mallory.id },
      account: { id: alice.id },
    });
  });
});
