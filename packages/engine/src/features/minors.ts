import type { Token } from '../text/tokenise.ts';
import { wordKeys } from '../text/tokenise.ts';

/**
 * A child sexualised: a word of sex and a child's age or a word for a child within a few words of
 * each other ("elle a 14 ans mais je la prendrais bien", "une gamine de 15 ans, bonne à baiser",
 * "that 13yo is so hot"). No labelled set names this often enough for the model to weigh it,
 * and no reader should meet it unflagged. An age is read from the text as typed: the tokeniser
 * keys numbers as "#".
 */
const REACH = 12;
// The ages of a child: up to fifteen.
const CHILD_AGE = 15;
const SEX = new Set(
  wordKeys(`
    baiser baisable baisables baise baiserais bz prendrais taperais niquer niquerais sucer suce
    bander bandant bandante seins nichons cul chatte defoncerais fuck fuckable fucking
    nudes nude tits boobs pussy horny chaudasse
  `),
);
const CHILD = new Set(
  wordKeys(`
    mineure mineures mineur mineurs collegienne collegiennes fillette fillettes gamine gamines loli
    lolita lolis underage preteen preteens schoolgirl schoolgirls teen teens
  `),
);
const AGE_WORDS = new Set(wordKeys('ans an yo years year'));
const GLUED_AGE = /^(\d{1,2})\s*(?:ans?|yo|y\/o|yrs?)$/i;

/** Whether token `i` says a child's age: "14 ans", "13yo", "15-year-old". */
function childAge(tokens: readonly Token[], i: number, source: string): boolean {
  const t = tokens[i] as Token;
  const raw = source.slice(t.begin, t.end);
  const glued = GLUED_AGE.exec(raw);
  if (glued !== null) return Number(glued[1]) <= CHILD_AGE;
  if (t.kind !== 'number' || !AGE_WORDS.has(tokens[i + 1]?.key ?? '')) return false;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 && n <= CHILD_AGE;
}

/** The words of sex said near a child's age or a word for a child: their token ranges. */
export function minorsSexualised(
  tokens: readonly Token[],
  source: string,
): Array<readonly [number, number]> {
  // Words of sex first: most texts have none, and then no age is read.
  const sex: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (SEX.has((tokens[i] as Token).key)) sex.push(i);
  if (sex.length === 0) return [];
  const child: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const digit = source.charCodeAt(t.begin) >= 48 && source.charCodeAt(t.begin) <= 57;
    if (CHILD.has(t.key) || (digit && childAge(tokens, i, source))) child.push(i);
  }
  if (child.length === 0) return [];
  return sex.filter((i) => child.some((c) => Math.abs(c - i) <= REACH)).map((i) => [i, i] as const);
}
