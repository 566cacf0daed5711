import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Engine, loadEngine } from './analyze.ts';
import { foldText } from './text/fold.ts';
import { tokenise } from './text/tokenise.ts';

/**
 * Words of a post are looked up in the engine's tables. Names that ordinary objects inherit
 * ("constructor", "__proto__", "toString"…) are words like any other: they must find nothing,
 * and a text made of them must be analysed like any text.
 */
const BUILT_IN_NAMES = [
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
];

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe('built-in property names as words', () => {
  it('are kept as the words they are by the tokeniser and the fold', () => {
    for (const name of BUILT_IN_NAMES) {
      const words = tokenise(`@target ${name} ${name.toUpperCase()}`).filter(
        (t) => t.kind === 'word',
      );
      for (const word of words) expect(typeof word.text).toBe('string');
      expect(words.map((w) => w.text)).toContain(name.toLowerCase().replace(/_/g, ''));
      expect(typeof foldText(name).text).toBe('string');
    }
  });

  it('are analysed, coach included, like ordinary words', () => {
    for (const name of BUILT_IN_NAMES) {
      for (const text of [name, `@target ${name}`, `Tu es un ${name} !`, `You ${name}, really.`]) {
        const result = engine.analyze(text);
        for (const score of Object.values(result.scores)) expect(Number.isFinite(score)).toBe(true);
        expect(result.scores.TOXICITY).toBeLessThan(0.9);
      }
    }
  });

  it('never break an analysis, mixed into any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...BUILT_IN_NAMES), fc.string({ maxLength: 12 })), {
          maxLength: 12,
        }),
        (words) => {
          const result = engine.analyze(words.join(' '));
          for (const score of Object.values(result.scores))
            expect(Number.isFinite(score)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
