import { describe, expect, it } from 'vitest';
import { readSection, spliceSection } from './card-sections.ts';

const CARD = '# Model card\n\nTrained today.\n\n## Model\n\nWeights.\n';

describe('model card sections written by eval', () => {
  it('leads with leave-one-source-out, then the shipped-weights figures, and replaces them in place', () => {
    let card = spliceSection(CARD, 'eval', '## Suite\n\nfirst');
    card = spliceSection(card, 'loso', '## Transfer\n\nfigures');
    expect(card.indexOf('## Transfer')).toBeLessThan(card.indexOf('## Suite'));
    expect(card.indexOf('Trained today.')).toBeLessThan(card.indexOf('## Transfer'));
    expect(card.indexOf('## Suite')).toBeLessThan(card.indexOf('## Model'));
    card = spliceSection(card, 'eval', '## Suite\n\nsecond');
    expect(readSection(card, 'eval')).toBe('## Suite\n\nsecond');
    expect(card).not.toContain('first');
    expect(readSection(CARD, 'loso')).toBeNull();
  });
});
