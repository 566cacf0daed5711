import type { Clock } from '../shared/clock.ts';

export interface RateLimit {
  /** Attempts allowed inside the window. */
  max: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Records an attempt for `key` and says whether it is within the limit. */
  hit(key: string): RateDecision;
  /** Says whether one more attempt would be allowed, without recording one. */
  check(key: string): RateDecision;
  /** Forgets a key (e.g. the failures of a username after a successful log-in). */
  reset(key: string): void;
}

/**
 * A sliding-window log kept in memory. It is per process: with several server processes each
 * counts on its own, so the effective limit is multiplied by their number (a shared store, such
 * as Redis, is the way to tighten that when an instance scales out).
 */
export function createRateLimiter(limit: RateLimit, clock: Clock): RateLimiter {
  // Each key's attempts in the order they came, the expired ones before `head`: dropping them is
  // a step of `head`, not a copy of the log, which for an API key allowed 10,000 requests a minute
  // would copy thousands of numbers on every request.
  const attempts = new Map<string, { times: number[]; head: number }>();

  const live = (key: string, now: number): number => {
    const entry = attempts.get(key);
    if (entry === undefined) return 0;
    const { times } = entry;
    while (entry.head < times.length && (times[entry.head] ?? now) <= now - limit.windowMs) {
      entry.head++;
    }
    if (entry.head === times.length) {
      attempts.delete(key);
      return 0;
    }
    if (entry.head > 64 && entry.head * 2 > times.length) {
      entry.times = times.slice(entry.head);
      entry.head = 0;
    }
    return entry.times.length - entry.head;
  };

  const decide = (key: string, count: number, now: number): RateDecision => {
    if (count < limit.max) return { ok: true };
    const entry = attempts.get(key);
    const oldest = entry?.times[entry.times.length - limit.max] ?? now;
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((oldest + limit.windowMs - now) / 1000)),
    };
  };

  const sweep = (now: number) => {
    // Bound memory under a flood of distinct keys: drop every expired entry now and then.
    if (attempts.size < 10_000) return;
    for (const key of [...attempts.keys()]) live(key, now);
  };

  return {
    hit(key) {
      const now = clock.now().getTime();
      sweep(now);
      const decision = decide(key, live(key, now), now);
      if (decision.ok) {
        const entry = attempts.get(key);
        // A clock set back is recorded as the latest attempt, so the log stays in order.
        if (entry === undefined) attempts.set(key, { times: [now], head: 0 });
        else entry.times.push(Math.max(now, entry.times[entry.times.length - 1] ?? now));
      }
      return decision;
    },
    check(key) {
      const now = clock.now().getTime();
      return decide(key, live(key, now), now);
    },
    reset(key) {
      attempts.delete(key);
    },
  };
}
