import { describe, expect, it } from 'vitest';
import { postActivity } from '../outbound-activities.ts';
import { voteActivity } from '../poll-activities.ts';
import { localUris } from '../uri.ts';
import type { NoteSource } from './note.ts';
import { type PollSource, postObjectOf } from './question.ts';

const uris = localUris('http://localhost:4001');

function source(poll: PollSource | null): NoteSource {
  return {
    id: '42',
    authorUsername: 'alice',
    contentHtml: '<p>Tea or coffee?</p>',
    spoilerText: '',
    sensitive: false,
    visibility: 'public',
    language: 'en',
    replyPolicy: 'everyone',
    createdAt: '2026-11-27T10:00:00.000Z',
    editedAt: null,
    inReplyToUri: null,
    mentions: [],
    tags: [],
    poll,
  };
}

const poll: PollSource = {
  multiple: false,
  hideTotals: false,
  expiresAt: '2026-11-28T10:00:00.000Z',
  closedAt: null,
  votersCount: 3,
  options: [
    { title: 'Tea', votesCount: 2 },
    { title: 'Coffee', votesCount: 1 },
  ],
};

type Json = Record<string, unknown>;

describe('a post with a poll is a Question, as Mastodon writes it', () => {
  it('served alone: oneOf Notes with name and replies.totalItems, endTime, votersCount', async () => {
    const json = (await postObjectOf(source(poll), uris).toJsonLd({ format: 'compact' })) as Json;
    expect(json.type).toBe('Question');
    expect(json.id).toBe('http://localhost:4001/users/alice/statuses/42');
    expect(json.content).toBe('<p>Tea or coffee?</p>');
    expect(json.endTime).toBe('2026-11-28T10:00:00Z');
    expect(json.votersCount).toBe(3);
    expect(json.closed).toBeUndefined();
    expect(json.anyOf).toBeUndefined();
    expect(json.oneOf).toEqual([
      { type: 'Note', name: 'Tea', replies: { type: 'Collection', totalItems: 2 } },
      { type: 'Note', name: 'Coffee', replies: { type: 'Collection', totalItems: 1 } },
    ]);
    // Still says who may reply, like a Note.
    expect(json.interactionPolicy).toBeDefined();
  });

  it('several choices: anyOf; closed once the poll ended', async () => {
    const closed = { ...poll, multiple: true, closedAt: '2026-11-28T10:00:00.000Z' };
    const json = (await postObjectOf(source(closed), uris).toJsonLd({
      format: 'compact',
    })) as Json;
    expect(json.oneOf).toBeUndefined();
    expect((json.anyOf as Json[]).map((o) => o.name)).toEqual(['Tea', 'Coffee']);
    expect(json.closed).toBe('2026-11-28T10:00:00Z');
  });

  it('hidden totals stay hidden until the poll closes', async () => {
    const json = (await postObjectOf(source({ ...poll, hideTotals: true }), uris).toJsonLd({
      format: 'compact',
    })) as Json;
    expect(json.votersCount).toBe(0);
    expect((json.oneOf as Json[]).map((o) => (o.replies as Json).totalItems)).toEqual([0, 0]);
  });

  it('a post without a poll stays a Note; the Create of a poll carries the Question', async () => {
    const note = (await postObjectOf(source(null), uris).toJsonLd({ format: 'compact' })) as Json;
    expect(note.type).toBe('Note');
    const create = postActivity('create', source(poll), [], uris, '');
    const json = (await create.activity.toJsonLd({ format: 'compact' })) as Json;
    expect(json.type).toBe('Create');
    expect((json.object as Json).type).toBe('Question');
    expect(((json.object as Json).oneOf as Json[]).length).toBe(2);
  });
});

describe('a vote in a remote poll', () => {
  it('is a Create of a contentless Note named as the option, in reply to the Question', async () => {
    const author = {
      id: 'b',
      username: 'bob',
      domain: 'remote.example',
      uri: 'https://remote.example/users/bob',
      inboxUrl: 'https://remote.example/users/bob/inbox',
      sharedInboxUrl: 'https://remote.example/inbox',
    };
    const out = voteActivity(
      'alice',
      { pollId: '7', choice: 1, title: 'Coffee' },
      { uri: 'https://remote.example/users/bob/statuses/9', author },
      uris,
    );
    const json = (await out.activity.toJsonLd({ format: 'compact' })) as Json;
    const note = json.object as Json;
    expect(json.type).toBe('Create');
    expect(json.to).toBe('https://remote.example/users/bob');
    expect(note).toMatchObject({
      type: 'Note',
      id: 'http://localhost:4001/users/alice#votes/7-1',
      name: 'Coffee',
      inReplyTo: 'https://remote.example/users/bob/statuses/9',
      attributedTo: 'http://localhost:4001/users/alice',
      to: 'https://remote.example/users/bob',
    });
    expect(note.content).toBeUndefined();
    expect(out.toFollowers).toBe(false);
    expect(out.recipients.map((r) => r.id?.href)).toEqual(['https://remote.example/users/bob']);
  });
});
