import type { ToneAttribute } from '../coach/sensitivity.ts';

/**
 * How a folded post explains itself: "may be hurtful: insult" / "peut blesser : insulte". Written
 * for the person who receives the post, so they read as what it may do, not as a verdict.
 */
export const REASON_LABELS: Record<ToneAttribute, { fr: string; en: string }> = {
  toxicity: { fr: 'ton hostile', en: 'hostile tone' },
  severe_toxicity: { fr: 'grande violence', en: 'strong hostility' },
  insult: { fr: 'insulte', en: 'insult' },
  threat: { fr: 'menace', en: 'threat' },
  identity_attack: { fr: 'attaque contre une identité', en: 'attack on an identity' },
  profanity: { fr: 'grossièretés', en: 'profanity' },
};

export const FOLD_NOTICE = { fr: 'Peut blesser', en: 'May be hurtful' };

/** The whole notice in one language, e.g. "May be hurtful: insult, threat". */
export function foldNotice(reasons: ToneAttribute[], lang: 'fr' | 'en'): string {
  const labels = reasons.map((r) => REASON_LABELS[r][lang]).join(', ');
  // French puts a (narrow no-break) space before the colon.
  return lang === 'fr' ? `${FOLD_NOTICE.fr}\u202f: ${labels}` : `${FOLD_NOTICE.en}: ${labels}`;
}
