import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Engine } from '../src/analyze.ts';
import { fingerprints, goldenCorpus } from '../train/golden.ts';
import { measure, warmUp } from './bench.ts';
import { describeLoad, describeMachine, readMachine } from './machine.ts';

/**
 * Speed of the working tree's engine against a git revision's, in one process, with their
 * measurement windows interleaved: on a shared machine whose load changes by the minute, only
 * a ratio measured side by side means anything. Also checks that both give the very same
 * answers on the golden corpus (`train/golden.ts`).
 *
 *   npx tsx packages/engine/cli/against.ts [REV] [--rounds N] [--lines FILE]
 *
 * With `--lines FILE` (JSON lines with a `text`, as `analyze` reads them), it also measures
 * both engines on those texts, each answer serialised as `analyze` writes it: varied texts
 * rather than the bench's one draft over and over.
 */
const here = dirname(fileURLToPath(import.meta.url));
const engineDir = join(here, '..');
const repoRoot = join(engineDir, '..', '..');

async function bundle(entry: string, out: string): Promise<Engine> {
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: out,
    logLevel: 'warning',
  });
  const module = (await import(pathToFileURL(out).href)) as {
    loadEngine: () => Promise<Engine>;
  };
  return module.loadEngine();
}

// Our own sample (as in bench.ts): mixed French and English, calm and hostile.
const SAMPLE =
  "Franchement, t'es vraiment nul et tu le sais. I don't agree with you, but thanks for the link! " +
  'Je pense que cette décision était une erreur, on peut en parler ? Shut up, idiot. 😡 ' +
  'Merci pour votre aide hier, c’était super gentil. ';
const textOf = (n: number) => SAMPLE.repeat(Math.ceil(n / SAMPLE.length)).slice(0, n);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rev = args.find((a) => !a.startsWith('--')) ?? 'HEAD';
  const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 0) || 7;
  const machine = readMachine();
  console.log(`machine: ${describeMachine(machine)}; at start: ${describeLoad(machine)}`);
  const work = mkdtempSync(join(tmpdir(), 'engine-against-'));
  try {
    const tar = execFileSync(
      'git',
      ['archive', rev, 'packages/engine/src', 'packages/engine/models'],
      {
        cwd: repoRoot,
        maxBuffer: 1 << 30,
      },
    );
    execFileSync('tar', ['-x', '-C', work], { input: tar });
    const base = await bundle(join(work, 'packages/engine/src/index.ts'), join(work, 'base.mjs'));
    const head = await bundle(join(engineDir, 'src/index.ts'), join(work, 'head.mjs'));
    /** Warms both up, times them in alternating rounds, prints the medians and their ratio. */
    const compare = (label: string, runBase: () => void, runHead: () => void) => {
      const runs = [runBase, runHead];
      for (const run of runs) warmUp(run, 3000);
      const rates: number[][] = [[], []];
      for (let r = 0; r < rounds; r++) {
        // Alternate which goes first, so neither always follows the other's garbage.
        const order = r % 2 === 0 ? [0, 1] : [1, 0];
        for (const k of order) rates[k]?.push(measure(runs[k] as () => void, 1, 300).cpu);
      }
      const [rb, rh] = rates.map(median) as [number, number];
      const ratios = (rates[1] as number[]).map(
        (x, i) => x / ((rates[0] as number[])[i] as number),
      );
      console.log(
        `${label}: ${rev} ${Math.round(rb)}/s, working tree ${Math.round(rh)}/s of CPU; ` +
          `ratio ${(rh / rb).toFixed(2)} (median of per-round ratios ${median(ratios).toFixed(2)}, ` +
          `${rounds} rounds of 300 ms CPU each)`,
      );
    };
    const cases = goldenCorpus();
    const a = fingerprints(base, cases);
    const b = fingerprints(head, cases);
    const differ = a.filter((line, i) => line !== b[i]).length;
    console.log(`golden corpus: ${cases.length} texts, ${differ} answers differ from ${rev}`);
    for (const length of [280, 2800]) {
      const text = textOf(length);
      for (const coach of [true, false]) {
        const options = coach ? {} : { coach: false };
        compare(
          `${length} chars, ${coach ? 'with the coach' : 'without the coach'}`,
          () => base.analyze(text, options),
          () => head.analyze(text, options),
        );
      }
    }
    const linesAt = args.indexOf('--lines');
    if (linesAt >= 0) {
      const texts = readFileSync(args[linesAt + 1] as string, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { text: string }).text);
      // Each engine walks the lines on its own cursor, answering them as `analyze` writes them.
      const cursor = (engine: typeof base) => {
        let i = 0;
        return () => {
          JSON.stringify(engine.analyze(texts[i] as string));
          i = (i + 1) % texts.length;
        };
      };
      compare(
        `${texts.length} lines of ${args[linesAt + 1]}, analysed and serialised`,
        cursor(base),
        cursor(head),
      );
    }
    console.log(`at end: ${describeLoad(readMachine())}`);
    if (differ > 0) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
