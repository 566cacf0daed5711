import type { Clock } from '../shared/clock.ts';

/**
 * How log-in failures slow an address down. Nothing here can lock an account: delays are
 * counted per (login, address) and per address, so the owner, from an address that has not
 * failed, always gets in, whatever strangers try elsewhere.
 */
export interface LoginThrottlePolicy {
  /** Failures for one login from one address that cost no delay; the next one waits. */
  freeFailuresPerPair: number;
  /** The same, once the login has failed this often from all addresses together (a spread guess). */
  freeFailuresUnderAttack: number;
  failuresMeaningAttack: number;
  /** Failures from one address, whatever the logins, before it waits (credential stuffing). */
  freeFailuresPerAddress: number;
  /** The first delay; each further failure doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A counter with no failure for this long is forgotten. */
  forgetAfterMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  freeFailuresPerPair: 3,
  freeFailuresUnderAttack: 1,
  failuresMeaningAttack: 50,
  freeFailuresPerAddress: 10,
  baseDelayMs: 2_000,
  maxDelayMs: 10 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

export type ThrottleDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Counter {
  failures: number;
  lastFailureAt: number;
}

export interface LoginThrottle {
  /** Whether an attempt for `login` from `address` may be checked now (records nothing). */
  check(login: string, address: string | null): ThrottleDecision;
  failed(login: string, address: string | null): void;
  /** A correct password clears that pair's failures (not the address's, nor the login's). */
  succeeded(login: string, address: string | null): void;
}

/**
 * Progressive delays kept in memory, per process (like the other rate limits: a shared store is
 * the way to count across processes). The clock is a dependency, so tests move time by hand.
 * `login` is the lower-cased name or e-mail as typed, known or not, so a stranger sees the same
 * delays for an account that exists and one that does not.
 */
export function createLoginThrottle(policy: LoginThrottlePolicy, clock: Clock): LoginThrottle {
  const pairs = new Map<string, Counter>();
  const logins = new Map<string, Counter>();
  const addresses = new Map<string, Counter>();
  // Requests without a socket (in-process calls) share one address; NUL separates the key parts.
  const pairKey = (login: string, address: string | null) => `${login}\u0000${address ?? ''}`;

  const live = (map: Map<string, Counter>, key: string, now: number): Counter | undefined => {
    const counter = map.get(key);
    if (counter && now - counter.lastFailureAt > policy.forgetAfterMs) {
      map.delete(key);
      return undefined;
    }
    return counter;
  };

  /** When the next attempt is allowed after `counter`, given `free` failures without delay. */
  const allowedAt = (counter: Counter | undefined, free: number): number => {
    if (!counter || counter.failures < free) return 0;
    const doublings = Math.min(counter.failures - free, 30);
    return counter.lastFailureAt + Math.min(policy.baseDelayMs * 2 ** doublings, policy.maxDelayMs);
  };

  const bump = (map: Map<string, Counter>, key: string, now: number) => {
    const counter = live(map, key, now);
    map.set(key, { failures: (counter?.failures ?? 0) + 1, lastFailureAt: now });
  };

  const sweep = (now: number) => {
    // Bound memory under a flood of distinct keys: drop forgotten counters now and then.
    for (const map of [pairs, logins, addresses]) {
      if (map.size < 10_000) continue;
      for (const key of [...map.keys()]) live(map, key, now);
    }
  };

  return {
    check(login, address) {
      const now = clock.now().getTime();
      const underAttack = (live(logins, login, now)?.failures ?? 0) >= policy.failuresMeaningAttack;
      const free = underAttack ? policy.freeFailuresUnderAttack : policy.freeFailuresPerPair;
      const until = Math.max(
        allowedAt(live(pairs, pairKey(login, address), now), free),
        address === null
          ? 0
          : allowedAt(live(addresses, address, now), policy.freeFailuresPerAddress),
      );
      if (until <= now) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
    },
    failed(login, address) {
      const now = clock.now().getTime();
      sweep(now);
      bump(pairs, pairKey(login, address), now);
      bump(logins, login, now);
      if (address !== null) bump(addresses, address, now);
    },
    succeeded(login, address) {
      pairs.delete(pairKey(login, address));
    },
  };
}
