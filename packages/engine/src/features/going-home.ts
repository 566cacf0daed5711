import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { type Token, wordKeys } from '../text/tokenise.ts';

/**
 * Going home said as a fact with its time, not as a demand: "les réfugiés rentrent chez eux quand
 * la guerre se termine", "refugees go back home once it is safe". The same words without a time
 * ("qu'ils rentrent chez eux", "they should go back home") send a group away.
 */

/** Words of the phrases that send someone home. */
const HOME = new Set(wordKeys('chez home back pays country'));
/** A time right after the phrase makes it a fact (one word each: "dès" folds to "des"). */
const WHEN = new Set(wordKeys('quand lorsque apres when once after'));

/** Hostile phrases of going home followed by when it happens. */
export function goingHomeWhen(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
): Set<LexiconMatch> {
  const out = new Set<LexiconMatch>();
  for (const m of matches) {
    if (m.category !== 'hostile') continue;
    if (!WHEN.has(tokens[m.last + 1]?.key ?? '')) continue;
    if (tokens.slice(m.first, m.last + 1).some((t) => HOME.has(t.key))) out.add(m);
  }
  return out;
}
