import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { keySet, type Token } from '../text/tokenise.ts';

const WOMEN = keySet('women woman femmes femme');
const MEN = keySet('men man hommes homme');
const DENIALS = keySet('not arent isnt pas jamais never');
/**
 * A gender denied to a group of the other ("Trans women are not men", "les femmes trans ne sont
 * pas des hommes"): an affirmation, where the same words of trans men deny who they are.
 */
export function affirmsGender(
  tokens: readonly Token[],
  g: LexiconMatch,
  by: LexiconMatch,
): boolean {
  const said = (tokens[by.last] as Token).key;
  // Only a denial: "Trans women are just men" says what it denies.
  let denied = false;
  for (let i = by.first; i <= by.last; i++) denied ||= DENIALS.has((tokens[i] as Token).key);
  if (!denied) return false;
  let women = false;
  let men = false;
  // The subject's words: the group's, the word before it ("femmes trans") and those up to
  // what is said ("trans" + "women are").
  for (let i = Math.max(0, g.first - 1); i < by.first; i++) {
    const key = (tokens[i] as Token).key;
    women ||= WOMEN.has(key);
    men ||= MEN.has(key);
  }
  return (women && !men && MEN.has(said)) || (men && !women && WOMEN.has(said));
}
