import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Engine, loadEngine } from './analyze.ts';
import { ORDERED_PAIRS, REGRESSION_CASES } from './regression.data.ts';
import { ATTRIBUTES, EMOTIONS } from './types.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe('analyze', () => {
  it('returns every attribute and emotion in [0, 1]', () => {
    const a = engine.analyze('Bonjour, comment ça va ?');
    expect(Object.keys(a.scores)).toEqual([...ATTRIBUTES]);
    expect(Object.keys(a.emotions)).toEqual([...EMOTIONS]);
    for (const v of [...Object.values(a.scores), ...Object.values(a.emotions)]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic', () => {
    const text = 'Tu es vraiment un idiot 😡, je vais te retrouver.';
    expect(engine.analyze(text)).toEqual(engine.analyze(text));
  });

  it('detects French, English, and says und when it cannot tell', () => {
    expect(engine.analyze('Je pense que tu as raison sur ce point.').language).toBe('fr');
    expect(engine.analyze('I think you are right about this.').language).toBe('en');
    expect(engine.analyze('👍👍').language).toBe('und');
    expect(engine.analyze('12 345').language).toBe('und');
    expect(engine.analyze('Bonjour', { language: 'en' }).language).toBe('en');
  });

  it('highlights the words that carry the insult, in original offsets', () => {
    const text = '😡 Franchement, t’es un c0nnnnard !';
    const a = engine.analyze(text);
    const insult = a.spans
      .filter((s) => s.attribute === 'TOXICITY')
      .map((s) => text.slice(s.begin, s.end));
    expect(insult.join(' ')).toContain('c0nnnnard');
  });

  it('reads nothing into a mention or a link: a reply that only names someone is not hurtful', () => {
    // Replies start with "@name"; training tweets mask mentions as "@user" in mostly hostile sets.
    for (const text of [
      '@alice_28db122d ',
      '@bastien_994f15e5@empathie.example',
      'https://example.org/x',
    ]) {
      const a = engine.analyze(text);
      expect(a.scores.TOXICITY).toBeLessThan(engine.thresholds.TOXICITY);
      expect(a.spans).toEqual([]);
    }
    const kind = 'Merci pour cette image, elle m’apaise';
    expect(engine.analyze(`@alice_28db122d ${kind}`).scores.TOXICITY).toBeCloseTo(
      engine.analyze(kind).scores.TOXICITY,
      1,
    );
  });

  it('handles one-word and 2,800-character texts', () => {
    expect(engine.analyze('idiot').scores.TOXICITY).toBeGreaterThan(engine.thresholds.TOXICITY);
    const long = 'Merci pour ce partage, très intéressant. '.repeat(70);
    expect(engine.analyze(long).scores.TOXICITY).toBeLessThan(engine.thresholds.TOXICITY);
  });

  it('never throws and keeps spans inside the text, for any Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const a = engine.analyze(text);
        for (const s of a.spans) {
          expect(s.begin).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.begin).toBeLessThan(s.end);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('regression set (our own sentences)', () => {
  it.each(REGRESSION_CASES.map((c) => [c.text, c] as const))('%s', (_, c) => {
    const a = engine.analyze(c.text, { coach: false });
    expect(a.scores.TOXICITY >= engine.thresholds.TOXICITY).toBe(c.toxic);
    if (c.attribute !== undefined) {
      expect(a.scores[c.attribute]).toBeGreaterThanOrEqual(engine.thresholds[c.attribute]);
    }
  });

  it.each(ORDERED_PAIRS.map((p) => [p[0], p[1]] as const))(
    '"%s" scores below "%s"',
    (softer, harsher) => {
      const soft = engine.analyze(softer, { coach: false }).scores.TOXICITY;
      const harsh = engine.analyze(harsher, { coach: false }).scores.TOXICITY;
      expect(soft).toBeLessThan(harsh);
    },
  );
});
