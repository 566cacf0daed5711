import { createRequire } from 'node:module';
import { foldString } from '../src/coach/fold.util.ts';
import type { Language } from '../src/types.ts';

/**
 * Checks a rewrite the way a careful reader would, independently of how the coach builds it:
 * the shape of an NVC message in its language, no broken syntax (a dangling determiner or
 * conjunction, an empty clause, stray punctuation), no swear word or insult from outside word
 * lists (leo-profanity, french-badwords-list), and none of the words of the attack or claim.
 * Each failed check is returned by name, so a report can say why a rewrite is bad.
 */

const require = createRequire(import.meta.url);

function outsideLists(): Set<string> {
  const words = new Set<string>();
  const leo = require('leo-profanity') as { list(): string[] };
  const french = require('french-badwords-list') as { array: string[] };
  for (const w of [...leo.list(), ...french.array]) {
    const f = foldString(w).trim();
    if (f.length >= 3) words.add(f);
  }
  return words;
}

const BAD_WORDS = outsideLists();

// Words that cannot end a clause or stand before punctuation.
const DANGLING: Record<Language, string> = {
  fr: "le|la|les|l'|un|une|des|de|du|d'|au|aux|à|et|ou|mais|que|qu'|qui|dont|ce|cet|cette|ces|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|votre|leur|leurs|pour|par|avec|sans|sur|dans|très|trop|ne",
  en: 'the|a|an|of|to|in|on|at|for|with|and|or|but|that|which|who|my|your|his|her|their|our|this|these|those|very|so|too|if|than|because|from',
};

const SHAPE: Record<Language, RegExp[]> = {
  fr: [/(?:^|\. |, )(?:je me sens|Je me sens) [^.]+\./, / J’ai besoin (?:de |d’)[^.]+\. /, /\?$/],
  en: [/(?:^|\. |, )(?:I feel) [^.]+\./, / I need [^.]+\. /, /\?$/],
};

export type RewriteProblem =
  | 'shape'
  | 'dangling'
  | 'empty-clause'
  | 'short-observation'
  | 'swear-word'
  | 'kept-claim'
  | 'lost-subject';

/** The observation the rewrite starts from ("Quand je vois que X, …" / "When I see that X, …"). */
export function observationOf(rewrite: string, language: Language): string | null {
  const m =
    language === 'fr'
      ? rewrite.match(/^Quand je vois qu(?:e |’)(.+?), je me sens /)
      : rewrite.match(/^When I see that (.+?), I feel /);
  if (m) return m[1] as string;
  const own =
    language === 'fr'
      ? rewrite.match(/^(.+?), et je me sens /)
      : rewrite.match(/^(.+?), and I feel /);
  return own ? (own[1] as string) : null;
}

// Elided words stand apart: "l’imprimante" is "l" and "imprimante".
const words = (text: string) =>
  foldString(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Every problem of a rewrite; an empty list means a good rewrite.
 *
 * @example
 * checkRewrite('I feel frustrated: just already.', 'en', { keep: [], drop: ['kys'] }); // ['shape', …]
 */
export function checkRewrite(
  rewrite: string,
  language: Language,
  expected: { keep: readonly string[]; drop: readonly string[] },
): RewriteProblem[] {
  const problems: RewriteProblem[] = [];
  if (!SHAPE[language].every((re) => re.test(rewrite))) problems.push('shape');
  const dangling = new RegExp(`(?:^|[\\s'’])(?:${DANGLING[language]})\\s*[,.;:!?…]`, 'i');
  if (dangling.test(rewrite.replace(/’/g, "'"))) problems.push('dangling');
  if (/[,;:]\s*[,.;:!?]|\.\s*[,.;:]|^\s*[,.;:]|\s[,.]|\(\s*\)|!\?|\s{2,}/.test(rewrite)) {
    problems.push('empty-clause');
  }
  const observation = observationOf(rewrite, language);
  if (observation !== null && words(observation).length < 3) problems.push('short-observation');
  const folded = words(rewrite);
  if (folded.some((w) => BAD_WORDS.has(w))) problems.push('swear-word');
  const flat = ` ${folded.join(' ')} `;
  const kept = expected.drop.some((d) => {
    if (d === '!!!') return /!!|[A-ZÀ-Ý]{4,} [A-ZÀ-Ý]{3,}/.test(rewrite);
    const stem = foldString(d);
    if (stem.includes(' ')) return flat.includes(` ${stem}`);
    // Long stems match inflections ("regrett" → "regretteras"); short ones only the word itself.
    return folded.some((w) => w === stem || (stem.length >= 5 && w.startsWith(stem)));
  });
  if (kept) problems.push('kept-claim');
  const subject = expected.keep.map((k) => foldString(k));
  if (subject.some((k) => !folded.includes(k))) problems.push('lost-subject');
  return problems;
}
