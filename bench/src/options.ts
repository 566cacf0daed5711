/** Sizes and knobs of one bench run, from `--flag value` arguments with environment fallbacks. */
export interface BenchOptions {
  accounts: number;
  posts: number;
  /** Accounts each account follows, on average (the graph is skewed: a few are very followed). */
  follows: number;
  smallAccounts: number;
  smallPosts: number;
  /** Accounts that get a bearer token and act in the load test. */
  actors: number;
  concurrency: number;
  timelineRequests: number;
  postRequests: number;
  /** Upper bound of each measurement, in seconds: the load stops by itself. */
  maxSeconds: number;
  seed: number;
  keep: boolean;
  skipEngine: boolean;
  quick: boolean;
  /** Which part runs: the social core on seeded instances, "think before you post", or both. */
  only: BenchPart;
  /** Debian's Chromium for the browser figures (EMPATHIE_CHROMIUM). */
  chromium: string;
}

export type BenchPart =
  | 'all'
  | 'social'
  | 'think'
  | 'shield'
  | 'calls'
  | 'streaming'
  | 'federation';
const PARTS: readonly BenchPart[] = [
  'all',
  'social',
  'think',
  'shield',
  'calls',
  'streaming',
  'federation',
];

const DEFAULTS: BenchOptions = {
  accounts: 10_000,
  posts: 1_000_000,
  follows: 8,
  smallAccounts: 1_000,
  smallPosts: 10_000,
  actors: 200,
  concurrency: 8,
  timelineRequests: 3_000,
  postRequests: 600,
  maxSeconds: 30,
  seed: 20261122,
  keep: false,
  skipEngine: false,
  quick: false,
  only: 'all',
  chromium: '/usr/bin/chromium',
};

/** `--quick` shrinks everything so the whole pipeline runs in well under a minute. */
const QUICK: Partial<BenchOptions> = {
  accounts: 2_000,
  posts: 100_000,
  smallAccounts: 500,
  smallPosts: 10_000,
  timelineRequests: 600,
  postRequests: 150,
  maxSeconds: 10,
};

// lookup-safe: keys are our own variable names, read with Object.entries
const ENV_NAMES: Record<string, keyof BenchOptions> = {
  BENCH_ACCOUNTS: 'accounts',
  BENCH_POSTS: 'posts',
  BENCH_FOLLOWS: 'follows',
  BENCH_SMALL_ACCOUNTS: 'smallAccounts',
  BENCH_SMALL_POSTS: 'smallPosts',
  BENCH_ACTORS: 'actors',
  BENCH_CONCURRENCY: 'concurrency',
  BENCH_TIMELINE_REQUESTS: 'timelineRequests',
  BENCH_POST_REQUESTS: 'postRequests',
  BENCH_MAX_SECONDS: 'maxSeconds',
  BENCH_SEED: 'seed',
};

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export type ParsedOptions = { ok: true; options: BenchOptions } | { ok: false; message: string };

export function parseOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): ParsedOptions {
  const options: BenchOptions = { ...DEFAULTS };
  if (argv.includes('--quick') || env.BENCH_QUICK === '1') {
    Object.assign(options, QUICK);
    options.quick = true;
  }
  if (env.EMPATHIE_CHROMIUM) options.chromium = env.EMPATHIE_CHROMIUM;
  const numeric = (Object.keys(DEFAULTS) as (keyof BenchOptions)[]).filter(
    (k) => typeof DEFAULTS[k] === 'number',
  );
  for (const [name, key] of Object.entries(ENV_NAMES)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) return { ok: false, message: `${name} must be a number` };
    (options as unknown as Record<string, number>)[key] = n;
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--quick') continue;
    if (arg === '--keep') options.keep = true;
    else if (arg === '--skip-engine') options.skipEngine = true;
    else if (arg === '--only') {
      const part = PARTS.find((p) => p === argv[i + 1]);
      if (!part) return { ok: false, message: `--only takes one of ${PARTS.join(', ')}` };
      options.only = part;
      i++;
    } else {
      const key = numeric.find((k) => `--${kebab(k)}` === arg);
      const n = Number(argv[i + 1]);
      if (!key || !Number.isFinite(n) || n < 0) {
        return { ok: false, message: `unknown flag or bad value: ${arg} ${argv[i + 1] ?? ''}` };
      }
      (options as unknown as Record<string, number>)[key] = n;
      i++;
    }
  }
  if (options.accounts < 10 || options.smallAccounts < 10) {
    return { ok: false, message: 'at least 10 accounts are needed' };
  }
  options.actors = Math.min(options.actors, options.smallAccounts, options.accounts);
  return { ok: true, options };
}

export const USAGE = `npm run bench [-- flags]

  --quick                   small sizes, for a try in under a minute
  --only social|think|shield|calls|streaming|federation  only the social core (seeded instances), only
                            "think before you post" (Perspective endpoint, keystroke to marks,
                            engine load), only the shield (reply cost, a 1,000-reply pile-on),
                            only a call to action with 10,000 volunteers (join, pages, flash
                            fan-out), or only the streaming API (1,000 live clients, SQLite and
                            two processes on PostgreSQL), or only federation's delivery
                            (deliveries/s to 100 loopback servers; a post to 10,000 remote
                            followers on 500 servers)
  --accounts N              large instance accounts          (BENCH_ACCOUNTS, default 10000)
  --posts N                 large instance posts             (BENCH_POSTS, default 1000000)
  --follows N               average follows per account      (BENCH_FOLLOWS, default 8)
  --small-accounts N        baseline instance accounts       (default 1000)
  --small-posts N           baseline instance posts          (default 10000)
  --actors N                accounts with a token in the load (default 200)
  --concurrency N           requests in flight               (default 8)
  --timeline-requests N     home timeline requests measured  (default 3000)
  --post-requests N         posts created                    (default 600)
  --max-seconds N           time cap of each measurement     (default 30)
  --keep                    keep the seeded data folders
  --skip-engine             do not run the engine's own bench
`;
