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

function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (APOSTROPHES.has(ch)) return "'";
  const lower = ch.toLowerCase();
  const ligature = LIGATURES[lower];
  if (ligature) return ligature;
  return lower.normalize('NFD').replace(MARKS, '');
}

const A = 97;
const Z = 122;
const isLetterCode = (c: number | undefined): boolean => c !== undefined && c >= A && c <= Z;
const LEET_CODES = new Map(
  Object.entries(LEET).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]),
);

/** Folds `original` and keeps, for every folded character, where it came from. */
export function foldText(original: string): FoldedText {
  const codes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      // Most drafts are mostly ASCII: no string work beyond the lower-casing.
      codes.push(code >= 65 && code <= 90 ? code + 32 : code);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldCodePoint(original.slice(i, i + width));
    if (folded.length === 0 && codes.length > 0) {
      // A lone combining mark belongs to the letter before it.
      ends[ends.length - 1] = i + width;
    }
    for (let k = 0; k < folded.length; k++) {
      codes.push(folded.charCodeAt(k));
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  // Leetspeak only between two letters, so "2 fois" or "!!!" stay as they are.
  for (let k = 1; k < codes.length - 1; k++) {
    const swap = LEET_CODES.get(codes[k] as number);
    const next = codes[k + 1] as number;
    if (swap && isLetterCode(codes[k - 1]) && isLetterCode(LEET_CODES.get(next) ?? next)) {
      codes[k] = swap;
    }
  }
  // Collapse repeated letters in place; the kept character stretches over the whole run.
  let w = 0;
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k] as number;
    if (w > 0 && c === codes[w - 1] && isLetterCode(c)) {
      ends[w - 1] = ends[k] as number;
      continue;
    }
    codes[w] = c;
    starts[w] = starts[k] as number;
    ends[w] = ends[k] as number;
    w++;
  }
  codes.length = w;
  starts.length = w;
  ends.length = w;
  let text = '';
  for (let k = 0; k < w; k += 4096) text += String.fromCharCode(...codes.slice(k, k + 4096));
  return { text, starts, ends };
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
