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
  /** Answers with fewer than 20 statuses: the page would be cheaper than a real one. */
  shortPages: number;
}

function combine(rounds: Summary[], shortPages: number): Measured {
  return {
    rounds,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    perSecond: median(rounds.map((r) => r.perSecond)),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    shortPages,
  };
}

export interface LoadSettings {
  concurrency: number;
  requests: number;
  maxSeconds: number;
  rounds: number;
}

function actorOf(actors: readonly Actor[], n: number): Actor {
  return actors[(n * 7919) % actors.length] as Actor;
}

/** `GET /api/v1/timelines/home?limit=20` as many different people, after a warm-up. */
export async function measureHomeTimeline(
  origin: string,
  actors: readonly Actor[],
  settings: LoadSettings,
): Promise<Measured> {
  let shortPages = 0;
  const send = async (n: number) => {
    const actor = actorOf(actors, n);
    const answer = await fetch(`${origin}/api/v1/timelines/home?limit=20`, {
      headers: { authorization: `Bearer ${actor.token}` },
    });
    const body = (await answer.json()) as unknown;
    if (answer.status !== 200 || !Array.isArray(body)) return false;
    if (body.length < 20) shortPages++;
    return true;
  };
  const warmUp = Math.min(200, Math.ceil(settings.requests / 5));
  await runLoad({ ...settings, requests: warmUp, send });
  shortPages = 0;
  const rounds: Summary[] = [];
  for (let r = 0; r < settings.rounds; r++) {
    rounds.push(
      await runLoad({
        concurrency: settings.concurrency,
        requests: Math.ceil(settings.requests / settings.rounds),
        maxSeconds: settings.maxSeconds / settings.rounds,
        send,
      }),
    );
  }
  return combine(rounds, shortPages);
}

const WORDS_FR = ['jardin', 'lecture', 'voisinage', 'cuisine', 'entraide', 'science', 'marché'];
const WORDS_EN = ['garden', 'reading', 'neighbours', 'cooking', 'mutual aid', 'science', 'market'];

/** `POST /api/v1/statuses`: public posts that fan out to their authors' followers. */
export async function measurePostCreation(
  origin: string,
  actors: readonly Actor[],
  settings: LoadSettings,
): Promise<Measured> {
  let serial = 0;
  // The warm-up and the rounds each count from 0: a serial keeps every text distinct.
  const send = async () => {
    const n = serial++;
    const actor = actorOf(actors, n);
    const french = n % 2 === 0;
    const word = (french ? WORDS_FR : WORDS_EN)[n % 7];
    const status = french
      ? `Note de banc d'essai n° ${n} : une pensée pour le ${word}.`
      : `Bench note #${n}: a thought about ${word}.`;
    const answer = await fetch(`${origin}/api/v1/statuses`, {
      method: 'POST',
      headers: { authorization: `Bearer ${actor.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status, visibility: 'public', language: french ? 'fr' : 'en' }),
    });
    await answer.arrayBuffer();
    return answer.status === 200;
  };
  await runLoad({ ...settings, requests: Math.min(30, settings.requests), send });
  const rounds: Summary[] = [];
  for (let r = 0; r < settings.rounds; r++) {
    rounds.push(
      await runLoad({
        concurrency: settings.concurrency,
        requests: Math.ceil(settings.requests / settings.rounds),
        maxSeconds: settings.maxSeconds / settings.rounds,
        send,
      }),
    );
  }
  return combine(rounds, 0);
}
