import type { Lexicon, LexiconMatch } from '../lexicon/lexicon.ts';
import type { Token } from '../text/tokenise.ts';
import { type Context, readContext } from './context.ts';
import { FNV_SEED, fnv1a, fnvStep } from './hash.ts';

/** Sparse features of one text: parallel arrays; `token` says which token carries each one. */
export interface Features {
  hashes: Uint32Array;
  values: Float64Array;
  token: Int32Array;
  /**
   * Tokens that name a group: never highlighted, and their word and character features (the first
   * `ngrams` entries) are hidden from the GROUP_BLIND heads.
   */
  quiet: Uint8Array;
  /** How many leading entries are word and character n-grams; lexicon signals follow. */
  ngrams: number;
  /**
   * The words that demean a group, as [first, last] tokens, read by the context rules
   * (`Context.demeaned`): evidence the model's heads may not weigh.
   */
  demeaned: Array<readonly [number, number]>;
  /** The context rules' reading the features were built from. */
  context: Context;
}

const MAX_GRAM_WORD = 24;
// Character n-grams are many per word; this keeps words and bigrams from being drowned out.
const CHAR_GRAM_WEIGHT = 1;
// Lexicon features are counts, capped so a repeated word cannot dominate the score.
const LEXICON_CAP = 2;
const PREFIX_WORD = fnvStep(FNV_SEED, 0x77); // 'w'
const PREFIX_BIGRAM = fnvStep(FNV_SEED, 0x62); // 'b'
const PREFIX_CHAR = fnvStep(FNV_SEED, 0x63); // 'c'
// The bigram hash state after the start of a text or a break: that of "^ ".
const AFTER_START = fnvStep(fnv1a('^', PREFIX_BIGRAM), 0x20);

// The columns a text's features are written into: typed, reused from one text to the next and
// grown when a text needs more; `extractFeatures` returns exact-length copies, since a text's
// features outlive the next call. Pushing onto three arrays grown element by element cost more.
let hashes = new Uint32Array(2048);
let values = new Float64Array(2048);
let owners = new Int32Array(2048);
let written = 0;

/** Makes room for `more` features after the `written` ones. */
function reserve(more: number): void {
  if (written + more <= hashes.length) return;
  const size = Math.max(hashes.length * 2, written + more);
  const h = new Uint32Array(size);
  const v = new Float64Array(size);
  const o = new Int32Array(size);
  h.set(hashes.subarray(0, written));
  v.set(values.subarray(0, written));
  o.set(owners.subarray(0, written));
  hashes = h;
  values = v;
  owners = o;
}

/** Writes one feature; room was reserved. */
function put(hash: number, value: number, token: number): void {
  hashes[written] = hash;
  values[written] = value;
  owners[written] = token;
  written++;
}

function pushCharGrams(key: string, tokenIndex: number, scale: number): number {
  // Character 3- to 5-grams of "<word>" make spelling variants and unseen inflections share weights.
  // Read as `<${key}>` without building that string: position 0 is "<", the last is ">".
  const length = key.length + 2;
  let count = 0;
  for (let start = 0; start + 3 <= length; start++) {
    let h = PREFIX_CHAR;
    for (let n = 0; n < 5 && start + n < length; n++) {
      const at = start + n;
      h = fnvStep(h, at === 0 ? 0x3c : at === length - 1 ? 0x3e : key.charCodeAt(at - 1));
      if (n >= 2) {
        put(h, scale, tokenIndex);
        count++;
      }
    }
  }
  return count;
}

function pushLexicon(name: string, matches: readonly LexiconMatch[], ctx: Context): void {
  if (matches.length === 0) return;
  const hash = fnv1a(name);
  let total = 0;
  for (const m of matches) total += ctx.damping[m.first] ?? 1;
  const scale = Math.min(total, LEXICON_CAP) / total;
  for (const m of matches) {
    const span = m.last - m.first + 1;
    const value = ((ctx.damping[m.first] ?? 1) * scale) / span;
    reserve(span);
    for (let i = m.first; i <= m.last; i++) put(hash, value, i);
  }
}

/**
 * Turns tokens into hashed features: word unigrams and bigrams, character n-grams, emoji, and our
 * lexicon's context-aware signals. Word and character features are L2-normalised so long texts
 * are not toxic merely for being long; lexicon features are not, so one threat counts anywhere.
 * `ctx` is the context rules' reading of the tokens; a caller may pass it with another damping.
 *
 * @example
 * const f = extractFeatures(tokenise('shut up'), buildLexicon());
 * f.hashes.length === f.values.length; // true
 */
export function extractFeatures(
  tokens: readonly Token[],
  lexicon: Lexicon,
  ctx: Context = readContext(tokens, lexicon),
): Features {
  const quiet = new Uint8Array(tokens.length);
  for (const m of ctx.matches) {
    if (m.category === 'identity') for (let i = m.first; i <= m.last; i++) quiet[i] = 1;
  }
  written = 0;
  // The bigram hash state after "<previous key> ": fnv1a(`${prevKey} `, PREFIX_BIGRAM), carried
  // from one token to the next instead of hashing a new string for every bigram.
  let prevState = AFTER_START;
  let prevIndex = -1;
  // The squared norm the n-grams would have undamped.
  let undampedSq = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const damp = ctx.damping[i] ?? 1;
    // A mention or a link says nothing about tone, but training tweets mask every mention as
    // "@user" and most of those sets are hostile: as a feature it would make "@alice" toxic.
    if (t.kind === 'user' || t.kind === 'url') {
      prevState = AFTER_START;
      prevIndex = -1;
      continue;
    }
    // A word, its bigram twice and at most three character n-grams per letter and edge.
    reserve(3 + 3 * (t.key.length + 2));
    if (t.kind === 'punct') {
      if (t.text === '!' || t.text === '?' || t.text === '?!') {
        put(fnv1a(t.text, PREFIX_WORD), 1, i);
        undampedSq += 1;
      }
      prevState = AFTER_START;
      prevIndex = -1;
      continue;
    }
    put(fnv1a(t.key, PREFIX_WORD), damp, i);
    // A bigram belongs half to each of its words, which keeps per-token contributions exact.
    const bigram = fnv1a(t.key, prevState);
    const bigramValue = prevIndex >= 0 ? Math.min(damp, ctx.damping[prevIndex] ?? 1) : damp;
    put(bigram, bigramValue / 2, i);
    put(bigram, bigramValue / 2, prevIndex >= 0 ? prevIndex : i);
    undampedSq += 1.5;
    if (t.kind === 'word' && t.key.length <= MAX_GRAM_WORD) {
      undampedSq += pushCharGrams(t.key, i, damp * CHAR_GRAM_WEIGHT) * CHAR_GRAM_WEIGHT ** 2;
    }
    prevState = fnvStep(fnv1a(t.key, PREFIX_BIGRAM), 0x20);
    prevIndex = i;
  }
  // L2-normalise the n-gram part (everything written so far) by its norm as if nothing were
  // damped: the weights were learnt on undamped features, and a norm taken after damping would
  // raise every word left undamped, so that damping most of a short text made it score higher.
  const n = written;
  if (n > 0) {
    const norm = 1 / Math.sqrt(Math.max(undampedSq, 1));
    for (let k = 0; k < n; k++) values[k] = (values[k] as number) * norm;
  }
  const byCategory = (c: string) => ctx.matches.filter((m) => m.category === c);
  pushLexicon('L:INSULT', byCategory('insult'), ctx);
  pushLexicon('L:PROFANITY', byCategory('profanity'), ctx);
  pushLexicon('L:DISMISSAL', byCategory('dismissal'), ctx);
  pushLexicon('L:THREAT', byCategory('threat'), ctx);
  pushLexicon('L:THREAT_PATTERN', ctx.threats, ctx);
  pushLexicon('L:HOSTILE', byCategory('hostile'), ctx);
  pushLexicon('L:DEHUMANISING', byCategory('dehumanising'), ctx);
  pushLexicon('L:SLUR', byCategory('slur'), ctx);
  pushLexicon('L:TARGETED', ctx.targeted, ctx);
  pushLexicon('L:IDENTITY_ATTACK', ctx.identityAttacks, ctx);
  pushLexicon('L:IDENTITY', byCategory('identity'), ctx);
  pushLexicon('L:UNAIMED', ctx.unaimed, ctx);
  // One backing store for the three copies (each typed array of its own costs an allocation).
  const store = new ArrayBuffer(written * 16);
  const out = {
    values: new Float64Array(store, 0, written),
    hashes: new Uint32Array(store, written * 8, written),
    token: new Int32Array(store, written * 12, written),
  };
  out.values.set(values.subarray(0, written));
  out.hashes.set(hashes.subarray(0, written));
  out.token.set(owners.subarray(0, written));
  return {
    context: ctx,
    hashes: out.hashes,
    values: out.values,
    token: out.token,
    quiet,
    ngrams: n,
    demeaned: ctx.demeaned.map(({ by }) => [by.first, by.last] as const),
  };
}
