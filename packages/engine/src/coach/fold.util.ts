import { copyOffsets, FoldScratch } from '../text/fold.ts';
import { lookupTable } from '../text/lookup-table.ts';
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
  starts: Int32Array;
  /** Original end offset (UTF-16, exclusive) of each folded character. */
  ends: Int32Array;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '`', '\u00b4']);
const LEET = lookupTable<string>({
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  $: 's',
  '!': 'i',
});
const LIGATURES = lookupTable<string>({ œ: 'oe', æ: 'ae', ß: 'ss' });
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

// Folds of the non-ASCII characters drafts are made of (accented Latin letters, typographic
// apostrophes and dashes), worked out once: foldCodePoint normalises a string per call.
const COMMON_FOLDS = new Map<number, string>();
for (const [from, to] of [
  [0x80, 0x2ff],
  [0x2000, 0x206f],
]) {
  for (let c = from as number; c <= (to as number); c++) {
    COMMON_FOLDS.set(c, foldCodePoint(String.fromCharCode(c)));
  }
}

// Every other character (emoji, other scripts) is folded once and remembered: foldCodePoint
// normalises a string per call, and a draft repeats its emoji. Bounded, so that a text made of
// thousands of distinct characters cannot grow it without end; past the bound it folds per call.
const SEEN_FOLDS = new Map<number, string>();
const MAX_SEEN = 4096;

/** The fold of the character at `i` (a surrogate pair when `width` is 2), `code` its first unit. */
function foldAt(original: string, i: number, code: number, width: number): string {
  const common = COMMON_FOLDS.get(code);
  if (common !== undefined) return common;
  // Both units as the key: foldText pairs a high surrogate with whatever unit follows it.
  const key = width === 2 ? code * 0x10000 + original.charCodeAt(i + 1) : code;
  let folded = SEEN_FOLDS.get(key);
  if (folded === undefined) {
    folded = foldCodePoint(original.slice(i, i + width));
    if (SEEN_FOLDS.size < MAX_SEEN) SEEN_FOLDS.set(key, folded);
  }
  return folded;
}

const A = 97;
const Z = 122;
const isLetterCode = (c: number): boolean => c >= A && c <= Z;
// Leetspeak swaps are all ASCII: a 128-entry table beats a Map lookup on every character.
const LEET_TABLE = new Uint8Array(128);
for (const [k, v] of Object.entries(LEET)) LEET_TABLE[k.charCodeAt(0)] = v.charCodeAt(0);
const leetOf = (c: number): number => (c < 128 ? (LEET_TABLE[c] as number) : 0);

// Buffers reused from one draft to the next: the folded codes (only read to build the string)
// and the offsets. A new ArrayBuffer per draft cost more than folding a short one.
const draftScratch = new FoldScratch();

/**
 * Folds `original` and keeps, for every folded character, where it came from.
 */
export function foldText(original: string): FoldedText {
  const reused = foldTextReused(original);
  const [starts, ends] = copyOffsets(reused.starts, reused.ends);
  return { text: reused.text, starts, ends };
}

/**
 * `foldText` over buffers reused from one call to the next: its offsets are views that the next
 * call overwrites, for a caller done with them before it folds again (the coach, once per draft).
 * Typed buffers sized for the common case (one folded unit per original unit).
 */
export function foldTextReused(original: string): FoldedText {
  const length = original.length;
  draftScratch.ensure(length + 8);
  let { units: codes, begin: starts, end: ends } = draftScratch;
  let n = 0;
  let i = 0;
  while (i < length) {
    // Most drafts are mostly ASCII: no string work beyond the lower-casing. The buffers always
    // have room for one unit per remaining original unit, so this loop needs no bounds check.
    let code = original.charCodeAt(i);
    while (code < 128) {
      codes[n] = code >= 65 && code <= 90 ? code + 32 : code;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      if (i === length) break;
      code = original.charCodeAt(i);
    }
    if (i === length) break;
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const folded = foldAt(original, i, code, width);
    if (folded.length === 0 && n > 0) {
      // A lone combining mark belongs to the letter before it.
      ends[n - 1] = i + width;
    }
    while (n + folded.length + (length - i) > starts.length) {
      draftScratch.grow();
      ({ units: codes, begin: starts, end: ends } = draftScratch);
    }
    for (let k = 0; k < folded.length; k++) {
      codes[n] = folded.charCodeAt(k);
      starts[n] = i;
      ends[n] = i + width;
      n++;
    }
    i += width;
  }
  // Leetspeak only between two letters, so "2 fois" or "!!!" stay as they are.
  for (let k = 1; k < n - 1; k++) {
    const swap = leetOf(codes[k] as number);
    if (swap === 0 || !isLetterCode(codes[k - 1] as number)) continue;
    const next = codes[k + 1] as number;
    if (isLetterCode(leetOf(next) || next)) codes[k] = swap;
  }
  // Collapse repeated letters in place; the kept character stretches over the whole run.
  // Up to the first repeat every character stays where it is, so the copying starts there.
  let w = 1;
  while (w < n && !(codes[w] === codes[w - 1] && isLetterCode(codes[w] as number))) w++;
  for (let k = w; k < n; k++) {
    const c = codes[k] as number;
    if (c === codes[w - 1] && isLetterCode(c)) {
      ends[w - 1] = ends[k] as number;
      continue;
    }
    codes[w] = c;
    starts[w] = starts[k] as number;
    ends[w] = ends[k] as number;
    w++;
  }
  w = Math.min(w, n);
  let text = '';
  for (let k = 0; k < w; k += 4096) {
    // apply, not spread: spreading a typed array walks its iterator.
    text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(w, k + 4096)) as never);
  }
  return { text, starts: starts.subarray(0, w), ends: ends.subarray(0, w) };
}

// Scratch buffer for foldString: clauses and words are short, and one buffer serves them all.
let scratch = new Uint16Array(256);

/**
 * `foldText(original).text` without the map back to the original, for text whose offsets are
 * never needed (lexicon entries, clauses, a candidate rewrite checked against the rules): the
 * same steps (fold each unit, leetspeak between letters, repeated letters collapsed) over one
 * reused buffer of codes, with no offsets kept and no string built when lower-casing suffices.
 */
export function foldString(original: string): string {
  const length = original.length;
  if (scratch.length < length + 8) scratch = new Uint16Array(length * 2 + 8);
  let codes = scratch;
  let n = 0;
  let ascii = true;
  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      codes[n++] = code >= 65 && code <= 90 ? code + 32 : code;
      i++;
      continue;
    }
    ascii = false;
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const folded = foldAt(original, i, code, width);
    while (n + folded.length + (length - i) > codes.length) {
      const bigger = new Uint16Array(codes.length * 2);
      bigger.set(codes);
      codes = bigger;
      scratch = bigger;
    }
    for (let k = 0; k < folded.length; k++) codes[n++] = folded.charCodeAt(k);
    i += width;
  }
  let swapped = false;
  for (let k = 1; k < n - 1; k++) {
    const swap = leetOf(codes[k] as number);
    if (swap === 0 || !isLetterCode(codes[k - 1] as number)) continue;
    const next = codes[k + 1] as number;
    if (isLetterCode(leetOf(next) || next)) {
      codes[k] = swap;
      swapped = true;
    }
  }
  let w = n === 0 ? 0 : 1;
  for (let k = 1; k < n; k++) {
    const c = codes[k] as number;
    if (c === codes[w - 1] && isLetterCode(c)) continue;
    codes[w++] = c;
  }
  // ASCII with nothing swapped or collapsed: the fold is the lower case, built natively.
  if (ascii && !swapped && w === n) return original.toLowerCase();
  let text = '';
  for (let k = 0; k < w; k += 4096) {
    // apply, not spread: spreading a typed array walks its iterator.
    text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(w, k + 4096)) as never);
  }
  return text;
}

/** Folds a lexicon entry the same way as a draft, so both meet in the middle. */
export function foldWord(word: string): string {
  return foldString(word);
}

/** Maps a folded range back to the original UTF-16 range. */
export function toOriginal(folded: FoldedText, begin: number, end: number): [number, number] {
  const b = folded.starts[begin] ?? 0;
  const e = folded.ends[Math.max(begin, end - 1)] ?? b;
  return [b, e];
}
