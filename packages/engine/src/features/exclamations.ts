import type { LexiconCategory, LexiconMatch } from '../lexicon/lexicon.ts';
import { clauseEndsAfter } from '../text/sentence.ts';
import { type Token, wordKeys } from '../text/tokenise.ts';

/**
 * A swear word said on its own, as an exclamation: it opens its clause or closes it ("putain,
 * Sesame Street est de retour", "il reste deux combats bordel").
 */
// Swear words that are exclamations only, never a name for someone (unlike "twat" or "connard").
export const EXCLAMATIONS: ReadonlySet<string> = new Set(
  wordKeys('putain merde bordel fuck fck shit damn crap bullshit'),
);
// Said after a swear word, before the comma of an interjection: "Putain oui, on a gagné".
const YES: ReadonlySet<string> = new Set(wordKeys('oui ouais yes yeah yep'));
// Swear words that only swear, as an exclamation or an intensifier ("so fucking tired"), never
// a name for someone or for sex ("pussy", "hoes" in "time to start an army of hoes").
export const SWEARING: ReadonlySet<string> = new Set([
  ...EXCLAMATIONS,
  ...wordKeys('fucking fuckin freaking frigging shitty damned bloody merdique'),
]);
// Swear words that close a clause as an exclamation without a comma, in French: not "merde",
// often a noun after an adjective there ("une énorme merde"), nor English words, nouns or
// intensifiers there ("a dumb fuck", "itches like fuck").
const CLOSERS: ReadonlySet<string> = new Set(wordKeys('putain bordel'));
// Words after which a swear word is a noun, a predicate or an intensifier ("lazy as fuck"), not
// an exclamation.
const NOUN_BEFORE: ReadonlySet<string> = new Set([
  ...wordKeys(`le la les un une des de du ce cet cette ces mon ma mes ton ta tes son sa ses notre
    votre leur nos vos leurs quel quelle quels quelles en dans est sont etait vraie vrai grosse
    gros sale total totale nouvelle nouveau vieille vieux meme autre petite petit pure sacree
    sacre beau belle joli grand grande pauvre the a an this that of is are was so such my your
    his her our their as`),
  "l'",
  "d'",
]);
// Words that open an exclamation before a swear word: "quelle merde", "oh shit", "what a mess".
const EXCLAIMERS: ReadonlySet<string> = new Set(wordKeys('quelle quel oh ah holy'));

/**
 * A swear word said as an exclamation that closes its sentence after a comma, alone or after
 * "quelle", "oh", "what a": "Le temps est pourri, quelle merde.", "Missed the bus, oh shit."
 */
export function closingExclamation(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (m.first !== m.last || !EXCLAMATIONS.has((tokens[m.first] as Token).key)) return false;
  const after = tokens[m.last + 1];
  // A comma is no token: "j'ai honte putain, vraiment".
  if (after !== undefined && after.kind !== 'punct' && !clauseEndsAfter(tokens, m.last)) {
    return false;
  }
  // Without the comma too, after a word that makes it no noun ("j'ai encore raté mon train
  // putain", "il reste deux combats bordel"; not "cette merde", "c'est de la merde").
  const last = tokens[m.first - 1];
  if (
    CLOSERS.has((tokens[m.first] as Token).key) &&
    last?.kind === 'word' &&
    !NOUN_BEFORE.has(last.key)
  )
    return true;
  let start = m.first;
  if (EXCLAIMERS.has(tokens[start - 1]?.key ?? '')) start -= 1;
  else if (tokens[start - 1]?.key === 'a' && tokens[start - 2]?.key === 'what') start -= 2;
  const before = tokens[start - 1];
  return before !== undefined && before.kind === 'word' && clauseEndsAfter(tokens, start - 1);
}

export function exclaimed(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (m.category !== 'profanity') return false;
  // "Bordel de merde", "putain de merde": exclamations of two, "de" between.
  const pair = m.last === m.first + 2 && (tokens[m.first + 1] as Token).key === 'de';
  if (m.first !== m.last && !pair) return false;
  if (!EXCLAMATIONS.has((tokens[m.first] as Token).key)) return false;
  if (!EXCLAMATIONS.has((tokens[m.last] as Token).key)) return false;
  const before = tokens[m.first - 1];
  const opens = before === undefined || clauseEndsAfter(tokens, m.first - 1);
  return opens || clauseEndsAfter(tokens, m.last);
}

// Words that open a clause about a thing or the speaker after an interjection with no comma.
// ("Fuck that", "fuck it" dismiss what follows: the English swear word is a verb there.)
const CLAUSE_OPENERS = new Set(wordKeys("ce cet cette ces ca je j' i"));
// A name and its verb after the swear word: "Putain Zidane est revenu", "Bordel Nintendo a
// enfin sorti le jeu" (the name may be two words: "Sesame Street est de retour").
const SUBJECT_VERBS = new Set(wordKeys('est a va vient sont ont etait revient arrive is has was'));
const NOT_A_NAME: ReadonlySet<LexiconCategory> = new Set([
  'second',
  'insult',
  'slur',
  'identity',
  'dismissal',
]);
function namedSubject(tokens: readonly Token[], at: number, matches: readonly LexiconMatch[]) {
  const name = tokens[at];
  if (name?.kind !== 'word' || name.key.length < 3 || NOT_NAMES.has(name.key)) return false;
  const verb = [at + 1, at + 2].find((k) => SUBJECT_VERBS.has(tokens[k]?.key ?? ''));
  if (verb === at + 2 && NOT_NAMES.has(tokens[at + 1]?.key ?? '')) return false;
  if (verb === undefined || tokens.slice(at, verb).some((t) => t.kind !== 'word')) return false;
  return !matches.some((o) => NOT_A_NAME.has(o.category) && o.first >= at && o.first < verb);
}
// … unless what the clause opens on is someone insulted: "Putain ce connard m'a doublé".
const INSULTING: ReadonlySet<LexiconCategory> = new Set(['insult', 'slur']);

// Articles, pronouns and words that join: "Putain les mecs", "putain c'est long" (a quarter, as
// before), "shit like this is why" (the swear word is the subject there).
const NOT_NAMES = new Set(
  wordKeys('les ces mes nos tes ses vos il elle ils elles nous vous like this that comme que qui'),
);

/**
 * A swear word said alone, or with a cheer, before a comma at the start of a sentence ("Shit, the
 * train is late again", "Putain oui, on a gagné"): an interjection, which keeps a tenth.
 */
export function interjected(
  tokens: readonly Token[],
  m: LexiconMatch,
  matches: readonly LexiconMatch[],
): boolean {
  // "Holy shit, …", "Oh putain, …": the word that opens the exclamation opens the sentence.
  const opener = EXCLAIMERS.has(tokens[m.first - 1]?.key ?? '') ? m.first - 2 : m.first - 1;
  const before = tokens[opener];
  const ends = YES.has(tokens[m.last + 1]?.key ?? '') ? m.last + 1 : m.last;
  // Without the comma too, when a clause about a thing or the speaker follows ("Putain ce
  // jeu est trop dur", "Merde j'ai oublié"); "Putain les mecs" speaks to people.
  const opensClause =
    clauseEndsAfter(tokens, ends) ||
    (CLAUSE_OPENERS.has(tokens[ends + 1]?.key ?? '') &&
      !matches.some((o) => INSULTING.has(o.category) && o.first === ends + 2)) ||
    namedSubject(tokens, ends + 1, matches);
  return (
    exclaimed(tokens, m) &&
    (before === undefined || before.kind === 'punct') &&
    opensClause &&
    tokens[ends + 1]?.kind === 'word'
  );
}
