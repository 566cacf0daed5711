import sanitizeHtml from 'sanitize-html';

/**
 * The HTML another server sends is shown to our people as is, so it is cut down to what a post
 * needs, as Mastodon does: paragraphs, line breaks, links (http and https only, opened safely),
 * the spans and classes of mentions and hashtags, and simple emphasis. Scripts, styles, event
 * attributes, images, iframes and `javascript:` links are dropped with their effect; the text of
 * an unknown tag is kept, its markup is not.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'a',
    'span',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
  ],
  // `target` and `rel` are ours (set below, after the sender's are dropped).
  allowedAttributes: { a: ['href', 'rel', 'class', 'target'], span: ['class'] },
  allowedClasses: {
    a: ['mention', 'hashtag', 'u-url', 'status-link', 'unhandled-link'],
    span: ['h-card', 'invisible', 'ellipsis'],
  },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Their content goes too: a style or script element's text is never meant to be read.
  nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript', 'title', 'head'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', {
      rel: 'nofollow noopener noreferrer',
      target: '_blank',
    }),
  },
};

export function sanitizeRemoteHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['#39', "'"],
  ['nbsp', ' '],
]);

/**
 * The plain text of a remote post, for what reads text rather than HTML: search, and the tone the
 * coach measures (so a hurtful remote reply is folded like a local one). Paragraphs and breaks
 * become new lines; markup goes; entities are decoded.
 */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p[^>]*>/gi, '\n\n');
  const bare = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return bare
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16), whole);
      if (lower.startsWith('#') && lower !== '#39') {
        return safeCodePoint(Number.parseInt(lower.slice(1), 10), whole);
      }
      return ENTITIES.get(lower) ?? whole;
    })
    .replace(/\u00a0/g, ' ')
    .trim();
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}
