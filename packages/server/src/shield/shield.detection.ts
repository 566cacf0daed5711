/**
 * The detection rule of the shield, pure and clock-free (every time is passed in), so that unit
 * tests, the simulation of ADR 0012 and the service all run the very same arithmetic.
 *
 * A surge is hurtful traffic from outside a person's circle, in a sliding window, that is both
 * (1) large against the person's own usual traffic and (2) a real share of what strangers send:
 *
 *   load(w)  = Σ weight of the outsider arrivals of the last w hours
 *   surge    ⇔ for some window w: load(w) ≥ floor(w) + share × baseline × w
 *                                 and load(w) ≥ minHostileShare × outsiderCount(w)
 *
 * `baseline` is the person's exponentially weighted rate of incoming interactions per hour
 * (half-life one week), so a popular account's ordinary day raises its own bar, and a kind viral
 * post (many strangers, few hurtful words) fails the share test.
 */

export type ShieldSensitivity = 'low' | 'medium' | 'high';
export const SHIELD_SENSITIVITIES = ['low', 'medium', 'high'] as const;

export function isShieldSensitivity(value: unknown): value is ShieldSensitivity {
  return value === 'low' || value === 'medium' || value === 'high';
}

export type IncomingKind = 'reply' | 'mention' | 'direct' | 'follow';

export interface DetectionParams {
  /** Windows in hours, each with the load a person with no traffic at all must reach. */
  windows: ReadonlyArray<{ hours: number; floor: number }>;
  /** Extra load per expected interaction: how much of one's usual traffic may turn hurtful. */
  share: number;
  /** The hurtful share of strangers' traffic that a surge needs (a kind crowd is no pile-on). */
  minHostileShare: number;
}

export function detectionParams(sensitivity: ShieldSensitivity): DetectionParams {
  switch (sensitivity) {
    case 'low':
      return {
        windows: [
          { hours: 1, floor: 14 },
          { hours: 6, floor: 28 },
        ],
        share: 0.25,
        minHostileShare: 0.35,
      };
    case 'medium':
      return {
        windows: [
          { hours: 1, floor: 8 },
          { hours: 6, floor: 16 },
        ],
        share: 0.15,
        minHostileShare: 0.25,
      };
    case 'high':
      return {
        windows: [
          { hours: 1, floor: 5 },
          { hours: 6, floor: 10 },
        ],
        share: 0.08,
        minHostileShare: 0.15,
      };
    default: {
      const unexpected: never = sensitivity;
      throw new Error(`unknown sensitivity ${String(unexpected)}`);
    }
  }
}

/** The longest window the rule looks at, in milliseconds: older arrivals never matter. */
export const LONGEST_WINDOW_MS = 6 * 3_600_000;
/** Half-life of the baseline: last week's traffic counts half as much as today's. */
export const BASELINE_HALF_LIFE_HOURS = 7 * 24;
/** An account younger than this is "recently created"; a follow younger, "recently following". */
export const RECENT_MS = 7 * 24 * 3_600_000;

/** The scores of the engine stored for a post (post_tones), as far as the shield reads them. */
export interface ToneScores {
  toxicity: number;
  severe_toxicity: number;
  insult: number;
  threat: number;
  identity_attack: number;
}

/** Below this hurt score (the engine's highest harm score of the post) an arrival weighs 0. */
const HURT_FLOOR = 0.4;

function hurtOf(t: ToneScores): number {
  return Math.max(t.toxicity, t.severe_toxicity, t.insult, t.threat, t.identity_attack);
}

/** Whether a post with these scores can weigh anything at all (else detection skips it). */
export function mayWeigh(tone: ToneScores): boolean {
  return hurtOf(tone) > HURT_FLOOR;
}

/**
 * How much one arrival counts toward a surge, from 0 (kind, neutral or a plain disagreement) to
 * 1.5 (clearly hurtful, from an account created this week). The engine scores disagreement
 * around 0.25 and insults near 1: the ramp from 0.4 to 0.8 keeps the first out and the second in.
 * A follow has no words: it counts only when it comes from a brand-new account (raids create them).
 */
export function arrivalWeight(input: {
  kind: IncomingKind;
  tone: ToneScores | null;
  senderCreatedAt: Date;
  now: Date;
}): number {
  const age = input.now.getTime() - input.senderCreatedAt.getTime();
  if (input.kind === 'follow') return age < 2 * 24 * 3_600_000 ? 0.3 : 0;
  if (!input.tone) return 0;
  const base = Math.min(Math.max((hurtOf(input.tone) - HURT_FLOOR) / 0.4, 0), 1);
  return age < RECENT_MS ? base * 1.5 : base;
}

/**
 * Whether a sender is outside the person's circle: the person does not follow them and they are
 * not a settled follower (an account older than a week that has followed for more than a week).
 */
export function isOutsider(input: {
  personFollowsSender: boolean;
  senderFollowsSince: Date | null;
  senderCreatedAt: Date;
  now: Date;
}): boolean {
  if (input.personFollowsSender) return false;
  const now = input.now.getTime();
  const settledFollower =
    input.senderFollowsSince !== null &&
    now - input.senderFollowsSince.getTime() >= RECENT_MS &&
    now - input.senderCreatedAt.getTime() >= RECENT_MS;
  return !settledFollower;
}

/** The baseline as of `now`: the stored rate decayed since it was written. */
export function decayedBaseline(rate: number, since: Date | null, now: Date): number {
  if (since === null) return rate;
  const hours = Math.max(now.getTime() - since.getTime(), 0) / 3_600_000;
  return rate * 0.5 ** (hours / BASELINE_HALF_LIFE_HOURS);
}

/**
 * The baseline after one more incoming interaction at `now`: an exponentially weighted count
 * divided by its time constant, i.e. a rate per hour that forgets with the half-life above.
 */
export function bumpBaseline(rate: number, since: Date | null, now: Date): number {
  const tau = BASELINE_HALF_LIFE_HOURS / Math.LN2;
  return decayedBaseline(rate, since, now) + 1 / tau;
}

export interface Arrival {
  at: Date;
  outsider: boolean;
  weight: number;
}

export interface SurgeVerdict {
  surge: boolean;
  /** The window that tripped (or the closest to tripping), for the reason shown to the person. */
  windowHours: number;
  load: number;
  threshold: number;
  outsiders: number;
}

/** What one window held: the summed weight of its outsider arrivals, and how many there were. */
export interface WindowLoad {
  hours: number;
  load: number;
  outsiders: number;
}

/**
 * The rule itself, on sums already taken per window (the service takes them in SQL; the
 * simulation from arrivals in memory).
 */
export function judgeWindows(input: {
  loads: (hours: number) => { load: number; outsiders: number };
  baselinePerHour: number;
  sensitivity: ShieldSensitivity;
}): SurgeVerdict {
  const params = detectionParams(input.sensitivity);
  let closest: SurgeVerdict | null = null;
  for (const window of params.windows) {
    const { load, outsiders } = input.loads(window.hours);
    const threshold = window.floor + params.share * input.baselinePerHour * window.hours;
    const surge = load >= threshold && load >= params.minHostileShare * outsiders;
    const verdict = { surge, windowHours: window.hours, load, threshold, outsiders };
    if (surge) return verdict;
    if (!closest || load / threshold > closest.load / closest.threshold) closest = verdict;
  }
  return closest ?? { surge: false, windowHours: 1, load: 0, threshold: 0, outsiders: 0 };
}

/** The windows the rule reads, in hours, for a sensitivity. */
export function windowHours(sensitivity: ShieldSensitivity): number[] {
  return detectionParams(sensitivity).windows.map((w) => w.hours);
}

/** Applies the rule to arrivals in memory (older than the longest window: ignored). */
export function evaluateSurge(input: {
  arrivals: readonly Arrival[];
  baselinePerHour: number;
  sensitivity: ShieldSensitivity;
  now: Date;
}): SurgeVerdict {
  const now = input.now.getTime();
  return judgeWindows({
    baselinePerHour: input.baselinePerHour,
    sensitivity: input.sensitivity,
    loads: (hours) => {
      const from = now - hours * 3_600_000;
      let load = 0;
      let outsiders = 0;
      for (const a of input.arrivals) {
        const at = a.at.getTime();
        if (!a.outsider || at <= from || at > now) continue;
        load += a.weight;
        outsiders += 1;
      }
      return { load, outsiders };
    },
  });
}
