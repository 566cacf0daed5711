import { describe, expect, it } from 'vitest';
import { commentOf, commentsOf, draftEndingOnInsult } from './think-texts.ts';

describe('bench texts', () => {
  it('makes comments of the exact length asked, in the language asked', () => {
    expect(commentOf(280, 'fr')).toHaveLength(280);
    expect(commentOf(2800, 'en', 3)).toHaveLength(2800);
    expect(commentOf(280, 'fr')).toContain('réunion');
    expect(commentOf(280, 'en')).toContain('Thursday');
  });

  it('alternates French and English, and no two comments are alike', () => {
    const comments = commentsOf(280, 6);
    expect(new Set(comments).size).toBe(6);
    expect(comments[0]).toMatch(/[àéèêç’]/);
    expect(comments[1]).not.toMatch(/[àéèêç]/);
  });

  it('ends a draft on the insult whose last letter the keystroke bench toggles', () => {
    for (const length of [280, 2800]) {
      const draft = draftEndingOnInsult(length);
      expect(draft).toHaveLength(length);
      expect(draft.endsWith(' idiot')).toBe(true);
    }
  });
});
