import { describe, expect, it } from 'vitest';
import { createStemmers, indexTerms, queryGroups } from './stemming.ts';

const stemmers = createStemmers();

describe('stemming', () => {
  it('indexes French and English stems without diacritics, and no URL parts', () => {
    const terms = indexTerms('Une écoute bienveillante, https://example.org/page', stemmers);
    expect(terms.split(' ')).toEqual(expect.arrayContaining(['ecout', 'bienveil']));
    expect(terms).not.toContain('example');
  });

  it('makes inflected forms meet in either language', () => {
    const meets = (query: string, text: string) => {
      const doc = indexTerms(text, stemmers).split(' ');
      return queryGroups(query, stemmers).every((group) => group.some((s) => doc.includes(s)));
    };
    expect(meets('running', 'She runs every morning')).toBe(true);
    expect(meets('manifestation', 'Les manifestations étaient calmes')).toBe(true);
    expect(meets('Écoute', 'une ecoute attentive')).toBe(true);
    expect(meets('manifestation pluie', 'Les manifestations étaient calmes')).toBe(false);
  });

  it('gives one group per distinct query word', () => {
    expect(queryGroups('Calme calme paix', stemmers)).toHaveLength(2);
    expect(queryGroups('  ', stemmers)).toEqual([]);
  });
});
