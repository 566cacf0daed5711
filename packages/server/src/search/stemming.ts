import snowball from 'snowball-stemmers';

/**
 * Search terms for French and English text. Each word is indexed (and queried) under both its
 * French and its English stem, without diacritics, so `manifestation`, `manifestations` and
 * `Manifestation` meet whatever language the post or the query is in. Stemming happens here, not
 * in the database, so SQLite FTS5 and PostgreSQL's tsvector index exactly the same terms.
 */
export interface Stemmers {
  fr: (word: string) => string;
  en: (word: string) => string;
}

export function createStemmers(): Stemmers {
  const fr = snowball.newStemmer('french');
  const en = snowball.newStemmer('english');
  return { fr: (w) => fr.stem(w), en: (w) => en.stem(w) };
}

function fold(term: string): string {
  return term.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Lower-case words of letters and digits; URLs and mention domains are not words. */
export function words(text: string): string[] {
  const cleaned = text.replace(/https?:\/\/\S+/g, ' ').toLowerCase();
  return cleaned.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The stems of one word in both languages (one entry when they agree). */
export function stemsOf(word: string, stemmers: Stemmers): string[] {
  const a = fold(stemmers.fr(word));
  const b = fold(stemmers.en(word));
  return a === b ? [a] : [a, b];
}

/** The space-separated terms stored in `post_search.terms`. */
export function indexTerms(text: string, stemmers: Stemmers): string {
  const terms = new Set<string>();
  for (const word of words(text)) for (const stem of stemsOf(word, stemmers)) terms.add(stem);
  return [...terms].join(' ');
}

/** A query as groups: every group (one per word) must match, by any of its stems. */
export function queryGroups(query: string, stemmers: Stemmers): string[][] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const word of words(query).slice(0, 16)) {
    if (seen.has(word)) continue;
    seen.add(word);
    groups.push(stemsOf(word, stemmers));
  }
  return groups;
}
