import { runLoad } from './load.ts';
import type { Actor } from './seed-writer.ts';
import { median, type Summary } from './stats.ts';

export interface Measured {
  rounds: Summary[];
  /** Medians over the rounds: one slow round (another process on the machine) weighs little. */
  p50: number;
  p99: number;
  perSecond: number;
  errors: number;
}

export function combine(rounds: Summary[]): Measured {
  return {
    rounds,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    perSecond: median(rounds.map((r) => r.perSecond)),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

export interface Round {
  concurrency: number;
  requests: number;
  maxSeconds: number;
}

/** The people a target instance is measured with. */
export interface Target {
  origin: string;
  actors: readonly Actor[];
  /** Answers with fewer than 20 statuses: such a page would be cheaper than a real one. */
  shortPages: number;
  /** A serial shared by every round, so each created post has its own text. */
  serial: number;
}

function actorOf(actors: readonly Actor[], n: number): Actor {
  return actors[(n * 7919) % actors.length] as Actor;
}

/** One round of `GET /api/v1/timelines/home?limit=20`, as many different people. */
export function timelineRound(target: Target, round: Round): Promise<Summary> {
  return runLoad({
    ...round,
    send: async (n) => {
      const actor = actorOf(target.actors, n + target.serial++);
      const answer = await fetch(`${target.origin}/api/v1/timelines/home?limit=20`, {
        headers: { authorization: `Bearer ${actor.token}` },
      });
      const body = (await answer.json()) as unknown;
      if (answer.status !== 200 || !Array.isArray(body)) return false;
      if (body.length < 20) target.shortPages++;
      return true;
    },
  });
}

const WORDS_FR = ['jardin', 'lecture', 'voisinage', 'cuisine', 'entraide', 'science', 'marché'];
const WORDS_EN = ['garden', 'reading', 'neighbours', 'cooking', 'mutual aid', 'science', 'market'];

/** One round of `POST /api/v1/statuses`: public posts that fan out to their authors' followers. */
export function postingRound(target: Target, round: Round): Promise<Summary> {
  return runLoad({
    ...round,
    send: async () => {
      const n = target.serial++;
      const actor = actorOf(target.actors, n);
      const french = n % 2 === 0;
      const word = (french ? WORDS_FR : WORDS_EN)[n % 7];
      const status = french
        ? `Note de banc d'essai n° ${n} : une pensée pour le ${word}.`
        : `Bench note #${n}: a thought about ${word}.`;
      const answer = await fetch(`${target.origin}/api/v1/statuses`, {
        method: 'POST',
        headers: { authorization: `Bearer ${actor.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ status, visibility: 'public', language: french ? 'fr' : 'en' }),
      });
      await answer.arrayBuffer();
      return answer.status === 200;
    },
  });
}

/**
 * Runs `rounds` rounds on each target in turn (A, B, A, B…), so slow moments of a shared
 * machine fall on both sides alike and the ratio between them stays meaningful.
 */
export async function alternate(
  targets: readonly Target[],
  rounds: number,
  round: (target: Target) => Promise<Summary>,
): Promise<Measured[]> {
  const results: Summary[][] = targets.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, target] of targets.entries()) results[i]?.push(await round(target));
  }
  return results.map(combine);
}
