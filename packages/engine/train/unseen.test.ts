import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../src/analyze.ts';
import { KEPT_NEW_SETS } from './corpus.ts';
import { NEW_LOADERS } from './datasets-new.ts';
import { evaluateUnseen, UNSEEN_SETS } from './unseen.ts';

describe('unseen sets', () => {
  it('are newer sets with a loader that the shipped weights do not train on', () => {
    const folders = NEW_LOADERS.map(([folder]) => folder);
    for (const set of UNSEEN_SETS) {
      expect(folders).toContain(set.folder);
      expect(KEPT_NEW_SETS).not.toContain(set.folder);
    }
  });

  it('says a set is not found rather than scoring nothing', () => {
    const engine = { thresholds: { TOXICITY: 0.5 } } as unknown as Engine;
    const table = evaluateUnseen(engine, mkdtempSync(join(tmpdir(), 'unseen-')), []);
    for (const set of UNSEEN_SETS) expect(table).toContain(`| ${set.name} | not found |`);
  });
});
