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
});
