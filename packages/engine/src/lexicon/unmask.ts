import { skeleton, type Token } from '../text/tokenise.ts';
import { COMMON_WORDS_EN, COMMON_WORDS_FR } from './common-words.data.ts';

/**
 * Reads masked spellings of hurtful words as the words themselves, on the token list, before any
 * feature is taken, so the model sees "idoit", "id iot" and "youidiot" exactly as "idiot" (and
 * "you idiot"): by construction, not by training on masked copies.
 *
 * Three readers, each guarded by the everyday words of French and English
 * (`common-words.data.ts`, counted in texts not labelled toxic):
 * - one edit away (SymSpell: an index of the hurtful words' one-letter deletions): a swap of two
 *   neighbouring letters, a missing or an extra letter; never for an everyday word;
 * - fragments rejoined: neighbouring pieces whose concatenation is a hurtful word ("con nard",
 *   "conna r d"), when one piece at least is a fragment, neither an everyday nor a hurtful word
 *   ("pu te" is not "pute", "dumb as a rock" not "dumbass");
 * - glued words split: an unknown word made of an everyday word and a hurtful one after it
 *   ("youidiot", "espèce deconnard"), never an everyday word itself ("assassin", "therapist").
 *   A hurtful word followed by an everyday one is not split: those are mostly derived words
 *   ("stupidement", "psychologiques").
 */
export interface MaskIndex {
  /** Hurtful words (lexicon keys) that the readers may produce, by key. */
  hurtful: ReadonlySet<string>;
  /** Hurtful words that may be split out of a glued word or rejoined from pieces. */
  splittable: ReadonlySet<string>;
  /** Every one-letter deletion of a hurtful word of `EDIT_MIN` letters or more → the words. */
  deletions: ReadonlyMap<string, readonly string[]>;
  /** Everyday words: never read as something else. */
  common: ReadonlySet<string>;
  /** The most frequent everyday words: those a hurtful word may be glued after. */
  frequent: ReadonlySet<string>;
}

/** Shorter words have too many innocent neighbours one edit away. */
const EDIT_MIN = 5;
/** A word rejoined from pieces or split out of a glued word has at least this many letters. */
const PIECE_MIN = 4;
const MAX_PIECES = 4;
// A word a hurtful one is glued after is among the most frequent of its language ("you", "vrai",
// "total"), not any word ("abo" + "minable" is "abominable").
const FREQUENT = 1500;
// Single letters that stand for a word ("i hate", "u idiot", "t nul"), allowed as a glued piece.
const LETTER_WORDS = new Set(['i', 'a', 'u', 'y', 't']);
// Two-letter words glued before an insult ("deconnard", "ursuch"): articles and pronouns only,
// since any two letters of a longer word could be read as a word ("habites" is not "ha bites").
const SHORT_WORDS = new Set([
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
]);

const plainKey = (key: string): string => {
  const last = key[key.length - 1];
  return key.length > 3 && (last === 's' || last === 'x') ? key.slice(0, -1) : key;
};

/** Builds the index from the lexicon's hurtful single words (keys as `lexiconKey` gives them). */
export function buildMaskIndex(
  hurtfulWords: Iterable<string>,
  splittableWords: Iterable<string>,
  everyday: Iterable<string> = [],
): MaskIndex {
  const fr = COMMON_WORDS_FR.split(' ');
  const en = COMMON_WORDS_EN.split(' ');
  const common = new Set([...fr, ...en, ...everyday]);
  const frequent = new Set([...fr.slice(0, FREQUENT), ...en.slice(0, FREQUENT)]);
  const hurtful = new Set<string>();
  const deletions = new Map<string, string[]>();
  for (const word of hurtfulWords) {
    hurtful.add(word);
    if (word.length < EDIT_MIN) continue;
    for (let i = 0; i < word.length; i++) {
      const d = word.slice(0, i) + word.slice(i + 1);
      const list = deletions.get(d) ?? [];
      if (!list.includes(word)) list.push(word);
      deletions.set(d, list);
    }
  }
  const splittable = new Set([...splittableWords].filter((w) => !common.has(w)));
  return { hurtful, splittable, deletions, common, frequent };
}

/** Whether two words of the same length differ by one swap of neighbouring letters at most. */
function swappedOnce(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The hurtful word one swap, deletion or insertion away from `key`, or null. */
export function readEdit(index: MaskIndex, key: string): string | null {
  if (key.length < EDIT_MIN - 1 || index.common.has(key) || index.hurtful.has(key)) return null;
  // A letter missing: the key is itself a deletion of the word.
  const missing = index.deletions.get(key);
  if (missing !== undefined && key.length >= EDIT_MIN - 1) {
    const word = missing[0] as string;
    if (key.length >= EDIT_MIN || word[0] === key[0]) return word;
  }
  if (key.length < EDIT_MIN) return null;
  for (let i = 0; i < key.length; i++) {
    const d = key.slice(0, i) + key.slice(i + 1);
    // A letter added inside the word: one added at its end is more often an inflection
    // ("saloper", "baisez", "stupider") than a mask.
    if (i < key.length - 1 && index.hurtful.has(d) && d.length >= EDIT_MIN && d[0] === key[0]) {
      return d;
    }
    // Two neighbouring letters swapped. A replaced letter is not read: rare everyday words
    // missing from our counts sit one replacement away from slurs ("beaver", "beaner").
    for (const word of index.deletions.get(d) ?? []) {
      if (word.length === key.length && swappedOnce(word, key)) return word;
    }
  }
  return null;
}

function retype(token: Token, word: string, plural: boolean): Token {
  const key = plural ? `${word}s` : word;
  return { ...token, text: key, key };
}

/**
 * Splits a glued word into an everyday word and a hurtful one, or returns null. Keys have their
 * doubled letters collapsed, so the two words may share the letter at the seam
 * ("vraiimbécile" → "vraimbecile" → "vrai" + "imbecile").
 */
export function splitGlued(index: MaskIndex, key: string): [string, string] | null {
  const whole = plainKey(key);
  if (key.length < PIECE_MIN + 1 || index.common.has(whole) || index.hurtful.has(whole)) {
    return null;
  }
  for (let p = 1; p <= key.length - PIECE_MIN; p++) {
    const left = key.slice(0, p);
    const leftOk =
      p === 1
        ? LETTER_WORDS.has(left)
        : p === 2
          ? SHORT_WORDS.has(left)
          : index.frequent.has(plainKey(left)) || index.splittable.has(plainKey(left));
    if (!leftOk) continue;
    // The seam letter may be shared only between two real words, not a letter and a word.
    const rights = p === 1 ? [key.slice(p)] : [key.slice(p), key.slice(p - 1)];
    for (const right of rights) {
      const word = plainKey(right);
      // "glaçons" is not "gla cons", nor "émirats" "emi rats": short endings are left alone.
      if (word.length >= PIECE_MIN && index.splittable.has(word)) return [left, right];
    }
  }
  return null;
}

const LETTERS = /^[a-z]{1,2}$/;

/** An everyday or a hurtful word, not a fragment of one. */
function known(index: MaskIndex, key: string): boolean {
  const k = plainKey(key);
  return index.common.has(k) || index.hurtful.has(k) || LETTER_WORDS.has(k);
}
const CAPITAL = /^\p{Lu}/u;
const OPENERS = new Set(['.', '!', '?', '?!', '\n', ':', '"']);

/** A capitalised word inside a sentence: a name ("Conrad") or a group's name ("Muslims"). */
function named(tokens: readonly Token[], i: number, source: string | undefined): boolean {
  if (source === undefined || i === 0) return false;
  const before = tokens[i - 1] as Token;
  if (before.kind === 'punct' && OPENERS.has(before.text)) return false;
  return CAPITAL.test(source.slice((tokens[i] as Token).begin));
}

/** The letters a piece was typed with, or null: "r" stays "r", not the slang "are". */
function typed(t: Token | undefined, source: string | undefined): string | null {
  if (t === undefined || t.kind !== 'word') return null;
  if (t.end - t.begin === t.text.length) return t.text;
  if (source === undefined) return null;
  const raw = source.slice(t.begin, t.end).toLowerCase();
  return LETTERS.test(raw) ? raw : null;
}

/**
 * Returns the tokens with masked hurtful words read as the words (a new array when anything
 * changed, the same one otherwise). Offsets stay those of the original text; with it as
 * `source`, letters the tokeniser read as slang ("r" → "are") can be rejoined ("conna r d").
 *
 * @example
 * unmask(tokenise('you idoit'), index).map((t) => t.key); // ['you', 'idiot']
 */
export function unmask(
  tokens: readonly Token[],
  index: MaskIndex,
  source?: string,
): readonly Token[] {
  // Most words are everyday or hurtful words: they are read as themselves, and a window of
  // pieces made only of them is never joined. Decided once per token, this keeps the cost low.
  const fragment = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' && !known(index, t.key)) fragment[i] = 1;
  }
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') {
      out?.push(t);
      continue;
    }
    const joinedTo = joinEnd(tokens, i, index, fragment, source);
    if (joinedTo > 0) {
      let text = '';
      for (let j = i; j <= joinedTo; j++) text += typed(tokens[j], source) ?? '';
      out ??= tokens.slice(0, i);
      out.push({ ...t, text, key: skeleton(text), end: (tokens[joinedTo] as Token).end });
      i = joinedTo;
      continue;
    }
    if (fragment[i] === 1) {
      const key = plainKey(t.key);
      let read = readEdit(index, key);
      // A name is not an insult ("Conrad"); a group's name may be masked ("les Mulsumans").
      if (read !== null && index.splittable.has(read) && named(tokens, i, source)) read = null;
      if (read !== null) {
        out ??= tokens.slice(0, i);
        out.push(retype(t, read, key !== t.key));
        continue;
      }
      const split = named(tokens, i, source) ? null : splitGlued(index, t.key);
      if (split !== null) {
        out ??= tokens.slice(0, i);
        out.push({ ...t, text: split[0], key: split[0] }, { ...t, text: split[1], key: split[1] });
        continue;
      }
    }
    out?.push(t);
  }
  return out ?? tokens;
}

/**
 * The last token of the longest run of pieces from `i` that spells a hurtful word, or -1: pieces
 * one space apart, as typed (a slang reading of a letter is undone), one of them at least a
 * fragment, a word of neither list ("dumb as" stays two words).
 */
function joinEnd(
  tokens: readonly Token[],
  i: number,
  index: MaskIndex,
  fragment: Uint8Array,
  source: string | undefined,
): number {
  let end = i;
  let any = fragment[i] === 1;
  for (let j = i + 1; j < tokens.length && j < i + MAX_PIECES; j++) {
    const next = tokens[j] as Token;
    if (next.kind !== 'word' || next.begin - (tokens[j - 1] as Token).end !== 1) break;
    end = j;
    any ||= fragment[j] === 1;
  }
  if (!any || end === i) return -1;
  let text = typed(tokens[i], source);
  if (text === null) return -1;
  let joinedTo = -1;
  for (let j = i + 1; j <= end; j++) {
    const piece = typed(tokens[j], source);
    if (piece === null) break;
    text += piece;
    const key = plainKey(skeleton(text));
    if (key.length >= PIECE_MIN && index.splittable.has(key)) joinedTo = j;
  }
  // The run that was joined must hold a fragment itself.
  for (let j = i; j <= joinedTo; j++) if (fragment[j] === 1) return joinedTo;
  return -1;
}
