import { clauseEndsAfter } from '../text/sentence.ts';
import { listTokens, type Token } from '../text/tokenise.ts';
import { plainKey } from './mask-index.ts';
import { DOUBLED_HOMOGRAPHS } from './senses.data.ts';

/**
 * Matches of the lexicon that are everyday words after all (`matchLexicon` drops them): a word
 * that folds into an insult, and a threat said with its end left out whose clause goes on.
 * (`plainKey` is the lexicon's key: the token key without a plural -s or -x.)
 */

/** A lexicon phrase as the filters read it. */
interface Phrase {
  readonly keys: readonly string[];
  readonly category: string;
}

// Everyday words that fold into an insult or a swear word: "tu as" is not "ass" (folding
// collapses the double s), and "en retard" / "du retard" is being late, not the English slur.
// A copula, or an adverb after it: "ils sont (vraiment) sales".
const BEFORE_PREDICATE = new Set(
  'sont est es etes suis sommes etaient etait vraiment tous toutes trop si'.split(' '),
);
const LATE = new Set('en du de d le un ton son mon ce leur votre notre gros petit trop'.split(' '));
export function innocentHomograph(tokens: readonly Token[], i: number, phrase: Phrase): boolean {
  if (phrase.keys.length !== 1) return false;
  const key = phrase.keys[0];
  // "coon" folds into "con", the French insult: a slur only typed with its double.
  if (phrase.category === 'slur' && key === 'con') return !/^coo/.test((tokens[i] as Token).text);
  if (key === 'as') return (tokens[i] as Token).text.toLowerCase() === 'as';
  // "Pass me the salt" folds into "pas": the French negation is typed with one "s".
  if (key === 'pas') return /^pass/i.test((tokens[i] as Token).text);
  // "sale" before a name speaks to someone ("sale con"); after a copula it says what someone
  // is ("ils sont sales"), which the pejorative phrases read.
  if (
    key === 'sale' &&
    phrase.category === 'second' &&
    BEFORE_PREDICATE.has(tokens[i - 1]?.key ?? '')
  ) {
    return true;
  }
  // Folding doubles away: "ville" reads "vile" (senses.data.ts).
  const doubled = DOUBLED_HOMOGRAPHS.get(key);
  if (doubled !== undefined) return doubled.test((tokens[i] as Token).text);
  if (key === 'retard' || key === 'retards') {
    const before = tokens[i - 1];
    return before !== undefined && LATE.has(before.key);
  }
  return false;
}

// Phrases said with their end left out ("va te faire !", "prepare to die, all of you"), which
// read as everyday words when the clause goes on: "cette blague va te faire mourir de rire",
// "prepare to die laughing".
const ELLIPTIC: ReadonlySet<string> = new Set(
  [
    'va te faire',
    'allez vous faire',
    'prepare to die',
    'preparez vous a mourir',
    'prepare toi a mourir',
    // "Vous allez payer en espèces ?" is a question at the till.
    'vous allez payer',
    'tu vas payer',
    'you will pay',
  ].map((p) =>
    listTokens(p)
      .map((t) => plainKey(t.key))
      .join(' '),
  ),
);
// What may follow an elliptic threat without making it everyday: "tu vas payer pour ça", "you
// will pay for this", "you will pay dearly".
const STILL_ELLIPTIC: ReadonlySet<string> = new Set(['pour', 'for', 'cher', 'dearly']);
// Whether each phrase is elliptic, remembered: joining its keys on every match cost an allocation.
const elliptic = new WeakMap<Phrase, boolean>();
export function goesOn(tokens: readonly Token[], i: number, phrase: Phrase): boolean {
  let isElliptic = elliptic.get(phrase);
  if (isElliptic === undefined) {
    isElliptic = ELLIPTIC.has(phrase.keys.join(' '));
    elliptic.set(phrase, isElliptic);
  }
  if (!isElliptic) return false;
  const last = i + phrase.keys.length - 1;
  if (STILL_ELLIPTIC.has(plainKey(tokens[last + 1]?.key ?? ''))) return false;
  return !clauseEndsAfter(tokens, last);
}
