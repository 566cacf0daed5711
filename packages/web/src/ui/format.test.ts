import { describe, expect, it } from 'vitest';
import { formatCount, formatRelativeTime } from './format-time.ts';
import { htmlToText } from './html-text.ts';

const now = Date.parse('2026-11-22T12:00:00.000Z');

describe('formatRelativeTime', () => {
  it('speaks in minutes and hours while recent, in the UI language', () => {
    expect(formatRelativeTime('2026-11-22T11:55:00.000Z', now, 'en')).toMatch(/5\smin/);
    expect(formatRelativeTime('2026-11-22T09:00:00.000Z', now, 'fr')).toMatch(/il y a 3\sh/);
  });

  it('gives a date after a week, and nothing for a broken timestamp', () => {
    expect(formatRelativeTime('2026-10-01T09:00:00.000Z', now, 'en')).toMatch(/Oct/);
    expect(formatRelativeTime('2025-10-01T09:00:00.000Z', now, 'en')).toMatch(/2025/);
    expect(formatRelativeTime('not a date', now, 'en')).toBe('');
  });
});

describe('formatCount', () => {
  it('abbreviates large counts per language', () => {
    expect(formatCount(1500, 'en')).toBe('1.5K');
    expect(formatCount(12, 'fr')).toBe('12');
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks and drops tags', () => {
    expect(htmlToText('<p>Bonjour <a href="/tags/x">#x</a></p><p>ligne<br>deux</p>')).toBe(
      'Bonjour #x\n\nligne\ndeux',
    );
  });

  it('decodes entities without ever producing markup', () => {
    expect(htmlToText('&lt;script&gt; &amp; &#233;t&#xE9; &unknown;')).toBe(
      '<script> & été &unknown;',
    );
  });

  it('leaves built-in property names alone, as unknown entities', () => {
    expect(htmlToText('&constructor; &toString; &__proto__;')).toBe(
      '&constructor; &toString; &__proto__;',
    );
  });
});
