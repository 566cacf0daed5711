import { describe, expect, it } from 'vitest';
import { applyFieldMask, parseFieldMask } from './fields.ts';

const response = {
  attributeScores: {
    TOXICITY: {
      summaryScore: { value: 0.9, type: 'PROBABILITY' },
      spanScores: [{ begin: 0, end: 5, score: { value: 0.9, type: 'PROBABILITY' } }],
    },
    INSULT: { summaryScore: { value: 0.8, type: 'PROBABILITY' } },
  },
  languages: ['fr'],
  detectedLanguages: ['fr'],
};

const pick = (spec: string) => {
  const mask = parseFieldMask(spec);
  if (mask === null) throw new Error(`malformed: ${spec}`);
  return applyFieldMask(response, mask);
};

describe('fields (partial response)', () => {
  it('keeps paths joined by slashes and lists separated by commas', () => {
    expect(pick('attributeScores/TOXICITY/summaryScore/value,languages')).toEqual({
      attributeScores: { TOXICITY: { summaryScore: { value: 0.9 } } },
      languages: ['fr'],
    });
  });

  it('reads parentheses, wildcards and selections under arrays', () => {
    expect(pick('attributeScores(INSULT,TOXICITY(spanScores(begin,end)))')).toEqual({
      attributeScores: {
        TOXICITY: { spanScores: [{ begin: 0, end: 5 }] },
        INSULT: { summaryScore: { value: 0.8, type: 'PROBABILITY' } },
      },
    });
    expect(pick('attributeScores/*/summaryScore/value')).toEqual({
      attributeScores: {
        TOXICITY: { summaryScore: { value: 0.9 } },
        INSULT: { summaryScore: { value: 0.8 } },
      },
    });
  });

  it('selects nothing for names that match nothing, never a prototype', () => {
    expect(pick('__proto__,constructor')).toEqual({});
    expect(Object.getPrototypeOf(pick('__proto__/polluted'))).toBe(Object.prototype);
  });

  it('refuses malformed selections', () => {
    for (const bad of ['', ',', 'a(', 'a()', 'a/', 'a)b', 'a,,b', 'a b(c']) {
      expect([bad, parseFieldMask(bad)]).toEqual([bad, null]);
    }
  });
});
