import { createRequire } from 'node:module';
import { foldText } from '../src/coach/fold.util.ts';
import { PROFANITY, STRONG_INSULTS, WEAK_INSULTS } from '../src/coach/lexicon.data.ts';

/**
 * Honest, simple measures of whether a rewrite kept what the draft was about: content words
 * (three letters or more, not a function word, not an insult or a swear word) of one text found
 * again in another, after the same folding the coach uses.
 */
const STOPWORDS = new Set(
  (
    'les des une que qui quoi est sont ton ta tes toi vous moi mon mes nous ils elles lui leur cette ces ' +
    'pas plus tout tous toute toutes avec pour dans sur par mais donc car encore deja aussi bien tres trop ' +
    'fait faire etre avoir ete suis es as ai avez ont etait comme quand alors parce rien ici cela ceci ' +
    'meme sans sous chez vers aux du au ne non oui quel quelle quels the and but you your are was were ' +
    'this that these those with for not all just really very have has had him her his she they them ' +
    "their what who its too yes yeah also such from will would could should can can't don't didn't " +
    "i'm you're it's that's there here then than when where why how about into out just get got " +
    "like some any one more most other been being because over our ours who's let's them"
  )
    .split(' ')
    .map((w) => foldText(w).text),
);

const require = createRequire(import.meta.url);

function loadHurtful(): Set<string> {
  const words = new Set<string>();
  for (const w of [...STRONG_INSULTS, ...WEAK_INSULTS, ...PROFANITY]) words.add(foldText(w).text);
  try {
    const leo = require('leo-profanity') as { list(): string[] };
    const french = require('french-badwords-list') as { array: string[] };
    for (const w of [...leo.list(), ...french.array]) words.add(foldText(w).text);
  } catch {
    // The word lists are dev dependencies; without them our own lexicon still filters.
  }
  return words;
}

const HURTFUL = loadHurtful();

/** Folded content words of a text, in order, without duplicates. */
export function contentWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of foldText(text).text.split(/[^a-z0-9']+/)) {
    const word = w.replace(/^'+|'+$/g, '').replace(/^[a-z]'/, '');
    if (word.length < 3 || STOPWORDS.has(word) || HURTFUL.has(word)) continue;
    out.add(word);
  }
  return [...out];
}

/** Share of `wanted` found in `text` (folded words); NaN when nothing is wanted. */
export function keptShare(wanted: readonly string[], text: string): number {
  if (wanted.length === 0) return Number.NaN;
  const have = new Set(
    foldText(text)
      .text.split(/[^a-z0-9']+/)
      .map((w) => w.replace(/^[a-z]'/, '')),
  );
  return wanted.filter((w) => have.has(w)).length / wanted.length;
}

export function mean(values: readonly number[]): number {
  const finite = values.filter((v) => !Number.isNaN(v));
  return finite.length === 0 ? Number.NaN : finite.reduce((a, b) => a + b, 0) / finite.length;
}
