import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../server-process.ts';
import { machineLine } from '../shield/machine.ts';
import { launchChromium, serveStatic } from './browser.ts';
import { buildEngine, buildWebApp, jsSizes } from './builds.ts';
import { measureKeystrokes } from './composer-keystroke.ts';
import { measureEngineLoad } from './engine-load.ts';
import { ADMIN, measurePerspective, signUpAdmin } from './perspective-load.ts';
import { commentOf } from './think-texts.ts';

export interface ThinkOptions {
  quick: boolean;
  chromium: string;
  keep: boolean;
}

type Say = (line: string) => void;

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 1)} ms` : 'n/a');
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const FRAME_MS = 16;
// What one core of the server could answer, from its CPU time per answer.
const serverCpu = (micros: number) =>
  Number.isFinite(micros)
    ? `${micros.toFixed(0)} µs per answer (${(1e6 / micros).toFixed(0)}/s on one core)`
    : 'n/a';

/**
 * "Think before you post": the Perspective-compatible endpoint under load, then in Chromium the
 * engine's size and load time and the keystroke-to-marks time in the real composer.
 */
export async function runThinkBench(options: ThinkOptions, say: Say): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'empathie-bench-think-'));
  const stops: (() => Promise<void>)[] = [];
  try {
    say('\nThink before you post — building the web app and the engine into a temporary folder…');
    say(`  machine: ${machineLine()}`);
    await buildWebApp(join(base, 'web'));
    await buildEngine(join(base, 'engine'));
    say('\nEngine browser build (esbuild, as packages/engine/build/build.ts makes it)');
    for (const f of jsSizes(join(base, 'engine'))) {
      say(`  ${f.file.padEnd(40)} ${kib(f.raw).padStart(11)} raw ${kib(f.gzip).padStart(11)} gzip`);
    }
    say('Web app chunks (the engine and its model load on the first focus of a composer)');
    for (const f of jsSizes(join(base, 'web', 'assets'))) {
      say(`  ${f.file.padEnd(40)} ${kib(f.raw).padStart(11)} raw ${kib(f.gzip).padStart(11)} gzip`);
    }

    const server = await startServer(join(base, 'data'), 'http://bench.localhost', {
      WEB_DIST_DIR: join(base, 'web'),
    });
    stops.push(server.stop);
    const admin = await signUpAdmin(server.origin);

    const perSecondCap = options.quick ? 2 : 5;
    say(
      `\nPerspective endpoint (POST /v1alpha1/comments:analyze, six attributes, French and English ` +
        `comments; median of ${options.quick ? 2 : 3} rounds of ≤ ${perSecondCap} s; node:http ` +
        'client on kept-alive connections; server CPU from /proc)',
    );
    const perspective = await measurePerspective(
      server.origin,
      admin,
      {
        lengths: [280, 2800],
        concurrencies: [1, 8],
        rounds: options.quick ? 2 : 3,
        requestsPerRound: options.quick ? 500 : 3000,
        secondsPerRound: perSecondCap,
      },
      server.pid,
    );
    for (const f of perspective) {
      say(
        `  ${String(f.length).padStart(4)} chars, ${f.concurrency} in flight: ` +
          `${f.perSecond.toFixed(0).padStart(5)} req/s · p50 ${ms(f.p50).padStart(9)} · p99 ${ms(f.p99).padStart(9)}` +
          ` · server CPU ${serverCpu(f.serverCpuMicros)}` +
          `${f.errors ? ` · ${f.errors} errors` : ''}`,
      );
    }
    const [short1, short8, long1] = perspective;
    if (short1 && short8 && long1) {
      say(
        `  ratios: 8 in flight ÷ 1 (280 chars) req/s × ${(short8.perSecond / short1.perSecond).toFixed(2)}; ` +
          `2,800 ÷ 280 chars (1 in flight) p50 × ${(long1.p50 / short1.p50).toFixed(2)}`,
      );
    }

    if (!existsSync(options.chromium)) {
      say(
        `\nBrowser figures skipped: no Chromium at ${options.chromium} (apt-get install chromium).`,
      );
      return;
    }
    const browser = await launchChromium(options.chromium);
    stops.push(() => browser.close());
    const statics = await serveStatic(join(base, 'engine'));
    stops.push(statics.close);
    const rounds = options.quick ? 3 : 5;
    const load = await measureEngineLoad(browser, statics, commentOf(280, 'fr'), rounds);
    say(`\nEngine load in Chromium (cold cache, loopback, median of ${rounds} fresh pages)`);
    say(
      `  import the code ${ms(load.codeMs)} · loadEngine() ${ms(load.modelMs)} ` +
        `(model fetch ${ms(load.modelFetchMs)}, the rest is parse and decode) · ` +
        `first analysis ${ms(load.firstAnalysisMs)} · total to first analysis ${ms(load.totalMs)}`,
    );

    const samples = options.quick ? 10 : 30;
    say(
      `\nKeystroke → updated marks in the real composer (${samples} keystrokes per draft; ` +
        'a MutationObserver on the coach area, performance.now() in the page)',
    );
    const keys = await measureKeystrokes(browser, server.origin, ADMIN, [280, 2800], samples);
    for (const k of keys) {
      say(
        `  ${String(k.length).padStart(4)} chars: with the ${ms(k.pause)} pause p50 ${ms(k.withPause.p50)} ` +
          `(p95 ${ms(k.withPause.p95)}) · after the pause p50 ${ms(k.afterPause.p50)} ` +
          `(p95 ${ms(k.afterPause.p95)}, ${(k.afterPause.p50 / FRAME_MS).toFixed(2)} of a 16 ms frame) · ` +
          `keystroke → next frame p50 ${ms(k.typingFrame.p50)}`,
      );
    }
    say(`  machine at the end: ${machineLine()}`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    if (options.keep) say(`\nBuilds and data kept in ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
}
