import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../ui/contrast.ts';

// Reads the palette straight from tokens.css, so a colour change that breaks WCAG AA fails here.
const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');

function palette(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

const themes = {
  light: palette(css.slice(0, darkStart)),
  dark: { ...palette(css.slice(0, darkStart)), ...palette(css.slice(darkStart)) },
};

// [text, background, minimum]: 4.5 for text, 3 for the focus ring (a non-text indicator).
const pairs: [string, string, number][] = [
  ['ink', 'bg', 4.5],
  ['ink', 'surface', 4.5],
  ['ink', 'surface-sunk', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['muted', 'surface-sunk', 4.5],
  ['accent', 'bg', 4.5],
  ['accent', 'surface', 4.5],
  ['accent', 'accent-soft', 4.5],
  ['accent-ink', 'accent', 4.5],
  ['sage', 'sage-soft', 4.5],
  ['sage', 'surface', 4.5],
  ['danger', 'surface', 4.5],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
];

describe.each(Object.entries(themes))('the %s theme', (_name, colours) => {
  it.each(pairs)('%s on %s reaches the WCAG AA ratio', (text, background, minimum) => {
    const a = colours[text];
    const b = colours[background];
    expect(a, text).toBeDefined();
    expect(b, background).toBeDefined();
    expect(contrastRatio(a ?? '', b ?? '')).toBeGreaterThanOrEqual(minimum);
  });
});

describe('contrastRatio', () => {
  it('matches the reference values of black and white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
});
