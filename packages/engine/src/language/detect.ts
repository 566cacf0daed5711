import type { Model } from '../model/model.ts';
import { calibrate, HEADS } from '../model/model.ts';
import type { Token } from '../text/tokenise.ts';
import type { DetectedLanguage, Language } from '../types.ts';

const LANG_HEAD = HEADS.indexOf('LANG_FR');
/** Below this confidence the engine answers `und` rather than guess. */
export const LANGUAGE_MIN_CONFIDENCE = 0.65;
const TWO_LETTERS = /\p{L}{2}/u;

export interface LanguageGuess {
  language: DetectedLanguage;
  confidence: number;
  /** The likelier language even when unsure, for code that needs one (the coach). */
  best: Language;
}

/**
 * French or English from the model's language head (word and character n-grams learnt from the
 * training sets). Texts with no letters, or too short to tell, are `und`.
 *
 * @example
 * detectLanguage(model, tokens, logit).language; // 'fr' for "bonjour à tous"
 */
export function detectLanguage(
  model: Model,
  tokens: readonly Token[],
  logit: number,
): LanguageGuess {
  const p = calibrate(model, LANG_HEAD, logit);
  const best: Language = p >= 0.5 ? 'fr' : 'en';
  const confidence = Math.round(Math.max(p, 1 - p) * 1000) / 1000;
  // Words with two letters in a row, counted up to three: all that is asked of the count below.
  let words = 0;
  for (let i = 0; i < tokens.length && words < 3; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' && TWO_LETTERS.test(t.key)) words++;
  }
  if (words === 0) return { language: 'und', confidence: 0, best };
  // One or two words are often shared by both languages ("ok", "super", "lol"): ask for more.
  const needed = words <= 2 ? 0.9 : LANGUAGE_MIN_CONFIDENCE;
  return { language: confidence >= needed ? best : 'und', confidence, best };
}
