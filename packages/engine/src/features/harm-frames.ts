import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { keySet, type Token, wordKeys } from '../text/tokenise.ts';

/**
 * Frames around a verb of harm that make it a threat without a marker of intent or a pronoun
 * for its object (`threat-patterns.ts`).
 */

// What ought to be done, said as good: "it would be right to …", "ce serait juste de …". Read
// here, before a verb of harm, not as a marker of intent: "it would be great to have this shit
// fixed" vents at no one.
const WOULD = keySet('would serait');
const GOOD = keySet('good great right better best bien juste mieux bon');
const TO = keySet("to de d'");
const OUGHT_REACH = 4;

/** A frame of what ought to be done ending right before token `at` ("would be good to kill"). */
export function intendedByNorm(
  tokens: readonly Token[],
  at: number,
  sentence: Int32Array,
): boolean {
  if (!TO.has(tokens[at - 1]?.key ?? '') || !GOOD.has(tokens[at - 2]?.key ?? '')) return false;
  for (let i = at - 3; i >= Math.max(0, at - 2 - OUGHT_REACH); i--) {
    if (sentence[i] !== sentence[at]) return false;
    if (WOULD.has((tokens[i] as Token).key)) return true;
  }
  return false;
}

// Parts of the body: who owns the one named is who is harmed.
export const BODY = new Set(
  wordKeys(
    'body face head skull neck legs arms teeth bones throat jaw nose ribs knees spine corps visage tete crane nuque cou jambes bras dents os gorge gueule machoire nez cotes genoux bodies faces heads skulls necks throats jaws noses gorges tetes visages',
  ),
);

// Someone else's body right after the verb: "I'll break his neck", "je lui casse les jambes".
const THEIR = new Set(wordKeys('his her their leur leurs sa son ses'));
const BODY_REACH = 3;
export function theirBody(tokens: readonly Token[], verb: LexiconMatch): boolean {
  for (let k = verb.last + 1; k <= verb.last + BODY_REACH && k + 1 < tokens.length; k++) {
    if (THEIR.has((tokens[k] as Token).key) && BODY.has((tokens[k + 1] as Token).key)) return true;
  }
  return false;
}
