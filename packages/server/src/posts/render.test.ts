import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters, extractEntities, type RenderContext, renderPostHtml } from './render.ts';

const ctx: RenderContext = {
  publicUrl: 'https://empathie.test',
  mentions: new Map([
    ['alice@', { url: 'https://empathie.test/@alice', username: 'alice' }],
    ['alice@empathie.test', { url: 'https://empathie.test/@alice', username: 'alice' }],
  ]),
};

describe('renderPostHtml', () => {
  it('escapes markup and keeps paragraphs and line breaks', () => {
    expect(renderPostHtml('<b>hi</b> & "you"\nnext\n\nnew <script>', ctx)).toBe(
      '<p>&lt;b&gt;hi&lt;/b&gt; &amp; &quot;you&quot;<br>next</p><p>new &lt;script&gt;</p>',
    );
  });

  it('links URLs like Mastodon, shortening long ones', () => {
    const html = renderPostHtml(
      'see https://example.org/a/very/long/path/that/goes/on/and/on.',
      ctx,
    );
    expect(html).toContain('href="https://example.org/a/very/long/path/that/goes/on/and/on"');
    expect(html).toContain('rel="nofollow noopener noreferrer" target="_blank"');
    expect(html).toContain('<span class="invisible">https://</span>');
    expect(html).toContain('<span class="ellipsis">example.org/a/very/long/path/t</span>');
    expect(html).toMatch(/<\/a>\.<\/p>$/);
  });

  it('links known local mentions with the h-card markup and leaves unknown ones as text', () => {
    const html = renderPostHtml('hello @Alice and @alice@empathie.test, not @bob', ctx);
    expect(html).toBe(
      '<p>hello <span class="h-card" translate="no"><a href="https://empathie.test/@alice" class="u-url mention">@<span>alice</span></a></span>' +
        ' and <span class="h-card" translate="no"><a href="https://empathie.test/@alice" class="u-url mention">@<span>alice</span></a></span>, not @bob</p>',
    );
  });

  it('links Unicode hashtags to their lower-case tag page', () => {
    const html = renderPostHtml('#Écoute et #bienveillance_2026 mais pas page#x ni #123', ctx);
    expect(html).toContain(
      '<a href="https://empathie.test/tags/%C3%A9coute" class="mention hashtag" rel="tag">#<span>Écoute</span></a>',
    );
    expect(html).toContain('#<span>bienveillance_2026</span>');
    expect(html).toContain('page#x ni #123');
  });

  it('never emits a tag or attribute outside the allow-list, whatever the input', () => {
    const allowed =
      /^(?:<p>|<\/p>|<br>|<\/a>|<span>|<\/span>|<span class="[a-z -]*"(?: translate="no")?>|<a href="https?:\/\/[^"<>]*"(?: (?:rel|class|target|translate)="[a-z _-]*")*>|[^<>"]+)*$/;
    const pieces = fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '&',
      '@alice',
      '@alice@empathie.test',
      '#tag',
      'https://x.org/"onmouseover=alert(1)',
      'http://a.b/<script>',
      '\n',
      '\n\n',
      ' ',
      'javascript:alert(1)',
    );
    const input = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), pieces), { maxLength: 30 });
    fc.assert(
      fc.property(input, (parts) => {
        const html = renderPostHtml(parts.join(''), ctx);
        expect(html).toMatch(allowed);
      }),
      { numRuns: 500 },
    );
  });
});

describe('extractEntities and countCharacters', () => {
  it('finds each mention and tag once, case-insensitively', () => {
    const e = extractEntities('@Bob @bob @carol@other.example #Calme #calme https://a.org');
    expect(e.mentions).toEqual([
      { username: 'bob', domain: null },
      { username: 'carol', domain: 'other.example' },
    ]);
    expect(e.tags).toEqual(['Calme']);
    expect(e.urls).toEqual(['https://a.org']);
  });

  it('counts a URL as 23 characters and a remote mention without its domain', () => {
    expect(countCharacters(`hi https://example.org/${'x'.repeat(100)}`)).toBe(3 + 23);
    expect(countCharacters('@carol@other.example')).toBe('@carol'.length);
    expect(countCharacters('émoji 🙂')).toBe(7);
  });
});
