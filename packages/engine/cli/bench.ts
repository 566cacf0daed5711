import { performance } from 'node:perf_hooks';
import { loadEngine } from '../src/index.ts';

// Our own sample sentences (never dataset text), mixed French and English, calm and hostile.
const SAMPLE =
  "Franchement, t'es vraiment nul et tu le sais. I don't agree with you, but thanks for the link! " +
  'Je pense que cette décision était une erreur, on peut en parler ? Shut up, idiot. 😡 ' +
  'Merci pour votre aide hier, c’était super gentil. ';

function textOf(length: number): string {
  return SAMPLE.repeat(Math.ceil(length / SAMPLE.length)).slice(0, length);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function rate(run: () => void, seconds: number): number {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < (seconds * 1000) / 5) {
      run();
      n++;
    }
    runs.push(n / ((performance.now() - start) / 1000));
  }
  return median(runs);
}

/** Prints load time, memory and analyses per second for 280- and 2,800-character texts. */
export async function bench(): Promise<void> {
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
  for (const length of [280, 2800]) {
    const text = textOf(length);
    for (let i = 0; i < 200; i++) engine.analyze(text);
    const full = rate(() => engine.analyze(text), 2);
    const noCoach = rate(() => engine.analyze(text, { coach: false }), 2);
    console.log(
      `${length} chars: ${full.toFixed(0)} analyses/s with the coach, ${noCoach.toFixed(0)}/s without (median of 5, one core)`,
    );
  }
}
