import type { Attribute, CoachInput, Emotion, Language, Span } from '../types.ts';

/** A coach input with no model signal, so the rules are tested on their own. */
export function draft(
  text: string,
  language: Language,
  extra: {
    spans?: Span[];
    emotions?: Partial<Record<Emotion, number>>;
    scores?: Partial<Record<Attribute, number>>;
  } = {},
): CoachInput {
  const scores: Record<Attribute, number> = {
    TOXICITY: 0,
    SEVERE_TOXICITY: 0,
    INSULT: 0,
    THREAT: 0,
    IDENTITY_ATTACK: 0,
    PROFANITY: 0,
    ...extra.scores,
  };
  const emotions: Record<Emotion, number> = {
    anger: 0,
    disgust: 0,
    fear: 0,
    joy: 0,
    sadness: 0,
    surprise: 0,
    neutral: 1,
    ...extra.emotions,
  };
  return { text, language, scores, spans: extra.spans ?? [], emotions };
}
