/**
 * Keyword matching for filters, the same in French and English: case and accents do not matter
 * ("Ecole" finds "école"), ligatures are spelt out ("coeur" finds "cœur"), and a whole-word
 * keyword matches only between non-letters ("chat" finds "le chat," and "l'chat" but not
 * "chaton"). Works on plain text: callers strip HTML first.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/[’ʼ]/g, "'")
    .toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface KeywordMatcher {
  keyword: string;
  matches(foldedText: string): boolean;
}

/** Builds a matcher once per keyword; `matches` takes text already passed through `foldText`. */
export function keywordMatcher(keyword: string, wholeWord: boolean): KeywordMatcher {
  const folded = foldText(keyword.trim());
  if (folded === '') return { keyword, matches: () => false };
  if (!wholeWord) return { keyword, matches: (text) => text.includes(folded) };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(folded)}(?![\\p{L}\\p{N}_])`, 'u');
  return { keyword, matches: (text) => pattern.test(text) };
}

/** One keyword's pattern, as a regular-expression source over folded text. */
function patternSource(folded: string, wholeWord: boolean): string {
  const body = escapeRegExp(folded);
  return wholeWord ? `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])` : body;
}

/**
 * All the keywords of one filter: a single combined test first (most posts match nothing), then
 * each keyword only when something matched, to say which (`keyword_matches`).
 */
export function filterMatcher(keywords: Array<{ keyword: string; wholeWord: boolean }>) {
  const parts = keywords
    .map((k) => ({
      keyword: k.keyword,
      folded: foldText(k.keyword.trim()),
      wholeWord: k.wholeWord,
    }))
    .filter((k) => k.folded !== '');
  if (parts.length === 0) return { matches: (_text: string): string[] => [] };
  const any = new RegExp(parts.map((k) => patternSource(k.folded, k.wholeWord)).join('|'), 'u');
  const each = parts.map((k) => keywordMatcher(k.keyword, k.wholeWord));
  return {
    matches(foldedText: string): string[] {
      if (!any.test(foldedText)) return [];
      return each.filter((m) => m.matches(foldedText)).map((m) => m.keyword);
    },
  };
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

/** The words a reader sees in a status's HTML: tags become spaces, entities characters. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return safeCodePoint(Number.parseInt(name.slice(2), 16), whole);
      if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10), whole);
      return ENTITIES.get(name.toLowerCase()) ?? whole;
    });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}
