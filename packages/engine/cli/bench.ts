import { performance } from 'node:perf_hooks';
import { loadEngine } from '../src/index.ts';
import { describeLoad, describeMachine, readMachine } from './machine.ts';

// Our own sample sentences (never dataset text), mixed French and English, calm and hostile.
const SAMPLE =
  "Franchement, t'es vraiment nul et tu le sais. I don't agree with you, but thanks for the link! " +
  'Je pense que cette décision était une erreur, on peut en parler ? Shut up, idiot. 😡 ' +
  'Merci pour votre aide hier, c’était super gentil. ';

function textOf(length: number): string {
  return SAMPLE.repeat(Math.ceil(length / SAMPLE.length)).slice(0, length);
}

/** `count` different texts of `length` characters: the sample cut at every seventh offset. */
function textsOf(length: number, count: number): string[] {
  const long = SAMPLE.repeat(Math.ceil(length / SAMPLE.length) + 1);
  return Array.from({ length: count }, (_, i) => {
    const from = (7 * i) % SAMPLE.length;
    return long.slice(from, from + length);
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

/** One rate, measured both ways: per second of wall time and per second of this process's CPU. */
export interface Rate {
  readonly wall: number;
  readonly cpu: number;
  /** CPU seconds per wall second: ≈ 1 when the process had a core to itself, lower when it waited. */
  readonly share: number;
}

/**
 * Runs `run` in windows of `cpuMs` milliseconds of this process's CPU time and returns the medians.
 * Windows are counted in CPU time so that a loaded machine gives as many calls per window as a
 * quiet one; `process.cpuUsage()` includes the JIT and GC threads, so it slightly under-counts
 * analyses per CPU second, never over-counts them.
 */
export function measure(run: () => void, windows: number, cpuMs: number): Rate {
  const wall: number[] = [];
  const cpu: number[] = [];
  const share: number[] = [];
  for (let w = 0; w < windows; w++) {
    let n = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    while (cpuSeconds(process.cpuUsage(c0)) * 1000 < cpuMs) {
      for (let i = 0; i < 8; i++) run();
      n += 8;
    }
    const c = cpuSeconds(process.cpuUsage(c0));
    const t = (performance.now() - t0) / 1000;
    wall.push(n / t);
    cpu.push(n / c);
    share.push(c / t);
  }
  return { wall: median(wall), cpu: median(cpu), share: median(share) };
}

/**
 * Warms the JIT up until the CPU-time rate stops climbing (two windows in a row within 3 %), or
 * for at most `maxCpuMs`. V8 needs a few thousand analyses before the hot paths are optimised:
 * 200 calls, what this bench once did, leave the first seconds of measurement at half speed.
 */
export function warmUp(run: () => void, maxCpuMs: number): number {
  const c0 = process.cpuUsage();
  let previous = 0;
  let calm = 0;
  while (cpuSeconds(process.cpuUsage(c0)) * 1000 < maxCpuMs) {
    const { cpu } = measure(run, 1, 250);
    calm = previous > 0 && Math.abs(cpu - previous) / previous < 0.03 ? calm + 1 : 0;
    if (calm >= 2) break;
    previous = cpu;
  }
  return cpuSeconds(process.cpuUsage(c0));
}

const f = (x: number) => Math.round(x).toLocaleString('en-GB');

/** Prints the machine, load time, memory and analyses per second for 280- and 2,800-character texts. */
export async function bench(args: readonly string[] = []): Promise<void> {
  const quick = args.includes('--quick');
  const machine = readMachine();
  console.log(`machine: ${describeMachine(machine)}`);
  console.log(`at start: ${describeLoad(machine)}`);
  const before = process.memoryUsage();
  const t0 = performance.now();
  const engine = await loadEngine();
  const loadMs = performance.now() - t0;
  engine.analyze('warm up');
  const after = process.memoryUsage();
  const mb = (x: number) => (x / 1024 / 1024).toFixed(1);
  console.log(`model load: ${loadMs.toFixed(0)} ms`);
  console.log(
    `memory: +${mb(after.rss - before.rss)} MB RSS (${mb(after.rss)} MB total), heap ${mb(after.heapUsed)} MB`,
  );
  const windows = quick ? 5 : 9;
  const cpuMs = quick ? 200 : 400;
  for (const length of [280, 2800]) {
    const text = textOf(length);
    const full = () => engine.analyze(text);
    const bare = () => engine.analyze(text, { coach: false });
    const warmed = warmUp(full, quick ? 3000 : 8000) + warmUp(bare, quick ? 1500 : 4000);
    const a = measure(full, windows, cpuMs);
    const b = measure(bare, windows, cpuMs);
    console.log(
      `${length} chars (after ${warmed.toFixed(1)} s of CPU warming up): ` +
        `with the coach ${f(a.cpu)}/s of CPU, ${f(a.wall)}/s of wall time; ` +
        `without ${f(b.cpu)}/s of CPU, ${f(b.wall)}/s of wall time ` +
        `(median of ${windows} windows of ${cpuMs} ms CPU; CPU share ${a.share.toFixed(2)}, ${b.share.toFixed(2)} of a core)`,
    );
  }
  // The same text again and again keeps its weights in the processor's caches; different texts,
  // as a moderation queue or the CLI's JSON lines bring them, do not. One at a time, then in
  // batches through `analyzeMany` (the CLI's way: the coach's rules run text after text).
  const batch = 100;
  for (const length of [280, 2800]) {
    const texts = textsOf(length, batch);
    const single = () => {
      for (const text of texts) engine.analyze(text);
    };
    const many = () => engine.analyzeMany(texts);
    const warmed = warmUp(single, quick ? 1500 : 4000) + warmUp(many, quick ? 1500 : 4000);
    const a = measure(single, windows, cpuMs * 2);
    const b = measure(many, windows, cpuMs * 2);
    console.log(
      `${length} chars, ${batch} different texts, with the coach (after ${warmed.toFixed(1)} s of CPU warming up): ` +
        `one at a time ${f(a.cpu * batch)}/s of CPU, ${f(a.wall * batch)}/s of wall time; ` +
        `in batches (analyzeMany) ${f(b.cpu * batch)}/s of CPU, ${f(b.wall * batch)}/s of wall time ` +
        `(CPU share ${a.share.toFixed(2)}, ${b.share.toFixed(2)} of a core)`,
    );
  }
  console.log(`at end: ${describeLoad(readMachine())}`);
  console.log(
    'Read the CPU figures on a loaded machine: wall-time rates drop with the load, CPU-time rates much less (shared caches still slow them).',
  );
}
