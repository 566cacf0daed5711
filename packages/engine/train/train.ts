import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../src/analyze.ts';
import { buildLexicon } from '../src/lexicon/lexicon.ts';
import { encodeBase64 } from '../src/model/base64.ts';
import { GROUP_BLIND, HEADS, type Model, type ModelMeta, sigmoid } from '../src/model/model.ts';
import { ATTRIBUTES } from '../src/types.ts';
import { modelCard } from './card.ts';
import { CARD_SECTIONS, readSection, spliceSection } from './card-sections.ts';
import { defaultDataDir, loadCorpus } from './corpus.ts';
import { NEW_LOADERS } from './datasets-new.ts';
import { evaluate } from './evaluate.ts';
import type { Example } from './example.ts';
import { bestThreshold, fitPlatt, POSITIVE_SHARE } from './metrics.ts';
import { applyPriors } from './priors.ts';
import { type FloatModel, type Packed, pack, quantise, train } from './trainer.ts';

export interface TrainArgs {
  data: string;
  out: string;
  bits: number;
  epochs: number;
  seed: number;
  learningRate: number;
  l2: number;
  /** `--masked-copies`, `--suite`: training additions of our own (see `CorpusOptions`). */
  maskedCopies: boolean;
  suite: boolean;
  /** `--extra`: newer sets to load (see `CorpusOptions.extra`). */
  extra: readonly string[] | undefined;
  /** `--source-cap N`: training rows a single set may weigh (see `CorpusOptions.sourceCap`). */
  sourceCap: number | undefined;
  /** `--source-weight name=w,…`: a set's rows weigh w each (see `CorpusOptions.sourceWeights`). */
  sourceWeights: ReadonlyMap<string, number> | undefined;
  /** `--mask-softened`: see `CorpusOptions.maskSoftened`. */
  maskSoftened: boolean;
  /** `--soften-labels Y`: see `CorpusOptions.softenedLabel`. */
  softenedLabel: number | undefined;
  /**
   * `--undamped`: training features read without the context rules' damping (calibration and
   * the shipped engine keep it), as the shipped weights were trained before most rules existed.
   */
  undamped: boolean;
}

/** `--source-weight a=3,b=0.5`: positive weights by source name, or undefined for the default. */
export function parseSourceWeights(
  value: string | undefined,
): ReadonlyMap<string, number> | undefined {
  if (value === undefined) return undefined;
  const out = new Map<string, number>();
  for (const pair of value.split(',')) {
    const [name, w] = pair.split('=');
    const n = Number(w);
    if (name === undefined || name === '' || !Number.isFinite(n) || n <= 0) {
      throw new Error(`--source-weight wants name=positive number pairs, got ${pair}`);
    }
    out.set(name, n);
  }
  return out;
}

/** `--source-cap N`: a positive whole number of rows, or undefined for the default. */
function parseSourceCap(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--source-cap wants a positive whole number, got ${value}`);
  return n;
}

/** `--soften-labels Y`: a target strictly between 0 and 1, or undefined for none. */
function parseSoftTarget(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0 && n < 1))
    throw new Error(`--soften-labels wants a number between 0 and 1, got ${value}`);
  return n;
}

/** `--extra all`, `--extra none` or `--extra a,b`: which newer sets to load (undefined: the kept ones). */
function parseExtra(value: string | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (value === 'all') return NEW_LOADERS.map(([name]) => name);
  if (value === 'none') return [];
  return value.split(',');
}

export function parseTrainArgs(argv: readonly string[]): TrainArgs {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const here = dirname(fileURLToPath(import.meta.url));
  return {
    data: resolve(get('--data') ?? defaultDataDir()),
    out: resolve(get('--out') ?? join(here, '..', 'models')),
    bits: Number(get('--bits') ?? 18),
    epochs: Number(get('--epochs') ?? 6),
    seed: Number(get('--seed') ?? 20261122),
    learningRate: Number(get('--lr') ?? 0.2),
    l2: Number(get('--l2') ?? 1e-6),
    maskedCopies: argv.includes('--masked-copies'),
    suite: argv.includes('--suite'),
    extra: parseExtra(get('--extra')),
    sourceCap: parseSourceCap(get('--source-cap')),
    sourceWeights: parseSourceWeights(get('--source-weight')),
    maskSoftened: argv.includes('--mask-softened'),
    softenedLabel: parseSoftTarget(get('--soften-labels')),
    undamped: argv.includes('--undamped'),
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Applies the priors, quantises, and fits each head's Platt scaling and threshold on the dev
 * examples `devIdx` of `dev`, with the quantised weights, exactly as the shipped engine computes.
 */
export function finishModel(
  float: FloatModel,
  bits: number,
  dev: readonly Example[],
  devPacked: Packed,
  devIdx: Int32Array,
): {
  weights: Int8Array;
  scales: number[];
  calibration: Array<[number, number]>;
  thresholds: number[];
} {
  applyPriors(float, bits);
  const { weights, scales } = quantise(float);
  const h = HEADS.length;
  const devLogits = new Map<number, number[]>();
  for (const i of devIdx) {
    const z = Array.from(float.bias);
    for (let k = devPacked.offsets[i] as number; k < (devPacked.offsets[i + 1] as number); k++) {
      const base = (devPacked.buckets[k] as number) * h;
      const v = devPacked.values[k] as number;
      for (let j = 0; j < h; j++) {
        if (devPacked.quiet[k] === 1 && GROUP_BLIND[j]) continue;
        z[j] = (z[j] as number) + v * (weights[base + j] as number) * (scales[j] as number);
      }
    }
    devLogits.set(i, z);
  }
  const calibration: Array<[number, number]> = [];
  const thresholds: number[] = [];
  HEADS.forEach((head, j) => {
    const idx = Array.from(devIdx).filter((i) => !Number.isNaN(dev[i]?.labels[j] as number));
    const z = idx.map((i) => devLogits.get(i)?.[j] as number);
    const y = idx.map((i) => dev[i]?.labels[j] as number);
    const platt = fitPlatt(z, y);
    calibration.push(platt);
    thresholds.push(
      bestThreshold(
        z.map((v) => sigmoid(platt[0] * v + platt[1])),
        y,
        (ATTRIBUTES as readonly string[]).includes(head) ? POSITIVE_SHARE : undefined,
      ),
    );
  });
  return { weights, scales, calibration, thresholds };
}

/** Trains, calibrates on dev, evaluates on test and writes the model module and its card. */
export function runTraining(args: TrainArgs): void {
  const started = Date.now();
  log(`reading ${args.data}`);
  const corpus = loadCorpus(args.data, args.seed, log, args);
  log(`split: ${corpus.train.length} train, ${corpus.dev.length} dev, ${corpus.test.length} test`);
  const lexicon = buildLexicon();
  const packed = pack(
    corpus.train,
    lexicon,
    args.bits,
    (n) => log(`  features ${n}/${corpus.train.length}`),
    args.undamped,
  );
  const devPacked = pack(corpus.dev, lexicon, args.bits, () => {});
  const float = train(
    corpus.train,
    packed,
    {
      bits: args.bits,
      epochs: args.epochs,
      learningRate: args.learningRate,
      l2: args.l2,
      seed: args.seed,
    },
    (epoch, loss) =>
      log(
        `  epoch ${epoch}/${args.epochs}: loss ${loss.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      ),
  );
  const { weights, scales, calibration, thresholds } = finishModel(
    float,
    args.bits,
    corpus.dev,
    devPacked,
    Int32Array.from(corpus.dev.keys()),
  );
  const meta: ModelMeta = {
    format: 1,
    bits: args.bits,
    heads: HEADS,
    scales: scales.map((s) => Number(s.toPrecision(6))),
    bias: Array.from(float.bias, (b) => Number(b.toFixed(5))),
    calibration,
    thresholds,
    trainedAt: new Date().toISOString().slice(0, 10),
    seed: args.seed,
  };
  mkdirSync(args.out, { recursive: true });
  const file = join(args.out, 'model.generated.ts');
  writeFileSync(
    file,
    `// Generated by \`npm run train -w @empathie/engine\`: derived weights only, no dataset text.\nimport type { ModelMeta } from '../src/model/model.ts';\n\nexport const meta: ModelMeta = ${JSON.stringify(meta)};\n\nexport const weights =\n  '${encodeBase64(new Uint8Array(weights.buffer))}';\n`,
  );
  const size = statSync(file).size;
  log(`wrote ${file} (${(size / 1e6).toFixed(2)} MB)`);
  const model: Model = { meta, weights, mask: (1 << args.bits) - 1 };
  const table = evaluate(createEngine(model, lexicon), corpus.test, (n) =>
    log(`  evaluating ${n}/${corpus.test.length}`),
  );
  process.stdout.write(`${table}\n`);
  const cardPath = join(args.out, 'MODEL_CARD.md');
  let card = modelCard({ meta, corpus, table, size, args, seconds: (Date.now() - started) / 1000 });
  // Sections written by `eval` or by hand survive retraining; rerun `eval` to refresh its own.
  const previous = existsSync(cardPath) ? readFileSync(cardPath, 'utf8') : '';
  for (const name of CARD_SECTIONS) {
    const body = readSection(previous, name);
    if (body !== null) card = spliceSection(card, name, body);
  }
  writeFileSync(cardPath, card);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
