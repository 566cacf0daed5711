import { fnv1a } from '../src/features/hash.ts';
import type { MaskKind } from './suite-masked.data.ts';

const BRACKETS = /\[([^\]]+)\]/g;
const LETTER = /\p{L}/u;
const LEET: ReadonlyMap<string, readonly string[]> = new Map([
  ['a', ['4', '@']],
  ['e', ['3', '€']],
  ['i', ['1', '!']],
  ['o', ['0', '*']],
  ['s', ['$', '5']],
  ['t', ['7']],
  ['u', ['*']],
]);

/** The longest word of a bracketed segment: the one a writer would disguise. */
function target(segment: string): { start: number; word: string } {
  let best = { start: 0, word: '' };
  for (const m of segment.matchAll(/\p{L}+/gu)) {
    if (m[0].length > best.word.length) best = { start: m.index, word: m[0] };
  }
  return best;
}

function maskWord(word: string, kind: MaskKind, h: number): string {
  const n = word.length;
  switch (kind) {
    case 'swap': {
      // Any two neighbouring letters, the first and last included, unless they are the same.
      for (let k = 0; k < n - 1; k++) {
        const i = (h + k) % (n - 1);
        if (word[i] !== word[i + 1]) {
          return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        }
      }
      return word;
    }
    case 'delete': {
      const i = h % n;
      return word.slice(0, i) + word.slice(i + 1);
    }
    case 'spaceAdd': {
      // A third of the cases spell the word out; the others break it once or twice.
      if (h % 3 === 0) return [...word].join(' ');
      const i = 1 + (h % (n - 1));
      const broken = `${word.slice(0, i)} ${word.slice(i)}`;
      if (h % 3 === 1 || n < 6) return broken;
      const j = 1 + ((h >>> 8) % (broken.length - 2));
      return broken[j] === ' ' || broken[j - 1] === ' '
        ? broken
        : `${broken.slice(0, j)} ${broken.slice(j)}`;
    }
    case 'leet': {
      const places = [...word].flatMap((ch, i) => (LEET.has(ch.toLowerCase()) ? [i] : []));
      if (places.length === 0) return word;
      const chosen = new Set([places[h % places.length] as number]);
      if (h % 2 === 1) chosen.add(places[(h >>> 4) % places.length] as number);
      return [...word]
        .map((ch, i) => {
          const subs = LEET.get(ch.toLowerCase());
          return chosen.has(i) && subs !== undefined
            ? (subs[(h >>> 2) % subs.length] as string)
            : ch;
        })
        .join('');
    }
    case 'spaceRemove':
      return word;
  }
}

/**
 * Applies a mask to the bracketed part of a filled template (and drops the brackets), at a
 * position that depends on the whole text, so the cases of one template vary.
 *
 * @example
 * applyMask('Sarah, shut up, you [idiot].', 'delete'); // 'Sarah, shut up, you idot.' (or another letter)
 */
export function applyMask(text: string, kind: MaskKind | undefined): string {
  if (kind === undefined) return text.replace(BRACKETS, '$1');
  const h = fnv1a(text);
  if (kind === 'spaceRemove') {
    // Glue the masked word to the word before it, and half the time to the word after it too.
    return text.replace(/ ?\[([^\]]+)\]( ?)/g, (_m, inner: string, after: string) => {
      const glued = inner.replaceAll(' ', '');
      const next = text.slice(text.indexOf(`[${inner}]`) + inner.length + 2 + after.length);
      return h % 2 === 1 && after !== '' && LETTER.test(next[0] ?? '') ? glued : glued + after;
    });
  }
  return text.replace(BRACKETS, (_m, inner: string) => {
    const { start, word } = target(inner);
    if (word.length < 3) return inner;
    return inner.slice(0, start) + maskWord(word, kind, h) + inner.slice(start + word.length);
  });
}
