import { skeleton, type Token, tokenise } from '../text/tokenise.ts';
import { type MaskIndex, plainKey } from './mask-index.ts';

/**
 * Letters hidden behind a symbol: a star typed for a letter ("R*ms", "j*1fs", "mu$*lmans"), or
 * an "@" for the "a" that opens a word ("Les @rabes"), read as the group's name or the hurtful
 * word they hide. The tokeniser drops a star and takes "@rabes" for a mention; the readers of
 * one word (`mask-index.ts`) then see "rms", a word of its own, or nothing at all.
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MAX_STARS = 2;
const MENTION_WORD = /^@[a-z]{3,}$/i;
/**
 * A run of stars hides the middle or the end of a word ("bougn****", "e***lé", "tor*****"): the
 * letters shown number at least this many, one of them opening the word.
 */
const RUN_SHOWN = 2;
/**
 * The swear words most often typed with their first letter only, by that letter and the length
 * typed: "f***" is "fuck", "p*****" "putain". Any other ("J***", a name withheld) is left alone:
 * one letter says too little to choose among the hurtful words.
 */
const ONE_LETTER_SHOWN: ReadonlyMap<string, string> = new Map([
  ['f4', 'fuck'],
  ['s4', 'shit'],
  ['b5', 'bitch'],
  ['c4', 'cunt'],
  ['p4', 'pute'],
  ['p6', 'putain'],
  ['m5', 'merde'],
  ['c7', 'conard'],
  ['s6', 'salope'],
  ['e6', 'encule'],
]);
// One run of stars between the letters shown, which are letters only.
const STAR_RUN = /^(\p{L}+)(\*+)(\p{L}*)$/u;

/** A word the star or the "@" may stand in: a group's name, a hurtful word, a verb of harm. */
function hidden(index: MaskIndex, key: string): boolean {
  const plain = plainKey(key);
  return (
    index.groups.has(plain) ||
    index.groups.has(key) ||
    index.hurtful.has(key) ||
    index.splittable.has(key) ||
    index.harms.has(key)
  );
}

// Letters shown as a key; one letter alone is kept as typed ("c" alone is slang for "c'est").
const keyOf = (letters: string): string =>
  letters.length <= 1 ? letters.toLowerCase() : (tokenise(letters)[0]?.key ?? '');

/**
 * The word a run of stars hides: one of the words stars may stand in that opens and ends on the
 * letters shown, with about as many letters hidden as there are stars (a key folds doubled
 * letters). The closest count wins, then the shortest word. A plural's "s" shown after the stars
 * ends no word of the lists: the word is read without it ("tap*****s").
 */
function readRun(index: MaskIndex, raw: string): string | null {
  const run = STAR_RUN.exec(raw);
  if (run === null) return null;
  const [, shownHead = '', starRun = '', shownTail = ''] = run;
  // One letter shown: only the swear words most often typed so ("f***", "p*****"), the letter as
  // typed (alone, "c" or "t" is read as slang for words: "c'est", "tu es").
  if (shownHead.length + shownTail.length < RUN_SHOWN) {
    return ONE_LETTER_SHOWN.get(`${shownHead.toLowerCase()}${raw.length}`) ?? null;
  }
  const head = keyOf(shownHead);
  const tail = keyOf(shownTail);
  const stars = starRun.length;
  const found = closest(index, head, tail, stars);
  if (found !== null || !tail.endsWith('s')) return found;
  return closest(index, head, tail.slice(0, -1), stars);
}

function closest(index: MaskIndex, head: string, tail: string, stars: number): string | null {
  let best: string | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const words of [index.hurtful, index.groups, index.harms]) {
    for (const word of words) {
      const inside = word.length - head.length - tail.length;
      if (inside < 1 || !word.startsWith(head) || !word.endsWith(tail)) continue;
      if (inside > stars + 1 || inside < stars - 2) continue;
      const gap = Math.abs(inside - stars);
      if (gap < bestGap || (gap === bestGap && best !== null && word.length < best.length)) {
        best = word;
        bestGap = gap;
      }
    }
  }
  return best;
}

/** The word a token typed with stars for letters hides, or null. */
export function readStars(index: MaskIndex, t: Token, source: string): string | null {
  const raw = source.slice(t.begin, t.end);
  const stars: number[] = [];
  for (let k = raw.indexOf('*'); k >= 0; k = raw.indexOf('*', k + 1)) stars.push(k);
  if (stars.length === 0 || stars.length === raw.length) return null;
  // Stars around a word stress it: "we *do* care" (the tokeniser leaves the first one out).
  if ((raw.startsWith('*') || source[t.begin - 1] === '*') && raw.endsWith('*')) return null;
  if (stars.length > MAX_STARS) return readRun(index, raw);
  // Read as the tokeniser reads a word, with a letter where each star was, the positions kept.
  const [read, ...more] = tokenise(raw.replaceAll('*', 'a'));
  if (read === undefined || more.length > 0 || read.text.length !== raw.length) return null;
  const letters = [...read.text];
  const fill = (s: number): string | null => {
    if (s === stars.length) {
      const key = skeleton(letters.join(''));
      return hidden(index, key) ? key : null;
    }
    for (const letter of LETTERS) {
      letters[stars[s] as number] = letter;
      const found = fill(s + 1);
      if (found !== null) return found;
    }
    return null;
  };
  // Two stars in a row may hide more letters than two: "bougn**".
  return fill(0) ?? (stars.length === 2 ? readRun(index, raw) : null);
}

/** The word a mention-like "@word" hides when its "@" is the "a" it opens on, or null. */
export function readAt(index: MaskIndex, t: Token, source: string): string | null {
  const raw = source.slice(t.begin, t.end);
  if (!MENTION_WORD.test(raw)) return null;
  const [read, ...more] = tokenise(`a${raw.slice(1)}`);
  if (read === undefined || more.length > 0) return null;
  return hidden(index, read.key) ? read.key : null;
}
