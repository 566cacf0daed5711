import { lookupTable } from './lookup-table.ts';
/**
 * Case and accent folding that remembers, for every folded UTF-16 unit, the range of the original
 * text it came from, so spans found on folded text can be highlighted in the original.
 */
export interface FoldedText {
  /** Lower-cased, accent-free, NFKD-compatible text. */
  text: string;
  /** `begin[i]`/`end[i]`: UTF-16 range in the original text of folded unit `i`. */
  begin: Int32Array;
  end: Int32Array;
}

// Letters NFKD does not decompose but that people type as their ASCII look-alikes.
const SPECIAL = lookupTable<string>({
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  '’': "'",
  ʼ: "'",
  '‘': "'",
  '`': "'",
  '´': "'",
  '‐': '-',
  '–': '-',
  '—': '-',
});

const COMBINING = /\p{M}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

// Characters that show nothing, slipped inside a word to hide it from filters ("f\u200Buck"):
// zero-width space and non-joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator,
// invisible operators, direction marks.
const INVISIBLE = new Set([
  0xad, 0x180e, 0x200b, 0x200c, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff,
]);
const ZERO_WIDTH_JOINER = 0x200d;
const LETTER_UNIT = /\p{L}/u;

/** Folds one code point; returns '' for code points that only decorate the previous one. */
function foldCodePoint(cp: string): string {
  const lower = cp.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  if (COMBINING.test(cp)) return '';
  // Emoji and pictographs keep their identity: NFKD would turn some into text presentation.
  if (PICTOGRAPHIC.test(cp)) return cp;
  let out = '';
  for (const ch of lower.normalize('NFKD')) {
    if (!COMBINING.test(ch)) out += ch;
  }
  return out.toLowerCase();
}

// The fold of each non-ASCII code point met, worked out once: foldCodePoint lower-cases,
// tests two Unicode regexes and normalises a string per call, and drafts repeat their accented
// letters, apostrophes and emoji. Bounded, so that a text of thousands of distinct characters
// cannot grow it without end; past the bound a character is folded per call.
const FOLDS = new Map<number, string>();
const MAX_FOLDS = 4096;

function grown<T extends Uint16Array | Int32Array>(a: T): T {
  const bigger = new (a.constructor as new (length: number) => T)(a.length * 2);
  bigger.set(a);
  return bigger;
}

// Buffers reused from one text to the next: the folded units (only read to build the string)
// and the offsets. A new ArrayBuffer per text was half the cost of folding a short one.
/**
 * Buffers a fold reuses from one text to the next: the folded units and, for each, where it
 * begins and ends in the original. A new ArrayBuffer per text cost more than folding a short one.
 */
export class FoldScratch {
  units = new Uint16Array(512);
  begin = new Int32Array(512);
  end = new Int32Array(512);
  /** Room for `size` units at least. */
  ensure(size: number): void {
    if (this.begin.length < size) {
      this.begin = new Int32Array(size * 2);
      this.end = new Int32Array(size * 2);
    }
    if (this.units.length < this.begin.length) this.units = new Uint16Array(this.begin.length);
  }
  /** Twice the room, what the buffers hold kept. */
  grow(): void {
    this.units = grown(this.units);
    this.begin = grown(this.begin);
    this.end = grown(this.end);
  }
}
const scratch = new FoldScratch();

/**
 * Folds case and accents and keeps the offset map back to the original.
 *
 * @example
 * const f = foldText('Écoute');
 * f.text; // 'ecoute'
 * f.begin[0]; // 0
 */
export function foldText(original: string): FoldedText {
  const reused = foldTextReused(original);
  const [begin, end] = copyOffsets(reused.begin, reused.end);
  return { text: reused.text, begin, end };
}

/**
 * Copies of two offset arrays of one length, in one allocation: what a caller keeps of buffers
 * that the next call to a reusing fold writes again.
 */
export function copyOffsets(first: Int32Array, second: Int32Array): [Int32Array, Int32Array] {
  const n = first.length;
  const offsets = new ArrayBuffer(n * 8);
  const a = new Int32Array(offsets, 0, n);
  const b = new Int32Array(offsets, n * 4, n);
  a.set(first);
  b.set(second);
  return [a, b];
}

/**
 * `foldText` over buffers reused from one call to the next: its offsets are views that the next
 * call overwrites, for a caller that is done with them before it folds again (the tokeniser).
 */
export function foldTextReused(original: string): FoldedText {
  // Typed buffers sized for the common case (one unit per unit); NFKD expansions grow them.
  scratch.ensure(original.length + 8);
  let { units, begin, end } = scratch;
  let n = 0;
  const grow = () => {
    scratch.grow();
    ({ units, begin, end } = scratch);
  };
  const push = (unit: number, b: number, e: number) => {
    if (n === begin.length) grow();
    units[n] = unit;
    begin[n] = b;
    end[n] = e;
    n++;
  };
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    // ASCII fast path: most text is ASCII and this runs on every keystroke.
    if (code < 0x80) {
      if (n === begin.length) grow();
      units[n] = code >= 65 && code <= 90 ? code + 32 : code;
      begin[n] = i;
      end[n] = i + 1;
      n++;
      i++;
      continue;
    }
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    // Invisible characters widen the previous unit's range; a zero-width joiner too, unless it
    // joins emoji ("👩‍💻"), where it belongs to the sequence.
    if (
      INVISIBLE.has(cp) ||
      (cp === ZERO_WIDTH_JOINER &&
        n > 0 &&
        LETTER_UNIT.test(String.fromCharCode(units[n - 1] as number)))
    ) {
      if (n > 0) end[n - 1] = i + width;
      i += width;
      continue;
    }
    let folded = FOLDS.get(cp);
    if (folded === undefined) {
      folded = foldCodePoint(original.slice(i, i + width));
      if (FOLDS.size < MAX_FOLDS) FOLDS.set(cp, folded);
    }
    if (folded === '') {
      // A combining mark or variation selector widens the previous unit's range.
      if (n > 0) end[n - 1] = i + width;
    } else {
      for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i, i + width);
    }
    i += width;
  }
  let text = '';
  for (let k = 0; k < n; k += 4096) {
    // apply, not spread: spreading a typed array walks its iterator (a fifth of this function).
    text += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + 4096)) as never);
  }
  return { text, begin: begin.subarray(0, n), end: end.subarray(0, n) };
}
