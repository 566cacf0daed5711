import { createEngine } from '../src/analyze.ts';
import { buildLexicon } from '../src/lexicon/lexicon.ts';
import { HEADS, type Model, type ModelMeta } from '../src/model/model.ts';
import { ATTRIBUTES, type Attribute, type Language } from '../src/types.ts';
import type { Corpus } from './corpus.ts';
import { type Example, HEAD_INDEX } from './example.ts';
import { prfAt, rocAuc } from './metrics.ts';
import { finishModel } from './train.ts';
import { type Packed, pack, train } from './trainer.ts';

/**
 * One held-out set: `hold` are the sources left out of training and calibration (a dataset's
 * other language or its translation goes with it, so nothing of it leaks back), `score` those
 * it is scored on.
 */
export interface HeldOutSet {
  name: string;
  lang: Language;
  hold: readonly string[];
  score: readonly string[];
  /**
   * The set's own label the TOXICITY score is read against: TOXICITY, or IDENTITY_ATTACK for
   * sets that label hate only (their "not hateful" says nothing about toxicity).
   */
  label?: Attribute;
}

/** Every labelled toxicity set, by language; a set whose labels are all toxic cannot be scored. */
export const HELD_OUT_SETS: readonly HeldOutSet[] = [
  { name: 'mlma-hate-speech (fr)', lang: 'fr', hold: ['mlma-fr', 'mlma-en'], score: ['mlma-fr'] },
  {
    name: 'ftr-french-racist-tweets',
    lang: 'fr',
    hold: ['ftr'],
    score: ['ftr'],
    label: 'IDENTITY_ATTACK',
  },
  {
    name: 'cyberagressionado',
    lang: 'fr',
    hold: ['cyberagressionado'],
    score: ['cyberagressionado'],
  },
  {
    name: 'toxifrench (forum comments)',
    lang: 'fr',
    hold: ['toxifrench-forum'],
    score: ['toxifrench-forum'],
  },
  {
    name: 'toxifrench (Jigsaw, French)',
    lang: 'fr',
    hold: ['jigsaw-fr', 'jigsaw-en'],
    score: ['jigsaw-fr'],
  },
  {
    name: 'french-toxicity-mt-eistakovskii',
    lang: 'fr',
    hold: ['eistakovskii-mt', 'eistakovskii-tweets'],
    score: ['eistakovskii-mt', 'eistakovskii-tweets'],
  },
  { name: 'sexism-twitter-french', lang: 'fr', hold: ['sexism-fr'], score: ['sexism-fr'] },
  { name: 'davidson-hate-offensive', lang: 'en', hold: ['davidson'], score: ['davidson'] },
  { name: 'olid', lang: 'en', hold: ['olid'], score: ['olid'] },
  {
    name: 'tweeteval (hate)',
    lang: 'en',
    hold: ['tweeteval-hate'],
    score: ['tweeteval-hate'],
    label: 'IDENTITY_ATTACK',
  },
  { name: 'mlma-hate-speech (en)', lang: 'en', hold: ['mlma-en', 'mlma-fr'], score: ['mlma-en'] },
  {
    name: 'toxifrench (Jigsaw, English)',
    lang: 'en',
    hold: ['jigsaw-en', 'jigsaw-fr'],
    score: ['jigsaw-en'],
  },
  { name: 'paradetox', lang: 'en', hold: ['paradetox'], score: ['paradetox'] },
];

/**
 * Epochs per leave-one-source-out run unless `--epochs` says otherwise: 13 trainings at the
 * shipped 6 epochs would take most of an hour on a shared core; 3 keep the ranking of changes.
 */
export const LOSO_EPOCHS = 3;

/** What the leave-one-source-out section of the model card measures, written with its table. */
export const LOSO_PROTOCOL = `The figure to read first. Each labelled set is scored, all of it, by a model trained and
calibrated without it (and without its translation or other-language half), so the set's
source, topics and annotators are new to the model, as forum comments are to it in use. The
per-set held-out split further down mixes rows of every set on both sides and flatters the model
(French ROC-AUC 0.90 there against 0.73 here). ${LOSO_EPOCHS} epochs per run instead of the shipped 6, to keep
13 trainings within 7 minutes of CPU; training recipe of the shipped weights, with the lexicon and
context rules of the revision measured; the spread between reruns is about ±0.002. For the
hate-only sets (ftr, tweeteval hate) the TOXICITY score is read against their hate label;
SEVERE_TOXICITY reads exactly 0.500 on both Jigsaw halves, which we have not explained yet:
ignore that column. What each round of changes moved is in the history section below and in
\`docs/adr/0018-engine-generalisation.md\`.`;

export interface LosoOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Only the sets whose name contains one of these (all when empty). */
  only: readonly string[];
}

/** Figures for one held-out set. */
export interface LosoResult {
  set: HeldOutSet;
  n: number;
  positives: number;
  /** ROC-AUC per attribute, NaN where the set has no such label. */
  auc: Record<Attribute, number>;
  precision: number;
  recall: number;
  f1: number;
}

const f3 = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));

function score(model: Model, examples: readonly Example[], set: HeldOutSet): LosoResult {
  const engine = createEngine(model);
  const items = examples.filter((ex) => set.score.includes(ex.source) && ex.augmented !== true);
  const scores = items.map((ex) => engine.analyze(ex.text, { coach: false }).scores);
  const primary = HEAD_INDEX[set.label ?? 'TOXICITY'];
  // Labels filled by our weak rule are not annotations: only the set's primary label counts there.
  const labelOf = (i: number, h: number) => {
    const ex = items[i] as Example;
    return ex.weak === true && h !== primary ? Number.NaN : (ex.labels[h] as number);
  };
  const auc = {} as Record<Attribute, number>;
  for (const a of ATTRIBUTES) {
    const h = a === 'TOXICITY' ? primary : HEAD_INDEX[a];
    const idx = items.map((_, i) => i).filter((i) => !Number.isNaN(labelOf(i, h)));
    auc[a] = rocAuc(
      idx.map((i) => scores[i]?.[a] as number),
      idx.map((i) => labelOf(i, h)),
    );
  }
  const tox = items.map((_, i) => i).filter((i) => !Number.isNaN(labelOf(i, primary)));
  const labels = tox.map((i) => labelOf(i, primary));
  const prf = prfAt(
    tox.map((i) => scores[i]?.TOXICITY as number),
    labels,
    engine.thresholds.TOXICITY,
  );
  return {
    set,
    n: tox.length,
    positives: labels.filter((y) => y === 1).length,
    auc,
    precision: prf.precision,
    recall: prf.recall,
    f1: prf.f1,
  };
}

/** Where the training and the dev rows end in the examples `[...train, ...dev, ...test]`. */
export interface SplitEnds {
  nTrain: number;
  nDev: number;
}

/**
 * The linear model of one fold: trained without `set`'s sources (and their translations), and
 * calibrated on the other sets' dev rows. `trainIdx` are the rows it trained on.
 */
export function trainFold(
  all: readonly Example[],
  packed: Packed,
  set: HeldOutSet,
  { nTrain, nDev }: SplitEnds,
  opts: Omit<LosoOptions, 'only'>,
): { model: Model; trainIdx: Int32Array } {
  const kept = (from: number, to: number) => {
    const idx: number[] = [];
    for (let i = from; i < to; i++) if (!set.hold.includes(all[i]?.source ?? '')) idx.push(i);
    return Int32Array.from(idx);
  };
  const trainIdx = kept(0, nTrain);
  const float = train(all, packed, { ...opts, only: trainIdx }, () => {});
  const fitted = finishModel(float, opts.bits, all, packed, kept(nTrain, nTrain + nDev));
  const meta: ModelMeta = {
    format: 1,
    bits: opts.bits,
    heads: HEADS,
    scales: fitted.scales,
    bias: Array.from(float.bias),
    calibration: fitted.calibration,
    thresholds: fitted.thresholds,
    trainedAt: 'loso',
    seed: opts.seed,
  };
  return { model: { meta, weights: fitted.weights, mask: (1 << opts.bits) - 1 }, trainIdx };
}

/**
 * Leave-one-source-out: for each labelled set, trains without it (and without its translations
 * or other language), calibrates on the other sets' dev split, and scores the whole set, all
 * splits, as text from a source the model never saw. The features of every example are packed
 * once; each run trains on a subset of them.
 */
export function leaveOneSourceOut(
  corpus: Corpus,
  opts: LosoOptions,
  log: (line: string) => void,
): LosoResult[] {
  const lexicon = buildLexicon();
  const all = [...corpus.train, ...corpus.dev, ...corpus.test];
  const nTrain = corpus.train.length;
  const nDev = corpus.dev.length;
  log(`  packing features of ${all.length} examples`);
  const packed = pack(all, lexicon, opts.bits, () => {});
  const results: LosoResult[] = [];
  const sets = HELD_OUT_SETS.filter(
    (s) => opts.only.length === 0 || opts.only.some((o) => s.name.includes(o)),
  );
  for (const set of sets) {
    const c0 = process.cpuUsage();
    const { model } = trainFold(all, packed, set, { nTrain, nDev }, opts);
    const result = score(model, all, set);
    const cpu = process.cpuUsage(c0);
    log(
      `  ${set.name}: TOXICITY ROC-AUC ${f3(result.auc.TOXICITY)} on ${result.n} texts (${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU)`,
    );
    results.push(result);
  }
  return results;
}

function meanWorst(xs: readonly number[]): string {
  const v = xs.filter((x) => !Number.isNaN(x));
  if (v.length === 0) return '–';
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  return `${f3(mean)} / ${f3(Math.min(...v))} (${v.length})`;
}

/** Markdown: per set, then the mean and the worst per language and per attribute. */
export function losoTable(results: readonly LosoResult[], epochs: number): string {
  const lines = [
    `### Leave-one-source-out (each set scored by a model trained without it; ${epochs} epochs)`,
    '',
    '| language | mean / worst TOXICITY ROC-AUC (sets) | ' +
      ATTRIBUTES.slice(1)
        .map((a) => `${a} mean / worst`)
        .join(' | ') +
      ' | mean F1 at the threshold |',
    `|---|---|${ATTRIBUTES.slice(1)
      .map(() => '---|')
      .join('')}---|`,
  ];
  for (const lang of ['fr', 'en'] as const) {
    const rs = results.filter((r) => r.set.lang === lang);
    if (rs.length === 0) continue;
    lines.push(
      `| **${lang}** | **${meanWorst(rs.map((r) => r.auc.TOXICITY))}** | ${ATTRIBUTES.slice(1)
        .map((a) => meanWorst(rs.map((r) => r.auc[a])))
        .join(' | ')} | ${meanWorst(rs.map((r) => r.f1))} |`,
    );
  }
  lines.push(
    '',
    '| held-out set | lang | n | toxic | TOXICITY ROC-AUC | P / R / F1 at the threshold | other attributes, ROC-AUC |',
    '|---|---|---|---|---|---|---|',
  );
  for (const r of results) {
    const others = ATTRIBUTES.slice(1)
      .filter((a) => !Number.isNaN(r.auc[a]))
      .map((a) => `${a} ${f3(r.auc[a])}`)
      .join(', ');
    lines.push(
      `| ${r.set.name} | ${r.set.lang} | ${r.n} | ${r.positives} | **${f3(r.auc.TOXICITY)}** | ${f3(r.precision)} / ${f3(r.recall)} / ${f3(r.f1)} | ${others} |`,
    );
  }
  return lines.join('\n');
}
