import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Engine, loadEngine } from '../src/index.ts';
import { judge, readerEmotion } from '../src/judgement.ts';
import type { Language } from '../src/types.ts';
import {
  type CoachCase,
  coachSet,
  HARMLESS_KINDS,
  HURTFUL_KINDS,
  heldOutSet,
  type Kind,
} from './coach-set.ts';
import { checkRewrite, type RewriteProblem } from './rewrite-checks.ts';

/**
 * The coach evaluation on our own set (`coach-set.ts`): for every hurtful draft, is there a good
 * rewrite, none, or a bad one (any failed check, see `rewrite-checks.ts`, or an engine that still
 * finds the rewrite toxic or hurtful); for every harmless one, does the pause open (a false
 * alarm); and is the emotion a reader would name the one the engine names.
 *
 *   npm run coach-eval -w @empathie/engine [-- --threshold 0.7] [--show-bad]
 */

const here = dirname(fileURLToPath(import.meta.url));
const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
// The person's threshold for the pause: "medium" sensitivity is the default (0.7).
const threshold = Number(arg('--threshold') ?? 0.7);
const showBad = process.argv.includes('--show-bad');
const showMissed = process.argv.includes('--show-missed');
const missed: string[] = [];

interface Tally {
  n: number;
  good: number;
  none: number;
  bad: number;
  paused: number;
  emotionRight: number;
  emotionNone: number;
  emotionWrong: number;
}

const empty = (): Tally => ({
  n: 0,
  good: 0,
  none: 0,
  bad: 0,
  paused: 0,
  emotionRight: 0,
  emotionNone: 0,
  emotionWrong: 0,
});

const ATTACKS = new Set(['insult', 'label', 'judgment', 'threat', 'command', 'sarcasm']);

/** Why the engine itself would still object to a rewrite, if it does. */
function engineProblems(engine: Engine, rewrite: string, language: Language): string[] {
  const a = engine.analyze(rewrite, { language });
  const out: string[] = [];
  if (a.scores.TOXICITY >= engine.thresholds.TOXICITY) out.push('engine-toxic');
  if (a.coach.findings.some((f) => ATTACKS.has(f.kind))) out.push('engine-finding');
  return out;
}

function run(engine: Engine, c: CoachCase, tally: Tally, bad: string[]): void {
  const a = engine.analyze(c.text, { language: c.language });
  const verdict = judge(a, threshold).verdict;
  tally.n++;
  if (verdict === 'pause') tally.paused++;
  const emotion = readerEmotion(a.emotions);
  if (bad !== NO_LOG && (verdict === 'pause') !== c.hurtful) {
    missed.push(`${c.language} ${c.kind} ${c.hurtful ? 'not paused' : 'paused'}: ${c.text}`);
  }
  if (bad !== NO_LOG && emotion !== null && !c.emotions.includes(emotion)) {
    missed.push(`${c.language} ${c.kind} emotion ${emotion}: ${c.text}`);
  }
  // For an ordinary post "no emotion" is a right answer ('neutral' in its labels).
  if (emotion === null && c.emotions.includes('neutral')) tally.emotionRight++;
  else if (emotion === null) tally.emotionNone++;
  else if (c.emotions.includes(emotion)) tally.emotionRight++;
  else tally.emotionWrong++;
  const rewrite = a.coach.rewrite;
  if (rewrite === null) {
    tally.none++;
    return;
  }
  const problems: (RewriteProblem | string)[] = c.hurtful
    ? [...checkRewrite(rewrite, c.language, c), ...engineProblems(engine, rewrite, c.language)]
    : ['rewrite-of-harmless-post'];
  if (problems.length === 0) tally.good++;
  else {
    tally.bad++;
    bad.push(`${c.language} ${c.kind}: ${c.text}\n    → ${rewrite}\n    ✗ ${problems.join(', ')}`);
  }
}

const NO_LOG: string[] = [];
const pct = (x: number, n: number) => (n === 0 ? '–' : `${((100 * x) / n).toFixed(1)} %`);

const engine = await loadEngine();
const kinds = (hurtful: boolean): readonly (Kind | 'hurtful' | 'harmless')[] =>
  hurtful ? [...HURTFUL_KINDS, 'hurtful'] : [...HARMLESS_KINDS, 'harmless'];

function report(title: string, cases: readonly CoachCase[]): number {
  const tallies = new Map<string, Tally>();
  const bad: string[] = [];
  missed.length = 0;
  const tally = (key: string) => {
    if (!tallies.has(key)) tallies.set(key, empty());
    return tallies.get(key) as Tally;
  };
  for (const c of cases) {
    run(engine, c, tally(`${c.language} ${c.kind}`), bad);
    run(engine, c, tally(`${c.language} ${c.hurtful ? 'hurtful' : 'harmless'}`), NO_LOG);
  }
  const notes = new Map<string, number>();
  for (const c of cases) {
    if (c.hurtful) continue;
    if (judge(engine.analyze(c.text, { language: c.language }), threshold).verdict !== 'note')
      continue;
    for (const key of [`${c.language} ${c.kind}`, `${c.language} harmless`]) {
      notes.set(key, (notes.get(key) ?? 0) + 1);
    }
  }
  console.log(`## ${title}: ${cases.length} drafts\n`);
  console.log('Hurtful drafts (the pause should open; a rewrite is good, absent, or bad):\n');
  console.log(
    '| language | kind | drafts | paused | good rewrite | no rewrite | bad rewrite | emotion right | no emotion | emotion wrong |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const language of ['fr', 'en'] as const) {
    for (const kind of kinds(true)) {
      const t = tallies.get(`${language} ${kind}`);
      if (!t) continue;
      const name = kind === 'hurtful' ? '**all hurtful**' : kind;
      console.log(
        `| ${language} | ${name} | ${t.n} | ${pct(t.paused, t.n)} | ${pct(t.good, t.n)} | ${pct(t.none, t.n)} | ${pct(t.bad, t.n)} | ${pct(t.emotionRight, t.n)} | ${pct(t.emotionNone, t.n)} | ${pct(t.emotionWrong, t.n)} |`,
      );
    }
  }
  console.log('\nHarmless drafts (a pause is a false alarm; any rewrite is bad):\n');
  console.log(
    '| language | kind | drafts | false alarm (pause) | gentle note | rewrite offered | emotion right | no emotion | emotion wrong |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const language of ['fr', 'en'] as const) {
    for (const kind of kinds(false)) {
      const t = tallies.get(`${language} ${kind}`);
      if (!t) continue;
      const name = kind === 'harmless' ? '**all harmless**' : kind;
      const n = notes.get(`${language} ${kind}`) ?? 0;
      console.log(
        `| ${language} | ${name} | ${t.n} | ${pct(t.paused, t.n)} | ${pct(n, t.n)} | ${pct(t.bad, t.n)} | ${pct(t.emotionRight, t.n)} | ${pct(t.emotionNone, t.n)} | ${pct(t.emotionWrong, t.n)} |`,
      );
    }
  }
  console.log(`\nbad rewrites: ${bad.length}`);
  if (showBad || bad.length <= 20) for (const b of bad) console.log(`  ${b}`);
  if (showMissed) for (const m of missed) console.log(`  ${m}`);
  console.log('');
  return bad.length;
}

console.log(
  `coach evaluation on our own sets; pause threshold ${threshold} (the person's sensitivity), ` +
    `engine TOXICITY threshold ${engine.thresholds.TOXICITY}\n`,
);
const badDev = report('Generated set (coach-set.ts, used while writing the rules)', coachSet());
const badHeld = report(
  'First held-out set (written after the rules were frozen; later read to extend them)',
  heldOutSet(),
);
const badUnseen = report('Second held-out set (never read to write the rules)', heldOutSet(true));

// Our functional sentences (train/functional-{fr,en}.tsv) have no expected answer: every rewrite
// the coach offers on them is still checked for its shape, its syntax and by the engine.
let offered = 0;
const broken: string[] = [];
for (const language of ['fr', 'en'] as const) {
  const rows = readFileSync(join(here, `functional-${language}.tsv`), 'utf8')
    .split('\n')
    .slice(1);
  for (const row of rows) {
    const text = row.split('\t')[2];
    if (!text) continue;
    const rewrite = engine.analyze(text, { language }).coach.rewrite;
    if (rewrite === null) continue;
    offered++;
    const problems = [
      ...checkRewrite(rewrite, language, { keep: [], drop: [] }),
      ...engineProblems(engine, rewrite, language),
    ];
    if (problems.length > 0) broken.push(`${text}\n    → ${rewrite}\n    ✗ ${problems.join(', ')}`);
  }
}
console.log(
  `## Functional sentences (no expected answer): ${offered} rewrites offered, ${broken.length} failing a check`,
);
for (const b of broken) console.log(`  ${b}`);
if (badDev + badHeld + badUnseen + broken.length > 0) process.exitCode = 1;
