import { beforeAll, describe, expect, it } from 'vitest';
import { type Engine, loadEngine } from './analyze.ts';
import { AROUND } from './lexicon/implicit.data.ts';
import { buildLexicon } from './lexicon/lexicon.ts';

// Every rule reads ranges of tokens; a range that falls outside the text once made the engine
// throw on "Women's place is in the kitchen." (a frame that opens on the group, at the start).
// Each frame with a group in it, and each lexicon phrase, alone and between other words, at the
// start and at the end of a text, must be analysed without throwing, with scores in [0, 1].
const GROUPS = ['women', 'les juifs', 'Muslims', 'les Roms'];

function texts(): string[] {
  const out: string[] = [];
  for (const frame of AROUND) {
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
