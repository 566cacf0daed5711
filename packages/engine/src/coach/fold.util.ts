/**
 * A folded copy of a draft for rule matching, with a map back to the original.
 *
 * Folding lower-cases, strips accents, unifies apostrophes, undoes simple leetspeak inside words
 * ("c0nn4rd") and collapses every run of a repeated letter to one ("nuuul" → "nul",
 * "connard" → "conard"). Rules are written against that folded form, so the lexicon goes through
 * the same `foldWord`. Each folded character remembers the UTF-16 range of the original it came
 * from, so a match maps back to exact offsets of what the person typed (emoji and accents included).
 */
export interface FoldedText {
  text: string;
  /** Original start offset (UTF-16) of each folded character. */
  starts: number[];
  /** Original end offset (UTF-16, exclusive) of each folded character. */
  ends: number[];
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '`', '\u00b4']);
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const MARKS = /\p{M}/gu;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (APOSTROPHES.has(ch)) return "'";
  const lower = ch.toLowerCase();
  const ligature = LIGATURES[lower];
  if (ligature) return ligature;
  return lower.normalize('NFD').replace(MARKS, '');
}

/** Folds `original` and keeps, for every folded character, where it came from. */
export function foldText(original: string): FoldedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(original.slice(i, i + width));
    if (folded.length === 0 && chars.length > 0) {
      // A lone combining mark belongs to the letter before it.
      ends[ends.length - 1] = i + width;
    }
    for (let k = 0; k < folded.length; k++) {
      chars.push(folded[k] as string);
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  // Leetspeak only between two letters, so "2 fois" or "!!!" stay as they are.
  for (let k = 1; k < chars.length - 1; k++) {
    const swap = LEET[chars[k] as string];
    if (swap && isLetter(chars[k - 1]) && isLetter(LEET[chars[k + 1] as string] ?? chars[k + 1])) {
      chars[k] = swap;
    }
  }
  // Collapse repeated letters; the kept character stretches over the whole run.
  const outChars: string[] = [];
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k] as string;
    const last = outChars.length - 1;
    if (last >= 0 && ch === outChars[last] && isLetter(ch)) {
      outEnds[last] = ends[k] as number;
      continue;
    }
    outChars.push(ch);
    outStarts.push(starts[k] as number);
    outEnds.push(ends[k] as number);
  }
  return { text: outChars.join(''), starts: outStarts, ends: outEnds };
}

/** Folds a lexicon entry the same way as a draft, so both meet in the middle. */
export function foldWord(word: string): string {
  return foldText(word).text;
}

/** Maps a folded range back to the original UTF-16 range. */
export function toOriginal(folded: FoldedText, begin: number, end: number): [number, number] {
  const b = folded.starts[begin] ?? 0;
  const e = folded.ends[Math.max(begin, end - 1)] ?? b;
  return [b, e];
}
