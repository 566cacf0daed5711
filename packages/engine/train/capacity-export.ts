/**
 * Capacity experiment, twelfth round (ADR 0018): exports what `capacity-cnn.py` needs to train a
 * character-level network per leave-one-source-out fold on another machine, and to blend it with
 * the linear fold models. Writes, into `.gpu/` at the repository root (ignored by git, never
 * shipped: it holds dataset text):
 * - `corpus.jsonl.gz`: every labelled row (text, language, source, split, TOXICITY label);
 * - `folds.json`: per held-out set, the sources held out and the linear fold model's TOXICITY
 *   score of each held-out row, trained as `--loso` trains it.
 *
 *   npx tsx packages/engine/train/capacity-export.ts [NAME …]
 *   python3 packages/engine/train/capacity-cnn.py [NAME …]   (PyTorch, scikit-learn; a GPU)
 *
 * About 35 s of CPU per fold on a 2-core AMD EPYC.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createEngine } from '../src/analyze.ts';
import { buildLexicon } from '../src/lexicon/lexicon.ts';
import { defaultDataDir, loadCorpus } from './corpus.ts';
import { HEAD_INDEX } from './example.ts';
import { HELD_OUT_SETS, LOSO_EPOCHS, trainFold } from './loso.ts';
import { parseTrainArgs } from './train.ts';
import { pack } from './trainer.ts';

const out = join(import.meta.dirname, '..', '..', '..', '.gpu');
mkdirSync(out, { recursive: true });
const wanted = process.argv.slice(2);
const args = parseTrainArgs([]);
const corpus = loadCorpus(defaultDataDir(), args.seed, () => {}, args);
const all = [...corpus.train, ...corpus.dev, ...corpus.test];
const nTrain = corpus.train.length;
const nDev = corpus.dev.length;
const split = (i: number) => (i < nTrain ? 'train' : i < nTrain + nDev ? 'dev' : 'test');
const lines: string[] = [];
all.forEach((x, i) => {
  if (x.augmented) return;
  const y = x.labels[HEAD_INDEX.TOXICITY] as number;
  const row = { i, t: x.text, l: x.lang, s: x.source, sp: split(i), w: x.weak ? 1 : 0 };
  lines.push(JSON.stringify({ ...row, y: Number.isNaN(y) ? null : y, wt: x.weight }));
});
writeFileSync(join(out, 'corpus.jsonl.gz'), gzipSync(lines.join('\n')));
process.stderr.write(`${lines.length} rows written\n`);

const packed = pack(all, buildLexicon(), args.bits, () => {});
const folds: Record<string, { hold: string[]; score: string[]; lin: Record<number, number> }> = {};
for (const set of HELD_OUT_SETS) {
  if (wanted.length > 0 && !wanted.some((w) => set.name.includes(w))) continue;
  const { model } = trainFold(all, packed, set, { nTrain, nDev }, { ...args, epochs: LOSO_EPOCHS });
  const engine = createEngine(model);
  const lin: Record<number, number> = {};
  all.forEach((x, i) => {
    if (!set.score.includes(x.source) || x.augmented) return;
    lin[i] = engine.analyze(x.text, { coach: false }).scores.TOXICITY;
  });
  folds[set.name] = { hold: [...set.hold], score: [...set.score], lin };
  writeFileSync(join(out, 'folds.json'), JSON.stringify(folds));
  process.stderr.write(`${set.name}: ${Object.keys(lin).length} held-out rows scored\n`);
}
