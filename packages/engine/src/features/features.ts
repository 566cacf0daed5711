import type { Lexicon, LexiconMatch } from '../lexicon/lexicon.ts';
import type { Token } from '../text/tokenise.ts';
import { type Context, readContext } from './context.ts';
import { FNV_SEED, fnv1a, fnvStep } from './hash.ts';

/** Sparse features of one text: parallel arrays; `token` says which token carries each one. */
export interface Features {
  hashes: number[];
  values: number[];
  token: number[];
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

function pushCharGrams(key: string, tokenIndex: number, out: Features, scale: number): number {
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
        out.hashes.push(h);
        out.values.push(scale);
        out.token.push(tokenIndex);
        count++;
      }
    }
  }
  return count;
}

function pushLexicon(
  name: string,
  matches: readonly LexiconMatch[],
  ctx: Context,
  out: Features,
): void {
  if (matches.length === 0) return;
  const hash = fnv1a(name);
  let total = 0;
  for (const m of matches) total += ctx.damping[m.first] ?? 1;
  const scale = Math.min(total, LEXICON_CAP) / total;
  for (const m of matches) {
    const span = m.last - m.first + 1;
    const value = ((ctx.damping[m.first] ?? 1) * scale) / span;
    for (let i = m.first; i <= m.last; i++) {
      out.hashes.push(hash);
      out.values.push(value);
      out.token.push(i);
    }
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
  const out: Features = {
    context: ctx,
    hashes: [],
    values: [],
    token: [],
    quiet: new Uint8Array(tokens.length),
    ngrams: 0,
    demeaned: ctx.demeaned.map(({ by }) => [by.first, by.last] as const),
  };
  for (const m of ctx.matches) {
    if (m.category === 'identity') for (let i = m.first; i <= m.last; i++) out.quiet[i] = 1;
  }
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
    if (t.kind === 'punct') {
      if (t.text === '!' || t.text === '?' || t.text === '?!') {
        out.hashes.push(fnv1a(t.text, PREFIX_WORD));
        out.values.push(1);
        out.token.push(i);
        undampedSq += 1;
      }
      prevState = AFTER_START;
      prevIndex = -1;
      continue;
    }
    out.hashes.push(fnv1a(t.key, PREFIX_WORD));
    out.values.push(damp);
    out.token.push(i);
    // A bigram belongs half to each of its words, which keeps per-token contributions exact.
    const bigram = fnv1a(t.key, prevState);
    const bigramValue = prevIndex >= 0 ? Math.min(damp, ctx.damping[prevIndex] ?? 1) : damp;
    out.hashes.push(bigram, bigram);
    out.values.push(bigramValue / 2, bigramValue / 2);
    out.token.push(i, prevIndex >= 0 ? prevIndex : i);
    undampedSq += 1.5;
    if (t.kind === 'word' && t.key.length <= MAX_GRAM_WORD) {
      undampedSq += pushCharGrams(t.key, i, out, damp * CHAR_GRAM_WEIGHT) * CHAR_GRAM_WEIGHT ** 2;
    }
    prevState = fnvStep(fnv1a(t.key, PREFIX_BIGRAM), 0x20);
    prevIndex = i;
  }
  // L2-normalise the n-gram part (everything pushed so far) by its norm as if nothing were
  // damped: the weights were learnt on undamped features, and a norm taken after damping would
  // raise every word left undamped, so that damping most of a short text made it score higher.
  const n = out.values.length;
  out.ngrams = n;
  if (n > 0) {
    const norm = 1 / Math.sqrt(Math.max(undampedSq, 1));
    for (let k = 0; k < n; k++) out.values[k] = (out.values[k] as number) * norm;
  }
  const byCategory = (c: string) => ctx.matches.filter((m) => m.category === c);
  pushLexicon('L:INSULT', byCategory('insult'), ctx, out);
  pushLexicon('L:PROFANITY', byCategory('profanity'), ctx, out);
  pushLexicon('L:DISMISSAL', byCategory('dismissal'), ctx, out);
  pushLexicon('L:THREAT', byCategory('threat'), ctx, out);
  pushLexicon('L:THREAT_PATTERN', ctx.threats, ctx, out);
  pushLexicon('L:HOSTILE', byCategory('hostile'), ctx, out);
  pushLexicon('L:DEHUMANISING', byCategory('dehumanising'), ctx, out);
  pushLexicon('L:SLUR', byCategory('slur'), ctx, out);
  pushLexicon('L:TARGETED', ctx.targeted, ctx, out);
  pushLexicon('L:IDENTITY_ATTACK', ctx.identityAttacks, ctx, out);
  pushLexicon('L:IDENTITY', byCategory('identity'), ctx, out);
  pushLexicon('L:UNAIMED', ctx.unaimed, ctx, out);
  return out;
}
