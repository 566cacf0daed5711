import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextStart, plainWordEnd, TOKEN_RE } from './token-scan.ts';

/** The regex's own next match from `from`, as tokenise ran it before. */
function regexMatch(text: string, from: number): RegExpExecArray | null {
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  re.lastIndex = from;
  return re.exec(text);
}

// Folded text is lower case; capitals, symbols and accents are here to send words to the regex.
const CHARS = [...'abchpstwxyz019 \'.-_*,;:!?@#$€|"\n\t()éÉA😡«'];
const texts = fc
  .array(fc.constantFrom(...CHARS), { maxLength: 40 })
  .map((cs) => cs.join(''))
  .chain((t) => fc.oneof(fc.constant(t), fc.constant(`http://${t}`), fc.constant(`${t}www.a`)));

describe('token scan', () => {
  it('skips only characters the regex never starts a match with', () => {
    for (let c = 0; c < 128; c++) {
      const text = `${String.fromCharCode(c)}abc`;
      if (nextStart(text, 0) === 1) expect(regexMatch(text, 0)?.index).not.toBe(0);
    }
  });

  it('finds the regex matches that are plain words, and no other', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let from = 0;
        for (;;) {
          const m = regexMatch(text, from);
          const at = nextStart(text, from);
          if (m === null) {
            expect(at === text.length || plainWordEnd(text, at) < 0).toBe(true);
            return;
          }
          expect(at).toBeLessThanOrEqual(m.index);
          const end = plainWordEnd(text, at);
          if (end >= 0) {
            expect(at).toBe(m.index);
            expect(m[5]).toBe(m[0]);
            expect(end).toBe(m.index + m[0].length);
          }
          from = m.index + m[0].length;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
