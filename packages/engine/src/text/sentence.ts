import type { Token } from './tokenise.ts';

/**
 * Whether the sentence holding token `i` is a question: the first punctuation after it holds a
 * question mark. Rules that read a question as an assertion ("isn't it time to…", "why are they
 * all…?") share this one reading of where the sentence ends.
 *
 * @example
 * endsInQuestion(tokenise('are they all like that?'), 0); // true
 */
export function endsInQuestion(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return t.key.includes('?');
  }
  return false;
}

/**
 * Whether a clause ends after token `i`: nothing follows, punctuation does, or a gap wider than
 * one space (a comma is no token: "pay, trust me", "un vrai crétin, tout le monde…").
 */
export function clauseEndsAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next === undefined || next.kind === 'punct' || next.begin - (tokens[i] as Token).end > 1;
}

/**
 * Whether the tokens from `at` on have exactly these keys (a word list's phrase, as `wordKeys`
 * gives it). A phrase holds no punctuation, so it never spans two sentences.
 *
 * @example
 * keysAt(tokenise('je suis là'), 0, wordKeys('je suis')); // true
 */
export function keysAt(tokens: readonly Token[], at: number, keys: readonly string[]): boolean {
  if (at < 0 || at + keys.length > tokens.length) return false;
  for (let k = 0; k < keys.length; k++) if ((tokens[at + k] as Token).key !== keys[k]) return false;
  return true;
}

const BOUNDARIES = new Set(['.', '!', '?', '?!', '\n', ';', ':']);

/** Each token's sentence, numbered from 0: a full stop, "!", "?", ";", ":" or a new line ends one. */
export function sentenceIds(tokens: readonly Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    ids[i] = id;
    if (t.kind === 'punct' && BOUNDARIES.has(t.text)) id++;
  }
  return ids;
}
