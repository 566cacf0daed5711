import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type LoadSettings,
  type Measured,
  measureHomeTimeline,
  measurePostCreation,
} from './src/measure.ts';
import { parseOptions, USAGE } from './src/options.ts';
import { planInstance } from './src/seed-plan.ts';
import { type SeededInstance, writeInstance } from './src/seed-writer.ts';
import { startServer } from './src/server-process.ts';

// The bench's own entry point: it reads its flags and environment here, never in the server.
const parsed = parseOptions(process.argv.slice(2), process.env);
if (process.argv.includes('--help')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n\n${USAGE}`);
  process.exit(2);
}
const options = parsed.options;
const PUBLIC_URL = 'http://bench.localhost';
const say = (line: string) => process.stdout.write(`${line}\n`);
const fmt = (n: number, digits = 1) =>
  Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: digits }) : 'n/a';

async function seed(label: string, accounts: number, posts: number, dir: string) {
  say(`\nSeeding the ${label} instance: ${fmt(accounts, 0)} accounts, ${fmt(posts, 0)} posts`);
  const plan = planInstance({
    accounts,
    posts,
    follows: options.follows,
    seed: options.seed,
    now: Date.now() - 60 * 60 * 1000,
  });
  const seeded = await writeInstance(
    join(dir, 'empathie.sqlite'),
    plan,
    PUBLIC_URL,
    options.actors,
    options.seed,
    say,
  );
  say(`  done in ${fmt(seeded.seconds)} s (${fmt(seeded.feedRows, 0)} home feed entries)`);
  return seeded;
}

interface InstanceFigures {
  timeline: Measured;
  posting: Measured;
}

async function measure(
  label: string,
  dir: string,
  seeded: SeededInstance,
): Promise<InstanceFigures> {
  say(`\nMeasuring the ${label} instance (server on loopback, concurrency ${options.concurrency})`);
  const server = await startServer(dir, PUBLIC_URL);
  try {
    const timelineSettings: LoadSettings = {
      concurrency: options.concurrency,
      requests: options.timelineRequests,
      maxSeconds: options.maxSeconds,
      rounds: 3,
    };
    const timeline = await measureHomeTimeline(server.origin, seeded.actors, timelineSettings);
    report('home timeline, page of 20', timeline, 'req/s');
    if (timeline.shortPages > 0) say(`    (${timeline.shortPages} pages had fewer than 20 posts)`);
    const posting = await measurePostCreation(server.origin, seeded.actors, {
      ...timelineSettings,
      requests: options.postRequests,
    });
    report('post creation', posting, 'posts/s');
    return { timeline, posting };
  } finally {
    await server.stop();
  }
}

function report(what: string, m: Measured, unit: string) {
  say(
    `  ${what}: p50 ${fmt(m.p50, 2)} ms · p99 ${fmt(m.p99, 2)} ms · ${fmt(m.perSecond)} ${unit}` +
      `${m.errors ? ` · ${m.errors} errors` : ''}  (median of ${m.rounds.length} rounds: ` +
      `${m.rounds.map((r) => `${r.requests} in ${fmt(r.seconds)} s`).join(', ')})`,
  );
}

function engineBench() {
  const bin = fileURLToPath(new URL('../packages/engine/bin/empathie-engine.js', import.meta.url));
  if (options.skipEngine) return;
  if (!existsSync(bin)) {
    say('\nEngine bench skipped: packages/engine has no empathie-engine CLI yet.');
    return;
  }
  say('\nEngine bench (npx empathie-engine bench)');
  const run = spawnSync('npx', ['empathie-engine', 'bench'], {
    stdio: 'inherit',
    timeout: 300_000,
  });
  if (run.status !== 0) say(`  the engine bench ended with status ${run.status ?? run.signal}`);
}

const base = mkdtempSync(join(tmpdir(), 'empathie-bench-'));
const smallDir = join(base, 'small');
const largeDir = join(base, 'large');
try {
  const small = await seed('baseline', options.smallAccounts, options.smallPosts, smallDir);
  const large = await seed('large', options.accounts, options.posts, largeDir);
  const smallFigures = await measure(
    `baseline (${fmt(options.smallPosts, 0)} posts)`,
    smallDir,
    small,
  );
  const largeFigures = await measure(`large (${fmt(options.posts, 0)} posts)`, largeDir, large);
  const ratio = (a: number, b: number) => fmt(a / b, 2);
  say('\nLarge ÷ baseline (1.0 = a page costs the same; machine noise moves it ±20 %)');
  say(
    `  home timeline p50 × ${ratio(largeFigures.timeline.p50, smallFigures.timeline.p50)} · ` +
      `p99 × ${ratio(largeFigures.timeline.p99, smallFigures.timeline.p99)} · ` +
      `req/s × ${ratio(largeFigures.timeline.perSecond, smallFigures.timeline.perSecond)}`,
  );
  say(
    `  post creation p50 × ${ratio(largeFigures.posting.p50, smallFigures.posting.p50)} · ` +
      `posts/s × ${ratio(largeFigures.posting.perSecond, smallFigures.posting.perSecond)}`,
  );
  engineBench();
} finally {
  if (options.keep) say(`\nData kept in ${base}`);
  else rmSync(base, { recursive: true, force: true });
}
