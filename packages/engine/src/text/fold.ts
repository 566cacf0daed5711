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
const SPECIAL: Record<string, string> = {
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
};

const COMBINING = /\p{M}/u;

/** Folds one code point; returns '' for code points that only decorate the previous one. */
function foldCodePoint(cp: string): string {
  const lower = cp.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  if (COMBINING.test(cp)) return '';
  // Emoji and pictographs keep their identity: NFKD would turn some into text presentation.
  if (/\p{Extended_Pictographic}/u.test(cp)) return cp;
  let out = '';
  for (const ch of lower.normalize('NFKD')) {
    if (!COMBINING.test(ch)) out += ch;
  }
  return out.toLowerCase();
}

/**
 * Folds case and accents and keeps the offset map back to the original.
 *
 * @example
 * const f = foldText('Écoute');
 * f.text; // 'ecoute'
 * f.begin[0]; // 0
 */
export function foldText(original: string): FoldedText {
  const units: string[] = [];
  const begins: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    // ASCII fast path: most text is ASCII and this runs on every keystroke.
    const folded =
      code < 0x80
        ? String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code)
        : foldCodePoint(original.slice(i, i + width));
    if (folded === '') {
      // A combining mark or variation selector widens the previous unit's range.
      if (ends.length > 0) ends[ends.length - 1] = i + width;
    } else {
      for (let k = 0; k < folded.length; k++) {
        units.push(folded[k] as string);
        begins.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { text: units.join(''), begin: Int32Array.from(begins), end: Int32Array.from(ends) };
}
