import { describe, expect, it } from 'vitest';
import { HEADS } from '../src/model/model.ts';
import { activations, forward, trainNetwork } from './averaging-network.ts';
import { type Example, example } from './example.ts';
import type { Packed } from './trainer.ts';

// Two made-up features: bucket 1 in every hurtful example, bucket 2 in every harmless one.
function toy(n: number): { examples: Example[]; packed: Packed } {
  const examples: Example[] = [];
  const buckets: number[] = [];
  const offsets = [0];
  for (let i = 0; i < n; i++) {
    const hurtful = i % 2 === 0;
    examples.push(example(`t${i}`, 'en', 'toy', `g${i}`, { TOXICITY: hurtful ? 1 : 0 }));
    buckets.push(hurtful ? 1 : 2, 3);
    offsets.push(buckets.length);
  }
  return {
    examples,
    packed: {
      offsets: Int32Array.from(offsets),
      buckets: Int32Array.from(buckets),
      values: new Float32Array(buckets.length).fill(1),
      quiet: new Uint8Array(buckets.length),
    },
  };
}

describe('averaging network', () => {
  const shape = { bits: 4, dimensions: 4, hidden: 8, epochs: 5, learningRate: 0.1, seed: 1 };

  it('learns a feature that tells the classes apart, and its loss falls', () => {
    const { examples, packed } = toy(200);
    const losses: number[] = [];
    const net = trainNetwork(examples, packed, Int32Array.from(examples.keys()), shape, (_, l) =>
      losses.push(l),
    );
    expect(losses[losses.length - 1]).toBeLessThan(losses[0] as number);
    const act = activations(net);
    forward(net, packed, 0, act);
    const hurtful = act.logits[0] as number;
    forward(net, packed, 1, act);
    expect(hurtful).toBeGreaterThan(act.logits[0] as number);
    expect(act.logits).toHaveLength(HEADS.length);
  });

  it('is deterministic for a seed', () => {
    const { examples, packed } = toy(50);
    const order = Int32Array.from(examples.keys());
    const a = trainNetwork(examples, packed, order, shape, () => {});
    const b = trainNetwork(examples, packed, order, shape, () => {});
    expect(a.outWeights).toEqual(b.outWeights);
  });
});
