import { describe, expect, it } from 'vitest';
import { renderDossierHtml } from './dossier-html.ts';
import type { DossierSnapshot } from './dossier-snapshot.ts';

const item: DossierSnapshot = {
  format: 'empathie-dossier-item/1',
  item_id: '1',
  collected_at: '2026-07-01T10:01:00.000Z',
  collected_by: { id: '1', handle: '@lea@example.org', url: 'https://example.org/@lea' },
  status: {
    id: '2',
    uri: 'https://example.org/users/max/statuses/2',
    url: 'https://example.org/@max/2',
    visibility: 'public',
    language: 'fr',
    spoiler_text: '',
    sensitive: false,
    text: '@lea <script>alert(1)</script> & "toi"',
    html: '<p><script>alert(1)</script></p>',
    created_at: '2026-07-01T09:00:00.000Z',
    edited_at: null,
    in_reply_to_id: null,
    mentions: [],
  },
  author: {
    id: '2',
    handle: '@max@remote.example',
    display_name: '<img src=x onerror=alert(1)>',
    url: 'javascript:alert(1)',
    uri: 'https://remote.example/users/max',
    created_at: '2026-06-30T23:59:00.000Z',
    local: false,
    bot: false,
  },
  previous_versions: [],
  reply_chain: [],
  scores: null,
};

function render(timeZone = 'Europe/Paris'): string {
  return renderDossierHtml({
    header: {
      format: 'empathie-dossier/1',
      dossier_id: '9',
      title: 'Raid </title><script>x</script>',
      owner: { id: '1', handle: '@lea@example.org', url: 'https://example.org/@lea' },
      exported_by: { id: '1', handle: '@lea@example.org', url: 'https://example.org/@lea' },
      instance: 'https://example.org',
      exported_at: '2026-07-02T08:00:00.000Z',
      time_zone: timeZone,
      item_count: 1,
      signing_key: { key_id: 'ed25519-abc', url: 'https://example.org/key' },
    },
    items: [item],
    itemHashes: ['a'.repeat(64)],
    chain: ['b'.repeat(64)],
    root: 'c'.repeat(64),
  });
}

describe('the printable dossier', () => {
  it('runs no script, whatever the posts, names and titles hold', () => {
    const html = render();
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;toi&quot;');
    expect(html).toContain("default-src 'none'");
    // A `javascript:` address is shown as text, never as a link.
    expect(html).not.toContain('href="javascript:');
  });

  it('gives each time in UTC and in the person’s time zone, with the item hash and the root', () => {
    const html = render('Europe/Paris');
    expect(html).toContain('2026-07-01 09:00:00 UTC');
    expect(html).toContain('2026-07-01 11:00:00 (GMT+2) — Europe/Paris');
    expect(html).toContain('a'.repeat(64));
    expect(html).toContain('c'.repeat(64));
    expect(html).toContain('https://example.org/@max/2');
  });
});
