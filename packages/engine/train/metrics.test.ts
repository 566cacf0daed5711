import { describe, expect, it } from 'vitest';
import { parseDelimited } from './csv.ts';
import { bestThreshold, fitPlatt, prfAt, rocAuc } from './metrics.ts';

describe('metrics', () => {
  it('computes ROC-AUC with ties', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
    expect(rocAuc([0.5, 0.5], [0, 1])).toBe(0.5);
    expect(rocAuc([0.5, 0.5], [1, 1])).toBeNaN();
  });

  it('computes precision, recall and F1 at a threshold', () => {
    expect(prfAt([0.9, 0.8, 0.2, 0.1], [1, 0, 1, 0], 0.5)).toEqual({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    expect(bestThreshold([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBeGreaterThan(0.2);
  });

  it('fits a Platt scaling that orders like its input', () => {
    const [a] = fitPlatt([-2, -1, 0, 1, 2, 3], [0, 0, 1, 0, 1, 1]);
    expect(a).toBeGreaterThan(0);
  });
});

describe('parseDelimited', () => {
  it('reads quoted fields with commas, doubled quotes, CRLF and newlines', () => {
    expect(parseDelimited('a,b\r\n"x, ""y""","multi\nline"\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'multi\nline'],
    ]);
  });
});
