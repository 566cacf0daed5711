import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meta, weights } from '../models/model.generated.ts';
import { decodeModel, HEADS } from '../src/model/model.ts';

const models = join(import.meta.dirname, '..', 'models');

describe('shipped model files', () => {
  it('stay within the 8 MB browser budget', () => {
    expect(statSync(join(models, 'model.generated.ts')).size).toBeLessThanOrEqual(8 * 1024 * 1024);
  });

  it('decode to the size and heads their metadata announce', () => {
    const model = decodeModel(meta, weights);
    expect(model.weights.length).toBe((1 << meta.bits) * HEADS.length);
    expect(meta.thresholds.every((t) => t > 0 && t < 1)).toBe(true);
  });

  it('match their model card: date, feature space and every threshold', () => {
    const card = readFileSync(join(models, 'MODEL_CARD.md'), 'utf8');
    expect(card).toContain(`Trained ${meta.trainedAt}`);
    expect(card).toContain(`2^${meta.bits} hashed features`);
    meta.heads.forEach((head, i) => {
      expect(card).toContain(`| ${head} | ${meta.thresholds[i]} |`);
    });
  });
});
