import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCallsBench } from './src/calls/run-calls.ts';
import { runFederationBench } from './src/federation/run-federation.ts';
import { waitForJobs } from './src/job-backlog.ts';
import {
  alternate,
  type Measured,
  postingRound,
  type Target,
  timelineRound,
} from './src/measure.ts';
import { parseOptions, USAGE } from './src/options.ts';
import { planInstance } from './src/seed-plan.ts';
import { writeInstance } from './src/seed-writer.ts';
import { type RunningServer, startServer } from './src/server-process.ts';
import { machineLine } from './src/shield/machine.ts';
import { runShieldBench } from './src/shield/run-shield.ts';
import { runStreamingBench } from './src/streaming/run-streaming.ts';
import { runThinkBench } from './src/think/run-think.ts';

// The bench's own entry point: it reads its flags and environment here, never in the server.
if (process.argv.includes('--help')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const parsed = parseOptions(process.argv.slice(2), process.env);
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
  mkdirSync(dir, { recursive: true });
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

function line(label: string, m: Measured, unit: string) {
  const rounds = m.rounds.map((r) => `${r.requests}/${fmt(r.seconds)}s`).join(' ');
  say(
    `  ${label.padEnd(10)} p50 ${fmt(m.p50, 2).padStart(7)} ms · p99 ${fmt(m.p99, 2).padStart(7)} ms · ` +
      `${fmt(m.perSecond).padStart(7)} ${unit}${m.errors ? ` · ${m.errors} errors` : ''}   [rounds: ${rounds}]`,
  );
}

function ratios(what: string, small: Measured, large: Measured, unit: string) {
  const r = (a: number, b: number) => fmt(a / b, 2);
  say(
    `  ${what.padEnd(34)} p50 × ${r(large.p50, small.p50)} · p99 × ${r(large.p99, small.p99)} · ` +
      `${unit} × ${r(large.perSecond, small.perSecond)}`,
  );
}

function engineBench() {
  if (options.skipEngine) return;
  const bin = fileURLToPath(new URL('../packages/engine/bin/empathie-engine.js', import.meta.url));
  if (!existsSync(bin)) {
    say('\nEngine bench skipped: packages/engine has no empathie-engine CLI yet.');
    return;
  }
  say('\nEngine bench (empathie-engine bench)');
  // The bin itself, not `npx`: when the workspace bin is not linked, npx would ask the registry.
  const run = spawnSync(process.execPath, [bin, 'bench'], { stdio: 'inherit', timeout: 300_000 });
  if (run.status !== 0) say(`  the engine bench ended with status ${run.status ?? run.signal}`);
}

/** The social core: timelines and posting on a baseline and a large seeded instance. */
async function socialBench() {
  const base = mkdtempSync(join(tmpdir(), 'empathie-bench-'));
  const servers: RunningServer[] = [];
  try {
    const small = await seed(
      'baseline',
      options.smallAccounts,
      options.smallPosts,
      join(base, 'small'),
    );
    const large = await seed('large', options.accounts, options.posts, join(base, 'large'));
    say('\nStarting the real server (main.ts start) on both, on 127.0.0.1…');
    say(`  machine: ${machineLine()}`);
    servers.push(await startServer(join(base, 'small'), PUBLIC_URL));
    servers.push(await startServer(join(base, 'large'), PUBLIC_URL));
    const targets: Target[] = [small, large].map((s, i) => ({
      origin: servers[i]?.origin ?? '',
      actors: s.actors,
      shortPages: 0,
      serial: 0,
    }));
    const names = [`${fmt(options.smallPosts, 0)} posts`, `${fmt(options.posts, 0)} posts`];
    const c = options.concurrency;
    const t = options.timelineRequests;
    const cap = options.maxSeconds;
    // Warm-up: JIT, SQLite page cache, prepared statements. Not measured.
    await alternate(targets, 1, (x) =>
      timelineRound(x, { concurrency: c, requests: 200, maxSeconds: cap }),
    );
    for (const x of targets) x.shortPages = 0;

    say('\nHome timeline, page of 20 — one request at a time (the cost of one page)');
    const single = await alternate(targets, 5, (x) =>
      timelineRound(x, { concurrency: 1, requests: Math.ceil(t / 10), maxSeconds: cap / 5 }),
    );
    for (const [i, m] of single.entries()) line(names[i] ?? '', m, 'req/s');

    say(`\nHome timeline, page of 20 — ${c} requests in flight (throughput)`);
    const loaded = await alternate(targets, 3, (x) =>
      timelineRound(x, { concurrency: c, requests: Math.ceil(t / 3), maxSeconds: cap / 3 }),
    );
    for (const [i, m] of loaded.entries()) line(names[i] ?? '', m, 'req/s');
    targets.forEach((x, i) => {
      if (x.shortPages > 0) say(`  (${names[i]}: ${x.shortPages} pages had fewer than 20 posts)`);
    });

    say(`\nPost creation (POST /api/v1/statuses) — ${c} in flight`);
    const posting = await alternate(targets, 3, (x) =>
      postingRound(x, {
        concurrency: c,
        requests: Math.ceil(options.postRequests / 3),
        maxSeconds: cap / 3,
      }),
    );
    for (const [i, m] of posting.entries()) line(names[i] ?? '', m, 'posts/s');
    for (const [i, s] of [small, large].entries()) {
      const jobs = await waitForJobs(s.file, cap * 2);
      say(
        `  ${names[i]}: ${jobs.backlog} fan-out jobs waiting after the load, ` +
          (jobs.left === 0
            ? `drained in ${fmt(jobs.seconds)} s`
            : `${jobs.left} left after ${fmt(jobs.seconds)} s`),
      );
    }

    const [s1, l1] = single as [Measured, Measured];
    const [s2, l2] = loaded as [Measured, Measured];
    const [s3, l3] = posting as [Measured, Measured];
    say(
      `\nLarge ÷ baseline (${names[1]} ÷ ${names[0]}; 1.0 = same cost; noise here is ±20 % or more)`,
    );
    ratios('home timeline, one at a time', s1, l1, 'req/s');
    ratios(`home timeline, ${c} in flight`, s2, l2, 'req/s');
    ratios('post creation', s3, l3, 'posts/s');
    say(`  machine at the end: ${machineLine()}`);
    for (const server of servers.splice(0)) await server.stop();
    engineBench();
  } finally {
    for (const server of servers) await server.stop();
    if (options.keep) say(`\nData kept in ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
}

if (options.only === 'all' || options.only === 'social') await socialBench();
if (options.only === 'all' || options.only === 'think') {
  await runThinkBench(
    { quick: options.quick, chromium: options.chromium, keep: options.keep },
    say,
  );
}
if (options.only === 'all' || options.only === 'shield') {
  await runShieldBench({ quick: options.quick, keep: options.keep }, say);
}
if (options.only === 'all' || options.only === 'calls') {
  await runCallsBench({ quick: options.quick, keep: options.keep }, say);
}
if (options.only === 'all' || options.only === 'streaming') {
  await runStreamingBench({ quick: options.quick, keep: options.keep }, say);
}
if (options.only === 'all' || options.only === 'federation') {
  await runFederationBench({ quick: options.quick, keep: options.keep }, say);
}
