import { describe, expect, it } from 'vitest';
import { countCharacters, measureDraft, replyPrefix, shortPostLimit } from './compose-helpers.ts';

describe('countCharacters', () => {
  it('counts what a person sees: accents and emoji are one character each', () => {
    expect(countCharacters('été')).toBe(3);
    expect(countCharacters('merci 🌱')).toBe(7);
    expect('🌱'.length).toBe(2);
  });
});

describe('measureDraft', () => {
  it('marks a post of at most 280 characters as short, and longer ones as long form', () => {
    expect(measureDraft('a'.repeat(shortPostLimit), 2800)).toMatchObject({
      short: true,
      count: 280,
    });
    expect(measureDraft('a'.repeat(shortPostLimit + 1), 2800)).toMatchObject({
      short: false,
      remaining: 2519,
    });
  });

  it('refuses to send an empty or blank draft, and one over the instance limit', () => {
    expect(measureDraft('   \n', 2800).empty).toBe(true);
    expect(measureDraft('x'.repeat(501), 500)).toMatchObject({ overLimit: true, remaining: -1 });
    expect(measureDraft('x'.repeat(500), 500).overLimit).toBe(false);
  });
});

describe('replyPrefix', () => {
  it('mentions the author and the other people in the conversation, never yourself, once each', () => {
    expect(replyPrefix('bob', ['alice', 'carol', 'bob'], 'alice')).toBe('@bob @carol ');
  });

  it('is empty when replying to yourself alone', () => {
    expect(replyPrefix('alice', [], 'alice')).toBe('');
  });
});
