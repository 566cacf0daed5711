import { describe, expect, it } from 'vitest';
import { maskSoftened } from './corpus.ts';
import { example, HEAD_INDEX } from './example.ts';

// Our own sentences, labelled as the sets that count swearing at no one as toxic would label them.
describe('--mask-softened', () => {
  it('drops the hurtful labels of a toxic row whose every hurtful word the rules soften', () => {
    const vented = example('so fucking tired today', 'en', 'test', 'a', { TOXICITY: 1 });
    const aimed = example('shut up, you fucking idiot', 'en', 'test', 'b', { TOXICITY: 1 });
    const harmless = example('what a lovely day', 'en', 'test', 'c', { TOXICITY: 0 });
    expect(maskSoftened([vented, aimed, harmless])).toBe(1);
    expect(vented.labels[HEAD_INDEX.TOXICITY]).toBeNaN();
    expect(vented.labels[HEAD_INDEX.INSULT]).toBeNaN();
    expect(aimed.labels[HEAD_INDEX.TOXICITY]).toBe(1);
    expect(harmless.labels[HEAD_INDEX.TOXICITY]).toBe(0);
  });

  it('gives those labels a soft target instead, leaving the heads labelled harmless alone', () => {
    const vented = example('so fucking tired today', 'en', 'test', 'a', {
      TOXICITY: 1,
      INSULT: 0,
    });
    const aimed = example('shut up, you fucking idiot', 'en', 'test', 'b', { TOXICITY: 1 });
    expect(maskSoftened([vented, aimed], 0.3)).toBe(1);
    expect(vented.labels[HEAD_INDEX.TOXICITY]).toBeCloseTo(0.3, 6);
    expect(vented.labels[HEAD_INDEX.INSULT]).toBe(0);
    expect(aimed.labels[HEAD_INDEX.TOXICITY]).toBe(1);
  });
});
