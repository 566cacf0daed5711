import { readContext } from '../src/features/context.ts';
import { extractFeatures } from '../src/features/features.ts';
import type { Lexicon } from '../src/lexicon/lexicon.ts';
import { unmask } from '../src/lexicon/unmask.ts';
import { GROUP_BLIND, HEADS, sigmoid } from '../src/model/model.ts';
import { tokenise } from '../src/text/tokenise.ts';
import type { Example } from './example.ts';
import { mulberry32, shuffle } from './random.ts';

/** Features of many examples packed in flat arrays (offsets[i] .. offsets[i+1]). */
export interface Packed {
  offsets: Int32Array;
  buckets: Int32Array;
  values: Float32Array;
  /** 1 where the feature belongs to a group's name (hidden from GROUP_BLIND heads). */
  quiet: Uint8Array;
}

export function pack(
  examples: readonly Example[],
  lexicon: Lexicon,
  bits: number,
  progress: (n: number) => void,
  undamped = false,
): Packed {
  const mask = (1 << bits) - 1;
  const offsets = new Int32Array(examples.length + 1);
  const buckets: number[] = [];
  const values: number[] = [];
  const quiet: number[] = [];
  examples.forEach((ex, i) => {
    const tokens = unmask(tokenise(ex.text), lexicon.masks, ex.text);
    const ctx = readContext(tokens, lexicon);
    const f = extractFeatures(
      tokens,
      lexicon,
      undamped ? { ...ctx, damping: new Float32Array(tokens.length).fill(1) } : ctx,
    );
    for (let k = 0; k < f.hashes.length; k++) {
      buckets.push((f.hashes[k] as number) & mask);
      values.push(f.values[k] as number);
      quiet.push(k < f.ngrams ? (f.quiet[f.token[k] as number] ?? 0) : 0);
    }
    offsets[i + 1] = buckets.length;
    if (i % 20000 === 0) progress(i);
  });
  return {
    offsets,
    buckets: Int32Array.from(buckets),
    values: Float32Array.from(values),
    quiet: Uint8Array.from(quiet),
  };
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Train on these examples only (leave-one-source-out); every example when absent. */
  only?: Int32Array;
}

export interface FloatModel {
  weights: Float32Array;
  bias: Float64Array;
}

/**
 * Multi-head logistic regression by AdaGrad SGD; each head learns only from examples whose source
 * labels it (masked loss), so sets with different label schemes train one model together.
 */
export function train(
  examples: readonly Example[],
  packed: Packed,
  opts: TrainOptions,
  progress: (epoch: number, loss: number) => void,
): FloatModel {
  const h = HEADS.length;
  const weights = new Float32Array((1 << opts.bits) * h);
  const g2 = new Float32Array(weights.length).fill(1e-6);
  const bias = new Float64Array(h);
  const biasG2 = new Float64Array(h).fill(1e-6);
  const order = opts.only ? Int32Array.from(opts.only) : Int32Array.from(examples.keys());
  const random = mulberry32(opts.seed);
  const z = new Float64Array(h);
  // Weights averaged over the second half of the epochs: steadier than the last SGD iterate.
  const sum = new Float64Array(weights.length);
  const biasSum = new Float64Array(h);
  let averaged = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, random);
    let loss = 0;
    for (const idx of order) {
      const ex = examples[idx] as Example;
      const start = packed.offsets[idx] as number;
      const end = packed.offsets[idx + 1] as number;
      z.set(bias);
      for (let k = start; k < end; k++) {
        const base = (packed.buckets[k] as number) * h;
        const v = packed.values[k] as number;
        const quiet = packed.quiet[k] === 1;
        for (let j = 0; j < h; j++) {
          if (quiet && GROUP_BLIND[j]) continue;
          z[j] = (z[j] as number) + v * (weights[base + j] as number);
        }
      }
      for (let j = 0; j < h; j++) {
        const y = ex.labels[j] as number;
        if (Number.isNaN(y)) continue;
        const p = sigmoid(z[j] as number);
        // Soft targets (`--soften-labels`) take the same cross-entropy as 0 and 1.
        loss -= ex.weight * (y * Math.log(p + 1e-9) + (1 - y) * Math.log(1 - p + 1e-9));
        const g = ex.weight * (p - y);
        biasG2[j] = (biasG2[j] as number) + g * g;
        bias[j] = (bias[j] as number) - (opts.learningRate * g) / Math.sqrt(biasG2[j] as number);
        const blind = GROUP_BLIND[j] === true;
        for (let k = start; k < end; k++) {
          if (blind && packed.quiet[k] === 1) continue;
          const w = (packed.buckets[k] as number) * h + j;
          const gw = g * (packed.values[k] as number) + opts.l2 * (weights[w] as number);
          g2[w] = (g2[w] as number) + gw * gw;
          weights[w] =
            (weights[w] as number) - (opts.learningRate * gw) / Math.sqrt(g2[w] as number);
        }
      }
    }
    if (epoch >= Math.floor(opts.epochs / 2)) {
      for (let i = 0; i < weights.length; i++) sum[i] = (sum[i] as number) + (weights[i] as number);
      for (let j = 0; j < h; j++) biasSum[j] = (biasSum[j] as number) + (bias[j] as number);
      averaged++;
    }
    progress(epoch + 1, loss / order.length);
  }
  return {
    weights: Float32Array.from(sum, (w) => w / averaged),
    bias: Float64Array.from(biasSum, (b) => b / averaged),
  };
}

/** int8 weights with one scale per head. */
export function quantise(model: FloatModel): { weights: Int8Array; scales: number[] } {
  const h = HEADS.length;
  const max = new Float64Array(h);
  for (let i = 0; i < model.weights.length; i++) {
    const j = i % h;
    max[j] = Math.max(max[j] as number, Math.abs(model.weights[i] as number));
  }
  const scales = Array.from(max, (m) => (m > 0 ? m / 127 : 1));
  const weights = new Int8Array(model.weights.length);
  for (let i = 0; i < weights.length; i++) {
    weights[i] = Math.round((model.weights[i] as number) / (scales[i % h] as number));
  }
  return { weights, scales };
}
