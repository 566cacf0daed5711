/**
 * Simulated traffic against the shield's detection rule, for ADR 0012: false alarms (a popular
 * account's ordinary day, a post that goes viral kindly) and misses (slow pile-ons). Every
 * scenario is seeded, so the figures are the same on every run.
 *
 *   npx tsx packages/server/src/shield/shield.simulation.ts
 */
import { pathToFileURL } from 'node:url';
import {
  type Arrival,
  bumpBaseline,
  evaluateSurge,
  LONGEST_WINDOW_MS,
  type ShieldSensitivity,
} from './shield.detection.ts';

const HOUR = 3_600_000;

/** mulberry32: a tiny seeded generator, so a run is reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One kind of traffic: `perHour` arrivals spread at random over [startH, endH). */
export interface Stream {
  startH: number;
  endH: number;
  perHour: number;
  outsiderShare: number;
  /** Weight of an arrival, drawn per arrival (0 kind or neutral … 1.5 hurtful from a new account). */
  weight: (random: () => number) => number;
  /** Counted as "hurtful" in the figures (the pile-on itself). */
  hurtful: boolean;
}

/** Ordinary traffic: most of it kind or neutral, a few sharp words, rarely an insult. */
export const ordinaryWeight = (random: () => number) => {
  const r = random();
  if (r < 0.9) return 0;
  if (r < 0.97) return 0.1 + random() * 0.4;
  return 0.8 + random() * 0.2;
};
/** A pile-on: insults, half of them from accounts created this week. */
export const hurtfulWeight = (random: () => number) =>
  random() < 0.5 ? 1.5 : 0.8 + random() * 0.2;

export interface Scenario {
  name: string;
  /** The person's usual interactions per hour (the baseline has settled at it). */
  usualPerHour: number;
  hours: number;
  streams: Stream[];
  /** Whether switching on is the right answer. */
  shouldTrigger: boolean;
}

export interface Outcome {
  name: string;
  sensitivity: ShieldSensitivity;
  triggered: boolean;
  /** Hours from the start to the first surge, if any. */
  atHours: number | null;
  /** Hurtful arrivals that got through before the shield switched on (all of them if never). */
  hurtfulBefore: number;
  hurtfulTotal: number;
  arrivals: number;
  /** The highest load ÷ threshold seen (1 or more: switched on): how close a false alarm came. */
  closest: number;
}

function generate(scenario: Scenario, random: () => number) {
  const out: Array<Arrival & { hurtful: boolean }> = [];
  for (const s of scenario.streams) {
    const count = Math.round(s.perHour * (s.endH - s.startH));
    for (let i = 0; i < count; i += 1) {
      const at = new Date((s.startH + random() * (s.endH - s.startH)) * HOUR);
      const outsider = random() < s.outsiderShare;
      out.push({ at, outsider, weight: outsider ? s.weight(random) : 0, hurtful: s.hurtful });
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Replays a scenario arrival by arrival, as the server does, and reports the first surge. */
export function runScenario(scenario: Scenario, sensitivity: ShieldSensitivity, seed = 1): Outcome {
  const random = seeded(seed);
  const arrivals = generate(scenario, random);
  // Settled baseline: the steady state of the weighted rate is the usual rate itself.
  let baseline = scenario.usualPerHour;
  let baselineAt: Date | null = new Date(0);
  const recent: Arrival[] = [];
  let hurtfulBefore = 0;
  let closest = 0;
  const hurtfulTotal = arrivals.filter((a) => a.hurtful).length;
  for (const a of arrivals) {
    baseline = bumpBaseline(baseline, baselineAt, a.at);
    baselineAt = a.at;
    recent.push(a);
    while (
      recent.length > 0 &&
      (recent[0]?.at.getTime() ?? 0) <= a.at.getTime() - LONGEST_WINDOW_MS
    )
      recent.shift();
    if (a.hurtful) hurtfulBefore += 1;
    const verdict = evaluateSurge({
      arrivals: recent,
      baselinePerHour: baseline,
      sensitivity,
      now: a.at,
    });
    closest = Math.max(closest, verdict.threshold > 0 ? verdict.load / verdict.threshold : 0);
    if (verdict.surge) {
      return {
        name: scenario.name,
        sensitivity,
        triggered: true,
        atHours: a.at.getTime() / HOUR,
        hurtfulBefore,
        hurtfulTotal,
        arrivals: arrivals.length,
        closest,
      };
    }
  }
  return {
    name: scenario.name,
    sensitivity,
    triggered: false,
    atHours: null,
    hurtfulBefore,
    hurtfulTotal,
    arrivals: arrivals.length,
    closest,
  };
}

const ordinary = (perHour: number, hours: number, outsiderShare: number): Stream => ({
  startH: 0,
  endH: hours,
  perHour,
  outsiderShare,
  weight: ordinaryWeight,
  hurtful: false,
});

const pileOn = (count: number, startH: number, endH: number): Stream => ({
  startH,
  endH,
  perHour: count / (endH - startH),
  outsiderShare: 1,
  weight: hurtfulWeight,
  hurtful: true,
});

/** The scenarios of ADR 0012. */
export const SCENARIOS: Scenario[] = [
  {
    name: 'quiet person (2/day), 40 hurtful strangers in 1 h',
    usualPerHour: 2 / 24,
    hours: 24,
    streams: [ordinary(2 / 24, 24, 0.3), pileOn(40, 10, 11)],
    shouldTrigger: true,
  },
  {
    name: 'quiet person (2/day), 1,000 hurtful in 1 min',
    usualPerHour: 2 / 24,
    hours: 24,
    streams: [ordinary(2 / 24, 24, 0.3), pileOn(1000, 10, 10 + 1 / 60)],
    shouldTrigger: true,
  },
  {
    name: 'mid-size account (20/h), 150 hurtful in 2 h',
    usualPerHour: 20,
    hours: 24,
    streams: [ordinary(20, 24, 0.6), pileOn(150, 12, 14)],
    shouldTrigger: true,
  },
  {
    name: 'popular account (200/h), 600 hurtful in 1 h',
    usualPerHour: 200,
    hours: 24,
    streams: [ordinary(200, 24, 0.7), pileOn(600, 12, 13)],
    shouldTrigger: true,
  },
  {
    name: 'slow pile-on: quiet person, 40 hurtful over 6 h',
    usualPerHour: 2 / 24,
    hours: 24,
    streams: [ordinary(2 / 24, 24, 0.3), pileOn(40, 6, 12)],
    shouldTrigger: true,
  },
  {
    name: 'slow pile-on: quiet person, 40 hurtful over 24 h',
    usualPerHour: 2 / 24,
    hours: 24,
    streams: [ordinary(2 / 24, 24, 0.3), pileOn(40, 0, 24)],
    shouldTrigger: true,
  },
  {
    name: 'slow pile-on: quiet person, 15 hurtful over 3 days',
    usualPerHour: 2 / 24,
    hours: 72,
    streams: [ordinary(2 / 24, 72, 0.3), pileOn(15, 0, 72)],
    shouldTrigger: true,
  },
  {
    name: 'popular account (200/h), ordinary day',
    usualPerHour: 200,
    hours: 24,
    streams: [ordinary(200, 24, 0.7)],
    shouldTrigger: false,
  },
  {
    name: 'popular account (200/h), busy day (×2.5 for 3 h)',
    usualPerHour: 200,
    hours: 24,
    streams: [ordinary(200, 24, 0.7), ordinary(300, 3, 0.9)],
    shouldTrigger: false,
  },
  {
    name: 'quiet person, kind viral post (800 strangers in 3 h)',
    usualPerHour: 2 / 24,
    hours: 24,
    streams: [ordinary(2 / 24, 24, 0.3), { ...ordinary(800 / 3, 3, 1), startH: 9, endH: 12 }],
    shouldTrigger: false,
  },
  {
    name: 'mid-size account (20/h), kind viral post (3,000 in 6 h)',
    usualPerHour: 20,
    hours: 24,
    streams: [ordinary(20, 24, 0.6), { ...ordinary(500, 6, 1), startH: 8, endH: 14 }],
    shouldTrigger: false,
  },
];

/** Each scenario over `seeds` runs: how often it switched the shield on, and how early. */
export function summarise(sensitivity: ShieldSensitivity, seeds = 20) {
  return SCENARIOS.map((scenario) => {
    const runs = Array.from({ length: seeds }, (_, i) => runScenario(scenario, sensitivity, i + 1));
    const triggered = runs.filter((r) => r.triggered);
    const before = triggered.map((r) => r.hurtfulBefore).sort((a, b) => a - b);
    return {
      name: scenario.name,
      shouldTrigger: scenario.shouldTrigger,
      rate: triggered.length / runs.length,
      medianHurtfulBefore: before.length ? (before[Math.floor(before.length / 2)] ?? null) : null,
      maxHurtfulBefore: before.length ? (before.at(-1) ?? null) : null,
      closest: Math.max(...runs.map((r) => r.closest)),
    };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const sensitivity of ['low', 'medium', 'high'] as const) {
    console.log(`\nsensitivity ${sensitivity} (20 seeded runs per scenario)`);
    console.log(
      'scenario'.padEnd(58),
      'expect',
      ' on-rate',
      ' closest',
      ' hurtful before on (median/max)',
    );
    for (const row of summarise(sensitivity)) {
      const expect = row.shouldTrigger ? 'on ' : 'off';
      const before =
        row.medianHurtfulBefore === null
          ? '—'
          : `${row.medianHurtfulBefore}/${row.maxHurtfulBefore}`;
      console.log(
        row.name.padEnd(58),
        expect.padEnd(6),
        `${Math.round(row.rate * 100)}%`.padStart(7),
        row.closest.toFixed(2).padStart(8),
        ` ${before}`,
      );
    }
  }
}
