import { describe, expect, it } from 'vitest';
import { foldText as coachFold, foldTextReused as coachFoldReused } from '../coach/fold.util.ts';
import { foldText, foldTextReused } from './fold.ts';

// Both folds reuse one scratch buffer for their codes and share one backing store for their two
// offset arrays; text that folds into more units than it has (ligatures, NFKD) grows them.
describe('fold buffers', () => {
  it('grows past the first guess and keeps every offset (tokeniser fold)', () => {
    const text = `ab ${'ﬃ'.repeat(700)} cd`;
    const f = foldText(text);
    expect(f.text).toBe(`ab ${'ffi'.repeat(700)} cd`);
    expect(f.begin.length).toBe(f.text.length);
    expect([f.begin[3], f.end[3], f.begin[5], f.begin[6], f.end[6]]).toEqual([3, 4, 3, 4, 5]);
    expect(f.begin[f.text.length - 1]).toBe(text.length - 1);
    // A second, shorter text folds cleanly after the long one.
    expect(foldText('Écoute').text).toBe('ecoute');
    expect(foldText(text).text).toBe(f.text);
    // The reused fold (the tokeniser's) gives the same, and leaves earlier copies alone.
    for (const t of ['Écoute', text, 'ﬁn 👩\u200d💻 e\u0301', 'x']) {
      const copy = foldText(t);
      const reused = foldTextReused(t);
      expect([reused.text, [...reused.begin], [...reused.end]]).toEqual([
        copy.text,
        [...copy.begin],
        [...copy.end],
      ]);
    }
    expect(f.begin[f.text.length - 1]).toBe(text.length - 1);
  });

  it('grows past the first guess and keeps every offset (coach fold)', () => {
    const text = `ab ${'œ'.repeat(700)} cd`;
    const f = coachFold(text);
    expect(f.text).toBe(`ab ${'oe'.repeat(700)} cd`);
    expect(f.starts.length).toBe(f.text.length);
    expect([f.starts[3], f.ends[3], f.starts[4], f.starts[5], f.ends[5]]).toEqual([3, 4, 3, 4, 5]);
    expect(f.starts[f.text.length - 1]).toBe(text.length - 1);
    const first = coachFold('Tu es NUUUL');
    expect(coachFold(text).text).toBe(f.text);
    // An earlier result keeps its own offsets when the buffers are reused.
    expect([first.text, first.starts[7], first.ends[7]]).toEqual(['tu es nul', 7, 10]);
    // The reused fold (the coach's own) gives the same.
    for (const t of ['Tu es NUUUL', text, 'c0nn4rd 😡 É\u0301', 'x']) {
      const copy = coachFold(t);
      const reused = coachFoldReused(t);
      expect([reused.text, [...reused.starts], [...reused.ends]]).toEqual([
        copy.text,
        [...copy.starts],
        [...copy.ends],
      ]);
    }
  });
});
