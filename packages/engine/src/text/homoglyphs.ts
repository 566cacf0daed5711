import { lookupTable } from './lookup-table.ts';

// Cyrillic and Greek letters (lower case: the text is folded) that look like Latin ones.
const HOMOGLYPHS = lookupTable<string>({
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
});
export const GREEK_OR_CYRILLIC = /[\u0370-\u052f]/;
const LATIN_LETTER = /[a-z]/;

/**
 * Reads Cyrillic or Greek look-alikes inside a Latin word as the Latin letters they imitate
 * ("idiоt" with a Cyrillic о). Words written wholly in another script are left alone: they are
 * that language, not a mask.
 */
export function unmaskHomoglyphs(word: string): string {
  if (!GREEK_OR_CYRILLIC.test(word) || !LATIN_LETTER.test(word)) return word;
  let out = '';
  for (const ch of word) out += HOMOGLYPHS[ch] ?? ch;
  return out;
}
