import { describe, expect, it } from 'vitest';
import { parseTrainArgs } from './train.ts';

describe('training arguments', () => {
  it('keeps the default source cap unless one is given', () => {
    expect(parseTrainArgs([]).sourceCap).toBeUndefined();
    expect(parseTrainArgs(['--source-cap', '2000']).sourceCap).toBe(2000);
  });

  it('reads weights by source, and refuses a weight that is not a positive number', () => {
    expect(parseTrainArgs([]).sourceWeights).toBeUndefined();
    const weights = parseTrainArgs([
      '--source-weight',
      'toxifrench-forum=10,olid=0.5',
    ]).sourceWeights;
    expect([...(weights ?? [])]).toEqual([
      ['toxifrench-forum', 10],
      ['olid', 0.5],
    ]);
    for (const bad of ['forum', 'forum=0', 'forum=-1', '=3', 'forum=many']) {
      expect(() => parseTrainArgs(['--source-weight', bad])).toThrow(/--source-weight/);
    }
  });

  it('reads the training experiments, off unless asked for', () => {
    expect(parseTrainArgs([]).undamped).toBe(false);
    expect(parseTrainArgs([]).maskSoftened).toBe(false);
    expect(parseTrainArgs(['--undamped', '--mask-softened']).undamped).toBe(true);
    expect(parseTrainArgs(['--undamped', '--mask-softened']).maskSoftened).toBe(true);
  });

  it('reads a soft target for the softened rows, strictly between 0 and 1', () => {
    expect(parseTrainArgs([]).softenedLabel).toBeUndefined();
    expect(parseTrainArgs(['--soften-labels', '0.3']).softenedLabel).toBe(0.3);
    for (const bad of ['0', '1', '-0.2', '1.5', 'half']) {
      expect(() => parseTrainArgs(['--soften-labels', bad])).toThrow(/--soften-labels/);
    }
  });

  it('refuses a source cap that is not a positive whole number', () => {
    for (const bad of ['0', '-5', '2.5', 'many']) {
      expect(() => parseTrainArgs(['--source-cap', bad])).toThrow(/--source-cap/);
    }
  });
});
