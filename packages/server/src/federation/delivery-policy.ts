import { createExponentialBackoffPolicy, type RetryPolicy } from '@fedify/fedify';
import { Temporal } from '@js-temporal/polyfill';

/**
 * How long a delivery keeps trying: Fedify's exponential backoff from one minute, doubling (with
 * jitter) up to twelve hours between tries, twelve retries: about two days in all (1.7 days
 * without jitter, at most 2.9 with it), then the delivery is given up and the ledger says so.
 * The same policy is handed to `createFederation` as `outboxRetryPolicy`, so Fedify and our
 * queue agree (our queue applies it itself: see message-queue.ts).
 */
export const deliveryRetryPolicy: RetryPolicy = createExponentialBackoffPolicy({
  initialDelay: { minutes: 1 },
  maxDelay: { hours: 12 },
  maxAttempts: 12,
});

/** The delay before retry number `attempts` (0 for the first), or null to give up. */
export function retryDelayMs(
  policy: RetryPolicy,
  attempts: number,
  startedAt: Date,
  now: Date,
): number | null {
  const delay = policy({
    attempts,
    elapsedTime: Temporal.Duration.from({
      milliseconds: Math.max(now.getTime() - startedAt.getTime(), 0),
    }),
  });
  return delay === null ? null : Math.max(delay.total('millisecond'), 0);
}

/** A host rests after this many failures in a row (time-outs, refused connections, 5xx). */
export const REST_AFTER_FAILURES = 3;

/** How long a failing host rests: one minute, doubling with each further failure, up to 6 h. */
export function restMs(failures: number): number {
  return Math.min(60_000 * 2 ** Math.max(failures - REST_AFTER_FAILURES, 0), 6 * 3_600_000);
}
