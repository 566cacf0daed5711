import { beforeAll, describe, expect, it } from 'vitest';
import { type Engine, loadEngine } from '../src/analyze.ts';

/**
 * Sentences of ours the shipped engine must read one way: each hurtful one at or above the
 * TOXICITY threshold, each harmless one below it.
 */
export function describeReadings(
  title: string,
  hurtful: readonly string[],
  harmless: readonly string[],
): void {
  describe(title, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await loadEngine();
    });

    it.each(hurtful)('reads "%s" as hurtful', (text) => {
      expect(engine.analyze(text, { coach: false }).scores.TOXICITY).toBeGreaterThanOrEqual(
        engine.thresholds.TOXICITY,
      );
    });

    it.each(harmless)('leaves "%s" alone', (text) => {
      expect(engine.analyze(text, { coach: false }).scores.TOXICITY).toBeLessThan(
        engine.thresholds.TOXICITY,
      );
    });
  });
}
