/**
 * Sensitivity → score threshold, in ONE place: the composer pauses a draft, and gentle reading
 * folds a reply, when a score reaches the person's threshold. No imports, so the web app can use
 * this file as it is. "off" never pauses nor folds.
 */
export const SENSITIVITIES = ['off', 'low', 'medium', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Higher sensitivity, lower threshold: more gets paused or folded. */
export const SENSITIVITY_THRESHOLDS: Record<Sensitivity, number | null> = {
  off: null,
  low: 0.85,
  medium: 0.7,
  high: 0.5,
};

export function thresholdFor(sensitivity: Sensitivity): number | null {
  return SENSITIVITY_THRESHOLDS[sensitivity];
}

export function isSensitivity(value: unknown): value is Sensitivity {
  return typeof value === 'string' && (SENSITIVITIES as readonly string[]).includes(value);
}

/**
 * The scores that can fold a post, by the names the API and the stored tone use (Perspective's
 * attributes, lower-cased).
 */
export const TONE_ATTRIBUTES = [
  'toxicity',
  'severe_toxicity',
  'insult',
  'threat',
  'identity_attack',
  'profanity',
] as const;
export type ToneAttribute = (typeof TONE_ATTRIBUTES)[number];

/**
 * The attributes of `scores` at or above `threshold`, most specific first: a reader learns more
 * from "insult" than from "hostile tone", so `toxicity` is named only when nothing else is.
 * Swearing alone ("merde, j'ai raté le bus") hurts no reader: `profanity` folds a post only
 * beside another attribute, as it pauses a draft only beside one (`judge` in the engine).
 * An empty list means the post is not folded.
 */
export function foldReasons(
  scores: Record<ToneAttribute, number>,
  threshold: number | null,
): ToneAttribute[] {
  if (threshold === null) return [];
  const passing = TONE_ATTRIBUTES.filter((a) => scores[a] >= threshold);
  if (passing.every((a) => a === 'profanity')) return [];
  const specific = passing.filter((a) => a !== 'toxicity').sort((a, b) => scores[b] - scores[a]);
  if (specific.length > 0) return specific;
  return passing;
}
