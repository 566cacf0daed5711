import { skeleton } from '../text/tokenise.ts';
import { COMMON_WORDS_EN, COMMON_WORDS_FR } from './common-words.data.ts';
import { buildGroupScrambles } from './scramble.ts';
import { buildSlots, oneEdit, type SlotIndex } from './slots.ts';

/**
 * The index of the masked-spelling readers (`unmask.ts`), and the readers of one word: one edit
 * away (`readEdit`), a short word with two letters swapped (`readSwap`).
 */
export interface MaskIndex {
  /** Hurtful words (lexicon keys) that the readers may produce, by key. */
  hurtful: ReadonlySet<string>;
  /** Hurtful words that may be split out of a glued word or rejoined from pieces. */
  splittable: ReadonlySet<string>;
  /** Groups' names: read through masks even when capitalised ("les Mulsumans", "Niors"). */
  groups: ReadonlySet<string>;
  /**
   * Every other word the engine's rules look for ("welcome", "mépris", "exterminés"), group names
   * included: read one edit away, rejoined from pieces and split out of glued words, so that a
   * mask on any word of "Les Noirs ne sont pas les bienvenus" reads as the sentence.
   */
  readable: ReadonlySet<string>;
  /**
   * One-letter deletions of groups' short names, plural included ("juis", "oirs", "fmes") →
   * the name: read only right after a determiner ("les juis", "trop de uifs").
   */
  groupDeletions: ReadonlyMap<string, string>;
  /**
   * Groups' names with the one letter missing that stood between two of the same, as typed
   * ("aabes" → "arabes"): their keys fold the double ("abes"), two letters from the name's.
   */
  groupDoubled: ReadonlyMap<string, string>;
  /** Every one-letter deletion of a hurtful word of `EDIT_MIN` letters or more → the words. */
  deletions: ReadonlyMap<string, readonly string[]>;
  /** Everyday words: never read as something else. */
  common: ReadonlySet<string>;
  /** The most frequent everyday words: those a hurtful word may be glued after. */
  frequent: ReadonlySet<string>;
  /** The very most frequent ones ("sont", "are", "ici"): those a word may be glued before. */
  function: ReadonlySet<string>;
  /**
   * Two words or more in a row of a lexicon phrase, or a group's name, glued (skeleton of their
   * keys joined) → the words: "aplague" → "a plague", "notstand" → "not stand", "gaypeople" →
   * "gay people".
   */
  glued: ReadonlyMap<string, readonly string[]>;
  /** The first three letters of the keys of `glued` → their lengths, longest first. */
  gluedStarts: ReadonlyMap<string, readonly number[]>;
  /** Single-word markers of intent, longest first, and verbs of harm (`splitIntentHarm`). */
  intents: readonly string[];
  harms: ReadonlySet<string>;
  /** Words masked in their place in a phrase, or between "I" and a group (`slots.ts`). */
  slots: SlotIndex;
  /**
   * Every start of a word the readers look for, the word included ("hon" of "honte", "me" and
   * "mepri" of "méprise"): a word typed in pieces opens on one, and its first two pieces make
   * one (`joinedInPlace`), which most pairs of words in a text do not.
   */
  pieceStarts: ReadonlySet<string>;
  /** Each proper start of those words → the letters that may follow it ("hon" → "t…"). */
  pieceNext: ReadonlyMap<string, string>;
  /**
   * Groups' names of six letters or more by their letters with the first and last in place and
   * the others sorted (`scramble`): "musluamns" is "musulmans" with its inner letters stirred.
   */
  groupScrambles: ReadonlyMap<string, string>;
  /**
   * The first two letters of every everyday word of four letters or more (not "nfl", "iq"): a
   * key that opens otherwise ("nfermer", "ique") has lost its first letter, where "alent" or
   * "revent" may be words of their own.
   */
  openings: ReadonlySet<string>;
}

/** What the index is built from: lexicon keys, as `lexiconKey` gives them. */
export interface MaskWords {
  hurtful: Iterable<string>;
  splittable: Iterable<string>;
  groups?: Iterable<string>;
  readable?: Iterable<string>;
  everyday?: Iterable<string>;
  /** Lexicon phrases of two words or more, as keys, whose runs of words may come glued. */
  phrases?: Iterable<readonly string[]>;
  /** Groups' names as typed ("jews", "gay people"), read whole when glued to words around. */
  groupNames?: Iterable<readonly string[]>;
  /** One-word groups' names, folded but their doubled letters kept ("femmes", "arabes"). */
  groupTexts?: Iterable<string>;
  /** Single-word verbs of loathing, as typed ("hate", "deteste"). */
  loathing?: Iterable<string>;
  /** Single-word markers of intent ("will", "vais") and verbs of harm ("kill", "tuer"), as keys. */
  intents?: Iterable<string>;
  harms?: Iterable<string>;
}

/** Shorter words have too many innocent neighbours one edit away. */
export const EDIT_MIN = 5;
/** A word rejoined from pieces or split out of a glued word has at least this many letters. */
export const PIECE_MIN = 4;
/** A run of a phrase's words read glued has at least this many letters. */
export const GLUED_MIN = 6;
/** A group's name read glued has at least this many letters ("jews", "gays", not "gay"). */
export const GLUED_GROUP_MIN = 4;
export const MAX_PIECES = 4;
// A word a hurtful one is glued after is among the most frequent of its language ("you", "vrai",
// "total"), not any word ("abo" + "minable" is "abominable").
const FREQUENT = 1500;
// Words a glued word may end with after the word it masks ("lesfemmessont", "notwelcomehere"):
// the most frequent only, so that "stupidement" or "idiotic" are not cut before a suffix.
const FUNCTION = 150;
// Single letters that stand for a word ("i hate", "u idiot", "t nul"), allowed as a glued piece.
export const LETTER_WORDS = new Set(['i', 'a', 'u', 'y', 't']);
// Two-letter words glued before an insult ("deconnard", "ursuch"): articles and pronouns only,
// since any two letters of a longer word could be read as a word ("habites" is not "ha bites").
export const SHORT_WORDS = new Set([
  'ne',
  'je',
  'be',
  'we',
  'to',
  'de',
  'du',
  'un',
  'le',
  'la',
  'ta',
  'ma',
  'sa',
  'ce',
  'tu',
  'es',
  'my',
  'ur',
  'an',
  'so',
  'ya',
  'et',
  'me',
  'te',
  'se',
  // "j'ai" and "all" (keyed "al"): "aihorreur", "allcriminals".
  'ai',
  'al',
]);

export const plainKey = (key: string): string => {
  const last = key[key.length - 1];
  return key.length > 3 && (last === 's' || last === 'x') ? key.slice(0, -1) : key;
};

/** Builds the index from the lexicon's words (keys as `lexiconKey` gives them). */
export function buildMaskIndex(words: MaskWords): MaskIndex {
  const fr = COMMON_WORDS_FR.split(' ');
  const en = COMMON_WORDS_EN.split(' ');
  const common = new Set([...fr, ...en, ...(words.everyday ?? [])]);
  const frequent = new Set([...fr.slice(0, FREQUENT), ...en.slice(0, FREQUENT)]);
  const functionWords = new Set([...fr.slice(0, FUNCTION), ...en.slice(0, FUNCTION)]);
  const hurtful = new Set(words.hurtful);
  const groups = new Set(words.groups ?? []);
  const readable = new Set([...groups, ...(words.readable ?? [])]);
  const deletions = new Map<string, string[]>();
  for (const word of [...hurtful, ...readable]) {
    if (word.length < EDIT_MIN) continue;
    for (let i = 0; i < word.length; i++) {
      const d = word.slice(0, i) + word.slice(i + 1);
      // A deletion that leaves two letters side by side reads as their skeleton ("musulmans"
      // without its second "s" is typed "muulmans", keyed "mulmans").
      for (const form of new Set([d, skeleton(d)])) {
        const list = deletions.get(form) ?? [];
        if (!list.includes(word)) list.push(word);
        deletions.set(form, list);
      }
    }
  }
  const splittable = new Set([...words.splittable].filter((w) => !common.has(w)));
  const groupDeletions = new Map<string, string>();
  for (const group of groups) {
    if (group.length < 3 || group.length >= EDIT_MIN) continue;
    for (const form of [group, `${group}s`]) {
      for (let i = 0; i < form.length; i++) {
        const d = form.slice(0, i) + form.slice(i + 1);
        if (d.length >= 3 && !common.has(d) && !hurtful.has(d) && !readable.has(d)) {
          groupDeletions.set(d, form);
        }
      }
    }
  }
  // From the names as typed: a key folds "femmes" to "femes", whose "m" missing is no typing.
  const groupDoubled = new Map<string, string>();
  for (const name of words.groupTexts ?? []) {
    for (let i = 1; i + 1 < name.length; i++) {
      if (name[i - 1] !== name[i + 1]) continue;
      groupDoubled.set(name.slice(0, i) + name.slice(i + 1), skeleton(name));
    }
  }
  const glued = new Map<string, readonly string[]>();
  for (const phrase of words.phrases ?? []) {
    for (let from = 0; from < phrase.length - 1; from++) {
      for (let to = from + 2; to <= phrase.length; to++) {
        const run = phrase.slice(from, to);
        const joined = skeleton(run.join(''));
        // Long enough, with a word of substance, and no everyday word of its own ("another").
        if (joined.length < GLUED_MIN || !run.some((w) => w.length >= PIECE_MIN)) continue;
        if (common.has(joined) || !run.every((w) => /^[a-z]+$/.test(w))) continue;
        if (!glued.has(joined)) glued.set(joined, run);
      }
    }
  }
  for (const name of words.groupNames ?? []) {
    const joined = skeleton(name.join(''));
    if (joined.length >= GLUED_GROUP_MIN && !glued.has(joined)) glued.set(joined, name);
  }
  const gluedStarts = new Map<string, number[]>();
  for (const joined of glued.keys()) {
    const lengths = gluedStarts.get(joined.slice(0, 3)) ?? [];
    if (!lengths.includes(joined.length)) lengths.push(joined.length);
    gluedStarts.set(joined.slice(0, 3), lengths);
  }
  for (const lengths of gluedStarts.values()) lengths.sort((a, b) => b - a);
  const pieceStarts = new Set<string>();
  const pieceNext = new Map<string, string>();
  for (const word of [...hurtful, ...splittable, ...readable, ...(words.loathing ?? [])]) {
    for (let n = 1; n <= word.length; n++) {
      const start = word.slice(0, n);
      pieceStarts.add(start);
      const next = word[n];
      const letters = pieceNext.get(start) ?? '';
      if (next !== undefined && !letters.includes(next)) pieceNext.set(start, letters + next);
    }
  }
  return {
    groupScrambles: buildGroupScrambles(groups),
    pieceStarts,
    pieceNext,
    openings: new Set([...common].filter((w) => w.length >= 4).map((w) => w.slice(0, 2))),
    glued,
    gluedStarts,
    slots: buildSlots(words.phrases ?? [], words.loathing ?? []),
    intents: [...new Set(words.intents ?? [])]
      .filter((w) => w.length >= 2)
      .sort((a, b) => b.length - a.length),
    harms: new Set([...(words.harms ?? [])].filter((w) => w.length >= 3)),
    groupDeletions,
    groupDoubled,
    hurtful,
    splittable,
    groups,
    readable,
    deletions,
    common,
    frequent,
    function: functionWords,
  };
}

export const wordOf = (index: MaskIndex, key: string): boolean =>
  index.hurtful.has(key) || index.readable.has(key);

/** Whether a read into `word` is allowed: hurtful words and groups' names from five letters. */
function strong(index: MaskIndex, word: string): boolean {
  return index.hurtful.has(word) || index.groups.has(word);
}

/**
 * The hurtful or readable word one swap, deletion or insertion away from `key`, or null. A word
 * of no harm is read through a swap, or a missing inner letter from six letters, never through
 * an added one: everyday words sit one letter away from too many rare ones ("peindre" is not
 * "pendre", "heating" not "hating", "porterait" not "portrait").
 */
export function readEdit(index: MaskIndex, key: string): string | null {
  if (index.common.has(key) || wordOf(index, key)) return null;
  if (key.length === EDIT_MIN - 2 && !VOWEL.test(key)) return readVowelDropped(index, key);
  if (key.length < EDIT_MIN - 1) return null;
  // A letter missing: the key is itself a deletion of the word.
  for (const word of index.deletions.get(key) ?? []) {
    // A word of no harm: six letters at least, and its first and last letters typed
    // ("reporte" is French, not "reported" cut short).
    const weak = !strong(index, word);
    if (weak && (word.length < 6 || word[0] !== key[0] || word.at(-1) !== key.at(-1))) continue;
    if (key.length >= EDIT_MIN || word[0] === key[0]) return word;
  }
  if (key.length < EDIT_MIN) return null;
  for (let i = 0; i < key.length; i++) {
    const d = key.slice(0, i) + key.slice(i + 1);
    // A letter added inside the word: one added at its end is more often an inflection
    // ("saloper", "baisez", "stupider") than a mask.
    if (i < key.length - 1 && d.length >= EDIT_MIN && d[0] === key[0] && strong(index, d)) {
      return d;
    }
    // Two neighbouring letters swapped. A replaced letter is not read: rare everyday words
    // missing from our counts sit one replacement away from slurs ("beaver", "beaner").
    for (const word of index.deletions.get(d) ?? []) {
      if (word.length === key.length && oneEdit(key, word)) return word;
    }
  }
  return null;
}

const VOWEL = /[aeiouy]/;

/**
 * A four-letter hurtful word typed without its vowel ("sht", "scm", "fck"), first and last
 * letters kept: three consonants that are no everyday word are rarely anything else.
 */
function readVowelDropped(index: MaskIndex, key: string): string | null {
  for (const word of index.hurtful) {
    if (word.length !== 4 || word[0] !== key[0] || word[3] !== key[2]) continue;
    if (word.slice(0, 1) + word.slice(2) === key || word.slice(0, 2) + word.slice(3) === key) {
      return word;
    }
  }
  return null;
}

/**
 * A short word (three or four letters, a plural -s besides) with two inner letters swapped, its
 * first letter kept ("htae", "Niors", "Jesw", "scmu"), or null. Short words have too many
 * neighbours one deletion away; a swap that keeps the first letter rarely makes another word.
 * Returns the token key as it should read, plural included.
 */
export function readSwap(index: MaskIndex, key: string): string | null {
  if (key.length < 3 || key.length > EDIT_MIN || index.common.has(plainKey(key))) return null;
  for (let i = 1; i < key.length - 1; i++) {
    if (key[i] === key[i + 1]) continue;
    const v = key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
    const plain = plainKey(v);
    if (
      (plain.length < EDIT_MIN && wordOf(index, plain)) ||
      (v.length < EDIT_MIN && wordOf(index, v))
    ) {
      return v;
    }
  }
  return null;
}

/**
 * A hurtful word or a group's name typed with two neighbouring letters swapped next to a doubled
 * one ("fmemes", "fmeme") or into one ("Aarbs"): the swap is undone on the letters as typed,
 * then read on their skeleton, which `readEdit` and `readSwap` see only once the double is
 * collapsed. The first letter is kept, as in `readSwap`.
 */
export function readTypedSwap(index: MaskIndex, typed: string): string | null {
  if (typed.length < 4 || typed.length > 12) return null;
  const key = skeleton(typed);
  if (index.common.has(plainKey(key))) return null;
  for (let i = 1; i < typed.length - 1; i++) {
    // Only a swap that makes or breaks a double: the others are `readEdit`'s and `readSwap`'s.
    if (typed[i] === typed[i + 1]) continue;
    const makes = typed[i + 1] === typed[i - 1] || typed[i] === typed[i + 2];
    const breaks = typed[i] === typed[i - 1] || typed[i + 1] === typed[i + 2];
    if (!makes && !breaks) continue;
    const v = skeleton(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2));
    if (v !== key && (strong(index, v) || strong(index, plainKey(v)))) return v;
  }
  return null;
}

/** A word the readers look for, long enough to be split out or rejoined. */
export function target(index: MaskIndex, piece: string): boolean {
  const plain = plainKey(piece);
  // A group's short name counts too, plural included ("hatejews", "despisegays").
  if (plain.length >= 3 && piece.length >= 4 && index.groups.has(plain)) return true;
  return plain.length >= PIECE_MIN && (index.splittable.has(plain) || index.readable.has(plain));
}

/** A hurtful word or a group's name: what a glued word is most often typed to hide. */
export function marked(index: MaskIndex, piece: string): boolean {
  const plain = plainKey(piece);
  return index.splittable.has(plain) || index.groups.has(plain);
}
