export { analyze, createEngine, type Engine, loadEngine } from './analyze.ts';
export { readEmotions } from './emotion/reader.ts';
export {
  type JudgedReading,
  type Judgement,
  judge,
  MARK_MIN_SCORE,
  type NoteReason,
  readerEmotion,
  type Verdict,
} from './judgement.ts';
export { detectLanguage, LANGUAGE_MIN_CONFIDENCE } from './language/detect.ts';
export { type ForeignLanguage, foreignLanguage } from './language/profile.ts';
export { buildLexicon } from './lexicon/lexicon.ts';
export { decodeModel, HEADS, type Model, type ModelMeta } from './model/model.ts';
export { foldText } from './text/fold.ts';
export { type Token, tokenise } from './text/tokenise.ts';
export * from './types.ts';
