import { describe, expect, it } from 'vitest';
import type { AccountRow } from './account.serializer.ts';
import { serializeNotification, storedTypes } from './notification.serializer.ts';
import { type PostRow, serializeStatus } from './status.serializer.ts';

const ctx = { publicUrl: 'https://e.test' };
const account = (id: string, username: string): AccountRow => ({
  id,
  username,
  username_key: username,
  domain: null,
  uri: `https://e.test/users/${username}`,
  url: `https://e.test/@${username}`,
  display_name: username,
  note: '',
  intention: '',
  locked: 0,
  bot: 0,
  discoverable: 1,
  followers_count: 0,
  following_count: 0,
  statuses_count: 1,
  last_status_at: null,
  inbox_url: null,
  shared_inbox_url: null,
  public_key_pem: null,
  created_at: '2026-11-01T10:00:00.000Z',
  updated_at: '2026-11-01T10:00:00.000Z',
  deleted_at: null,
});
const post = (over: Partial<PostRow>): PostRow => ({
  id: '1',
  account_id: 'a',
  uri: 'https://e.test/users/ana/statuses/1',
  url: 'https://e.test/@ana/1',
  text: 'hello',
  content_html: '<p>hello</p>',
  spoiler_text: '',
  sensitive: 0,
  visibility: 'public',
  language: 'en',
  in_reply_to_id: null,
  in_reply_to_account_id: null,
  reblog_of_id: null,
  thread_root_id: '1',
  local: 1,
  replies_count: 2,
  reblogs_count: 1,
  favourites_count: 3,
  created_at: '2026-11-01T10:00:00.000Z',
  edited_at: null,
  reply_policy: 'everyone',
  ...over,
});

describe('status serializer', () => {
  const ana = account('a', 'ana');
  const ben = account('b', 'ben');

  it('serialises counters as numbers, tags with their page, and never the source text', () => {
    const s = serializeStatus(
      {
        post: post({}),
        author: ana,
        mentions: [ben],
        tags: ['calme'],
        favourited: true,
        reblogged: false,
        reblog: null,
      },
      ctx,
    );
    expect(s).toMatchObject({
      replies_count: 2,
      reblogs_count: 1,
      favourites_count: 3,
      favourited: true,
      mentions: [{ id: 'b', username: 'ben', acct: 'ben', url: 'https://e.test/@ben' }],
      tags: [{ name: 'calme', url: 'https://e.test/tags/calme' }],
    });
    expect(s).not.toHaveProperty('text');
  });

  it('gives a share no content of its own and mirrors the original’s flags', () => {
    const original = serializeStatus(
      {
        post: post({}),
        author: ana,
        mentions: [],
        tags: [],
        favourited: true,
        reblogged: true,
        reblog: null,
      },
      ctx,
    );
    const share = serializeStatus(
      {
        post: post({ id: '2', account_id: 'b', reblog_of_id: '1', content_html: '', text: '' }),
        author: ben,
        mentions: [],
        tags: [],
        favourited: false,
        reblogged: false,
        reblog: original,
      },
      ctx,
    );
    expect(share).toMatchObject({ content: '', url: null, favourited: true, reblogged: true });
    expect(share.reblog?.id).toBe('1');
    expect(share.account.username).toBe('ben');
  });
});

describe('notification serializer', () => {
  it('sends a reply as Mastodon’s mention, flagged as a reply', () => {
    const n = serializeNotification(
      { id: '9', type: 'reply', created_at: '2026-11-01T10:00:00.000Z' },
      account('b', 'ben'),
      null,
      ctx,
    );
    expect(n).toMatchObject({ id: '9', type: 'mention', empathie: { reply: true }, status: null });
  });

  it('maps wire types to stored ones', () => {
    expect(storedTypes('mention')).toEqual(['mention', 'reply']);
    expect(storedTypes('reply')).toEqual(['reply']);
    expect(storedTypes('poll')).toEqual(['poll']);
    // A type Empathie never stores (an app may still ask to exclude it).
    expect(storedTypes('admin.sign_up')).toEqual([]);
  });
});
