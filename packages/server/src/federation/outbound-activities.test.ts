import {
  Accept,
  Announce,
  Block,
  Create,
  Delete,
  Follow,
  Like,
  Note,
  PUBLIC_COLLECTION,
  Tombstone,
  Undo,
  Update,
} from '@fedify/fedify';
import { describe, expect, it } from 'vitest';
import type { Visibility } from '../db/schema.ts';
import type { NoteSource } from './objects/note.ts';
import {
  type AccountRef,
  announceActivity,
  blockActivity,
  deleteActivity,
  followActivity,
  followAnswer,
  likeActivity,
  postActivity,
} from './outbound-activities.ts';
import { localUris } from './uri.ts';

const uris = localUris('http://localhost:4001');
const PUBLIC = PUBLIC_COLLECTION.href;
const FOLLOWERS = 'http://localhost:4001/users/alice/followers';

const bob: AccountRef = {
  id: 'b',
  username: 'bob',
  domain: 'localhost:4002',
  uri: 'http://localhost:4002/users/bob',
  inboxUrl: 'http://localhost:4002/users/bob/inbox',
  sharedInboxUrl: 'http://localhost:4002/inbox',
};
const carol: AccountRef = {
  id: 'c',
  username: 'carol',
  domain: null,
  uri: 'http://localhost:4001/users/carol',
  inboxUrl: null,
  sharedInboxUrl: null,
};

function source(visibility: Visibility, extra: Partial<NoteSource> = {}): NoteSource {
  return {
    id: '42',
    authorUsername: 'alice',
    contentHtml: '<p>Bonjour <span class="h-card">@bob</span></p>',
    spoilerText: '',
    sensitive: false,
    visibility,
    language: 'fr',
    replyPolicy: 'everyone',
    createdAt: '2026-11-27T10:00:00.000Z',
    editedAt: null,
    inReplyToUri: null,
    mentions: [{ uri: bob.uri, acct: 'bob@localhost:4002' }],
    tags: [{ name: 'empathie', display: 'Empathie' }],
    ...extra,
  };
}

const hrefs = (urls: URL[]) => urls.map((u) => u.href);

describe('a post becomes a Create addressed by its visibility', () => {
  it.each([
    ['public', [PUBLIC], [FOLLOWERS, bob.uri], true],
    ['unlisted', [FOLLOWERS], [PUBLIC, bob.uri], true],
    ['private', [FOLLOWERS], [bob.uri], true],
    ['direct', [bob.uri], [], false],
  ] as const)('%s: to %j, cc %j', async (visibility, to, cc, toFollowers) => {
    const out = postActivity('create', source(visibility), [bob, carol], uris, 'x');
    expect(out.activity).toBeInstanceOf(Create);
    expect(out.toFollowers).toBe(toFollowers);
    expect(hrefs(out.activity.toIds)).toEqual(to);
    expect(hrefs(out.activity.ccIds)).toEqual(cc);
    const note = await out.activity.getObject();
    expect(note).toBeInstanceOf(Note);
    expect(hrefs((note as Note).toIds)).toEqual(to);
    expect(hrefs((note as Note).ccIds)).toEqual(cc);
    // Only the remote person named is sent to directly; the local one reads it at home.
    expect(out.recipients.map((r) => r.id?.href)).toEqual([bob.uri]);
    expect(out.recipients[0]?.endpoints?.sharedInbox?.href).toBe(bob.sharedInboxUrl);
  });

  it('carries the ids, the language, the warning, the reply and the tags', async () => {
    const out = postActivity(
      'create',
      source('public', {
        spoilerText: 'fatigue',
        sensitive: true,
        inReplyToUri: 'http://localhost:4002/users/bob/statuses/7',
      }),
      [bob],
      uris,
      'x',
    );
    expect(out.activity.id?.href).toBe('http://localhost:4001/users/alice/statuses/42/activity');
    expect(out.activity.actorId?.href).toBe('http://localhost:4001/users/alice');
    const json = (await out.activity.toJsonLd({ format: 'compact' })) as {
      object: Record<string, unknown>;
    };
    const note = json.object;
    expect(note.id).toBe('http://localhost:4001/users/alice/statuses/42');
    expect(note.url).toBe('http://localhost:4001/@alice/42');
    expect(note.summary).toBe('fatigue');
    expect(note.sensitive).toBe(true);
    expect(note.inReplyTo).toBe('http://localhost:4002/users/bob/statuses/7');
    expect(note.contentMap).toEqual({ fr: '<p>Bonjour <span class="h-card">@bob</span></p>' });
    expect(note.tag).toEqual([
      { type: 'Mention', href: bob.uri, name: '@bob@localhost:4002' },
      { type: 'Hashtag', href: 'http://localhost:4001/tags/empathie', name: '#Empathie' },
    ]);
  });

  it.each([
    ['everyone', [PUBLIC]],
    [
      'following',
      ['http://localhost:4001/users/alice', 'http://localhost:4001/users/alice/following', bob.uri],
    ],
    ['mentioned', ['http://localhost:4001/users/alice', bob.uri]],
    ['nobody', ['http://localhost:4001/users/alice']],
  ] as const)('says who may reply (%s) as interactionPolicy.canReply', async (policy, always) => {
    const out = postActivity('create', source('public', { replyPolicy: policy }), [], uris, 'x');
    const note = (await out.activity.getObject()) as Note;
    const served = (await note.toJsonLd()) as Record<string, unknown>;
    expect(served['@context']).toContain('https://gotosocial.org/ns');
    expect(served.interactionPolicy).toEqual({ canReply: { always, approvalRequired: [] } });
    // Embedded in the activity, the same policy travels under its full IRI.
    const sent = (await out.activity.toJsonLd({ format: 'compact' })) as {
      object: Record<string, { [k: string]: unknown }>;
    };
    const policyNode = sent.object['https://gotosocial.org/ns#interactionPolicy'];
    expect(JSON.stringify(policyNode)).toContain(
      always.at(-1) === PUBLIC ? 'as:Public' : always.at(-1),
    );
  });

  it('an edit is an Update of the same Note, with its edit date', async () => {
    const out = postActivity(
      'update',
      source('public', { editedAt: '2026-11-27T11:00:00.000Z' }),
      [],
      uris,
      'update-1',
    );
    expect(out.activity).toBeInstanceOf(Update);
    expect(out.activity.id?.href).toBe('http://localhost:4001/users/alice#activities/update-1');
    const note = (await out.activity.getObject()) as Note;
    expect(note.id?.href).toBe('http://localhost:4001/users/alice/statuses/42');
    expect(note.updated?.toString()).toBe('2026-11-27T11:00:00Z');
  });
});

describe('the other events map to their activities', () => {
  it('a deletion is a Delete with a Tombstone, to whoever had the post', async () => {
    const out = deleteActivity(
      'alice',
      'http://localhost:4001/users/alice/statuses/42',
      'private',
      [bob],
      uris,
      'd',
    );
    expect(out.activity).toBeInstanceOf(Delete);
    const object = await out.activity.getObject();
    expect(object).toBeInstanceOf(Tombstone);
    expect(object?.id?.href).toBe('http://localhost:4001/users/alice/statuses/42');
    expect(hrefs(out.activity.toIds)).toEqual([FOLLOWERS]);
    expect(out.toFollowers).toBe(true);
    expect(out.recipients.map((r) => r.id?.href)).toEqual([bob.uri]);
  });

  it('a favourite is a Like to the author, its removal an Undo of the same Like', async () => {
    const post = { uri: 'http://localhost:4002/users/bob/statuses/7', author: bob };
    const like = likeActivity('alice', 'f1', post, uris, null);
    expect(like.activity).toBeInstanceOf(Like);
    expect(like.activity.id?.href).toBe('http://localhost:4001/users/alice#likes/f1');
    expect(like.activity.objectId?.href).toBe(post.uri);
    expect(like.toFollowers).toBe(false);
    expect(like.recipients.map((r) => r.id?.href)).toEqual([bob.uri]);
    const undo = likeActivity('alice', 'f1', post, uris, { activityId: 'u1' });
    expect(undo.activity).toBeInstanceOf(Undo);
    const inner = await undo.activity.getObject();
    expect(inner).toBeInstanceOf(Like);
    expect(inner?.id?.href).toBe('http://localhost:4001/users/alice#likes/f1');
  });

  it.each([
    ['public', [PUBLIC], [bob.uri, 'http://localhost:4001/users/alice/followers']],
    ['unlisted', ['http://localhost:4001/users/alice/followers'], [PUBLIC, bob.uri]],
  ] as const)('a %s share is an Announce to %j', async (visibility, to, cc) => {
    const out = announceActivity(
      'alice',
      { id: '9', visibility, createdAt: '2026-11-27T10:00:00.000Z' },
      { uri: 'http://localhost:4002/users/bob/statuses/7', author: bob },
      uris,
      null,
    );
    expect(out.activity).toBeInstanceOf(Announce);
    expect(out.activity.id?.href).toBe('http://localhost:4001/users/alice/statuses/9/activity');
    expect(hrefs(out.activity.toIds)).toEqual(to);
    expect(hrefs(out.activity.ccIds)).toEqual(cc);
    expect(out.toFollowers).toBe(true);
    const undo = announceActivity(
      'alice',
      { id: '9', visibility, createdAt: '2026-11-27T10:00:00.000Z' },
      { uri: 'http://localhost:4002/users/bob/statuses/7', author: bob },
      uris,
      { activityId: 'u' },
    );
    expect(undo.activity).toBeInstanceOf(Undo);
    expect((await undo.activity.getObject())?.id?.href).toBe(out.activity.id?.href);
  });

  it('a follow names its request; answers name the remote Follow', async () => {
    const follow = followActivity('alice', 'r1', bob, uris, null);
    expect(follow.activity).toBeInstanceOf(Follow);
    expect(follow.activity.id?.href).toBe('http://localhost:4001/users/alice#follows/r1');
    expect(follow.activity.objectId?.href).toBe(bob.uri);
    const unfollow = followActivity('alice', null, bob, uris, { activityId: 'u' });
    expect(unfollow.activity).toBeInstanceOf(Undo);
    const inner = (await unfollow.activity.getObject()) as Follow;
    expect(inner.actorId?.href).toBe('http://localhost:4001/users/alice');
    expect(inner.objectId?.href).toBe(bob.uri);

    const accept = followAnswer('accept', 'alice', bob, 'http://localhost:4002/f/1', uris, 'a');
    expect(accept.activity).toBeInstanceOf(Accept);
    const answered = (await accept.activity.getObject()) as Follow;
    expect(answered.id?.href).toBe('http://localhost:4002/f/1');
    expect(answered.actorId?.href).toBe(bob.uri);
    expect(answered.objectId?.href).toBe('http://localhost:4001/users/alice');
    expect(accept.recipients.map((r) => r.id?.href)).toEqual([bob.uri]);
  });

  it('a block is a Block to the blocked, its end an Undo', async () => {
    const block = blockActivity('alice', bob, uris, { block: 'b1', undo: null });
    expect(block.activity).toBeInstanceOf(Block);
    expect(block.activity.objectId?.href).toBe(bob.uri);
    expect(block.toFollowers).toBe(false);
    const undo = blockActivity('alice', bob, uris, { block: 'b1', undo: 'u1' });
    expect(undo.activity).toBeInstanceOf(Undo);
    expect(await undo.activity.getObject()).toBeInstanceOf(Block);
  });

  it('never sends to a local account directly', () => {
    const like = likeActivity('alice', 'f', { uri: 'x:y', author: carol }, uris, null);
    expect(like.recipients).toEqual([]);
  });
});
