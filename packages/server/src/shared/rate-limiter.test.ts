import { describe, expect, it } from 'vitest';
import { testClock } from '../testing/test-app.ts';
import { createRateLimiter } from './rate-limiter.ts';

describe('rate limiter', () => {
  it('allows up to the limit in a window, then tells how long to wait', () => {
    const clock = testClock(new Date('2026-11-01T10:00:00.000Z'));
    const limiter = createRateLimiter(clock);
    for (let i = 0; i < 5; i++) expect(limiter.hit('ip:1', 5, 60_000).allowed).toBe(true);
    const refused = limiter.hit('ip:1', 5, 60_000);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 60 });
    // Another key is counted apart.
    expect(limiter.hit('ip:2', 5, 60_000).allowed).toBe(true);
  });

  it('lets hits through again as the window slides', () => {
    const clock = testClock(new Date('2026-11-01T10:00:00.000Z'));
    const limiter = createRateLimiter(clock);
    for (let i = 0; i < 5; i++) limiter.hit('k', 5, 60_000);
    clock.advance(60_000 * 1.5);
    // Half of the previous window still weighs 2.5 hits, so three more fit (2.5, 3.5, 4.5 < 5).
    expect(limiter.hit('k', 5, 60_000).allowed).toBe(true);
    expect(limiter.hit('k', 5, 60_000).allowed).toBe(true);
    expect(limiter.hit('k', 5, 60_000).allowed).toBe(true);
    expect(limiter.hit('k', 5, 60_000).allowed).toBe(false);
    clock.advance(60_000 * 2);
    expect(limiter.hit('k', 5, 60_000).allowed).toBe(true);
  });
});
