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

  it('keeps the hand-written history after the measured sections, whichever is written first', () => {
    let card = spliceSection(CARD, 'history', '## History\n\nround one');
    card = spliceSection(card, 'loso', '## Transfer\n\nfigures');
    card = spliceSection(card, 'eval', '## Suite\n\nfigures');
    const order = ['## Transfer', '## Suite', '## History', '## Model'].map((h) => card.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
