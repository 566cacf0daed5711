/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Trailing punctuation usually ends the sentence, not the link.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** Escapes one line and turns its http(s) URLs into links that open safely in a new tab. */
function linkifyLine(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    out += escapeHtml(line.slice(last, start));
    const href = escapeHtml(match[0]);
    out += `<a href="${href}" rel="nofollow noopener noreferrer" target="_blank">${href}</a>`;
    last = start + match[0].length;
  }
  return out + escapeHtml(line.slice(last));
}

/**
 * Plain text (a bio) to the safe HTML Mastodon clients expect: everything escaped, blank lines
 * separate paragraphs, single newlines become `<br>`, URLs become links.
 */
export function plainTextToHtml(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (normalised === '') return '';
  return normalised
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(linkifyLine).join('<br>')}</p>`)
    .join('');
}
