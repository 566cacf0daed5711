import { type LeanClient, leanClient } from '../lean-client.ts';
import { runLoad } from '../load.ts';
import { cpuSecondsOf } from '../process-cpu.ts';
import { median } from '../stats.ts';
import { commentsOf } from './think-texts.ts';

/** Requests per case before any is measured (not counted). */
const WARM_UP_REQUESTS = 2000;
const WARM_UP_MAX_SECONDS = 10;

const ATTRIBUTES = [
  'TOXICITY',
  'SEVERE_TOXICITY',
  'INSULT',
  'THREAT',
  'IDENTITY_ATTACK',
  'PROFANITY',
];

export interface PerspectivePlan {
  lengths: readonly number[];
  concurrencies: readonly number[];
  /** Rounds per case, alternated between the cases so noise hits them alike. */
  rounds: number;
  requestsPerRound: number;
  secondsPerRound: number;
}

export interface PerspectiveFigure {
  length: number;
  concurrency: number;
  perSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** The server's CPU time per answer (median of the rounds), in µs; NaN where unreadable. */
  serverCpuMicros: number;
}

async function json(origin: string, path: string, body: unknown, token?: string) {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (!response.ok)
    throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

/** The admin's credentials: the keystroke bench logs in with them through the web app's form. */
export const ADMIN = { username: 'bench_admin', password: 'bench-password-2026' } as const;

/** The first account of a fresh instance is its admin: sign it up and keep its token. */
export async function signUpAdmin(origin: string): Promise<string> {
  const token = await json(origin, '/api/v1/accounts', {
    username: ADMIN.username,
    email: `${ADMIN.username}@example.org`,
    password: ADMIN.password,
    agreement: true,
    locale: 'en',
  });
  return String(token.access_token);
}

/**
 * One key per round, at the highest quota the server grants: the limiter counts a sliding minute,
 * and a round must measure the engine, never a 429.
 */
async function freshKey(origin: string, adminToken: string, name: string): Promise<string> {
  const created = await json(
    origin,
    '/api/empathie/v1/perspective/keys',
    { name, requests_per_minute: 10_000 },
    adminToken,
  );
  const key = created.key;
  if (typeof key !== 'string') throw new Error(`no key in ${JSON.stringify(created)}`);
  return key;
}

/**
 * `comments:analyze` under closed-loop load on loopback: every case (length × concurrency) runs
 * `rounds` times, interleaved, and the median of the rounds is kept.
 */
export async function measurePerspective(
  origin: string,
  adminToken: string,
  plan: PerspectivePlan,
  serverPid?: number,
): Promise<PerspectiveFigure[]> {
  const cases = plan.lengths.flatMap((length) =>
    plan.concurrencies.map((concurrency) => ({ length, concurrency })),
  );
  const bodies = new Map(
    plan.lengths.map((length) => [
      length,
      commentsOf(length, 12).map((text) =>
        JSON.stringify({
          comment: { text },
          requestedAttributes: Object.fromEntries(ATTRIBUTES.map((a) => [a, {}])),
          doNotStore: true,
        }),
      ),
    ]),
  );
  const rounds = cases.map(() => [] as Awaited<ReturnType<typeof runLoad>>[]);
  const serverCpu = cases.map(() => [] as number[]);
  // One client per concurrency, its connections kept alive across rounds.
  const clients = new Map(plan.concurrencies.map((n) => [n, leanClient(origin, n)]));
  for (let round = 0; round <= plan.rounds; round++) {
    for (const [i, c] of cases.entries()) {
      const key = await freshKey(origin, adminToken, `bench ${round} ${i}`);
      const texts = bodies.get(c.length) ?? [];
      const path = `/v1alpha1/comments:analyze?key=${encodeURIComponent(key)}`;
      const client = clients.get(c.concurrency) as LeanClient;
      const cpuBefore = cpuSecondsOf(serverPid);
      const summary = await runLoad({
        concurrency: c.concurrency,
        // Round 0 warms the server's JIT and engine up: 50 requests left most of the quick
        // bench's figure to warm-up (2,000 gave about twice the rate on the same server).
        requests: round === 0 ? WARM_UP_REQUESTS : plan.requestsPerRound,
        maxSeconds: round === 0 ? WARM_UP_MAX_SECONDS : plan.secondsPerRound,
        send: async (n) => {
          const response = await client.post(path, texts[n % texts.length] as string);
          const answer = JSON.parse(response.body) as { attributeScores?: unknown };
          return response.status === 200 && answer.attributeScores !== undefined;
        },
      });
      const cpuAfter = cpuSecondsOf(serverPid);
      // The warm-up round is not kept.
      if (round > 0) {
        rounds[i]?.push(summary);
        const answers = summary.requests + summary.errors;
        if (cpuBefore !== null && cpuAfter !== null && answers > 0) {
          serverCpu[i]?.push(((cpuAfter - cpuBefore) * 1e6) / answers);
        }
      }
    }
  }
  for (const client of clients.values()) client.close();
  return cases.map((c, i) => {
    const kept = rounds[i] ?? [];
    return {
      ...c,
      perSecond: median(kept.map((s) => s.perSecond)),
      p50: median(kept.map((s) => s.p50)),
      p99: median(kept.map((s) => s.p99)),
      requests: kept.reduce((sum, s) => sum + s.requests, 0),
      errors: kept.reduce((sum, s) => sum + s.errors, 0),
      serverCpuMicros: (serverCpu[i] ?? []).length > 0 ? median(serverCpu[i] ?? []) : Number.NaN,
    };
  });
}
