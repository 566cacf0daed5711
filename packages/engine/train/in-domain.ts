import { createEngine } from '../src/analyze.ts';
import { fnv1a } from '../src/features/hash.ts';
import { buildLexicon } from '../src/lexicon/lexicon.ts';
import type { Corpus } from './corpus.ts';
import { type Example, HEAD_INDEX } from './example.ts';
import { type HeldOutSet, type LosoOptions, trainFold } from './loso.ts';
import { rocAuc } from './metrics.ts';
import { pack } from './trainer.ts';

/**
 * In-domain cross-validation of one labelled set: its rows, all splits together, are cut into
 * `folds` parts by source item; each part is scored by a model trained on every other set's
 * training rows and on the set's other parts, calibrated on the other sets' dev rows. Where
 * leave-one-source-out measures text of a kind never seen, this measures new text of a kind the
 * model trained on (new comments of the same forum), and what weighing that kind more gives.
 */
export const IN_DOMAIN_PROTOCOL = `In-domain cross-validation (\`--in-domain SOURCE\`): the set's rows are cut
into five parts by source item; each part is scored by a model trained (3 epochs) on every other
set's training rows and the set's four other parts, weighted as \`--source-weight\` says, then
calibrated on the other sets' dev rows. It measures new text of a kind the model trained on, where
leave-one-source-out measures text of a kind it never saw.`;

export interface InDomainResult {
  source: string;
  n: number;
  /** TOXICITY ROC-AUC over every row, each scored by the model that did not train on it. */
  pooled: number;
  /** TOXICITY ROC-AUC of each part. */
  perFold: number[];
}

const HELD = 'held-out-part';

export function inDomainCv(
  corpus: Corpus,
  source: string,
  opts: Omit<LosoOptions, 'only'>,
  weight = 1,
  folds = 5,
): InDomainResult {
  const rows = [...corpus.train, ...corpus.dev, ...corpus.test].filter((x) => x.source === source);
  if (rows.length === 0) throw new Error(`--in-domain: no rows of source ${source}`);
  const train = [...corpus.train.filter((x) => x.source !== source), ...rows];
  const dev = corpus.dev.filter((x) => x.source !== source);
  // Copies: holding a part out renames its source, which must not touch the corpus.
  const all: Example[] = [...train, ...dev].map((x) =>
    x.source === source ? { ...x, weight } : { ...x },
  );
  const nTrain = train.length;
  const packed = pack(all, buildLexicon(), opts.bits, () => {});
  const own: number[] = [];
  for (let i = 0; i < nTrain; i++) if ((all[i] as Example).source === source) own.push(i);
  const part = (i: number) => (fnv1a((all[i] as Example).group) >>> 0) % folds;
  const scores: number[] = [];
  const labels: number[] = [];
  const perFold: number[] = [];
  for (let k = 0; k < folds; k++) {
    const held = own.filter((i) => part(i) === k);
    for (const i of held) (all[i] as Example).source = HELD;
    const set: HeldOutSet = {
      name: HELD,
      lang: (rows[0] as Example).lang,
      hold: [HELD],
      score: [HELD],
    };
    const { model } = trainFold(all, packed, set, { nTrain, nDev: dev.length }, opts);
    for (const i of held) (all[i] as Example).source = source;
    const engine = createEngine(model);
    const s: number[] = [];
    const y: number[] = [];
    for (const i of held) {
      const ex = all[i] as Example;
      const label = ex.labels[HEAD_INDEX.TOXICITY] as number;
      if (Number.isNaN(label) || ex.weak === true) continue;
      s.push(engine.analyze(ex.text, { coach: false }).scores.TOXICITY);
      y.push(label);
    }
    perFold.push(rocAuc(s, y));
    scores.push(...s);
    labels.push(...y);
  }
  return { source, n: scores.length, pooled: rocAuc(scores, labels), perFold };
}

export function inDomainLine(r: InDomainResult, weight: number): string {
  const parts = r.perFold.map((x) => x.toFixed(3)).join(', ');
  return `${r.source}, rows weighted ${weight}: TOXICITY ROC-AUC ${r.pooled.toFixed(3)} over ${r.n} texts (parts: ${parts})`;
}
