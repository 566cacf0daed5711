import { describe, expect, it } from 'vitest';
import { expandBrackets, ForbiddenKeyError } from './params.ts';

describe('expandBrackets', () => {
  it("reads Mastodon's arrays and objects", () => {
    const out = expandBrackets([
      ['media_ids[]', ['1', '2']],
      ['source[privacy]', 'private'],
      ['poll[options][]', 'a'],
      ['poll[options][]', 'b'],
      ['plain', 'x'],
    ]);
    expect(out).toEqual({
      media_ids: ['1', '2'],
      source: { privacy: 'private' },
      poll: { options: ['a', 'b'] },
      plain: 'x',
    });
  });

  it('refuses keys that would reach a prototype, at any level', () => {
    for (const key of [
      '__proto__[limit]',
      '__proto__',
      'constructor[prototype][x]',
      'source[__proto__]',
      'a[constructor]',
      'prototype[]',
    ]) {
      expect(() => expandBrackets([[key, '1']]), key).toThrow(ForbiddenKeyError);
    }
    expect(({} as Record<string, unknown>).limit).toBeUndefined();
  });

  it('gives records without a prototype, so no outside key finds a built-in', () => {
    const out = expandBrackets([['toString', 'x']]);
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(out.toString).toBe('x');
    expect(expandBrackets([['a', '1']]).hasOwnProperty).toBeUndefined();
  });
});
