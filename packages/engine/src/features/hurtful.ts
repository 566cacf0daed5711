import type { LexiconCategory } from '../lexicon/lexicon.ts';

/** Lexicon categories that hurt by themselves: what negation, quotation and defences soften. */
export const HURTFUL: ReadonlySet<LexiconCategory> = new Set([
  'insult',
  'profanity',
  'dismissal',
  'threat',
  'slur',
  'dehumanising',
  'hostile',
]);
