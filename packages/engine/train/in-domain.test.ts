import { describe, expect, it } from 'vitest';
import type { Corpus } from './corpus.ts';
import { example } from './example.ts';
import { inDomainCv } from './in-domain.ts';

// A corpus of our own sentences, small enough to train in a test.
function corpus(): Corpus {
  const rows = (source: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      i % 2 === 0
        ? example(`you are a stupid idiot number ${i}`, 'en', source, `${source}-${i}`, {
            TOXICITY: 1,
          })
        : example(`what a lovely garden number ${i}`, 'en', source, `${source}-${i}`, {
            TOXICITY: 0,
          }),
    );
  const forum = rows('forum', 30);
  return {
    train: [...rows('other', 40), ...forum.slice(0, 20)],
    dev: [...rows('calibration', 20), ...forum.slice(20, 25)],
    test: forum.slice(25),
    used: [],
    missing: [],
  };
}

describe('in-domain cross-validation', () => {
  it('scores every row of the set once, by a model that did not train on it', () => {
    const c = corpus();
    const before = c.train.map((x) => x.source).join();
    const opts = { bits: 10, epochs: 2, learningRate: 0.2, l2: 1e-6, seed: 1 };
    const r = inDomainCv(c, 'forum', opts, 3);
    expect(r.n).toBe(30);
    expect(r.perFold).toHaveLength(5);
    expect(r.pooled).toBeGreaterThan(0.9);
    // The corpus itself is left as it was.
    expect(c.train.map((x) => x.source).join()).toBe(before);
    expect(() => inDomainCv(c, 'nowhere', opts)).toThrow(/no rows/);
  });
});
