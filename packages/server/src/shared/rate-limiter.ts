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
  const attempts = new Map<string, number[]>();

  const live = (key: string, now: number): number[] => {
    const kept = (attempts.get(key) ?? []).filter((t) => t > now - limit.windowMs);
    if (kept.length === 0) attempts.delete(key);
    else attempts.set(key, kept);
    return kept;
  };

  const decide = (times: number[], now: number): RateDecision => {
    if (times.length < limit.max) return { ok: true };
    const oldest = times[times.length - limit.max] ?? now;
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
      const times = live(key, now);
      const decision = decide(times, now);
      if (decision.ok) attempts.set(key, [...times, now]);
      return decision;
    },
    check(key) {
      const now = clock.now().getTime();
      return decide(live(key, now), now);
    },
    reset(key) {
      attempts.delete(key);
    },
  };
}
