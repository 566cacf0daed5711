import { skeleton, type Token } from '../text/tokenise.ts';
import {
  splitFunctionPair,
  splitGlued,
  splitGluedPhrase,
  splitIntentHarm,
  splitSpeakerVerb,
} from './glued.ts';
import { groupBeforePeople, groupInPlace, joinPlaced, known, typed } from './in-place.ts';
import {
  MAX_PIECES,
  type MaskIndex,
  marked,
  plainKey,
  readEdit,
  readSwap,
  readTypedSwap,
  target,
  wordOf,
} from './mask-index.ts';
import { nextToGroup, readInPhrase, readLoathing, saidOfGroup } from './slots.ts';
import { readAt, readStars } from './wildcard.ts';

/**
 * Reads masked spellings as the words they mask, on the token list, before any feature is taken,
 * so the model and the rules see "idoit", "id iot" and "youidiot" exactly as "idiot" (and "you
 * idiot"): by construction, not by training on masked copies. The words read are the hurtful
 * ones, groups' names, and every other word of the lexicon's phrases (`mask-index.ts`), so that
 * "Les Niors ne sont pas les bienvneus" reads as the sentence it hides.
 *
 * Readers, each guarded by the everyday words of French and English (`common-words.data.ts`,
 * counted in texts not labelled toxic), never applied to an everyday word:
 * - one edit away (`readEdit`, `readSwap`): a swap of two neighbouring letters, a missing letter,
 *   an added one (hurtful words and groups' names only); short words through swaps only;
 * - a swap that leaves a double letter, read on the letters as typed (`readTypedSwap`, "fmemes");
 *   a hurtful four-letter word without its vowel ("fck", "scm");
 * - a group's name with a letter missing where a group's name is expected, after a determiner or
 *   before "people", "are", "sont"… ("les juis", "Jws are", "tans people");
 * - fragments rejoined: neighbouring pieces whose concatenation is such a word ("con nard",
 *   "Noi rs"), when one piece at least is a fragment, neither an everyday nor a known word, or,
 *   for a hurtful word or a group's name, a short word that is not a frequent one ("Je ws",
 *   "wo men"); "pu te" is not "pute", "dumb as a rock" not "dumbass", "c comme" not "ccomme";
 * - glued words split (`glued.ts`): "youidiot", "lesfemmessont", "notwelcome".
 * What these readers changed in the labelled sets is counted in ADR 0018 (sixth round).
 */
function retype(token: Token, word: string, plural: boolean): Token {
  const key = plural ? `${word}s` : word;
  return { ...token, text: key, key };
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

// Whether a word's key is a fragment, a rare short word or neither (what `unmask` decides for
// each word first) depends on the key alone: worked out once per key and index, since texts
// repeat their words. Bounded, like the tokeniser's map of pieces.
const PIECE_KINDS = new WeakMap<MaskIndex, Map<string, number>>();
const MAX_PIECE_KINDS = 16384;

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
  // pieces made only of them is never joined. Decided once per token, this keeps the cost low:
  // 1 for a fragment (no word at all), RARE for a short uncommon word, 0 for any other.
  const fragment = new Uint8Array(tokens.length);
  let kinds = PIECE_KINDS.get(index);
  if (kinds === undefined) {
    kinds = new Map();
    PIECE_KINDS.set(index, kinds);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    let kind = kinds.get(t.key);
    if (kind === undefined) {
      kind = !known(index, t.key) ? 1 : rare(index, t) ? RARE : 0;
      if (kinds.size < MAX_PIECE_KINDS) kinds.set(t.key, kind);
    }
    fragment[i] = kind;
  }
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A letter behind a symbol: rare, told by a span longer than the word or by a mention.
    const behind =
      source === undefined
        ? null
        : t.kind === 'user'
          ? readAt(index, t, source)
          : t.kind === 'word' && t.end - t.begin > t.text.length
            ? readStars(index, t, source)
            : null;
    if (behind !== null) {
      out ??= tokens.slice(0, i);
      out.push({ ...t, kind: 'word', text: behind, key: behind });
      continue;
    }
    if (t.kind !== 'word') {
      out?.push(t);
      continue;
    }
    const joinedTo = joinEnd(tokens, i, index, fragment, source);
    const placed = joinedTo > 0 ? null : joinPlaced(tokens, i, index, source);
    if (placed !== null) {
      out ??= tokens.slice(0, i);
      while (out.length > 0 && (out[out.length - 1] as Token).begin === t.begin) out.pop();
      out.push({
        ...t,
        text: placed.word,
        key: placed.word,
        end: (tokens[placed.end] as Token).end,
      });
      i = placed.end;
      while ((tokens[i + 1] as Token | undefined)?.begin === (tokens[i] as Token).begin) i++;
      continue;
    }
    if (joinedTo > 0) {
      let text = '';
      for (let j = i; j <= joinedTo; j++) text += typed(tokens[j], source) ?? '';
      out ??= tokens.slice(0, i);
      // A letter the tokeniser read as slang of two words ("t" as "tu es") is one piece: the
      // first of those words goes with it ("to t hrow up" is "to throw up", not "to tu throw").
      while (out.length > 0 && (out[out.length - 1] as Token).begin === t.begin) out.pop();
      out.push({ ...t, text, key: skeleton(text), end: (tokens[joinedTo] as Token).end });
      i = joinedTo;
      // ... and the last piece too ("conte mp t" is "contempt", not "contempt es").
      while ((tokens[i + 1] as Token | undefined)?.begin === (tokens[i] as Token).begin) i++;
      continue;
    }
    // Most words are read as themselves: the readers live in functions of their own, which
    // keeps this loop small enough for the engine's compiler to inline what it calls.
    const read =
      fragment[i] === 1
        ? readFragment(tokens, i, index, source)
        : readKnown(tokens, i, index, source);
    if (read !== null) {
      out ??= tokens.slice(0, i);
      for (const piece of read) out.push(piece);
      continue;
    }
    out?.push(t);
  }
  return out ?? tokens;
}

/** The reading of a fragment (no word of either list), as the tokens it stands for, or null. */
function readFragment(
  tokens: readonly Token[],
  i: number,
  index: MaskIndex,
  source: string | undefined,
): readonly Token[] | null {
  const t = tokens[i] as Token;
  const key = plainKey(t.key);
  const name = named(tokens, i, source);
  const as = (word: string): Token => ({ ...t, text: word, key: word });
  // Where the sentence says what the word must be, that reading comes first ("are a lague"
  // is "a plague", not "a langue").
  const slot = readInPlace(tokens, i, index);
  if (slot !== null && !name) return [as(slot)];
  const read = readEdit(index, key);
  // A name is not an insult ("Conrad"); a group's name may be masked ("les Mulsumans").
  if (read !== null && (!name || index.groups.has(read))) return [retype(t, read, key !== t.key)];
  const swapped = readSwap(index, t.key);
  if (swapped !== null && (!name || index.groups.has(plainKey(swapped)))) return [as(swapped)];
  const doubled = readTypedSwap(index, t.text);
  if (doubled !== null && (!name || index.groups.has(plainKey(doubled)))) return [as(doubled)];
  const group = groupInPlace(tokens, i, index, source);
  if (group !== null) return [as(group)];
  // A capital is no name when the glued word opens on a group's name ("Jewsshould").
  const split =
    splitGlued(index, t.key) ??
    splitGluedPhrase(index, t.key) ??
    splitSpeakerVerb(index.slots.loathing, t.key) ??
    splitIntentHarm(index, t.key) ??
    groupBeforePeople(tokens, i, index) ??
    splitFunctionPair(index, t.text);
  if (split !== null && (!name || index.groups.has(plainKey(split[0] as string)))) {
    return split.map(as);
  }
  return null;
}

/** The reading of a known word: a group's name cut short, or a rare word in a phrase's place. */
function readKnown(
  tokens: readonly Token[],
  i: number,
  index: MaskIndex,
  source: string | undefined,
): readonly Token[] | null {
  const t = tokens[i] as Token;
  const group = groupInPlace(tokens, i, index, source);
  if (group !== null) return [{ ...t, text: group, key: group }];
  // A rare word in a phrase's place: "can not stan", "are a plage"; or as a verb of loathing
  // between the speaker and a group, five letters at least: "Je mérise les femmes" ("merise"
  // is a word, wild cherry), not "I ate Indian food".
  if (!index.frequent.has(t.key) && !wordOf(index, plainKey(t.key))) {
    const slot =
      readInPhrase(index.slots, tokens, i) ??
      (t.key.length >= 5
        ? readLoathing(index.slots, tokens, i, (key) => index.groups.has(plainKey(key)))
        : null);
    if (slot !== null) return [{ ...t, text: slot, key: slot }];
  }
  return null;
}

/** In the per-token array of `unmask`: a known word that may still be a piece (`rare`). */
const RARE = 2;

/**
 * A short piece that is neither a frequent word of either language nor a word the readers look
 * for ("ws", "tra"; not "men", nor "dumb" of "dumb as a rock"). Longer rare words are words
 * ("Jack as we hugged" is no "jackass"), a single letter is an article or a pronoun ("Jack a
 * birthday party"), and pieces that are no word at all are fragments already.
 */
function rare(index: MaskIndex, t: Token): boolean {
  if (t.kind !== 'word' || t.key.length < 2 || t.key.length > 3) return false;
  const key = plainKey(t.key);
  return !index.frequent.has(key) && !wordOf(index, key);
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
  let any = fragment[i] !== 0;
  for (let j = i + 1; j < tokens.length && j < i + MAX_PIECES; j++) {
    const next = tokens[j] as Token;
    if (next.kind !== 'word' || next.begin - (tokens[j - 1] as Token).end !== 1) break;
    end = j;
    any ||= fragment[j] !== 0;
  }
  if (!any || end === i) return -1;
  let text = typed(tokens[i], source);
  if (text === null) return -1;
  let joinedTo = -1;
  let joinedText = '';
  const seen = [skeleton(text)];
  for (let j = i + 1; j <= end; j++) {
    const piece = typed(tokens[j], source);
    if (piece === null) break;
    text += piece;
    seen.push(skeleton(piece));
    const word = skeleton(text);
    // A stray letter beside a word is not part of it ("c comme" is not "ccomme", "que l" not
    // "quel"): a word that is neither hurtful nor a group's name needs a longer fragment.
    if (target(index, word) && !seen.includes(word)) {
      // A word of five letters or more may also be spelt with a short uncommon piece ("go
      // ing", "st ink", "tru st ed"), unless a piece is a word of three letters or more among
      // the most frequent: "the irs" is no "theirs", "Wall St and" no "stand".
      // A word of four letters, only from such pieces ("st ab").
      let longFragment = false;
      let shortPiece = false;
      let function3 = false;
      let allRare = true;
      for (let k = i; k <= j; k++) {
        const t = tokens[k] as Token;
        if (fragment[k] === 1 && t.end - t.begin >= 2) longFragment = true;
        if (fragment[k] === RARE) shortPiece = true;
        if (fragment[k] !== RARE) allRare = false;
        if (t.key.length >= 3 && index.function.has(t.key)) function3 = true;
      }
      if (shortPiece && (word.length >= 5 || allRare) && !function3) longFragment = true;
      if (longFragment || marked(index, word)) {
        joinedTo = j;
        joinedText = word;
      }
    }
  }
  // The run that was joined must hold a fragment itself or, for a hurtful word or a group's
  // name, a piece that is no frequent word ("Je ws", "wo men", "tra ns": "pu te" stays apart).
  if (joinedTo < 0) return -1;
  let allRare = true;
  for (let j = i; j <= joinedTo; j++) if (fragment[j] !== RARE) allRare = false;
  const hidden = marked(index, joinedText) || joinedText.length >= 5 || allRare;
  for (let j = i; j <= joinedTo; j++) {
    if (fragment[j] === 1 || (hidden && fragment[j] === RARE)) return joinedTo;
  }
  return -1;
}

/**
 * A masked word read where the sentence says what it must be (`slots.ts`): a word of a lexicon
 * phrase in its place, a verb of loathing between the speaker and a group, or a hurtful or
 * readable word said of a group with a letter missing, its first or last included ("Jews are
 * epulsive", "les Roms sont une onte"). Returns the key as it should read, plural included.
 */
function readInPlace(tokens: readonly Token[], i: number, index: MaskIndex): string | null {
  const isGroup = (key: string) => index.groups.has(plainKey(key));
  const phrase = readInPhrase(index.slots, tokens, i);
  if (phrase !== null) return phrase;
  const verb = readLoathing(index.slots, tokens, i, isGroup);
  if (verb !== null) return verb;
  const typedKey = (tokens[i] as Token).key;
  const key = plainKey(typedKey);
  const said = saidOfGroup(tokens, i, isGroup);
  if (!said && (key.length < 4 || !nextToGroup(tokens, i, isGroup))) return null;
  // A hurtful word before a word of no harm: "bter" is "buter", not "beter".
  const words = index.deletions.get(key);
  const word = words?.find((w) => index.hurtful.has(w)) ?? words?.[0];
  if (word === undefined) return null;
  // Next to a group, a word that lost its first letter must open as no everyday word does:
  // "nfermer les femmes" is "enfermer", but "les Roms rêvent" dream.
  if (!said && word[0] !== key[0] && index.openings.has(key.slice(0, 2))) return null;
  return key === typedKey ? word : `${word}s`;
}
