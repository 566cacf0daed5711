/**
 * The tokeniser's regex, and a reader that finds most of its matches without running it.
 *
 * One alternation, tried left to right: URL, mention, hashtag, letters spaced out with dots/dashes/
 * spaces ("i.d.i.o.t"), a word (with leetspeak symbols inside), an emoji sequence, punctuation.
 */
export const TOKEN_RE =
  /(https?:\/\/\S+|www\.\S+)|(@[\p{L}\p{N}_.]+)|#([\p{L}\p{N}_]+)|((?<![\p{L}\p{N}])[\p{L}\p{N}$](?:[ .\-_*][\p{L}\p{N}$]){2,}(?![\p{L}\p{N}]))|((?:\$|!(?=\p{L}{2}))?[\p{L}\p{N}](?:[\p{L}\p{N}@$€|!*']*[\p{L}\p{N}$*])?)|(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*)|(["«»“”„]|[!?.;:\n]+)/gu;

/*
 * Most tokens are plain words of ASCII letters and digits, and running the regex for each one
 * (a match array, seven captures) was half of tokenising. What the regex does there is simple:
 *
 * - no match starts at a space or at any other ASCII character outside its alternatives' first
 *   characters (letters, digits, "@", "#", "$", "!", '"' and ".?;:" or a new line): skipped;
 * - at a letter or digit, the URL (alternative 1) and the spaced-out letters (alternative 4) come
 *   before the word: a letter that may start "http" or "www.", or that a space, dot, dash, "_" or
 *   "*" follows, is left to the regex;
 * - the word (alternative 5) then takes the longest run of its characters and gives back what
 *   follows its last letter or digit: over a run of a–z, 0–9 and apostrophes, the word ends at its
 *   last letter or digit. A run that meets a leetspeak symbol, a capital or a non-ASCII character
 *   is left to the regex.
 *
 * `token-scan.test.ts` compares both on generated text.
 */

/** ASCII characters no match can start with. */
const NEVER_STARTS = new Uint8Array(128);
for (let c = 0; c < 32; c++) if (c !== 10) NEVER_STARTS[c] = 1;
for (const ch of " %&'()*+,-/<=>[\\]^_`{|}~") NEVER_STARTS[ch.charCodeAt(0)] = 1;

const LETTER_OR_DIGIT = 1;
const APOSTROPHE = 2;
const LEFT_TO_REGEX = 3;
/** ASCII characters inside a word: 0 for those that end it. */
const IN_WORD = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) IN_WORD[c] = LETTER_OR_DIGIT;
for (let c = 0x30; c <= 0x39; c++) IN_WORD[c] = LETTER_OR_DIGIT;
IN_WORD[0x27] = APOSTROPHE;
for (let c = 0x41; c <= 0x5a; c++) IN_WORD[c] = LEFT_TO_REGEX;
for (const ch of '@$|!*') IN_WORD[ch.charCodeAt(0)] = LEFT_TO_REGEX;

/** What may separate spaced-out letters (alternative 4). */
const SPACERS = new Uint8Array(128);
for (const ch of ' .-_*') SPACERS[ch.charCodeAt(0)] = 1;

/** The first position at or after `from` where a match may start. */
export function nextStart(text: string, from: number): number {
  let at = from;
  while (at < text.length && NEVER_STARTS[text.charCodeAt(at)] === 1) at++;
  return at;
}

/**
 * The end of the match at `at` when it is a plain word (the regex's fifth group, from `at`), or
 * -1 when only the regex can tell. `at` must be where a match may start (`nextStart`).
 */
export function plainWordEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 128 || IN_WORD[c] !== LETTER_OR_DIGIT) return -1;
  if ((c === 0x68 && text.startsWith('http', at)) || (c === 0x77 && text.startsWith('www.', at))) {
    return -1;
  }
  if (at + 1 < text.length && SPACERS[text.charCodeAt(at + 1)] === 1) return -1;
  let end = at + 1;
  for (let i = at + 1; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d >= 128) return -1;
    const kind = IN_WORD[d];
    if (kind === 0) break;
    if (kind === LEFT_TO_REGEX) return -1;
    if (kind === LETTER_OR_DIGIT) end = i + 1;
  }
  return end;
}
