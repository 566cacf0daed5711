import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/analyze.ts';
import { REGRESSION_CASES } from '../src/regression.data.ts';
import type { AnalyzeOptions } from '../src/types.ts';
import { coachSet, heldOutSet } from './coach-set.ts';
import { loadFunctional } from './functional.ts';
import { mulberry32 } from './random.ts';
import { generateSuite } from './suite.ts';
import { templateExamples } from './templates.ts';

/**
 * Golden outputs: a fingerprint of the engine's full answer (scores, spans, emotions, coach) for a
 * few thousand varied texts of our own, so that a change meant to make the engine faster can be
 * shown to change nothing. Regenerate (`--write`) only when results are meant to change (new
 * weights, a new rule), never to make a speed change pass.
 *
 *   npx tsx packages/engine/train/golden.ts --check   # exit 1 and list what differs
 *   npx tsx packages/engine/train/golden.ts --write   # record the current outputs
 *
 * Only hashes of the outputs are stored, with a hash of each input to catch a drifting corpus.
 */

export interface GoldenCase {
  text: string;
  options: AnalyzeOptions;
}

// Spelling games, letter swaps and noise the normaliser reads: every path of the tokeniser.
const SWAPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/o/g, '0'],
  [/a/g, '4'],
  [/e/g, '3'],
  [/i/g, '!'],
  [/s/g, '$'],
  [/o/g, 'о'], // Cyrillic look-alike
];
const NOISE = [
  '😡',
  '🙂',
  '👍🏽',
  '\u200b',
  '\u00ad',
  'e\u0301',
  '  ',
  '\n',
  '!!!',
  '...',
  '@alice',
  '#lundi',
  'https://exemple.fr/a?b=1',
  '« ',
  ' »',
  '"',
  'ﬁ',
  '𝐁𝐨𝐥𝐝',
  '\t',
  '中文',
  'ЖЖ',
];
const FOREIGN = [
  'Das ist wirklich nicht gut, aber ich weiß es nicht.',
  'Esto es lo que pienso, pero no sé si tienes razón.',
  'Questo è quello che penso, ma non so se hai ragione.',
  'Isso é o que eu penso, mas não sei se você tem razão.',
  'Dit is wat ik denk, maar ik weet niet of je gelijk hebt.',
  'Это то, что я думаю.',
];

/** The own-text corpus: our templates, suites, regression and functional sets, and variants. */
export function goldenCorpus(): GoldenCase[] {
  const base = [
    ...REGRESSION_CASES.map((c) => c.text),
    ...loadFunctional().map((c) => c.text),
    ...coachSet().map((c) => c.text),
    ...heldOutSet().map((c) => c.text),
    ...heldOutSet(true).map((c) => c.text),
    ...generateSuite().map((c) => c.text),
    ...templateExamples().map((e) => e.text),
    ...FOREIGN,
  ];
  const unique = [...new Set(base)];
  const rnd = mulberry32(20261127);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const cases: GoldenCase[] = unique.map((text) => ({ text, options: {} }));
  for (let k = 0; k < 1500; k++) {
    const t = pick(unique);
    const r = rnd();
    let text: string;
    if (r < 0.2) text = t.toUpperCase();
    else if (r < 0.4) {
      const [from, to] = pick(SWAPS);
      text = t.replace(from, to);
    } else if (r < 0.6) {
      const at = Math.floor(rnd() * (t.length + 1));
      text = t.slice(0, at) + pick(NOISE) + t.slice(at);
    } else if (r < 0.75) {
      // A 280-character post and a 2,800-character long form made of several sentences.
      const target = rnd() < 0.7 ? 280 : 2800;
      text = t;
      while (text.length < target) text += ` ${pick(unique)}`;
      text = text.slice(0, target);
    } else if (r < 0.85) text = t.replace(/([aeiou])/, '$1$1$1$1');
    else text = `${t} ${pick(NOISE)} ${pick(unique)}`;
    cases.push({ text, options: {} });
  }
  for (let k = 0; k < 300; k++) {
    const text = pick(unique);
    const r = rnd();
    cases.push({
      text,
      options: r < 0.5 ? { coach: false } : { language: r < 0.75 ? 'fr' : 'en' },
    });
  }
  // Edge cases: empty, blank, lone surrogates, controls.
  for (const text of ['', ' ', '\n\n', '\ud800', 'a\udc00b', '\u0000\u0007', '😡😡😡', '...'])
    cases.push({ text, options: {} });
  return cases;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** One line per case: the input's hash and the hash of the analysis as JSON. */
export function fingerprints(engine: Engine, cases: readonly GoldenCase[]): string[] {
  return cases.map(
    (c) =>
      `${hash(JSON.stringify([c.text, c.options]))} ${hash(JSON.stringify(engine.analyze(c.text, c.options)))}`,
  );
}

/**
 * `fingerprints` through `engine.analyzeMany`: runs of cases with the same options, at most
 * `size` at a time, are analysed together. Must give the very lines `fingerprints` gives.
 */
export function batchFingerprints(
  engine: Engine,
  cases: readonly GoldenCase[],
  size: number,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < cases.length; ) {
    const options = JSON.stringify((cases[i] as GoldenCase).options);
    let j = i + 1;
    while (j < cases.length && j - i < size && JSON.stringify(cases[j]?.options) === options) j++;
    const batch = cases.slice(i, j);
    const answers = engine.analyzeMany(
      batch.map((c) => c.text),
      (cases[i] as GoldenCase).options,
    );
    batch.forEach((c, k) => {
      out.push(`${hash(JSON.stringify([c.text, c.options]))} ${hash(JSON.stringify(answers[k]))}`);
    });
    i = j;
  }
  return out;
}

export const goldenPath = join(dirname(fileURLToPath(import.meta.url)), 'golden.outputs.txt');

/** Lines of `expected` and `actual` that differ, as case indexes. */
export function differences(expected: readonly string[], actual: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(expected.length, actual.length); i++)
    if (expected[i] !== actual[i]) out.push(i);
  return out;
}

async function main(): Promise<void> {
  const { loadEngine } = await import('../src/analyze.ts');
  const engine = await loadEngine();
  const cases = goldenCorpus();
  const lines = fingerprints(engine, cases);
  if (process.argv.includes('--write')) {
    writeFileSync(goldenPath, `${lines.join('\n')}\n`);
    console.log(`wrote ${lines.length} fingerprints to ${goldenPath}`);
    return;
  }
  if (!existsSync(goldenPath)) throw new Error(`no ${goldenPath}: run with --write first`);
  const expected = readFileSync(goldenPath, 'utf8').trimEnd().split('\n');
  const diff = differences(expected, lines);
  for (const i of diff.slice(0, 20))
    console.log(`differs: #${i} ${JSON.stringify(cases[i]?.text)}`);
  console.log(`${lines.length} cases, ${diff.length} differ`);
  if (diff.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
