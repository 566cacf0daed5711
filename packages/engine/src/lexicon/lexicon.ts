import { type Token, tokenise } from '../text/tokenise.ts';
import {
  DEHUMANISING,
  DISMISSALS,
  EXCLUSION,
  HARM_VERBS,
  HOSTILE,
  IDENTITY_TERMS,
  IMPERSONAL,
  INSULTS,
  INTENT_MARKERS,
  NEGATIONS,
  PEOPLE,
  PROFANITY,
  REPORT_CUES,
  SAYING,
  SECOND_PERSON,
  SLURS,
  THREAT_TARGETS,
  THREATS,
} from './lexicon.data.ts';

/** What a lexicon entry says about the words it matches. */
export const LEXICON_CATEGORIES = [
  'insult',
  'profanity',
  'dismissal',
  'threat',
  'identity',
  'dehumanising',
  'slur',
  'negation',
  'report',
  'second',
  'hostile',
  'harm',
  'intent',
  'target',
  'person',
  'impersonal',
  'saying',
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

interface Phrase {
  keys: string[];
  category: LexiconCategory;
}

/**
 * The form lexicon entries are compared in: the token key without a plural -s or -x, so one entry
 * covers "idiot"/"idiots" and "dégoûtant"/"dégoûtants". Short words are left alone ("us", "pas").
 */
export function lexiconKey(key: string): string {
  const last = key[key.length - 1];
  return key.length > 3 && (last === 's' || last === 'x') ? key.slice(0, -1) : key;
}

/** Phrases indexed by their first token key. */
export interface Lexicon {
  byFirstKey: Map<string, Phrase[]>;
}

/** A lexicon hit on tokens `[first, last]`. */
export interface LexiconMatch {
  category: LexiconCategory;
  first: number;
  last: number;
}

const SOURCES: ReadonlyArray<[LexiconCategory, readonly string[]]> = [
  ['insult', INSULTS],
  ['profanity', PROFANITY],
  ['dismissal', DISMISSALS],
  ['threat', THREATS],
  ['identity', IDENTITY_TERMS],
  ['dehumanising', DEHUMANISING],
  ['slur', SLURS],
  ['negation', NEGATIONS],
  ['report', REPORT_CUES],
  ['second', SECOND_PERSON],
  ['hostile', HOSTILE],
  ['harm', HARM_VERBS],
  ['intent', INTENT_MARKERS],
  ['target', THREAT_TARGETS],
  ['person', PEOPLE],
  ['impersonal', IMPERSONAL],
  ['saying', SAYING],
  // Contempt for a group without a slur reads as a hostile word: it needs a group named beside it.
  ['hostile', EXCLUSION],
];

/**
 * Builds the phrase index from our word lists, normalised by the same tokeniser as the input so
 * that "crève", "creve" and "crèèève" all meet.
 *
 * @example
 * const lexicon = buildLexicon();
 * matchLexicon(lexicon, tokenise('shut up')).map((m) => m.category); // ['dismissal']
 */
export function buildLexicon(): Lexicon {
  const byFirstKey = new Map<string, Phrase[]>();
  for (const [category, entries] of SOURCES) {
    for (const entry of entries) {
      const keys = tokenise(entry)
        .filter((t) => t.kind === 'word')
        .map((t) => lexiconKey(t.key));
      const first = keys[0];
      if (first === undefined) continue;
      const list = byFirstKey.get(first) ?? [];
      if (!list.some((p) => p.category === category && p.keys.join(' ') === keys.join(' '))) {
        list.push({ keys, category });
      }
      byFirstKey.set(first, list);
    }
  }
  // Longest phrases first, so "ferme ta gueule" wins over "gueule".
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirstKey };
}

// Everyday words that fold into an insult or a swear word: "tu as" is not "ass" (folding
// collapses the double s), and "en retard" / "du retard" is being late, not the English slur.
const LATE = new Set([
  'en',
  'du',
  'de',
  'd',
  'le',
  'un',
  'ton',
  'son',
  'mon',
  'ce',
  'leur',
  'votre',
  'notre',
  'gros',
  'petit',
  'trop',
]);
function innocentHomograph(tokens: readonly Token[], i: number, phrase: Phrase): boolean {
  if (phrase.keys.length !== 1) return false;
  const key = phrase.keys[0];
  if (key === 'as') return (tokens[i] as Token).text.toLowerCase() === 'as';
  if (key === 'retard' || key === 'retards') {
    const before = tokens[i - 1];
    return before !== undefined && LATE.has(before.key);
  }
  return false;
}

/** Finds every lexicon phrase in the tokens; one match per category and start position. */
export function matchLexicon(lexicon: Lexicon, tokens: readonly Token[]): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const keys = tokens.map((t) => lexiconKey(t.key));
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lexicon.byFirstKey.get(keys[i] as string);
    if (candidates === undefined) continue;
    const seen = new Set<LexiconCategory>();
    for (const phrase of candidates) {
      if (seen.has(phrase.category) || innocentHomograph(tokens, i, phrase)) continue;
      let ok = i + phrase.keys.length <= tokens.length;
      for (let k = 1; ok && k < phrase.keys.length; k++) {
        ok = keys[i + k] === phrase.keys[k];
      }
      if (ok) {
        seen.add(phrase.category);
        matches.push({ category: phrase.category, first: i, last: i + phrase.keys.length - 1 });
      }
    }
  }
  return matches;
}
