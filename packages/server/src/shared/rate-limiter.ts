import type { Clock } from './clock.ts';

export type RateDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one hit for `key`; refuses once `limit` hits fall within the last `windowMs`. */
  hit(key: string, limit: number, windowMs: number): RateDecision;
}

/**
 * An in-process sliding-window limiter (two fixed windows, weighted), good enough to slow down
 * password guessing and API abuse on one process. Several processes each keep their own counts,
 * which the README states; a shared store comes with Redis.
 */
export function createRateLimiter(clock: Clock, maxKeys = 100_000): RateLimiter {
  const windows = new Map<string, { start: number; count: number; previous: number }>();
  return {
    hit(key, limit, windowMs) {
      const now = clock.now().getTime();
      const start = now - (now % windowMs);
      let entry = windows.get(key);
      if (!entry || entry.start < start - windowMs) {
        entry = { start, count: 0, previous: 0 };
      } else if (entry.start < start) {
        entry = { start, count: 0, previous: entry.count };
      }
      const elapsed = (now - start) / windowMs;
      const estimated = entry.previous * (1 - elapsed) + entry.count;
      if (estimated >= limit) {
        windows.set(key, entry);
        const retryAfterMs =
          entry.count >= limit ? start + windowMs - now : windowMs * (1 - elapsed);
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
      }
      entry.count += 1;
      windows.delete(key);
      windows.set(key, entry);
      // Oldest keys go first when the map is full, so memory stays bounded under a flood of keys.
      if (windows.size > maxKeys) {
        const oldest = windows.keys().next().value;
        if (oldest !== undefined) windows.delete(oldest);
      }
      return { allowed: true, remaining: Math.max(0, Math.floor(limit - estimated - 1)) };
    },
  };
}
