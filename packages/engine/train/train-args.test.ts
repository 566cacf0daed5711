import { describe, expect, it } from 'vitest';
import { parseTrainArgs } from './train.ts';

describe('training arguments', () => {
  it('keeps the default source cap unless one is given', () => {
    expect(parseTrainArgs([]).sourceCap).toBeUndefined();
    expect(parseTrainArgs(['--source-cap', '2000']).sourceCap).toBe(2000);
  });

  it('refuses a source cap that is not a positive whole number', () => {
    for (const bad of ['0', '-5', '2.5', 'many']) {
      expect(() => parseTrainArgs(['--source-cap', bad])).toThrow(/--source-cap/);
    }
  });
});
