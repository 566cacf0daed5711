import { describe, expect, it } from 'vitest';
import { imagesAmong, MAX_IMAGES, needsDescription } from './media-drafts.ts';

const file = (name: string, type: string) => new File(['x'], name, { type });

describe('images in the composer', () => {
  it('keeps images only, and no more than four in all', () => {
    const picked = [
      file('a.jpg', 'image/jpeg'),
      file('b.svg', 'image/svg+xml'),
      file('c.png', 'image/png'),
      file('notes.txt', 'text/plain'),
      file('d.webp', 'image/webp'),
    ];
    expect(imagesAmong(picked, 0).map((f) => f.name)).toEqual(['a.jpg', 'c.png', 'd.webp']);
    expect(imagesAmong(picked, 2).map((f) => f.name)).toEqual(['a.jpg', 'c.png']);
    expect(imagesAmong(picked, MAX_IMAGES)).toEqual([]);
  });

  it('reminds about a missing description, never about a failed upload', () => {
    expect(needsDescription({ description: '  ', state: 'ready' })).toBe(true);
    expect(needsDescription({ description: '', state: 'uploading' })).toBe(true);
    expect(needsDescription({ description: 'A heron', state: 'ready' })).toBe(false);
    expect(needsDescription({ description: '', state: 'failed' })).toBe(false);
  });
});
