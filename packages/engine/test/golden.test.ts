import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../src/analyze.ts';
import {
  batchFingerprints,
  differences,
  fingerprints,
  goldenCorpus,
  goldenPath,
} from '../train/golden.ts';

// A speed change must not change a single answer: the full analysis of ~7,000 texts of our own
// (templates, suites, spelling games, 280- and 2,800-character posts, edge cases) is compared with
// the fingerprints recorded before. Regenerate them only when results are meant to change.
describe('golden outputs', () => {
  it('answers every recorded text exactly as recorded', async () => {
    const engine = await loadEngine();
    const cases = goldenCorpus();
    const expected = readFileSync(goldenPath, 'utf8').trimEnd().split('\n');
    const diff = differences(expected, fingerprints(engine, cases));
    expect(diff.map((i) => cases[i]?.text).slice(0, 5)).toEqual([]);
    expect(cases.length).toBeGreaterThan(5000);
  });

  it('answers a batch (analyzeMany) exactly as one text at a time', async () => {
    const engine = await loadEngine();
    const cases = goldenCorpus();
    const expected = readFileSync(goldenPath, 'utf8').trimEnd().split('\n');
    // An odd batch size, so that batches start and end at every kind of case.
    const diff = differences(expected, batchFingerprints(engine, cases, 97));
    expect(diff.map((i) => cases[i]?.text).slice(0, 5)).toEqual([]);
  });
});
