import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coach } from '../src/coach/index.ts';
import type { Engine } from '../src/index.ts';
import type { CoachInput, Language } from '../src/types.ts';
import { contentWords, keptShare, mean } from './coach-metrics.ts';

/**
 * Measures the coach on English ParaDetox toxic sentences and on our own French set:
 * how often it offers a rewrite, how often the rewrite scores below the engine's toxicity
 * threshold, and how much of the draft's subject the rewrite keeps.
 *
 *   npm run coach-eval -w @empathie/engine [-- --data DIR --limit N]
 */
interface Draft {
  text: string;
  language: Language;
  /** Subject words the rewrite should keep: hand-written (fr) or from the human rewrite (en). */
  subject: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dataDir = resolve(arg('--data') ?? join(here, '..', '..', '..', '..', 'shared', 'datasets'));
const limit = Number(arg('--limit') ?? Number.POSITIVE_INFINITY);

function paradetox(): Draft[] {
  const rows = readFileSync(join(dataDir, 'paradetox', 'paradetox.tsv'), 'utf8')
    .split('\n')
    .slice(1);
  const drafts: Draft[] = [];
  for (const row of rows) {
    const [toxic, neutral] = row.split('\t');
    if (!toxic || !neutral) continue;
    // The subject is what the human rewrite kept of the toxic sentence.
    const kept = new Set(contentWords(neutral));
    drafts.push({
      text: toxic,
      language: 'en',
      subject: contentWords(toxic).filter((w) => kept.has(w)),
    });
    if (drafts.length >= limit) break;
  }
  return drafts;
}

function french(): Draft[] {
  return readFileSync(join(here, 'coach-fr.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .slice(1)
    .map((l) => {
      const [text = '', subject = ''] = l.split('\t');
      return { text, language: 'fr' as const, subject: contentWords(subject) };
    });
}

async function tryEngine(): Promise<Engine | null> {
  try {
    const mod = await import('../src/index.ts');
    return await mod.loadEngine();
  } catch (error) {
    console.error(`engine unavailable, rules only: ${(error as Error).message}`);
    return null;
  }
}

const NEUTRAL_INPUT = {
  scores: {
    TOXICITY: 0,
    SEVERE_TOXICITY: 0,
    INSULT: 0,
    THREAT: 0,
    IDENTITY_ATTACK: 0,
    PROFANITY: 0,
  },
  spans: [],
  emotions: { anger: 0, disgust: 0, fear: 0, joy: 0, sadness: 0, surprise: 0, neutral: 1 },
};

function inputFor(engine: Engine | null, d: Draft, useModel: boolean): CoachInput {
  if (!engine || !useModel) return { text: d.text, language: d.language, ...NEUTRAL_INPUT };
  const a = engine.analyze(d.text, { language: d.language, coach: false });
  return {
    text: d.text,
    language: d.language,
    scores: a.scores,
    spans: a.spans,
    emotions: a.emotions,
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)} %`);

function evaluate(name: string, drafts: Draft[], engine: Engine | null, useModel: boolean): string {
  const toxic = (t: string) =>
    engine
      ? engine.analyze(t, { coach: false }).scores.TOXICITY >= engine.thresholds.TOXICITY
      : false;
  let rewritten = 0;
  let flagged = 0;
  let toxicBefore = 0;
  let belowAfter = 0;
  let detoxified = 0;
  const keptDraft: number[] = [];
  const keptSubject: number[] = [];
  const whole: number[] = [];
  for (const d of drafts) {
    const r = coach(inputFor(engine, d, useModel));
    if (r.findings.length > 0) flagged++;
    const wasToxic = toxic(d.text);
    if (wasToxic) toxicBefore++;
    if (r.rewrite === null) continue;
    rewritten++;
    const below = engine ? !toxic(r.rewrite) : false;
    if (below) belowAfter++;
    if (below && wasToxic) detoxified++;
    keptDraft.push(keptShare(contentWords(d.text), r.rewrite));
    const s = keptShare(d.subject, r.rewrite);
    keptSubject.push(s);
    if (!Number.isNaN(s)) whole.push(s === 1 ? 1 : 0);
  }
  const n = drafts.length;
  const e = (x: string) => (engine ? x : 'n/a');
  return `| ${name} | ${useModel && engine ? 'rules + model' : 'rules only'} | ${n} | ${pct(flagged / n)} | ${pct(rewritten / n)} | ${e(pct(toxicBefore / n))} | ${e(pct(belowAfter / rewritten))} | ${e(pct(detoxified / toxicBefore))} | ${pct(mean(keptDraft))} | ${pct(mean(keptSubject))} | ${pct(mean(whole))} |`;
}

function timing(engine: Engine | null): string {
  const text =
    `${"T'es nul, ton code plante encore et tu ne m'écoutes jamais. On en reparle demain. ".repeat(40)}`.slice(
      0,
      2800,
    );
  const input = inputFor(engine, { text, language: 'fr', subject: [] }, true);
  const runs: number[] = [];
  for (let r = 0; r < 9; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) coach(input);
    runs.push((performance.now() - t0) / 100);
  }
  runs.sort((a, b) => a - b);
  return `coach on a 2,800-character hurtful draft: median ${(runs[4] as number).toFixed(3)} ms per call (9 runs of 100)`;
}

const engine = await tryEngine();
const sets: [string, Draft[]][] = [
  ['ParaDetox toxic (en)', paradetox()],
  ['coach-fr.tsv (fr)', french()],
];
console.log(`toxicity threshold: ${engine ? engine.thresholds.TOXICITY : 'n/a (no engine)'}\n`);
console.log(
  '| set | signals | drafts | with a finding | with a rewrite | draft above threshold | rewrite below threshold | toxic draft → rewrite below | draft words kept | subject words kept | whole subject kept |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const [name, drafts] of sets) {
  console.log(evaluate(name, drafts, engine, false));
  if (engine) console.log(evaluate(name, drafts, engine, true));
}
console.log(`\n${timing(engine)}`);
