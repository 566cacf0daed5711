import { describe, expect, it } from 'vitest';
import { testClock } from '../testing/test-app.ts';
import { createRateLimiter } from './rate-limiter.ts';

describe('sliding-window rate limiter', () => {
  it('allows max attempts per window, then says when to retry', () => {
    const clock = testClock();
    const limiter = createRateLimiter({ max: 3, windowMs: 60_000 }, clock);
    expect(limiter.hit('ip')).toEqual({ ok: true });
    clock.advance(10_000);
    expect(limiter.hit('ip')).toEqual({ ok: true });
    expect(limiter.hit('ip')).toEqual({ ok: true });
    expect(limiter.hit('ip')).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(limiter.hit('other')).toEqual({ ok: true });
  });

  it('slides: the oldest attempt leaving the window frees one slot', () => {
    const clock = testClock();
    const limiter = createRateLimiter({ max: 2, windowMs: 1_000 }, clock);
    limiter.hit('k');
    clock.advance(600);
    limiter.hit('k');
    expect(limiter.check('k').ok).toBe(false);
    clock.advance(401);
    expect(limiter.check('k').ok).toBe(true);
    expect(limiter.hit('k').ok).toBe(true);
    expect(limiter.hit('k').ok).toBe(false);
  });

  it('refused attempts do not extend the wait, and reset forgets a key', () => {
    const clock = testClock();
    const limiter = createRateLimiter({ max: 1, windowMs: 10_000 }, clock);
    limiter.hit('k');
    for (let i = 0; i < 5; i++) limiter.hit('k');
    clock.advance(10_001);
    expect(limiter.hit('k').ok).toBe(true);
    limiter.reset('k');
    expect(limiter.hit('k').ok).toBe(true);
  });
  it('keeps an exact count for a quota of 10,000 a minute as attempts slide out', () => {
    const clock = testClock();
    const limiter = createRateLimiter({ max: 10_000, windowMs: 60_000 }, clock);
    // 10,000 attempts spread over 50 s: all allowed, the next refused until the first leaves.
    for (let i = 0; i < 10_000; i++) {
      expect(limiter.hit('key').ok).toBe(true);
      clock.advance(5);
    }
    expect(limiter.hit('key')).toEqual({ ok: false, retryAfterSeconds: 10 });
    clock.advance(10_000);
    // The first attempt left the window exactly now; each 5 ms frees one more slot.
    expect(limiter.hit('key').ok).toBe(true);
    expect(limiter.hit('key').ok).toBe(false);
    clock.advance(5);
    expect(limiter.hit('key').ok).toBe(true);
    expect(limiter.check('key').ok).toBe(false);
    clock.advance(60_000);
    expect(limiter.check('key').ok).toBe(true);
  });
});
