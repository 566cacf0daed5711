import { Note } from '@fedify/fedify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Person, person, type TestApp } from '../../posts/people.fixture.ts';
import { createTestApp } from '../../testing/test-app.ts';
import { EMPATHIE_NS } from '../empathie-extension.ts';
import { remotePerson } from '../inbox/inbox.fixture.ts';
import { OUTBOUND_QUEUE } from '../outbound-events.ts';
import { remoteSigner } from '../testing/signed-fetch.fixture.ts';
import { localUris } from '../uri.ts';
import { CallToActionObject, SpotlightObject } from './empathie-objects.dispatch.ts';
import { empathieRefOfPost } from './empathie-objects.repository.ts';
import { readRemoteObject } from './empathie-vocabulary.ts';

/**
 * What another server sees of a call to action and a spotlight: the Note (readable text, a link
 * to the page, a Link attachment Mastodon ignores) and the structured document under the
 * `empathie:` context, served only when the post is public or unlisted.
 */
let t: TestApp;
let alice: Person;
let bea: Person;
const uris = localUris('http://empathie.test');
const AP = { accept: 'application/activity+json' };
const inDays = (d: number) => new Date(t.clock.now().getTime() + d * 86_400_000).toISOString();

async function fetchAp(path: string) {
  const response = await t.app.request(`http://empathie.test${path}`, { headers: AP });
  // biome-ignore lint/suspicious/noExplicitAny: ActivityPub JSON, checked by each test
  const body: any = response.status === 200 ? await response.json() : null;
  return { status: response.status, body, type: response.headers.get('content-type') };
}

async function newCall(visibility: 'public' | 'unlisted' | 'private') {
  const created = await call(t, alice, 'POST', '/api/empathie/v1/calls', {
    title: 'We need 20 volunteer lawyers',
    description: 'People harassed online need <b>advice</b> this month.',
    skills: [
      { name: 'Lawyer', wanted: 20 },
      { name: 'Translation', wanted: 5 },
    ],
    deadline: inDays(7),
    place: 'Online',
    visibility,
  });
  expect(created.status).toBe(200);
  return created.body as { id: string; status_id: string };
}

let open: { id: string; status_id: string };
let hidden: { id: string; status_id: string };
let spotlight: { id: string; status_id: string };
let bob: Awaited<ReturnType<typeof remotePerson>>;

beforeAll(async () => {
  t = await createTestApp();
  alice = await person(t, 'alice');
  bea = await person(t, 'bea');
  bob = await remotePerson(t, 'bob', 'remote.example');
  open = await newCall('public');
  hidden = await newCall('private');
  expect(
    (
      await call(t, bea, 'POST', `/api/empathie/v1/calls/${open.id}/join`, {
        skills: ['Lawyer'],
      })
    ).status,
  ).toBe(200);
  const valued = await call(t, alice, 'POST', '/api/empathie/v1/spotlights', {
    account_id: bob.id,
    text: 'Follow Bob: he answers every question about privacy settings, kindly.',
  });
  expect(valued.status).toBe(200);
  spotlight = valued.body;
});
afterAll(() => t.close());

describe('a call to action across servers', () => {
  it('travels as a Note with its text, a link to its page and a Link to its structured form', async () => {
    const { body } = await fetchAp(`/users/alice/statuses/${open.status_id}`);
    expect(body.type).toBe('Note');
    expect(body.content).toContain('We need 20 volunteer lawyers');
    expect(body.content).toContain(`<a href="${uris.call(open.id)}"`);
    expect(body.attachment).toEqual({
      type: 'Link',
      href: uris.call(open.id),
      rel: `${EMPATHIE_NS}CallToAction`,
      mediaType: 'application/activity+json',
    });
  });

  it('keeps the Note as Mastodon reads it: every attachment it would take has a url', async () => {
    const { body } = await fetchAp(`/users/alice/statuses/${open.status_id}`);
    const attachments = Array.isArray(body.attachment) ? body.attachment : [body.attachment];
    // Mastodon's MediaAttachmentParser keeps an attachment only when `url` is present.
    expect(attachments.filter((a: { url?: unknown }) => a.url !== undefined)).toEqual([]);
    const note = await Note.fromJsonLd(body);
    expect(note.id?.href).toBe(uris.status('alice', open.status_id));
    expect(note.contents.length).toBeGreaterThan(0);
  });

  it('serves the structured call under the empathie context', async () => {
    const { status, body, type } = await fetchAp(`/calls/${open.id}`);
    expect(status).toBe(200);
    expect(type).toContain('application/activity+json');
    expect(body['@context'][0]).toBe('https://www.w3.org/ns/activitystreams');
    expect(body['@context'][1]).toMatchObject({ empathie: EMPATHIE_NS });
    expect(body).toMatchObject({
      id: uris.call(open.id),
      type: 'CallToAction',
      attributedTo: uris.actor('alice'),
      note: uris.status('alice', open.status_id),
      url: uris.call(open.id),
      name: 'We need 20 volunteer lawyers',
      skills: [
        { type: 'Skill', name: 'Lawyer', wanted: 20, joined: 1 },
        { type: 'Skill', name: 'Translation', wanted: 5, joined: 0 },
      ],
      targetCount: 25,
      participantCount: 1,
      endTime: inDays(7),
      location: { type: 'Place', name: 'Online' },
      status: 'open',
    });
    // What another Empathie reads back from it.
    expect(readRemoteObject(body, 'call')).toMatchObject({ kind: 'call', participantCount: 1 });
  });

  it('answers 404 for a private call, an unknown one and a malformed id', async () => {
    expect((await fetchAp(`/calls/${hidden.id}`)).status).toBe(404);
    expect((await fetchAp('/calls/999999')).status).toBe(404);
    expect((await fetchAp('/calls/abc')).status).toBe(404);
    // The Note of a private call is not served either (the posts' own rule).
    expect((await fetchAp(`/users/alice/statuses/${hidden.status_id}`)).status).toBe(404);
  });

  it('gives a browser the web page, not the document', async () => {
    const page = await t.app.request(`http://empathie.test/calls/${open.id}`, {
      headers: { accept: 'text/html' },
    });
    expect(page.headers.get('content-type') ?? '').not.toContain('activity+json');
  });

  it('names the same URIs as the URI builder', () => {
    const ctx = t.federation.context();
    expect(ctx.getObjectUri(CallToActionObject, { id: '12' }).href).toBe(uris.call('12'));
    expect(ctx.getObjectUri(SpotlightObject, { id: '12' }).href).toBe(uris.spotlight('12'));
  });
});

describe('what the Create of a call or a spotlight can name', () => {
  it('finds the call and the spotlight written with their post, never after it', async () => {
    // Whatever reads a committed post (the outbound bridge's Create, any post.created reader)
    // must already find its call or spotlight, or the Create would go without its Link.
    const seen: Array<string | null> = [];
    const stop = t.events.subscribe('post.created', async (event) => {
      const ref = await empathieRefOfPost(t.database.db, event.postId, uris);
      seen.push(ref?.kind ?? null);
    });
    try {
      await newCall('unlisted');
      const valued = await call(t, bea, 'POST', '/api/empathie/v1/spotlights', {
        account_id: alice.id,
        text: 'Alice shares her garden with the whole street.',
      });
      expect(valued.status).toBe(200);
    } finally {
      stop();
    }
    expect(seen).toEqual(['call', 'spotlight']);
  });
});

describe('a call that closes', () => {
  it('serves its outcome and tells other servers its Note changed (an Update)', async () => {
    const closed = await call(t, alice, 'POST', `/api/empathie/v1/calls/${open.id}/close`, {
      outcome: 'Twelve lawyers answered.',
    });
    expect(closed.status).toBe(200);
    const { body } = await fetchAp(`/calls/${open.id}`);
    expect(body).toMatchObject({ status: 'closed', outcome: 'Twelve lawyers answered.' });
    const jobs = await t.database.db
      .selectFrom('jobs')
      .select('payload')
      .where('queue', '=', OUTBOUND_QUEUE)
      .execute();
    expect(jobs.map((j) => JSON.parse(j.payload))).toContainEqual({
      type: 'post.edited',
      postId: open.status_id,
    });
  });
});

describe('a spotlight across servers', () => {
  it('travels as a Note linking the person valued, with a Link to its structured form', async () => {
    const { body } = await fetchAp(`/users/alice/statuses/${spotlight.status_id}`);
    expect(body.content).toContain('Follow Bob');
    expect(body.content).toContain('href="https://remote.example/@bob"');
    expect(body.attachment).toMatchObject({
      type: 'Link',
      href: uris.spotlight(spotlight.id),
      rel: `${EMPATHIE_NS}Spotlight`,
    });
  });

  it('serves the structured spotlight naming the person valued', async () => {
    const { status, body } = await fetchAp(`/spotlights/${spotlight.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: uris.spotlight(spotlight.id),
      type: 'Spotlight',
      attributedTo: uris.actor('alice'),
      valued: bob.uri,
      reason: 'Follow Bob: he answers every question about privacy settings, kindly.',
    });
  });

  it('sends a browser to the post that carries it', async () => {
    const page = await t.app.request(`http://empathie.test/spotlights/${spotlight.id}`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/statuses/${spotlight.status_id}`);
  });
});

describe('in secure mode', () => {
  it('serves a public call only to a signer the author has not blocked', async () => {
    const secure = await createTestApp({ authorizedFetch: true });
    try {
      const owner = await person(secure, 'owner');
      const reader = await remotePerson(secure, 'reader', 'remote.example');
      const created = await call(secure, owner, 'POST', '/api/empathie/v1/calls', {
        title: 'Bring soup',
        description: 'For the shelter.',
        skills: [{ name: 'Cooking', wanted: 3 }],
        deadline: new Date(secure.clock.now().getTime() + 86_400_000).toISOString(),
        visibility: 'public',
      });
      const path = `/calls/${created.body.id}`;
      const unsigned = await secure.app.request(`http://empathie.test${path}`, { headers: AP });
      expect(unsigned.status).toBe(404);
      const signer = await remoteSigner(secure, reader.uri);
      expect((await signer.get(path)).status).toBe(200);
      const blocked = await call(secure, owner, 'POST', `/api/v1/accounts/${reader.id}/block`);
      expect(blocked.status).toBe(200);
      expect((await signer.get(path)).status).toBe(404);
    } finally {
      await secure.close();
    }
  });
});
