/**
 * Capacity experiment (ADR 0018, seventh round): for each leave-one-source-out fold, the linear
 * model as `--loso` trains it, a deep averaging network over the same features trained on the
 * same rows, and blends of the two, scored on the held-out set (TOXICITY ROC-AUC).
 *
 *   npx tsx packages/engine/train/capacity.ts [--only NAME] [--dimensions 32] [--hidden 64]
 *     [--network-epochs 3] [--network-lr 0.05]
 *
 * About 100 s of CPU per fold on a 2-core AMD EPYC (13 folds: about 22 minutes).
 */
import { createEngine } from '../src/analyze.ts';
import { buildLexicon } from '../src/lexicon/lexicon.ts';
import { activations, forward, trainNetwork } from './averaging-network.ts';
import { defaultDataDir, loadCorpus } from './corpus.ts';
import { HEAD_INDEX } from './example.ts';
import { HELD_OUT_SETS, LOSO_EPOCHS, trainFold } from './loso.ts';
import { rocAuc } from './metrics.ts';
import { parseTrainArgs } from './train.ts';
import { pack } from './trainer.ts';

const argv = process.argv.slice(2);
const get = (flag: string, fallback: number) => {
  const i = argv.indexOf(flag);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const only = argv.flatMap((a, k) => (argv[k - 1] === '--only' ? [a] : []));
const args = parseTrainArgs(argv);
const shape = {
  bits: args.bits,
  dimensions: get('--dimensions', 32),
  hidden: get('--hidden', 64),
  epochs: get('--network-epochs', 3),
  learningRate: get('--network-lr', 0.05),
  seed: 7,
};
const BLENDS = [0.3, 0.5];

const log = (line: string) => process.stderr.write(`${line}\n`);
// The split seed of the shipped weights (the default), so folds are those of `--loso`.
const corpus = loadCorpus(defaultDataDir(), args.seed, () => {}, args);
const all = [...corpus.train, ...corpus.dev, ...corpus.test];
const ends = { nTrain: corpus.train.length, nDev: corpus.dev.length };
log(`packing ${all.length} examples`);
const packed = pack(all, buildLexicon(), args.bits, () => {});
const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));
const spread = (xs: readonly number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) || 1;
};

const columns = ['linear', 'network', ...BLENDS.map((b) => `blend ${b}`)];
const rows: { lang: string; aucs: number[]; line: string }[] = [];
for (const set of HELD_OUT_SETS) {
  if (only.length > 0 && !only.some((o) => set.name.includes(o))) continue;
  const c0 = process.cpuUsage();
  const { model, trainIdx } = trainFold(all, packed, set, ends, { ...args, epochs: LOSO_EPOCHS });
  const net = trainNetwork(all, packed, trainIdx, shape, (e, loss) =>
    log(`  ${set.name}: network epoch ${e}, loss ${loss.toFixed(4)}`),
  );
  const engine = createEngine(model);
  const primary = HEAD_INDEX[set.label ?? 'TOXICITY'];
  const items: number[] = [];
  all.forEach((ex, i) => {
    const scored = set.score.includes(ex.source) && ex.augmented !== true;
    if (scored && !Number.isNaN(ex.labels[primary] as number)) items.push(i);
  });
  const labels = items.map((i) => all[i]?.labels[primary] as number);
  const linear = items.map((i) =>
    logit(engine.analyze(all[i]?.text ?? '', { coach: false }).scores.TOXICITY),
  );
  const act = activations(net);
  const network = items.map((i) => {
    forward(net, packed, i, act);
    return act.logits[0] as number;
  });
  // Blends of standardised logits, so that neither scale dominates.
  const [sl, sn] = [spread(linear), spread(network)];
  const blend = (w: number) =>
    linear.map((l, k) => ((1 - w) * l) / sl + (w * (network[k] as number)) / sn);
  const aucs = [linear, network, ...BLENDS.map(blend)].map((s) => rocAuc(s, labels));
  const cpu = process.cpuUsage(c0);
  const line = `| ${set.name} | ${aucs.map((a) => a.toFixed(3)).join(' | ')} |`;
  log(`${line} (${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU)`);
  rows.push({ lang: set.lang, aucs, line });
}
console.log(`| set | ${columns.join(' | ')} |\n|${' --- |'.repeat(columns.length + 1)}`);
for (const r of rows) console.log(r.line);
for (const lang of ['fr', 'en']) {
  const mine = rows.filter((r) => r.lang === lang);
  if (mine.length === 0) continue;
  const cells = columns.map((_, c) => {
    const xs = mine.map((r) => r.aucs[c] as number);
    return `${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3)} / ${Math.min(...xs).toFixed(3)}`;
  });
  console.log(`| ${lang} mean / worst | ${cells.join(' | ')} |`);
}
console.log(
  `\nnetwork: ${shape.dimensions} dimensions, ${shape.hidden} hidden units, ${shape.epochs} epochs, learning rate ${shape.learningRate}; linear: ${LOSO_EPOCHS} epochs`,
);
