import { type FoldedText, foldTextReused } from './fold.ts';
import { GREEK_OR_CYRILLIC, unmaskHomoglyphs } from './homoglyphs.ts';
import { lookupTable } from './lookup-table.ts';
import { ENGLISH_IRREGULAR, ENGLISH_SUFFIXES, FRENCH_ELISIONS, SLANG } from './slang.ts';
import { nextStart, plainWordEnd, TOKEN_RE } from './token-scan.ts';

export type TokenKind = 'word' | 'number' | 'emoji' | 'url' | 'user' | 'punct';

/** A token of normalised text with its UTF-16 range in the original text. */
export interface Token {
  /** Folded, de-leeted form with elongations cut to two letters ("nuuul" → "nuul"). */
  text: string;
  /** Skeleton used by features and lexicons: every repeated letter collapsed ("connard" → "conard"). */
  key: string;
  kind: TokenKind;
  begin: number;
  end: number;
}

const LEET = lookupTable<string>({
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '€': 'e',
  '|': 'l',
  '!': 'i',
});
const DIGITS = /^\d+$/;
const QUOTE = /["«»“”„]/;
const ORDINAL = /^\d+(e|eme|er|ere|nd|rd|st|th|h|min|km|kg|k|m|x|s|am|pm)$/;
const IS_LETTER = /\p{L}/u;
const HAS_LEET = /[0-9@$€|!*]/;
// Letters that stand alone as words in SMS spelling ("u r a …"), so spaced runs of them are not joined.
const SMS_LETTERS = new Set(['a', 'y', 'u', 'r', 'i', 't', 'c', 'k', 'o']);

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return IS_LETTER.test(ch);
}

/** Reads leetspeak ("c0nn4rd", "id!ot", "a$$") as letters, but leaves "3eme", "mp3" or "h24" alone. */
export function deLeet(word: string): string {
  if (!HAS_LEET.test(word) || ORDINAL.test(word)) return word;
  let letters = 0;
  for (const ch of word) if (isLetter(ch)) letters++;
  if (letters < 2) return word;
  const chars = [...word];
  const letterLike = (ch: string | undefined) =>
    isLetter(ch) || (ch !== undefined && LEET[ch] !== undefined);
  // Symbols between two letters or symbols are letters; they count towards the three letters a
  // word needs before a symbol at its edge is read too ("h4t3", "J3w5", "5h1t"; not "mp3").
  let inner = 0;
  for (let i = 1; i < chars.length - 1; i++) {
    if (
      LEET[chars[i] as string] !== undefined &&
      letterLike(chars[i - 1]) &&
      letterLike(chars[i + 1])
    ) {
      inner++;
    }
  }
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const mapped = LEET[ch];
    if (mapped === undefined) {
      out += ch === '*' ? '' : ch;
      continue;
    }
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const inside = letterLike(prev) && letterLike(next);
    const atEdge =
      (prev === undefined && letterLike(next)) || (next === undefined && letterLike(prev));
    out += inside || (atEdge && letters + inner >= 3) ? mapped : ch;
  }
  return out;
}

/** Collapses every run of one repeated character: the lexicon and feature key. */
export function skeleton(word: string): string {
  return collapse(word, 1);
}

function cutElongation(word: string): string {
  return collapse(word, 2);
}

/** Keeps at most `keep` copies of any repeated UTF-16 unit (a loop: this runs on every word). */
function collapse(word: string, keep: number): string {
  let repeats = 0;
  let changed = false;
  for (let i = 1; i < word.length; i++) {
    repeats = word.charCodeAt(i) === word.charCodeAt(i - 1) ? repeats + 1 : 0;
    if (repeats >= keep) {
      changed = true;
      break;
    }
  }
  if (!changed) return word;
  let out = word[0] ?? '';
  repeats = 0;
  for (let i = 1; i < word.length; i++) {
    repeats = word.charCodeAt(i) === word.charCodeAt(i - 1) ? repeats + 1 : 0;
    if (repeats < keep) out += word[i];
  }
  return out;
}

interface Piece {
  text: string;
  fb: number;
  fe: number;
}

const GLUED_AFTER = /^[a-z]{3}/;

/** Where an English contraction ends when a word of three letters or more follows it, or 0. */
function gluedContraction(word: string, quote: number): number {
  const end = word[quote - 1] === 'n' && word[quote + 1] === 't' ? quote + 2 : quote;
  for (const suffix of ["'re", "'m", "'ll", "'ve", "'s", "'d"]) {
    if (end === quote && word.startsWith(suffix, quote)) {
      const after = quote + suffix.length;
      return GLUED_AFTER.test(word.slice(after)) ? after : 0;
    }
  }
  return end > quote && GLUED_AFTER.test(word.slice(end)) ? end : 0;
}

/** Splits contractions: French elisions become their own token, English ones their words. */
function splitApostrophes(word: string, fb: number, fe: number): Piece[] {
  const quote = word.indexOf("'");
  if (quote < 0) return [{ text: word, fb, fe }];
  const irregular = ENGLISH_IRREGULAR[word];
  if (irregular !== undefined) return irregular.split(' ').map((text) => ({ text, fb, fe }));
  const head = word.slice(0, quote);
  if (FRENCH_ELISIONS.has(head) && quote < word.length - 1) {
    return [
      { text: `${head}'`, fb, fe: fb + quote + 1 },
      ...splitApostrophes(word.slice(quote + 1), fb + quote + 1, fe),
    ];
  }
  // An English contraction glued to the next word, its space left out ("don'trespect",
  // "I'mgoing"): split after it, so that it expands as typed apart.
  const glued = gluedContraction(word, quote);
  if (glued > 0) {
    return [
      ...splitApostrophes(word.slice(0, glued), fb, fb + glued),
      ...splitApostrophes(word.slice(glued), fb + glued, fe),
    ];
  }
  for (const [suffix, expansion] of Object.entries(ENGLISH_SUFFIXES)) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      const stem = word.slice(0, word.length - suffix.length).replaceAll("'", '');
      const pieces = [{ text: stem, fb, fe }];
      if (expansion !== '') pieces.push({ text: expansion, fb, fe });
      return pieces;
    }
  }
  return [{ text: word.replaceAll("'", ''), fb, fe }];
}

// A Map, not the frozen table: a word sliced out of the text is looked up without first being
// interned, which was a tenth of tokenising.
const SLANG_MAP = new Map(Object.entries(SLANG));

function wordTokens(raw: string, fb: number, fe: number, folded: FoldedText, out: Token[]): void {
  const whole = SLANG_MAP.get(raw);
  if (whole !== undefined) {
    for (const text of whole.split(' ')) out.push(wordToken(text, fb, fe, folded));
    return;
  }
  // Most words have no apostrophe: they are one piece, with no array of pieces to build.
  if (!raw.includes("'")) {
    wordPiece(raw, fb, fe, folded, out);
    return;
  }
  for (const piece of splitApostrophes(raw, fb, fe)) {
    wordPiece(piece.text, piece.fb, piece.fe, folded, out);
  }
}

// What a piece of a word reads as (its words' texts and keys; several for slang), worked out once
// per distinct piece: deLeet, the elongation cut, the slang lookups and the skeleton are the
// same every time a text repeats a word. Bounded, so that texts of endless new words cannot grow
// it without end; past the bound a piece is read per call.
const PIECES = new Map<string, readonly string[]>();
const MAX_PIECES = 16384;

/** The texts and keys `word` reads as, alternately: [text, key, text, key…]; empty for none. */
function readPiece(word: string): readonly string[] {
  const text = cutElongation(deLeet(word));
  // skeleton() hands back the same string when nothing repeats: no second look-up then.
  const key = skeleton(text);
  let slang = SLANG_MAP.get(text);
  if (slang === undefined && key !== text) slang = SLANG_MAP.get(key);
  if (slang !== undefined) return slang.split(' ').flatMap((t) => [t, skeleton(t)]);
  return text !== '' ? [text, key] : [];
}

function wordPiece(word: string, fb: number, fe: number, folded: FoldedText, out: Token[]): void {
  let read = PIECES.get(word);
  if (read === undefined) {
    read = readPiece(word);
    if (PIECES.size < MAX_PIECES) PIECES.set(word, read);
  }
  const begin = folded.begin[fb] ?? 0;
  const end = folded.end[fe - 1] ?? 0;
  for (let k = 0; k < read.length; k += 2) {
    out.push({ text: read[k] as string, key: read[k + 1] as string, kind: 'word', begin, end });
  }
}

function joinSpaced(run: string): string | null {
  const letters = run.split(/[ .\-_*]/);
  const sep = run[1];
  if (sep === ' ' && letters.every((l) => SMS_LETTERS.has(l))) return null;
  if (letters.filter((l) => isLetter(l)).length < 2) return null;
  return letters.join('');
}

function toToken(piece: Piece, kind: TokenKind, folded: FoldedText): Token {
  const key = kind === 'word' ? skeleton(piece.text) : piece.text;
  return {
    text: piece.text,
    key: kind === 'number' ? '#' : key,
    kind,
    begin: folded.begin[piece.fb] ?? 0,
    end: folded.end[piece.fe - 1] ?? 0,
  };
}

/** `toToken({ text, fb, fe }, 'word', folded)` for a word, with no piece to build first. */
function wordToken(text: string, fb: number, fe: number, folded: FoldedText): Token {
  return {
    text,
    key: skeleton(text),
    kind: 'word',
    begin: folded.begin[fb] ?? 0,
    end: folded.end[fe - 1] ?? 0,
  };
}

/**
 * Normalises and tokenises a text; every token keeps its UTF-16 range in the original.
 *
 * @example
 * tokenise("T'es un c0nnnnard").map((t) => t.key); // ['tu', 'es', 'un', 'conard']
 */
export function tokenise(original: string): Token[] {
  // The offsets are read only while tokenising: the fold's reused buffers serve.
  const folded = foldTextReused(original);
  const text = folded.text;
  // One test per text, not per word: most texts have no Greek or Cyrillic letter at all.
  const mixedScripts = GREEK_OR_CYRILLIC.test(text);
  const tokens: Token[] = [];
  /** A word (or number) read from `text[fb, fe)`; a hashtag's word starts at `wordBegin`. */
  const word = (raw: string, fb: number, fe: number, wordBegin: number) => {
    if (DIGITS.test(raw)) {
      tokens.push(toToken({ text: raw, fb, fe }, 'number', folded));
      return;
    }
    // The euphonic "t" of "a-t-il", "laisse-t-on" is no word ("t" alone is SMS for "tu es").
    if (raw === 't' && text[fb - 1] === '-' && text[fe] === '-') return;
    wordTokens(mixedScripts ? unmaskHomoglyphs(raw) : raw, wordBegin, fe, folded, tokens);
  };
  let at = nextStart(text, 0);
  while (at < text.length) {
    // Plain words are read without the regex (`token-scan.ts`): the same matches.
    const end = plainWordEnd(text, at);
    if (end > 0) {
      word(text.slice(at, end), at, end, at);
      at = nextStart(text, end);
      continue;
    }
    // exec, not matchAll: matchAll copies the regex on every call. TOKEN_RE never matches empty.
    TOKEN_RE.lastIndex = at;
    const m = TOKEN_RE.exec(text);
    if (m === null) break;
    const fb = m.index;
    const fe = fb + m[0].length;
    at = nextStart(text, fe);
    if (m[1] !== undefined) tokens.push(toToken({ text: '_url', fb, fe }, 'url', folded));
    else if (m[2] !== undefined) tokens.push(toToken({ text: '_user', fb, fe }, 'user', folded));
    else if (m[3] !== undefined) word(m[3], fb, fe, fb + 1);
    else if (m[4] !== undefined) {
      const joined = joinSpaced(m[4]);
      if (joined !== null) word(joined, fb, fe, fb);
      else {
        // Not a spelled-out word ("u r a"): each letter is a word of its own.
        for (let k = 0; k < m[4].length; k += 2) {
          wordTokens(m[4][k] ?? '', fb + k, fb + k + 1, folded, tokens);
        }
      }
    } else if (m[5] !== undefined) word(m[5], fb, fe, fb);
    else if (m[6] !== undefined) {
      const base = String.fromCodePoint(m[6].codePointAt(0) ?? 0);
      tokens.push(toToken({ text: base, fb, fe }, 'emoji', folded));
    } else {
      const p = m[7] ?? '';
      const punct = QUOTE.test(p) ? '"' : p.includes('?') && p.includes('!') ? '?!' : p[0];
      tokens.push(toToken({ text: punct ?? '.', fb, fe }, 'punct', folded));
    }
  }
  return tokens;
}

/**
 * The words of a word list written by hand, tokenised as the same words read inside a text. An
 * elision written alone ("n'", "qu'", "t'") is the token it is in front of a word ("n'existe" →
 * "n'", "existe"); read as text, its apostrophe would fall off and leave "n", which no text holds.
 *
 * @example
 * listTokens("n' pas").map((t) => t.key); // ["n'", 'pas']
 */
export function listTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const chunk of text.split(/\s+/)) {
    if (chunk === '') continue;
    const folded = chunk.toLowerCase().replace(/[\u2019\u02bc\u2018`\u00b4]$/, "'");
    const elided = folded.endsWith("'") && FRENCH_ELISIONS.has(folded.slice(0, -1));
    // In front of a letter the elision splits off exactly as it does in running text.
    const tokens = elided ? tokenise(`${folded}a`).slice(0, 1) : tokenise(chunk);
    for (const t of tokens) if (t.kind === 'word') out.push(t);
  }
  return out;
}

/**
 * The keys of the words of `text`, folded as the tokeniser folds any text ("feel" → "fel",
 * "réalité" → "realite"): how word lists written by hand are compared with tokens.
 */
export function wordKeys(text: string): string[] {
  return listTokens(text).map((t) => t.key);
}

/**
 * The keys of the words of `text` as a set: the word lists the context rules look tokens up in.
 *
 * @example
 * keySet("je j' me").has("j'"); // true
 */
export function keySet(text: string): ReadonlySet<string> {
  return new Set(wordKeys(text));
}

/**
 * The keys of the words of each text, mapped to the kind given beside it: one lookup tells which
 * of several lists a word is in. A word in two texts takes the kind of the later one.
 *
 * @example
 * keyKinds([['hope', 1], ['seront', 2]]).get('seront'); // 2
 */
export function keyKinds<K>(kinds: ReadonlyArray<readonly [string, K]>): ReadonlyMap<string, K> {
  const out = new Map<string, K>();
  for (const [text, kind] of kinds) for (const key of wordKeys(text)) out.set(key, kind);
  return out;
}
