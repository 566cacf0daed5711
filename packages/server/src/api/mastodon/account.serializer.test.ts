import { describe, expect, it } from 'vitest';
import { type AccountRow, serializeAccount } from './account.serializer.ts';
import { plainTextToHtml } from './text-html.ts';

const row: AccountRow = {
  id: '000111222333444555',
  username: 'Camille',
  username_key: 'camille',
  domain: null,
  uri: 'https://e.test/users/Camille',
  url: 'https://e.test/@Camille',
  display_name: 'Camille D.',
  note: 'Hello <b>world</b>\nsecond line\n\nSee https://example.org/a?b=1&c=2.',
  intention: 'Share what I learn',
  locked: 1,
  bot: 0,
  discoverable: 1,
  followers_count: 3,
  following_count: 4,
  statuses_count: 5,
  last_status_at: '2026-11-20T08:09:10.000Z',
  inbox_url: null,
  shared_inbox_url: null,
  public_key_pem: null,
  created_at: '2026-11-01T10:11:12.123Z',
  updated_at: '2026-11-01T10:11:12.123Z',
  deleted_at: null,
};

describe('serializeAccount', () => {
  it('builds the Mastodon Account shape with our intention', () => {
    const json = serializeAccount(row, { publicUrl: 'https://e.test' });
    expect(json).toMatchObject({
      id: row.id,
      username: 'Camille',
      acct: 'Camille',
      locked: true,
      bot: false,
      created_at: '2026-11-01T00:00:00.000Z',
      last_status_at: '2026-11-20',
      avatar: 'https://e.test/avatars/default.svg',
      followers_count: 3,
      emojis: [],
      fields: [],
      empathie: { intention: 'Share what I learn' },
    });
  });

  it('qualifies remote accounts with their domain', () => {
    const json = serializeAccount({ ...row, domain: 'other.example' }, { publicUrl: 'x' });
    expect(json.acct).toBe('Camille@other.example');
  });

  it('renders the note as escaped HTML with paragraphs, breaks and links', () => {
    expect(serializeAccount(row, { publicUrl: '' }).note).toBe(
      '<p>Hello &lt;b&gt;world&lt;/b&gt;<br>second line</p>' +
        '<p>See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer" target="_blank">https://example.org/a?b=1&amp;c=2</a>.</p>',
    );
  });
});

describe('plainTextToHtml', () => {
  it('gives an empty string for an empty note', () => {
    expect(plainTextToHtml('  \n ')).toBe('');
  });

  it('does not turn javascript: pseudo-links into anchors', () => {
    expect(plainTextToHtml('javascript:alert(1)')).toBe('<p>javascript:alert(1)</p>');
  });
});
