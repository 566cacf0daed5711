import { describe, expect, it } from 'vitest';
import {
  type Arrival,
  arrivalWeight,
  bumpBaseline,
  decayedBaseline,
  evaluateSurge,
  isOutsider,
} from './shield.detection.ts';
import { runScenario, SCENARIOS, summarise } from './shield.simulation.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(Date.UTC(2026, 10, 1) + ms);
const insult = {
  toxicity: 0.98,
  severe_toxicity: 0.2,
  insult: 0.97,
  threat: 0.01,
  identity_attack: 0.1,
};
const kind = { toxicity: 0.03, severe_toxicity: 0, insult: 0.01, threat: 0, identity_attack: 0.01 };
const disagreement = {
  toxicity: 0.26,
  severe_toxicity: 0.01,
  insult: 0.16,
  threat: 0,
  identity_attack: 0.05,
};

/** Feeds arrivals one by one (a fake clock: each at its own time) and reports the first surge. */
function firstSurge(arrivals: Arrival[], usualPerHour: number) {
  let baseline = usualPerHour;
  let since: Date | null = arrivals[0]?.at ?? null;
  for (const [i, a] of arrivals.entries()) {
    baseline = bumpBaseline(baseline, since, a.at);
    since = a.at;
    const verdict = evaluateSurge({
      arrivals: arrivals.slice(0, i + 1),
      baselinePerHour: baseline,
      sensitivity: 'medium',
      now: a.at,
    });
    if (verdict.surge) return i + 1;
  }
  return null;
}

describe('how much one message weighs', () => {
  const old = at(-60 * DAY);
  it('counts insults, not disagreement nor kindness', () => {
    const now = at(0);
    expect(arrivalWeight({ kind: 'reply', tone: insult, senderCreatedAt: old, now })).toBe(1);
    expect(arrivalWeight({ kind: 'reply', tone: disagreement, senderCreatedAt: old, now })).toBe(0);
    expect(arrivalWeight({ kind: 'mention', tone: kind, senderCreatedAt: old, now })).toBe(0);
  });
  it('weighs an insult from an account created this week half as much again', () => {
    expect(
      arrivalWeight({ kind: 'direct', tone: insult, senderCreatedAt: at(-DAY), now: at(0) }),
    ).toBe(1.5);
  });
  it('counts a follow only from a brand-new account', () => {
    expect(
      arrivalWeight({ kind: 'follow', tone: null, senderCreatedAt: at(-HOUR), now: at(0) }),
    ).toBe(0.3);
    expect(arrivalWeight({ kind: 'follow', tone: null, senderCreatedAt: old, now: at(0) })).toBe(0);
  });
});

describe('the circle', () => {
  const now = at(0);
  it('holds people one follows and settled followers, not strangers nor newcomers', () => {
    const base = {
      personFollowsSender: false,
      senderFollowsSince: null,
      senderCreatedAt: at(-90 * DAY),
      now,
    };
    expect(isOutsider(base)).toBe(true);
    expect(isOutsider({ ...base, personFollowsSender: true })).toBe(false);
    expect(isOutsider({ ...base, senderFollowsSince: at(-30 * DAY) })).toBe(false);
    // Followed this morning, to reply tonight: still a stranger.
    expect(isOutsider({ ...base, senderFollowsSince: at(-HOUR) })).toBe(true);
    // An account created two days ago that followed at once: a stranger too.
    expect(
      isOutsider({ ...base, senderFollowsSince: at(-2 * DAY), senderCreatedAt: at(-2 * DAY) }),
    ).toBe(true);
  });
});

describe('the baseline', () => {
  it('settles at the usual rate and forgets with a one-week half-life', () => {
    let rate = 0;
    let since: Date | null = null;
    // Two interactions a day for eight weeks.
    for (let i = 0; i < 112; i += 1) {
      const t = at(i * 12 * HOUR);
      rate = bumpBaseline(rate, since, t);
      since = t;
    }
    expect(rate).toBeGreaterThan((2 / 24) * 0.8);
    expect(rate).toBeLessThan((2 / 24) * 1.3);
    expect(decayedBaseline(1, at(0), at(7 * DAY))).toBeCloseTo(0.5, 5);
  });
});

describe('a pile-on against a quiet person (fake clock)', () => {
  it('switches on within the first 20 hurtful replies from strangers', () => {
    const arrivals = Array.from({ length: 40 }, (_, i) => ({
      at: at(i * 90_000),
      outsider: true,
      weight: 1,
    }));
    const n = firstSurge(arrivals, 2 / 24);
    expect(n).not.toBeNull();
    expect(n).toBeLessThanOrEqual(20);
  });

  it('does not switch on for the same number of messages from the circle', () => {
    const arrivals = Array.from({ length: 40 }, (_, i) => ({
      at: at(i * 90_000),
      outsider: false,
      weight: 1,
    }));
    expect(firstSurge(arrivals, 2 / 24)).toBeNull();
  });

  it('does not switch on for a crowd of kind strangers with a few sharp words among them', () => {
    const arrivals = Array.from({ length: 400 }, (_, i) => ({
      at: at(i * 20_000),
      outsider: true,
      weight: i % 25 === 0 ? 1 : 0,
    }));
    expect(firstSurge(arrivals, 2 / 24)).toBeNull();
  });
});

describe('simulated traffic (ADR 0012)', () => {
  const runs = summarise('medium', 5);
  const rate = (name: string) => runs.find((r) => r.name.startsWith(name))?.rate;

  it('switches on for every fast pile-on, within the first 20 hurtful messages for a quiet person', () => {
    for (const scenario of SCENARIOS.filter((s) => s.shouldTrigger && s.name.startsWith('quiet'))) {
      for (let seed = 1; seed <= 5; seed += 1) {
        const outcome = runScenario(scenario, 'medium', seed);
        expect(outcome.triggered).toBe(true);
        expect(outcome.hurtfulBefore).toBeLessThanOrEqual(20);
      }
    }
    expect(rate('popular account (200/h), 600 hurtful')).toBe(1);
  });

  it('raises no false alarm on a popular account’s ordinary or busy day, nor on a kind viral post', () => {
    expect(rate('popular account (200/h), ordinary day')).toBe(0);
    expect(rate('popular account (200/h), busy day')).toBe(0);
    expect(rate('quiet person, kind viral post')).toBe(0);
    expect(rate('mid-size account (20/h), kind viral post')).toBe(0);
  });

  it('catches a pile-on spread over six hours, and misses one spread over three days (a known limit)', () => {
    expect(rate('slow pile-on: quiet person, 40 hurtful over 6 h')).toBe(1);
    expect(rate('slow pile-on: quiet person, 15 hurtful over 3 days')).toBe(0);
  });
});
