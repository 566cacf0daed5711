import { escapeHtml } from '../api/mastodon/text-html.ts';

/**
 * Post text → the safe HTML Mastodon clients expect. Everything the author typed is escaped; the
 * only markup we emit is `p`, `br`, `a` and `span` with fixed attributes, so no input can inject
 * a tag or an attribute (see the property test).
 */

// One scanner for the three kinds of entity, so they never overlap. Lookbehinds mirror Mastodon:
// `me@example.com` is not a mention and `page#anchor` is not a hashtag. `localhost:PORT` is a
// domain too: instances federating on loopback (development, tests) name each other so.
const ENTITY =
  /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])|(?<![\p{L}\p{N}_/])@([a-z0-9_]+)(?:@((?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|localhost)(?::\d+)?))?|(?<![\p{L}\p{N}_/&])#([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*)/giu;

/** Mastodon counts every link as 23 characters, whatever its length. */
export const URL_WEIGHT = 23;

export interface MentionRef {
  username: string;
  /** Null when written without a domain (`@alice`). */
  domain: string | null;
}

export interface Entities {
  mentions: MentionRef[];
  /** Hashtags as written (first spelling wins), without `#`. */
  tags: string[];
  urls: string[];
}

/** Tags are case-insensitive: the stored name is the NFC lower-case form. */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFC').toLowerCase();
}

export function extractEntities(text: string): Entities {
  const mentions: MentionRef[] = [];
  const seenMentions = new Set<string>();
  const tags: string[] = [];
  const seenTags = new Set<string>();
  const urls: string[] = [];
  for (const m of text.matchAll(ENTITY)) {
    if (m[1]) urls.push(m[1]);
    else if (m[2]) {
      const ref = { username: m[2].toLowerCase(), domain: m[3]?.toLowerCase() ?? null };
      const key = `${ref.username}@${ref.domain ?? ''}`;
      if (!seenMentions.has(key)) {
        seenMentions.add(key);
        mentions.push(ref);
      }
    } else if (m[4]) {
      const key = normaliseTag(m[4]);
      if (!seenTags.has(key)) {
        seenTags.add(key);
        tags.push(m[4]);
      }
    }
  }
  return { mentions, tags, urls };
}

/**
 * Length as Mastodon counts it: code points, with each URL counted as 23 and a remote mention
 * counted without its domain.
 */
export function countCharacters(text: string): number {
  const weighed = text.replace(
    ENTITY,
    (whole, url: string | undefined, user: string | undefined) => {
      if (url) return 'x'.repeat(URL_WEIGHT);
      if (user) return `@${user}`;
      return whole;
    },
  );
  return [...weighed].length;
}

export interface ResolvedMention {
  url: string;
  username: string;
}

export interface RenderContext {
  publicUrl: string;
  /** Resolved mentions by `username@domain` key (domain empty for local shorthand). */
  mentions: Map<string, ResolvedMention>;
}

export function mentionKey(ref: MentionRef): string {
  return `${ref.username}@${ref.domain ?? ''}`;
}

function linkHtml(url: string): string {
  const href = escapeHtml(url);
  const scheme = /^(https?:\/\/(?:www\.)?)/i.exec(url)?.[1] ?? '';
  const rest = url.slice(scheme.length);
  // Like Mastodon: hide the scheme, show 30 characters, ellipsis for the rest.
  const shown = rest.slice(0, 30);
  const hidden = rest.slice(30);
  return (
    `<a href="${href}" rel="nofollow noopener noreferrer" target="_blank" translate="no">` +
    `<span class="invisible">${escapeHtml(scheme)}</span>` +
    `<span class="${hidden ? 'ellipsis' : ''}">${escapeHtml(shown)}</span>` +
    `<span class="invisible">${escapeHtml(hidden)}</span></a>`
  );
}

function renderLine(line: string, ctx: RenderContext): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(ENTITY)) {
    const start = m.index ?? 0;
    let html: string | null = null;
    if (m[1]) html = linkHtml(m[1]);
    else if (m[2]) {
      const ref = { username: m[2].toLowerCase(), domain: m[3]?.toLowerCase() ?? null };
      const found = ctx.mentions.get(mentionKey(ref));
      if (found) {
        html =
          `<span class="h-card" translate="no"><a href="${escapeHtml(found.url)}" class="u-url mention">` +
          `@<span>${escapeHtml(found.username)}</span></a></span>`;
      }
    } else if (m[4]) {
      const href = `${ctx.publicUrl}/tags/${encodeURIComponent(normaliseTag(m[4]))}`;
      html = `<a href="${escapeHtml(href)}" class="mention hashtag" rel="tag">#<span>${escapeHtml(m[4])}</span></a>`;
    }
    if (html === null) continue; // an unknown mention stays plain text
    out += escapeHtml(line.slice(last, start)) + html;
    last = start + m[0].length;
  }
  return out + escapeHtml(line.slice(last));
}

/** Paragraphs on blank lines, `<br>` on single newlines, entities linked. */
export function renderPostHtml(text: string, ctx: RenderContext): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (normalised === '') return '';
  return normalised
    .split(/\n{2,}/)
    .map(
      (p) =>
        `<p>${p
          .split('\n')
          .map((line) => renderLine(line, ctx))
          .join('<br>')}</p>`,
    )
    .join('');
}
