import { buildSenses } from '../features/look-alikes.ts';
import { listTokens, skeleton, type Token, tokenise } from '../text/tokenise.ts';
import { phrasesBefore } from './candidates.ts';
import { IDENTITY_TERMS } from './groups.data.ts';
import {
  BLAME,
  IMPLICIT_VERBS,
  LOATHED_BY_ME,
  MORE_LOATHING,
  MORE_WORTH,
  PEJORATIVE_VERBS,
  SENT_AWAY,
} from './implicit.data.ts';
import {
  CHEERS,
  CONDEMNATION,
  DEHUMANISING,
  DISMISSALS,
  EXCLUSION,
  GROUP_HARM_VERBS,
  HARM_VERBS,
  HOSTILE,
  IMPERSONAL,
  INSULTS,
  INTENT_MARKERS,
  LOATHING,
  NEGATIONS,
  PEJORATIVE,
  PEOPLE,
  PROFANITY,
  REPORT_CUES,
  SAYING,
  SECOND_PERSON,
  SLURS,
  THREAT_TARGETS,
  THREATS,
  WORTH,
} from './lexicon.data.ts';
import { buildMaskIndex, type MaskIndex } from './mask-index.ts';
import { goesOn, innocentHomograph } from './match-filters.ts';
import { MISSPELT_EXCEPTIONS } from './misspelt.data.ts';
import { MORE_PEJORATIVE } from './pejorative.data.ts';
import { MORE_REPORT_CUES } from './reports.data.ts';
import {
  ENDING_UP,
  HANGING,
  MORE_GROUP_HARM_VERBS,
  MORE_HARM_VERBS,
  MORE_INTENT_MARKERS,
  MORE_THREATS,
} from './threats.data.ts';

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
  'worth',
  'cheer',
  'group-harm',
  'pejorative',
  'pejorative-verb',
  'loathing',
  'condemn',
  'blame',
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
  /**
   * Hurtful single words with two neighbouring letters swapped or one letter left out
   * ("cnonard", "conard" → "connard"; "idoit" → "idiot"), for words that match nothing exactly.
   */
  misspelt: Map<string, Phrase[]>;
  /** Masked spellings read before features are taken (`unmask.ts`). */
  masks: MaskIndex;
  /** Insults and slurs that are also everyday words → words of that sense (`senses.data.ts`). */
  senses: ReadonlyMap<string, ReadonlySet<string>>;
}

// Words read through masks: one edit away (all of these), rejoined or split out (not group names).
const EDITED: ReadonlySet<LexiconCategory> = new Set([
  'insult',
  'profanity',
  'slur',
  'dehumanising',
  'hostile',
  'identity',
]);
const SPLIT: ReadonlySet<LexiconCategory> = new Set([
  'insult',
  'profanity',
  'slur',
  'dehumanising',
  'hostile',
]);

/** Words shorter than this are read through masks only if hurtful or a group's name. */
const READABLE_MIN = 4;
/** Categories whose phrases are also read with their words glued ("aplague", "tothrowup"). */
const GLUEABLE: ReadonlySet<LexiconCategory> = new Set([
  ...EDITED,
  'pejorative',
  'pejorative-verb',
  'loathing',
  'threat',
  'harm',
  'group-harm',
  'intent',
  'worth',
]);

/** Categories whose single words are also found misspelt. */
const MASKED_CATEGORIES: ReadonlySet<LexiconCategory> = new Set([
  'insult',
  'profanity',
  'slur',
  'dehumanising',
]);
/** Shorter words have too many innocent neighbours one edit away. */
const MASKED_MIN_LENGTH = 5;

/**
 * Everyday words one swap or one missing letter away from a hurtful one: they must not be read
 * as it (found by listing which words of the training sets' non-toxic texts matched).
 */
const INNOCENT_NEIGHBOURS: ReadonlySet<string> = new Set(MISSPELT_EXCEPTIONS);

/**
 * The swaps of two neighbouring letters and the deletions of one inner letter, first and last
 * letters kept: a word cut short is more often another word ("lose", "weird") than a mask.
 */
export function maskedVariants(key: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < key.length - 1; i++) {
    if (key[i] === key[i + 1]) continue;
    out.push(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2));
  }
  for (let i = 1; i < key.length - 1; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out.filter((v) => v.length >= MASKED_MIN_LENGTH);
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
  ['report', MORE_REPORT_CUES],
  ['second', SECOND_PERSON],
  ['hostile', HOSTILE],
  ['harm', HARM_VERBS],
  ['intent', INTENT_MARKERS],
  ['target', THREAT_TARGETS],
  ['person', PEOPLE],
  ['impersonal', IMPERSONAL],
  ['cheer', CHEERS],
  ['group-harm', GROUP_HARM_VERBS],
  ['saying', SAYING],
  ['worth', WORTH],
  ['worth', MORE_WORTH],
  // Contempt for a group without a slur reads as a hostile word: it needs a group named beside it.
  ['hostile', EXCLUSION],
  ['pejorative', [...PEJORATIVE, ...MORE_PEJORATIVE]],
  ['pejorative-verb', PEJORATIVE_VERBS],
  ['loathing', LOATHING],
  ['condemn', CONDEMNATION],
  // Hate about a group without a hurtful word, read only beside a named group (group-talk.ts).
  ['blame', BLAME],
  ['pejorative-verb', IMPLICIT_VERBS],
  ['hostile', SENT_AWAY],
  ['loathing', MORE_LOATHING],
  ['pejorative-verb', LOATHED_BY_ME],
  ['threat', MORE_THREATS],
  ['threat', ENDING_UP],
  ['threat', HANGING],
  ['harm', MORE_HARM_VERBS],
  ['group-harm', MORE_GROUP_HARM_VERBS],
  ['intent', MORE_INTENT_MARKERS],
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
      const keys = listTokens(entry).map((t) => lexiconKey(t.key));
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
  const misspelt = new Map<string, Phrase[]>();
  for (const [category, entries] of SOURCES) {
    if (!MASKED_CATEGORIES.has(category)) continue;
    for (const entry of entries) {
      const words = listTokens(entry);
      const word = words[0];
      if (words.length !== 1 || word === undefined) continue;
      const key = lexiconKey(word.key);
      if (key.length < MASKED_MIN_LENGTH) continue;
      const phrase = byFirstKey
        .get(key)
        ?.find((p) => p.category === category && p.keys.length === 1);
      if (phrase === undefined) continue;
      // Masks are typed on the word as written ("connard" → "cnonard"), read on its skeleton.
      for (const variant of new Set([...maskedVariants(word.text), ...maskedVariants(key)])) {
        const read = lexiconKey(skeleton(variant));
        // A variant that is a word of the lexicon, or an everyday word, is read as itself.
        // Four-letter readings ("mroon" reads "mron") collide with too many words: left out.
        if (
          read.length < MASKED_MIN_LENGTH ||
          byFirstKey.has(read) ||
          INNOCENT_NEIGHBOURS.has(read)
        )
          continue;
        const list = misspelt.get(read) ?? [];
        if (!list.includes(phrase)) list.push(phrase);
        misspelt.set(read, list);
      }
    }
  }
  const edited = new Set<string>();
  const split = new Set<string>();
  const groups = new Set<string>();
  const readable = new Set<string>();
  // Phrases as typed (token keys, before `lexiconKey`): a glued run is cut from a typed word.
  const typed = (entries: readonly string[]) =>
    entries.map((entry) => listTokens(entry).map((t) => t.key));
  const glueable = SOURCES.filter(([category]) => GLUEABLE.has(category)).flatMap(([, entries]) =>
    typed(entries).filter((keys) => keys.length > 1),
  );
  for (const [key, phrases] of byFirstKey) {
    for (const p of phrases) {
      // Every word of every phrase is read through masks ("not welcmoe here" → "not welcome here").
      for (const k of p.keys) if (k.length >= READABLE_MIN && /^[a-z]+$/.test(k)) readable.add(k);
      if (p.keys.length !== 1) continue;
      if (EDITED.has(p.category)) edited.add(key);
      if (SPLIT.has(p.category)) split.add(key);
      if (p.category === 'identity') groups.add(key);
    }
  }
  const singleWords = (wanted: LexiconCategory) =>
    SOURCES.filter(([category]) => category === wanted)
      .flatMap(([, entries]) => typed(entries))
      .flatMap((keys) => (keys.length === 1 ? keys : []));
  const normalise = (word: string) => lexiconKey(tokenise(word)[0]?.key ?? word);
  return {
    byFirstKey,
    misspelt,
    masks: buildMaskIndex({
      hurtful: edited,
      splittable: split,
      groups,
      readable,
      everyday: INNOCENT_NEIGHBOURS,
      phrases: glueable,
      groupTexts: IDENTITY_TERMS.flatMap((entry) => {
        const [only, ...more] = listTokens(entry);
        return only !== undefined && more.length === 0 ? [only.text] : [];
      }),
      // "gaypeople", "disabledperson": a one-word name with "people" or "person", typed glued.
      groupNames: typed(IDENTITY_TERMS).flatMap((name) =>
        name.length === 1 ? [name, [...name, 'people'], [...name, 'person']] : [name],
      ),
      intents: singleWords('intent'),
      harms: singleWords('harm'),
      loathing: singleWords('loathing'),
    }),
    senses: buildSenses(normalise),
  };
}

/** Finds every lexicon phrase in the tokens; one match per category and start position. */
export function matchLexicon(lexicon: Lexicon, tokens: readonly Token[]): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const keys = tokens.map((t) => lexiconKey(t.key));
  for (let i = 0; i < tokens.length; i++) {
    const key = keys[i] as string;
    const candidates =
      lexicon.byFirstKey.get(key) ??
      (key.length >= MASKED_MIN_LENGTH ? lexicon.misspelt.get(key) : undefined);
    if (candidates === undefined) continue;
    // Rarely more than one match per position: no set to allocate for the categories seen.
    let seen: LexiconCategory[] | undefined;
    for (const phrase of phrasesBefore(candidates, keys[i + 1])) {
      if (seen?.includes(phrase.category)) continue;
      let ok = i + phrase.keys.length <= tokens.length;
      for (let k = 1; ok && k < phrase.keys.length; k++) {
        ok = keys[i + k] === phrase.keys[k];
      }
      if (ok && !innocentHomograph(tokens, i, phrase) && !goesOn(tokens, i, phrase)) {
        seen ??= [];
        seen.push(phrase.category);
        matches.push({ category: phrase.category, first: i, last: i + phrase.keys.length - 1 });
      }
    }
  }
  return matches;
}
