import type { ForeignLanguage } from './language/profile.ts';

/** Languages the engine understands; `und` when it cannot tell. */
export type Language = 'fr' | 'en';
export type DetectedLanguage = Language | 'und';

/** Perspective-compatible attribute names, so an API can map them one to one. */
export const ATTRIBUTES = [
  'TOXICITY',
  'SEVERE_TOXICITY',
  'INSULT',
  'THREAT',
  'IDENTITY_ATTACK',
  'PROFANITY',
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const EMOTIONS = [
  'anger',
  'disgust',
  'fear',
  'joy',
  'sadness',
  'surprise',
  'neutral',
] as const;
export type Emotion = (typeof EMOTIONS)[number];

/** A run of the original text that carries an attribute; offsets are UTF-16 code units. */
export interface Span {
  begin: number;
  end: number;
  attribute: Attribute;
  score: number;
}

/** Text in both product languages. */
export interface Bilingual {
  fr: string;
  en: string;
}

export type CoachFindingKind =
  | 'insult'
  | 'label'
  | 'generalisation'
  | 'judgment'
  | 'command'
  | 'threat'
  | 'shouting'
  | 'sarcasm';

export interface CoachFinding {
  kind: CoachFindingKind;
  begin: number;
  end: number;
  /** Why this may hurt the reader, and what to try instead. */
  explanation: Bilingual;
}

/** Observation, feeling, need, request: the non-violent communication scaffold. */
export interface OfnrScaffold {
  observation: string;
  feeling: string;
  need: string;
  request: string;
}

/**
 * Strong words aimed at no one: `enthusiasm` (swearing in joy, "Putain, quel but !") or
 * `criticism` of a thing ("the plot was stupid"). Such a draft gets at most a gentle note.
 */
export type CoachRegister = 'enthusiasm' | 'criticism' | null;

export interface CoachResult {
  findings: CoachFinding[];
  /** Set when the draft's strong words are joy or criticism of a thing, not an attack. */
  register: CoachRegister;
  /** OFNR scaffold pre-filled from the draft, in the draft's language. */
  scaffold: OfnrScaffold;
  /**
   * An I-statement composed from what the coach understood (what happened, the feeling, the need,
   * a request), offered only when it can be said well; else null and the scaffold shows how to start.
   */
  rewrite: string | null;
}

/** What the coach receives from the rest of the analysis. */
export interface CoachInput {
  text: string;
  language: Language;
  scores: Record<Attribute, number>;
  spans: Span[];
  emotions: Record<Emotion, number>;
}

export interface Analysis {
  /** `und` when the engine cannot tell, and for text in another language (`foreignLanguage`). */
  language: DetectedLanguage;
  languageConfidence: number;
  /**
   * A language the engine does not score ('de', 'es', 'it', 'pt', 'nl', or one named by its
   * script), null for French, English or text too short to tell. Scores of such text are
   * unreliable: it gets no spans and no coach, `judge` leaves it clear, and the Perspective API
   * refuses it.
   */
  foreignLanguage: ForeignLanguage | null;
  scores: Record<Attribute, number>;
  spans: Span[];
  emotions: Record<Emotion, number>;
  coach: CoachResult;
}

export interface AnalyzeOptions {
  /** Force the language instead of detecting it. */
  language?: Language;
  /** Skip the coach (faster, for bulk scoring). */
  coach?: boolean;
}
