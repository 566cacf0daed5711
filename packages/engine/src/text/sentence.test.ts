import { describe, expect, it } from 'vitest';
import { clauseEndsAfter, endsInQuestion } from './sentence.ts';
import { tokenise } from './tokenise.ts';

describe('endsInQuestion', () => {
  it('reads the first punctuation after the token', () => {
    const tokens = tokenise('Why are they all like that? They are fine.');
    expect(endsInQuestion(tokens, 0)).toBe(true);
    expect(endsInQuestion(tokens, tokens.length - 3)).toBe(false);
  });

  it('is false for a sentence left open or ended otherwise', () => {
    expect(endsInQuestion(tokenise("n'est-il pas temps"), 0)).toBe(false);
    expect(endsInQuestion(tokenise('isn’t it time!'), 0)).toBe(false);
  });

  it('takes "?!" as a question', () => {
    expect(endsInQuestion(tokenise('vraiment ?!'), 0)).toBe(true);
  });
});

describe('clauseEndsAfter', () => {
  it('ends a clause at punctuation, a comma or the end, not between two words', () => {
    const tokens = tokenise('pay, trust me now.');
    expect(clauseEndsAfter(tokens, 0)).toBe(true); // the comma
    expect(clauseEndsAfter(tokens, 1)).toBe(false);
    expect(clauseEndsAfter(tokens, 3)).toBe(true); // the full stop
    expect(clauseEndsAfter(tokenise('pay'), 0)).toBe(true);
  });
});
