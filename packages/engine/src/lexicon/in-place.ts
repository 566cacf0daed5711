import { keySet, skeleton, type Token } from '../text/tokenise.ts';
import { splitGlued, splitGluedPhrase, splitSpeakerVerb } from './glued.ts';
import {
  LETTER_WORDS,
  MAX_PIECES,
  type MaskIndex,
  plainKey,
  target,
  wordOf,
} from './mask-index.ts';
import { scramble } from './scramble.ts';
import { joinedInPlace } from './slots.ts';

/**
 * Readers of `unmask.ts` that look at a word's place in the sentence: a group's name where one is
 * expected (after a determiner, before "people", "are", "sont"), a group's name glued before
 * "people", and a word typed in pieces where the sentence says what it is.
 */

// Words after which a group's name is expected ("les juis", "trop de uifs", "all Jes", "chaque
// uif").
const DETERMINERS = keySet(
  'les des ces aux de d nos vos leurs the these those all many some of chaque every each tous toutes',
);

const LETTERS = /^[a-z]{1,2}$/;

/** An everyday or a hurtful word, not a fragment of one. */
export function known(index: MaskIndex, key: string): boolean {
  const k = plainKey(key);
  return index.common.has(k) || wordOf(index, k) || LETTER_WORDS.has(k);
}

/** The letters a piece was typed with, or null: "r" stays "r", not the slang "are". */
export function typed(t: Token | undefined, source: string | undefined): string | null {
  if (t === undefined || t.kind !== 'word') return null;
  if (t.end - t.begin === t.text.length) return t.text;
  if (source === undefined) return null;
  const raw = source.slice(t.begin, t.end).toLowerCase();
  return LETTERS.test(raw) ? raw : null;
}

const PEOPLE = new Set(['people', 'folks', 'persons', 'gens', 'personnes']);

/**
 * A group's name glued after the word before it, "people" after ("despisegay people", "Screwgay
 * people", "atthosegay people"): the words, or null. What comes before the name is a word, or
 * splits as a glued word does.
 */
export function groupBeforePeople(
  tokens: readonly Token[],
  i: number,
  index: MaskIndex,
): readonly string[] | null {
  if (!PEOPLE.has((tokens[i + 1] as Token | undefined)?.key ?? '')) return null;
  const key = (tokens[i] as Token).key;
  for (let n = 3; n <= key.length - 2; n++) {
    const name = key.slice(key.length - n);
    if (!index.groups.has(name) && !index.groups.has(plainKey(name))) continue;
    const before = key.slice(0, key.length - n);
    if (known(index, before)) return [before, name];
    const split =
      splitGlued(index, before) ??
      splitGluedPhrase(index, before) ??
      splitSpeakerVerb(index.slots.loathing, before);
    if (split !== null) return [...split, name];
    if (LETTER_WORDS.has(before[0] as string) && known(index, before.slice(1))) {
      return [before[0] as string, before.slice(1), name];
    }
  }
  return null;
}

// Words a group's name is followed by ("Jws are", "tans people", "les Ros sont").
const GROUP_FOLLOWERS = new Set([
  'people',
  'person',
  'persons',
  'folk',
  'folks',
  'are',
  'should',
  'must',
  'deserve',
  'gens',
  'personnes',
  'sont',
  'devraient',
  'doivent',
  'meritent',
]);

/**
 * A known but uncommon word with one letter of a group's name missing, or two of its letters
 * swapped (`readGroupSwap`), where a group's name is expected: after a determiner or before "people", "are", "sont"… ("tans people" is "trans
 * people", "Jws are" is "Jews are"). Frequent words are left as they are.
 */
export function groupInPlace(
  tokens: readonly Token[],
  i: number,
  index: MaskIndex,
  source: string | undefined,
): string | null {
  const t = tokens[i] as Token;
  if (t.kind !== 'word' || t.key.length < 3) return null;
  // The place first: most words stand nowhere a group's name is expected. After a verb of
  // loathing too ("I hate Aabs").
  const previous = tokens[i - 1] as Token | undefined;
  const before =
    previous !== undefined &&
    (DETERMINERS.has(previous.key) || index.slots.loathing.includes(previous.key));
  if (!before && !GROUP_FOLLOWERS.has((tokens[i + 1] as Token | undefined)?.key ?? '')) {
    // Anywhere, a swap typed with its capital out of place ("eJws", "rAabs") is a mask.
    return capitalSecond(t, source) && !index.frequent.has(t.key)
      ? readGroupSwap(index, t.text)
      : null;
  }
  if (index.frequent.has(plainKey(t.key))) return null;
  if (wordOf(index, t.key) || wordOf(index, plainKey(t.key))) return null;
  const short = index.groupDeletions.get(t.key) ?? index.groupDoubled.get(t.text);
  if (short !== undefined) return short;
  // The last letter typed: "Africa" is a word of its own, not "African" cut short. A plural
  // no everyday word is read on its singular ("rabes": "arabe" without a letter; "aliens" is
  // not "maliens").
  const plain = plainKey(t.key);
  for (const key of plain === t.key || index.common.has(plain) ? [t.key] : [t.key, plain]) {
    for (const word of index.deletions.get(key) ?? []) {
      if (!index.groups.has(word) || word.at(-1) !== key.at(-1)) continue;
      return key === t.key ? word : `${word}s`;
    }
  }
  return readGroupSwap(index, t.text) ?? readGroupScramble(index, t.key);
}

/** A word typed lower case then upper case ("eJws", "oNirs"), as no word is written. */
function capitalSecond(t: Token, source: string | undefined): boolean {
  if (source === undefined || t.end - t.begin < 3) return false;
  const first = source.charCodeAt(t.begin);
  const second = source.charCodeAt(t.begin + 1);
  return first >= 97 && first <= 122 && second >= 65 && second <= 90;
}

/** What `joinedInPlace` asks of the index: built once per index, since closures cost. */
interface PlacedReaders {
  isGroup: (key: string) => boolean;
  isWord: (key: string) => boolean;
}
const placedReaders = new WeakMap<MaskIndex, PlacedReaders>();
function readersOf(index: MaskIndex): PlacedReaders {
  let readers = placedReaders.get(index);
  if (readers === undefined) {
    readers = {
      isGroup: (key) => index.groups.has(plainKey(key)),
      isWord: (key) => !index.common.has(plainKey(key)) && target(index, key),
    };
    placedReaders.set(index, readers);
  }
  return readers;
}

/** The key of the pieces from `i` to `j` joined, as typed. */
function spelt(tokens: readonly Token[], i: number, j: number, source: string | undefined): string {
  let text = '';
  for (let k = i; k <= j; k++) text += typed(tokens[k], source) ?? '\u0000';
  return skeleton(text);
}

/** Pieces from `i` that spell a word where the sentence says it stands (`joinedInPlace`). */
export function joinPlaced(
  tokens: readonly Token[],
  i: number,
  index: MaskIndex,
  source: string | undefined,
): { end: number; word: string } | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word' || next.begin - t.end !== 1) return null;
  const first = t.key;
  const second = next.key;
  // The first two pieces start the word ("hon" + "te"; a double at the seam is one letter):
  // the letter after the first piece first, which most pairs of words fail.
  const letters = index.pieceNext.get(first);
  if (letters === undefined) return null;
  const shared = first.charCodeAt(first.length - 1) === second.charCodeAt(0);
  const after = shared ? second[1] : second[0];
  if (after === undefined || !letters.includes(after)) return null;
  // A word typed in pieces opens on a short piece or on no word ("hon te", "détes te"), not on
  // a frequent word of its own ("sous", "vraiment").
  if (first.length >= 4 && index.frequent.has(first)) return null;
  let last = i + 1;
  while (last + 1 < tokens.length && last < i + MAX_PIECES - 1) {
    const piece = tokens[last + 1] as Token;
    if (piece.kind !== 'word' || piece.begin - (tokens[last] as Token).end !== 1) break;
    last++;
  }
  const two = first + (shared ? second.slice(1) : second);
  if (!index.pieceStarts.has(two) && !index.pieceStarts.has(plainKey(two))) return null;
  const { isGroup, isWord } = readersOf(index);
  return joinedInPlace(index.slots, tokens, i, last, source, spelt, isGroup, isWord);
}

/**
 * A group's name typed with two neighbouring letters swapped, the first two included ("oNirs",
 * "rAabes", "mimigrés", "ujifs"), read on the letters as typed so that a swap which breaks a
 * double still reads ("immigrés" → "mimigrés"). Only where a group's name is expected
 * (`groupInPlace` in `unmask.ts`): a swapped first letter anywhere else is too often a word.
 */
function readGroupSwap(index: MaskIndex, typed: string): string | null {
  if (typed.length < 4 || typed.length > 12) return null;
  const key = skeleton(typed);
  for (let i = 0; i < typed.length - 1; i++) {
    if (typed[i] === typed[i + 1]) continue;
    const v = skeleton(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2));
    // A swap that makes a double of a short word is a word of its own more often ("romo").
    if (v.length < key.length && typed.length < 6) continue;
    if (v !== key && (index.groups.has(v) || index.groups.has(plainKey(v)))) return v;
  }
  return null;
}

/**
 * A group's name of six letters or more with its inner letters in another order ("musluamns",
 * "imimgrants"), or null: where a group's name is expected, read as the name.
 */
function readGroupScramble(index: MaskIndex, key: string): string | null {
  if (key.length < 6 || index.common.has(plainKey(key))) return null;
  const group = index.groupScrambles.get(scramble(key));
  return group === undefined || group === key ? null : group;
}
