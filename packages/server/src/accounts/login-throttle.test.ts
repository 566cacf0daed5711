import { describe, expect, it } from 'vitest';
import { testClock } from '../testing/test-app.ts';
import { createLoginThrottle, DEFAULT_LOGIN_THROTTLE } from './login-throttle.ts';

const policy = { ...DEFAULT_LOGIN_THROTTLE, baseDelayMs: 1_000, maxDelayMs: 8_000 };

describe('log-in throttle', () => {
  it('lets the free failures through, then doubles the wait up to its ceiling', () => {
    const clock = testClock();
    const throttle = createLoginThrottle(policy, clock);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const decision = throttle.check('bob', '192.0.2.1');
      waits.push(decision.ok ? 0 : decision.retryAfterSeconds);
      if (!decision.ok) clock.advance(decision.retryAfterSeconds * 1000);
      throttle.failed('bob', '192.0.2.1');
    }
    expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 8]);
  });

  it('never slows the same login from an address that has not failed', () => {
    const clock = testClock();
    const throttle = createLoginThrottle(policy, clock);
    for (let i = 0; i < 10; i++) throttle.failed('bob', '192.0.2.1');
    expect(throttle.check('bob', '192.0.2.1').ok).toBe(false);
    expect(throttle.check('bob', '198.51.100.4')).toEqual({ ok: true });
  });

  it('slows an address that fails for many logins, whichever', () => {
    const clock = testClock();
    const throttle = createLoginThrottle(policy, clock);
    for (let i = 0; i < policy.freeFailuresPerAddress; i++)
      throttle.failed(`user${i}`, '192.0.2.9');
    expect(throttle.check('someone_else', '192.0.2.9').ok).toBe(false);
    expect(throttle.check('someone_else', '192.0.2.10')).toEqual({ ok: true });
  });

  it('gives fewer free failures per address once a login is guessed from everywhere', () => {
    const clock = testClock();
    const throttle = createLoginThrottle(policy, clock);
    for (let i = 0; i < policy.failuresMeaningAttack; i++) throttle.failed('bob', `10.0.${i}.1`);
    throttle.failed('bob', '192.0.2.50');
    expect(throttle.check('bob', '192.0.2.50').ok).toBe(false);
    // Still: an address with no failure is let in.
    expect(throttle.check('bob', '192.0.2.51')).toEqual({ ok: true });
  });

  it('forgets failures after a quiet hour, and a success clears its pair', () => {
    const clock = testClock();
    const throttle = createLoginThrottle(policy, clock);
    for (let i = 0; i < 5; i++) throttle.failed('bob', '192.0.2.1');
    clock.advance(policy.forgetAfterMs + 1);
    expect(throttle.check('bob', '192.0.2.1')).toEqual({ ok: true });
    for (let i = 0; i < 3; i++) throttle.failed('ana', '192.0.2.2');
    throttle.succeeded('ana', '192.0.2.2');
    expect(throttle.check('ana', '192.0.2.2')).toEqual({ ok: true });
  });
});
