import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeRemoteHtml } from './remote-html.ts';

describe('HTML from another server', () => {
  it('keeps what a post needs: paragraphs, breaks, mentions, hashtags, links', () => {
    const html =
      '<p>Bonjour <span class="h-card"><a href="https://m.example/@bob" class="u-url mention">@<span>bob</span></a></span><br>' +
      '<a href="https://m.example/tags/calme" class="mention hashtag" rel="tag">#<span>calme</span></a></p>';
    const clean = sanitizeRemoteHtml(html);
    expect(clean).toContain('<span class="h-card">');
    expect(clean).toContain('class="u-url mention"');
    expect(clean).toContain('<br />');
    expect(clean).toContain('href="https://m.example/tags/calme"');
    // Links open safely whatever the sender asked.
    expect(clean).toContain('rel="nofollow noopener noreferrer"');
    expect(clean).not.toContain('rel="tag"');
  });

  it.each([
    ['a script and its text', '<p>hi</p><script>alert(1)</script>', /script|alert/],
    ['a style and its rules', '<style>body{display:none}</style><p>hi</p>', /style|display/],
    [
      'an event attribute',
      '<p onclick="steal()">hi</p><a href="https://x.example" onmouseover="x()">x</a>',
      /onclick|onmouseover|steal/,
    ],
    ['a javascript: link', '<a href="javascript:alert(1)">clic</a>', /javascript|alert/],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">clic</a>', /data:/],
    [
      'an image that calls home',
      '<img src="https://tracker.example/p.gif" onerror="x()">',
      /img|tracker|onerror/,
    ],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /iframe|evil/],
    [
      'a style attribute and an unknown class',
      '<span class="h-card evil" style="color:red">x</span>',
      /style|evil|color/,
    ],
  ])('drops %s', (_what, html, forbidden) => {
    expect(sanitizeRemoteHtml(html)).not.toMatch(forbidden);
  });

  it('reads the text of a post for search and for the coach', () => {
    expect(
      htmlToText('<p>Tu es <strong>nul</strong> &amp; ridicule</p><p>Vraiment&nbsp;!<br/>Fin</p>'),
    ).toBe('Tu es nul & ridicule\n\nVraiment !\nFin');
    expect(htmlToText('<p>&lt;script&gt; &#233;t&#xE9;</p>')).toBe('<script> été');
  });
});
