import type { Status } from '../../api/mastodon.types.ts';
import type { Translate } from '../../i18n/i18n.ts';

const knownReasons = [
  'toxicity',
  'severe_toxicity',
  'insult',
  'threat',
  'identity_attack',
  'profanity',
] as const;
type KnownReason = (typeof knownReasons)[number];

const isKnown = (reason: string): reason is KnownReason =>
  (knownReasons as readonly string[]).includes(reason);

/** Whether the server folded this post for the person reading it (their own sensitivity). */
export function isFolded(status: Status): boolean {
  return status.empathie?.folded === true;
}

/**
 * "This message may be hurtful: insult, threat." Unknown reasons (a newer server) are skipped
 * rather than shown raw; with none left the notice still says it may hurt.
 */
export function gentleNotice(reasons: readonly string[] | undefined, t: Translate): string {
  const labels = [...new Set(reasons ?? [])].filter(isKnown).map((r) => t(`gentle.reason.${r}`));
  return labels.length
    ? t('gentle.notice', { reasons: labels.join(', ') })
    : t('gentle.noticeNoReason');
}
