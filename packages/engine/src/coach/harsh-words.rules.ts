import { lookupTable } from '../text/lookup-table.ts';
import type { CoachInput } from '../types.ts';
import { type FoldedText, foldWord, toOriginal } from './fold.util.ts';
import { alt, INSULT_ALT, list } from './lexicon.data.ts';
import type { Cut, Replacement } from './observation.builder.ts';
import { eachMatch } from './rule.types.ts';

/**
 * Harsh words that no finding points at, because they are about a thing or a third party
 * ("idiotic arguments", "une idée débile", "the other clowns"). The rewrite drops a harsh
 * adjective that stands next to its noun, and turns an insult used as a noun into "person".
 */
const ONLY_INSULT = new RegExp(`^(?:${INSULT_ALT})$`);
const HARSH_ADJECTIVES = alt(
  list(`stupid|dumb|idiotic|moronic|ignorant|pathetic|ridiculous|useless|worthless|disgusting|
    brainless|clueless|foolish|dishonest|vile|despicable|pathological|lousy|shitty|crappy|
    damn|damned|bloody|freaking|fucking|retarded|
    stupide|débile|minable|pathétique|ridicule|idiot|idiote|lamentable|pourri|pourrie|
    merdique|foutu|foutue|nul|nulle|nuls|nulles|crétin|crétine|abruti`),
);
const INTENSIFIERS = alt(
  list(`really|so|very|totally|complete|completely|utter|utterly|absolute|absolutely|such|
    truly|vraiment|complètement|totalement|trop|très|si|tellement`),
);
const EN_ADJ = new RegExp(
  `(?<![a-z])(?:(?:${INTENSIFIERS})\\s+)?(?:${HARSH_ADJECTIVES})\\s+(?=[a-z]{3,})`,
  'g',
);
const FR_ADJ = new RegExp(
  `(?<=[a-z]{3,})\\s+(?:(?:${INTENSIFIERS})\\s+)?(?:${HARSH_ADJECTIVES})(?![a-z])`,
  'g',
);
const ONLY_ADJECTIVE = new RegExp(`^(?:${HARSH_ADJECTIVES})$`);
const INSULT_WORD = new RegExp(`(?<![a-z])(?:${INSULT_ALT})(?![a-z])`, 'g');
// Words an adjective may stand next to without describing them.
const NOT_A_NOUN = new Set(
  list(`and|or|but|than|that|the|to|of|as|for|with|you|your|and|est|es|sont|suis|etait|
    semble|reste|c'est|et|ou|mais|que|qui|de|des|du|le|la|les|pour|avec|comme|devient|deviens|
    is|are|was|were|be|been|being|am|looks|seems|sounds|get|gets|got`).map(foldWord),
);

const FR_DETERMINERS = lookupTable<string>({
  ce: 'cette personne',
  cet: 'cette personne',
  cette: 'cette personne',
  le: 'la personne',
  la: 'la personne',
  "l'": 'la personne',
  un: 'une personne',
  une: 'une personne',
  les: 'les gens',
  ces: 'ces gens',
  des: 'des gens',
  autres: 'autres personnes',
});
const EN_DETERMINERS = new Set(
  'the this that these those a an other some all such any every his her their our my'.split(' '),
);

/** "ces abrutis" → "ces gens", "the other knuckleheads" → "the other people". */
export function nounReplacement(input: CoachInput, f: Cut): Replacement | null {
  const word = foldWord(input.text.slice(f.begin, f.end));
  if (!ONLY_INSULT.test(word)) return null;
  const before = input.text.slice(Math.max(0, f.begin - 12), f.begin);
  const m = before.match(/([\p{L}']+)\s*$/u);
  if (!m) return null;
  const det = foldWord(m[1] as string);
  const detBegin = f.begin - (before.length - (m.index ?? 0));
  const plural = /[sx]$/.test(word) && !/ss$/.test(word);
  if (FR_DETERMINERS[det] && input.language === 'fr') {
    return { begin: detBegin, end: f.end, text: FR_DETERMINERS[det] as string };
  }
  if (EN_DETERMINERS.has(det) && input.language === 'en') {
    if (det === 'an' || det === 'a') return { begin: detBegin, end: f.end, text: 'a person' };
    return { begin: f.begin, end: f.end, text: plural ? 'people' : 'person' };
  }
  return null;
}

function wordAt(folded: string, from: number, step: 1 | -1): string {
  let i = from;
  while (i >= 0 && i < folded.length && /\s/.test(folded[i] as string)) i += step;
  let j = i;
  while (j >= 0 && j < folded.length && /[a-z']/.test(folded[j] as string)) j += step;
  return step === 1 ? folded.slice(i, j) : folded.slice(j + 1, i + 1);
}

export function harshWordEdits(
  input: CoachInput,
  folded: FoldedText,
): { cuts: Cut[]; replacements: Replacement[] } {
  const cuts: Cut[] = [];
  const replacements: Replacement[] = [];
  const f = folded.text;
  const adjectives = input.language === 'fr' ? FR_ADJ : EN_ADJ;
  eachMatch(adjectives, f, (begin, end) => {
    const neighbour = input.language === 'fr' ? wordAt(f, begin - 1, -1) : wordAt(f, end, 1);
    if (NOT_A_NOUN.has(neighbour)) return false;
    const [b, e] = toOriginal(folded, begin, end);
    cuts.push({ begin: b, end: e });
    return false;
  });
  eachMatch(INSULT_WORD, f, (begin, end) => {
    // "the idiotic arguments": an adjective before its noun is cut above, not renamed.
    if (ONLY_ADJECTIVE.test(f.slice(begin, end))) return false;
    const [b, e] = toOriginal(folded, begin, end);
    const r = nounReplacement(input, { begin: b, end: e });
    if (r) replacements.push(r);
    return false;
  });
  return { cuts, replacements };
}
