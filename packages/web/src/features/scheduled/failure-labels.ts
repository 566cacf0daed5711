import type { MessageKey } from '../../i18n/i18n.ts';
import type { Failure } from './scheduled-rules.ts';

const keys: Record<Failure, MessageKey> = {
  not_found: 'scheduledPage.failure.notFound',
  too_long: 'scheduledPage.failure.tooLong',
  empty: 'scheduledPage.failure.empty',
  awaiting_review: 'scheduledPage.failure.awaitingReview',
  other: 'scheduledPage.failure.other',
};

/** Why a held post was refused, as words for the person (keys in both catalogues). */
export function failureKey(failure: Failure): MessageKey {
  return keys[failure];
}
