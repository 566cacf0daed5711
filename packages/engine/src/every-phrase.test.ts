import { beforeAll, describe, expect, it } from 'vitest';
import { type Engine, loadEngine } from './analyze.ts';
import { extractFeatures } from './features/features.ts';
import { MORE_AROUND } from './lexicon/frames.data.ts';
import { AROUND } from './lexicon/implicit.data.ts';
import { buildLexicon } from './lexicon/lexicon.ts';
import { unmask } from './lexicon/unmask.ts';
import { tokenise } from './text/tokenise.ts';

// Every rule reads ranges of tokens; a range that falls outside the text once made the engine
// throw on "Women's place is in the kitchen." (a frame that opens on the group, at the start).
// Each frame with a group in it, and each lexicon phrase, alone and between other words, at the
// start and at the end of a text, must be analysed without throwing, with scores in [0, 1].
const GROUPS = ['women', 'les juifs', 'Muslims', 'les Roms'];

function texts(): string[] {
  const out: string[] = [];
  for (const frame of [...AROUND, ...MORE_AROUND]) {
    for (const group of GROUPS) {
      const filled = frame.replace('…', group).replace('$', '').trim();
      out.push(filled, `${filled}.`, `Oui, ${filled}, voilà.`);
    }
  }
  for (const phrases of buildLexicon().byFirstKey.values()) {
    for (const p of phrases) {
      const text = p.keys.join(' ');
      out.push(text, `${text} women`, `Muslims ${text}`);
    }
  }
  return out;
}

describe('every frame and lexicon phrase, alone and beside a group', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  });

  // `analyze` skips a range outside the text rather than throw: the ranges are checked here, so
  // that a rule giving one still fails a test.
  it('gives the context rules ranges inside the text', () => {
    const lexicon = buildLexicon();
    const failures: string[] = [];
    for (const text of texts()) {
      const tokens = unmask(tokenise(text), lexicon.masks, text);
      const { demeaned, context } = extractFeatures(tokens, lexicon);
      const ranges = [...demeaned, ...context.vermin.map((m) => [m.first, m.last] as const)];
      if (ranges.some(([first, last]) => first < 0 || last < first || last >= tokens.length)) {
        failures.push(text);
      }
    }
    expect(failures).toEqual([]);
  });

  it('is analysed without throwing, every score in [0, 1]', () => {
    const failures: string[] = [];
    for (const text of texts()) {
      try {
        const { scores } = engine.analyze(text);
        if (Object.values(scores).some((s) => !(s >= 0 && s <= 1))) failures.push(text);
      } catch (error) {
        failures.push(`${text}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
