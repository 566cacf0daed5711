import { HEADS } from '../src/model/model.ts';
import type { Example } from './example.ts';
import { mulberry32, shuffle } from './random.ts';
import type { Packed } from './trainer.ts';

/**
 * A deep averaging network over the linear model's hashed features, for capacity experiments
 * (`train/capacity.ts`, ADR 0018, seventh round): each feature bucket has an embedding trained
 * from scratch; a text is the sum of its features' embeddings weighted by their values, then one
 * hidden layer of ReLU units and one output per head, with the linear model's masked loss.
 * Features of a group's name are left out entirely (the linear model hides them from most heads).
 */
export interface NetworkShape {
  bits: number;
  dimensions: number;
  hidden: number;
  epochs: number;
  learningRate: number;
  seed: number;
}

export interface AveragingNetwork {
  shape: NetworkShape;
  embeddings: Float32Array;
  hiddenWeights: Float32Array;
  hiddenBias: Float32Array;
  outWeights: Float32Array;
  outBias: Float32Array;
}

const H = HEADS.length;

/** Buffers one forward pass fills: the pooled text, the hidden layer, the logits. */
export interface Activations {
  pooled: Float32Array;
  hidden: Float32Array;
  logits: Float64Array;
}

export function activations(net: AveragingNetwork): Activations {
  return {
    pooled: new Float32Array(net.shape.dimensions),
    hidden: new Float32Array(net.shape.hidden),
    logits: new Float64Array(H),
  };
}

/** Fills `out` with the network's reading of example `idx` of `packed`. */
export function forward(
  net: AveragingNetwork,
  packed: Packed,
  idx: number,
  out: Activations,
): void {
  const { dimensions: D, hidden: U, bits } = net.shape;
  const mask = (1 << bits) - 1;
  const { pooled, hidden, logits } = out;
  pooled.fill(0);
  for (let k = packed.offsets[idx] as number; k < (packed.offsets[idx + 1] as number); k++) {
    if (packed.quiet[k] === 1) continue;
    const base = ((packed.buckets[k] as number) & mask) * D;
    const v = packed.values[k] as number;
    for (let d = 0; d < D; d++)
      pooled[d] = (pooled[d] as number) + v * (net.embeddings[base + d] as number);
  }
  for (let u = 0; u < U; u++) {
    let s = net.hiddenBias[u] as number;
    for (let d = 0; d < D; d++)
      s += (net.hiddenWeights[u * D + d] as number) * (pooled[d] as number);
    hidden[u] = Math.max(s, 0);
  }
  for (let j = 0; j < H; j++) {
    let s = net.outBias[j] as number;
    for (let u = 0; u < U; u++) s += (net.outWeights[j * U + u] as number) * (hidden[u] as number);
    logits[j] = s;
  }
}

/** Trains a network on the examples `order` of `packed` by AdaGrad SGD. */
export function trainNetwork(
  examples: readonly Example[],
  packed: Packed,
  order: Int32Array,
  shape: NetworkShape,
  progress: (epoch: number, loss: number) => void,
): AveragingNetwork {
  const { dimensions: D, hidden: U, bits, learningRate } = shape;
  const random = mulberry32(shape.seed);
  const uniform = (scale: number) => (random() * 2 - 1) * scale;
  const net: AveragingNetwork = {
    shape,
    embeddings: Float32Array.from({ length: (1 << bits) * D }, () => uniform(0.1)),
    hiddenWeights: Float32Array.from({ length: U * D }, () => uniform(Math.sqrt(6 / (D + U)))),
    hiddenBias: new Float32Array(U),
    outWeights: Float32Array.from({ length: H * U }, () => uniform(Math.sqrt(6 / (U + H)))),
    outBias: new Float32Array(H),
  };
  const squares = [
    net.embeddings,
    net.hiddenWeights,
    net.hiddenBias,
    net.outWeights,
    net.outBias,
  ].map((w) => new Float32Array(w.length).fill(1e-6)) as [
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
  ];
  const [gE, gW1, gB1, gW2, gB2] = squares;
  const step = (w: Float32Array, g2: Float32Array, i: number, grad: number) => {
    g2[i] = (g2[i] as number) + grad * grad;
    w[i] = (w[i] as number) - (learningRate * grad) / Math.sqrt(g2[i] as number);
  };
  const act = activations(net);
  const dLogits = new Float64Array(H);
  const dHidden = new Float64Array(U);
  const dPooled = new Float64Array(D);
  const mask = (1 << bits) - 1;
  const shuffled = Int32Array.from(order);
  for (let epoch = 0; epoch < shape.epochs; epoch++) {
    shuffle(shuffled, random);
    let loss = 0;
    for (const idx of shuffled) {
      const ex = examples[idx] as Example;
      forward(net, packed, idx, act);
      let labelled = false;
      for (let j = 0; j < H; j++) {
        const y = ex.labels[j] as number;
        if (Number.isNaN(y)) {
          dLogits[j] = 0;
          continue;
        }
        labelled = true;
        const p = 1 / (1 + Math.exp(-(act.logits[j] as number)));
        loss -= ex.weight * (y === 1 ? Math.log(p + 1e-9) : Math.log(1 - p + 1e-9));
        dLogits[j] = ex.weight * (p - y);
      }
      if (!labelled) continue;
      dHidden.fill(0);
      for (let j = 0; j < H; j++) {
        const g = dLogits[j] as number;
        if (g === 0) continue;
        for (let u = 0; u < U; u++) {
          dHidden[u] = (dHidden[u] as number) + g * (net.outWeights[j * U + u] as number);
          step(net.outWeights, gW2, j * U + u, g * (act.hidden[u] as number));
        }
        step(net.outBias, gB2, j, g);
      }
      dPooled.fill(0);
      for (let u = 0; u < U; u++) {
        if ((act.hidden[u] as number) <= 0) continue;
        const g = dHidden[u] as number;
        for (let d = 0; d < D; d++) {
          dPooled[d] = (dPooled[d] as number) + g * (net.hiddenWeights[u * D + d] as number);
          step(net.hiddenWeights, gW1, u * D + d, g * (act.pooled[d] as number));
        }
        step(net.hiddenBias, gB1, u, g);
      }
      for (let k = packed.offsets[idx] as number; k < (packed.offsets[idx + 1] as number); k++) {
        if (packed.quiet[k] === 1) continue;
        const base = ((packed.buckets[k] as number) & mask) * D;
        const v = packed.values[k] as number;
        for (let d = 0; d < D; d++) step(net.embeddings, gE, base + d, v * (dPooled[d] as number));
      }
    }
    progress(epoch + 1, loss / shuffled.length);
  }
  return net;
}
