import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import { pickLanguage, translate } from './i18n.ts';
import { initialLanguage, languageKey } from './language-choice.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the French and English catalogues', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message', () => {
    for (const catalogue of [fr, en]) {
      for (const [key, value] of Object.entries(catalogue)) {
        expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(placeholders(fr[key as keyof typeof fr]), key).toEqual(placeholders(value));
    }
  });

  it('hold every key used in the source code', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[\w.]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(en, key).toHaveProperty([key]);
  });
});

describe('pickLanguage', () => {
  it('follows the first preferred language we speak', () => {
    expect(pickLanguage(['fr-CA', 'en'])).toBe('fr');
    expect(pickLanguage(['de-DE', 'en-GB', 'fr'])).toBe('en');
    expect(pickLanguage(['es', 'FR'])).toBe('fr');
  });

  it('falls back on English', () => {
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage(['ja'])).toBe('en');
  });
});

describe('initialLanguage', () => {
  it('prefers the language chosen in settings over the browser', () => {
    const storage = { getItem: (key: string) => (key === languageKey ? 'en' : null) };
    expect(initialLanguage(storage, ['fr-FR'])).toBe('en');
  });

  it('ignores an unknown stored value and a storage that throws', () => {
    expect(initialLanguage({ getItem: () => 'klingon' }, ['fr'])).toBe('fr');
    const throwing = {
      getItem: (): string | null => {
        throw new Error('denied');
      },
    };
    expect(initialLanguage(throwing, ['fr'])).toBe('fr');
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(en, 'compose.counter', { count: 12, max: 2800 })).toBe('12 / 2800');
    expect(translate(fr, 'intention.welcome', { name: 'alice' })).toBe('Bienvenue, alice !');
    expect(translate(en, 'intention.welcome')).toBe('Welcome, {name}!');
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}
