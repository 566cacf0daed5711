import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { categoryKey, outcomeKey } from './labels.ts';

// Every outcome and category the server sends must read as words, in both languages.
describe('moderation labels', () => {
  it('names each restriction the server reports, and only "none" as no action', () => {
    for (const outcome of [
      'remove_post',
      'mark_sensitive',
      'sensitive',
      'limit',
      'suspend',
      'disable',
    ]) {
      const key = outcomeKey(outcome);
      expect(key, outcome).not.toBe('mod.outcome.none');
      expect(Object.hasOwn(en, key) && Object.hasOwn(fr, key), key).toBe(true);
    }
    expect(outcomeKey('none')).toBe('mod.outcome.none');
    expect(outcomeKey(null)).toBe('mod.outcome.none');
  });

  it('names every notice and report category apart', () => {
    const categories = [
      'threats',
      'harassment',
      'hate',
      'spam',
      'child_safety',
      'privacy',
      'intellectual_property',
      'legal',
      'violation',
    ];
    const keys = categories.map(categoryKey);
    expect(new Set(keys).size).toBe(categories.length);
    for (const key of keys)
      expect(Object.hasOwn(en, key) && Object.hasOwn(fr, key), key).toBe(true);
  });
});
