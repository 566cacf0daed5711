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

/** A word the star or the "@" may stand in: a group's name or a hurtful word. */
function hidden(index: MaskIndex, key: string): boolean {
  const plain = plainKey(key);
  return (
    index.groups.has(plain) ||
    index.groups.has(key) ||
    index.hurtful.has(key) ||
    index.splittable.has(key)
  );
}

/** The word a token typed with stars for letters hides, or null. */
export function readStars(index: MaskIndex, t: Token, source: string): string | null {
  const raw = source.slice(t.begin, t.end);
  const stars: number[] = [];
  for (let k = raw.indexOf('*'); k >= 0; k = raw.indexOf('*', k + 1)) stars.push(k);
  if (stars.length === 0 || stars.length > MAX_STARS || stars.length === raw.length) return null;
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
  return fill(0);
}

/** The word a mention-like "@word" hides when its "@" is the "a" it opens on, or null. */
export function readAt(index: MaskIndex, t: Token, source: string): string | null {
  const raw = source.slice(t.begin, t.end);
  if (!MENTION_WORD.test(raw)) return null;
  const [read, ...more] = tokenise(`a${raw.slice(1)}`);
  if (read === undefined || more.length > 0) return null;
  return hidden(index, read.key) ? read.key : null;
}
