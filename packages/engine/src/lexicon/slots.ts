import { keySet, type Token } from '../text/tokenise.ts';

/**
 * Words masked where the sentence says what they must be: a word of a lexicon phrase whose other
 * words are typed around it ("can not stnd", "a wast of space", "me onnent envie de vomir"), or
 * a verb of loathing between "I" or "je" and a group ("I hte Muslims"). The readers of one word
 * (`mask-index.ts`) leave short words and words of no harm alone when they lose a letter at an
 * edge, since "stan", "wast" or "hae" could be anything; in its place in such a phrase, a
 * misspelt word can only be the phrase's own.
 */
export interface SlotIndex {
  /**
   * Phrases by the word typed right before their masked word, then by that word's length (a
   * word typed one edit away is one letter shorter or longer at most).
   */
  after: ReadonlyMap<string, ReadonlyArray<readonly Slot[] | undefined>>;
  /** Phrases whose first word is the masked one, by the word typed right after it, then length. */
  before: ReadonlyMap<string, ReadonlyArray<readonly Slot[] | undefined>>;
  /** Single-word verbs of loathing ("hate", "hais", "deteste"), read between I and a group. */
  loathing: readonly string[];
}

interface Slot {
  words: readonly string[];
  /** Which word of the phrase is the masked one. */
  at: number;
}

/** A phrase's masked word has at least this many letters. */
const SLOT_MIN = 4;
/** The other words of the phrase, typed as they are, have this many letters together. */
const ANCHOR_MIN = 2;

export function buildSlots(
  phrases: Iterable<readonly string[]>,
  loathing: Iterable<string>,
): SlotIndex {
  const after = new Map<string, Slot[][]>();
  const before = new Map<string, Slot[][]>();
  for (const words of phrases) {
    if (words.length < 2) continue;
    const letters = words.reduce((sum, w) => sum + w.length, 0);
    for (let at = 0; at < words.length; at++) {
      const word = words[at] as string;
      if (word.length < SLOT_MIN || !/^[a-z]+$/.test(word)) continue;
      if (letters - word.length < ANCHOR_MIN) continue;
      const [index, key] = at > 0 ? [after, words[at - 1]] : [before, words[1]];
      const byLength = index.get(key as string) ?? [];
      const list = byLength[word.length] ?? [];
      list.push({ words, at });
      byLength[word.length] = list;
      index.set(key as string, byLength);
    }
  }
  return { after, before, loathing: [...loathing].filter((w) => /^[a-z]+$/.test(w)) };
}

/**
 * Whether `typed` is `word` with one letter missing, one added or two neighbouring letters
 * swapped. The first letter may be the one missing ("tand", "onte").
 */
export function oneEdit(typed: string, word: string): boolean {
  const d = typed.length - word.length;
  if (d < -1 || d > 1 || typed === word) return false;
  let i = 0;
  while (i < typed.length && i < word.length && typed[i] === word[i]) i++;
  if (d === -1) return typed.slice(i) === word.slice(i + 1);
  if (d === 1) return typed.slice(i + 1) === word.slice(i);
  return (
    typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2)
  );
}

const keyAt = (tokens: readonly Token[], i: number): string => {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' ? t.key : '';
};

/** Whether the words of `slot` other than its masked one are typed around token `i`. */
function fits(tokens: readonly Token[], i: number, slot: Slot): boolean {
  const start = i - slot.at;
  if (start < 0) return false;
  for (let j = 0; j < slot.words.length; j++) {
    if (j !== slot.at && keyAt(tokens, start + j) !== slot.words[j]) return false;
  }
  return true;
}

/** The phrase word masked by token `i` in its place in a lexicon phrase, or null. */
export function readInPhrase(index: SlotIndex, tokens: readonly Token[], i: number): string | null {
  const key = (tokens[i] as Token).key;
  if (key.length < SLOT_MIN - 1) return null;
  return (
    readSlots(index.after.get(keyAt(tokens, i - 1)), tokens, i, key) ??
    readSlots(index.before.get(keyAt(tokens, i + 1)), tokens, i, key)
  );
}

function readSlots(
  byLength: ReadonlyArray<readonly Slot[] | undefined> | undefined,
  tokens: readonly Token[],
  i: number,
  key: string,
): string | null {
  if (byLength === undefined) return null;
  for (let length = key.length - 1; length <= key.length + 1; length++) {
    for (const slot of byLength[length] ?? []) {
      const word = slot.words[slot.at] as string;
      if (oneEdit(key, word) && fits(tokens, i, slot)) return word;
    }
  }
  return null;
}

// The speaker, before a verb of loathing, with at most one of these words between. Keys as the
// tokeniser gives them (doubles collapsed, elisions kept: "realy", "j'").
const SPEAKERS = keySet("i je j' we nous on");
const BETWEEN = keySet('really truly just so still do honestly vraiment tellement trop les');
// Before a group's name, after the verb: "I hte all Jews", "je dteste les juifs".
const BEFORE_GROUP = keySet('les ces tous all the these those every');
// The speaker as the object of a group's loathing verb: "Muslims disgus me", "les juifs me dgoutent".
const ME = keySet("me m' moi");
const NE = keySet("ne n'");

// Verbs of regard the speaker denies a group: "I don't respec Muslims", "je ne especte pas les
// trans". Keys as the tokeniser gives them ("respecte", "tolere").
const REGARD = keySet('respect trust tolerate accept respecte supporte tolere accepte');
// The denial before such a verb: "do not", "can not", "will never", "ne".
const DENIAL = keySet("not never ne n'");

/** Whether a group's name opens at token `i`, after at most two of `BEFORE_GROUP`. */
function groupAhead(tokens: readonly Token[], i: number, isGroup: (key: string) => boolean) {
  let at = i;
  while (BEFORE_GROUP.has(keyAt(tokens, at)) && at < i + 2) at++;
  return isGroup(keyAt(tokens, at));
}

/**
 * A verb of loathing masked between the speaker and a group ("I hte Muslims", "je dteste les
 * juifs"), or between a group and "me" ("Jews disgus me", "les Roms me dgoutent"), read as the
 * verb, or null. A verb of regard the speaker denies reads the same way ("I don't respec
 * Muslims", "je ne especte pas les trans"). `isGroup` says whether a key names a group.
 */
export function readLoathing(
  index: SlotIndex,
  tokens: readonly Token[],
  i: number,
  isGroup: (key: string) => boolean,
): string | null {
  const key = (tokens[i] as Token).key;
  if (key.length < 3) return null;
  const before = keyAt(tokens, i - 1);
  const speaker =
    SPEAKERS.has(before) || (BETWEEN.has(before) && SPEAKERS.has(keyAt(tokens, i - 2)));
  if (key.length >= 5 && deniedBySpeaker(tokens, i)) {
    // "pas" after a French verb: "je ne especte pas les trans".
    const after = keyAt(tokens, i + 1) === 'pas' ? i + 2 : i + 1;
    if (groupAhead(tokens, after, isGroup)) {
      for (const verb of REGARD) if (oneEdit(key, verb)) return verb;
    }
  }
  let placed = false;
  if (speaker) {
    placed = groupAhead(tokens, i + 1, isGroup);
  } else {
    const me = ME.has(before) ? i - 1 : ME.has(keyAt(tokens, i + 1)) ? i : -1;
    if (me < 0) return null;
    const group = me === i ? i - 1 : i - 2;
    placed =
      isGroup(keyAt(tokens, group)) ||
      (isPeople(keyAt(tokens, group)) && isGroup(keyAt(tokens, group - 1)));
  }
  if (!placed) return null;
  for (const verb of index.loathing) if (oneEdit(key, verb)) return verb;
  return null;
}

/**
 * Whether token `i` follows the speaker's denial: "I do not", "I can not", "I will never",
 * "je ne" (two words at most between the speaker and the denial).
 */
function deniedBySpeaker(tokens: readonly Token[], i: number): boolean {
  if (!DENIAL.has(keyAt(tokens, i - 1))) return false;
  for (let j = i - 2; j >= i - 3 && j >= 0; j--) if (SPEAKERS.has(keyAt(tokens, j))) return true;
  return false;
}

/**
 * Whether token `i` stands right before a group's name (after at most two of "les", "all",
 * "the"…: "Je vais butr les Noirs", "Scrw women") or right after one, "ne" or "me" between
 * ("women stik", "les Roms ne alent pas"): where a masked word is what is done to the group, or
 * what it does.
 */
export function nextToGroup(
  tokens: readonly Token[],
  i: number,
  isGroup: (key: string) => boolean,
): boolean {
  if (groupAhead(tokens, i + 1, isGroup)) return true;
  let j = i - 1;
  if (NE.has(keyAt(tokens, j)) || ME.has(keyAt(tokens, j))) j--;
  const subject = keyAt(tokens, j);
  return isGroup(subject) || (isPeople(subject) && isGroup(keyAt(tokens, j - 1)));
}

/**
 * A word typed in pieces of words of their own ("une hon te", "je mé prise les", "que des bêt
 * es"), read where the sentence says it must stand: in its place in a lexicon phrase, as a verb
 * of loathing between the speaker and a group, or as what a group is said to be (`isWord`: a word
 * the readers look for). `spell` gives the key of the pieces from `i` to `j` joined. Returns the
 * last piece and the word, or null. The caller has checked the pieces are one space apart, up
 * to `last`.
 */
export function joinedInPlace(
  index: SlotIndex,
  tokens: readonly Token[],
  i: number,
  last: number,
  source: string | undefined,
  spell: (tokens: readonly Token[], i: number, j: number, source: string | undefined) => string,
  isGroup: (key: string) => boolean,
  isWord: (key: string) => boolean,
): { end: number; word: string } | null {
  const afterWord = index.after.get(keyAt(tokens, i - 1));
  const speaker =
    SPEAKERS.has(keyAt(tokens, i - 1)) ||
    (BETWEEN.has(keyAt(tokens, i - 1)) && SPEAKERS.has(keyAt(tokens, i - 2)));
  const said = saidOfGroup(tokens, i, isGroup);
  let letters = (tokens[i] as Token).key.length;
  for (let j = i + 1; j <= last; j++) letters += (tokens[j] as Token).key.length;
  for (let j = last; j > i; j--) {
    const byLength = afterWord ?? index.before.get(keyAt(tokens, j + 1));
    // The joined key is as long as the pieces' keys, or shorter by a double at a seam.
    const fits = byLength !== undefined && anyOfLength(byLength, letters - (j - i), letters);
    letters -= (tokens[j] as Token).key.length;
    if (!fits && !speaker && !said) continue;
    const word = spell(tokens, i, j, source);
    for (const slot of byLength?.[word.length] ?? []) {
      if (slot.words[slot.at] === word && fitsJoined(tokens, i, j, slot)) return { end: j, word };
    }
    if (said && isWord(word)) return { end: j, word };
    if (speaker && index.loathing.includes(word)) {
      let after = j + 1;
      while (BEFORE_GROUP.has(keyAt(tokens, after)) && after < j + 3) after++;
      if (isGroup(keyAt(tokens, after))) return { end: j, word };
    }
  }
  return null;
}

function anyOfLength(
  byLength: ReadonlyArray<readonly Slot[] | undefined>,
  from: number,
  to: number,
): boolean {
  for (let n = from; n <= to; n++) if (byLength[n] !== undefined) return true;
  return false;
}

/** Whether the words of `slot` other than its masked one are typed around tokens `i` to `j`. */
function fitsJoined(tokens: readonly Token[], i: number, j: number, slot: Slot): boolean {
  if (i - slot.at < 0) return false;
  for (let k = 0; k < slot.at; k++) {
    if (keyAt(tokens, i - slot.at + k) !== slot.words[k]) return false;
  }
  for (let k = slot.at + 1; k < slot.words.length; k++) {
    if (keyAt(tokens, j + k - slot.at) !== slot.words[k]) return false;
  }
  return true;
}

const isPeople = (key: string): boolean => key === 'people' || key === 'gens' || key === 'folks';

// Said of a group: the copula, then at most three of these words before what it is said to be.
const COPULAS = keySet('are is were sont est etaient seront restent');
const FILLERS = keySet(
  "a an such so just all only nothing but truly really totally une un des de d' du que ne n' tous toutes vraiment tellement trop si juste never not always pas jamais plus toujours les",
);

/**
 * Whether token `i` says what a group is: a group's name, the copula, and at most three small
 * words before it ("Jews are a …", "les Roms ne sont que des …", "Black people are such …").
 */
export function saidOfGroup(
  tokens: readonly Token[],
  i: number,
  isGroup: (key: string) => boolean,
): boolean {
  let j = i - 1;
  while (j >= i - 3 && FILLERS.has(keyAt(tokens, j))) j--;
  if (!COPULAS.has(keyAt(tokens, j))) return false;
  j--;
  if (NE.has(keyAt(tokens, j))) j--;
  const subject = keyAt(tokens, j);
  return isGroup(subject) || (isPeople(subject) && isGroup(keyAt(tokens, j - 1)));
}
