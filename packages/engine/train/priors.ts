import { fnv1a } from '../src/features/hash.ts';
import { HEADS, type Head } from '../src/model/model.ts';
import type { FloatModel } from './trainer.ts';

/**
 * Lower bounds on the weights of a few context features that the labelled sets rarely contain:
 * threats said as an intent, insults aimed at the reader, attacks on groups, dismissals. Left to
 * the data these get small weights because they are rare, not because they are harmless; the
 * bounds are our judgement, applied before calibration on the dev split.
 */
// lookup-safe: keys are the names of our own dataset loaders
export const PRIORS: Readonly<Record<string, Partial<Record<Head, number>>>> = {
  'L:THREAT': { TOXICITY: 4, THREAT: 5 },
  'L:THREAT_PATTERN': { TOXICITY: 4.5, THREAT: 6 },
  'L:TARGETED': { TOXICITY: 1.5, INSULT: 1.5 },
  'L:IDENTITY_ATTACK': { TOXICITY: 2, IDENTITY_ATTACK: 2.5 },
  'L:DEHUMANISING': { IDENTITY_ATTACK: 1.5 },
  'L:DISMISSAL': { TOXICITY: 2.5, INSULT: 1 },
  'L:HOSTILE': { TOXICITY: 0.5 },
};

export function applyPriors(model: FloatModel, bits: number): void {
  const mask = (1 << bits) - 1;
  for (const [feature, floors] of Object.entries(PRIORS)) {
    const base = (fnv1a(feature) & mask) * HEADS.length;
    for (const [head, floor] of Object.entries(floors)) {
      const i = base + HEADS.indexOf(head as Head);
      model.weights[i] = Math.max(model.weights[i] as number, floor);
    }
  }
}
