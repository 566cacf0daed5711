import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixTree } from './alternation.util.ts';
import { asObserved, foldedWords } from './clause.util.ts';
import { foldString, foldText } from './fold.util.ts';
import { alt, INSULT_ALT, list, STRONG_INSULTS, WEAK_INSULTS } from './lexicon.data.ts';
import { combineCues, countCues } from './need-cues.util.ts';
import { applyEdits, type ObservationEdits, tidy } from './observation.builder.ts';
import { findShouting } from './shouting.rules.ts';
import { NEEDS, type Need } from './vocabulary.data.ts';

/**
 * The coach's fast paths must behave exactly like the plain code they replace. Each is checked
 * against that plain code, kept here as the reference, on generated text.
 */

const runs = { numRuns: 400, seed: 20261122 };

/** Every match of a global regex, as [index, text]. */
function matches(re: RegExp, text: string): [number, string][] {
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
}

// Pieces of our own words and separators, so generated text often almost matches a list entry.
const PIECES = [
  ...'con conard conne pauvre type tu es t es tes vous etes you are ur u r a an the so'.split(' '),
  ...'idiot idiote idiots nul nuls stupid stupide loser x e s '.split(' '),
  ...[' ', ' ', '  ', '-', "'", "' ", ',', '.', '!', 'é', 'A', 'B', 'É', '0', '4', '!!', '😡'],
];
const draftText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''));
const anyText = fc.oneof(draftText, fc.string({ unit: 'binary', maxLength: 40 }));

describe('word alternations written as prefix trees', () => {
  const SECOND = list(`tu es|t'es|tu est|vous êtes|you are|you're|youre|you r|u r|ur|u are`);
  // The flat alternation the tree replaces: folded words, longest first.
  const flat = (words: string[], inflect = false) =>
    [...new Set(words.map((w) => foldText(w).text))]
      .sort((a, b) => b.length - a.length)
      .map((w) =>
        w
          .replace(/[.*+?^${}()|[\]\\/ '-]/g, (ch) =>
            ch === ' ' ? '[\\s-]+' : ch === '-' ? '[\\s-]*' : ch === "'" ? "(?:'\\s*|\\s+)?" : ch,
          )
          .concat(inflect && !w.includes(' ') ? '(?:e|s|es|x)?' : ''),
      )
      .join('|');
  const insults = [...STRONG_INSULTS, ...WEAK_INSULTS];

  it('matches the same spans as the flat list, in the same order of preference', () => {
    const pairs = [
      [`(?<![a-z])(?:${flat(insults, true)})(?![a-z])`, `(?<![a-z])(?:${INSULT_ALT})(?![a-z])`],
      // A continuation forces backtracking into the alternation: the preferred word must win.
      [
        `(?<![a-z])(?:${flat(SECOND)})[\\s-]+(?:${flat(insults, true)})`,
        `(?<![a-z])(?:${alt(SECOND)})[\\s-]+(?:${alt(insults, true)})`,
      ],
    ] as const;
    fc.assert(
      fc.property(draftText, (text) => {
        const folded = foldText(text).text;
        for (const [a, b] of pairs) {
          expect(matches(new RegExp(b, 'g'), folded)).toEqual(matches(new RegExp(a, 'g'), folded));
        }
      }),
      runs,
    );
  });

  it('keeps a longer entry ahead of its prefix and merges only what cannot compete', () => {
    const tree = prefixTree([
      ['p', 'a', 'u', 'v', 'r', 'e', '[\\s-]+', 'c', 'o', 'n'],
      ['c', 'o', 'n'],
    ]);
    expect(new RegExp(`^(?:${tree})`).exec('pauvre con')?.[0]).toBe('pauvre con');
    expect(
      prefixTree([
        ['a', 'b'],
        ['a', 'c'],
      ]),
    ).toBe('a(?:b|c)');
    // "x?" may match nothing, so "ab" cannot move ahead of it.
    expect(prefixTree([['a', 'b'], ['x?'], ['a', 'c']])).toBe('(?:ab|x?|ac)');
  });
});

describe('folding without offsets', () => {
  it('gives the text of the full fold, leetspeak and repeated letters included', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldString(text)).toBe(foldText(text).text);
      }),
      runs,
    );
  });

  it('remembers each character it folds by both of its units', () => {
    // A high surrogate pairs with whatever unit follows: "\ud83d" + "a" is not "\ud83d" + "b".
    for (const text of ['\ud83da\ud83db', '😡😀 É🙂É', 'Œ😡œ']) {
      expect(foldString(text)).toBe(foldText(text).text);
    }
    expect(foldString('\ud83da\ud83db')).toBe('\ud83da\ud83db');
    expect(foldText('😡Éé😡').text).toBe('😡e😡');
  });
});

describe('shouting read by hand', () => {
  // The plain reading it replaces: every /\p{L}+/gu word, case compared on the whole word.
  function reference(text: string): { begin: number; end: number }[] {
    const hits: { begin: number; end: number }[] = [];
    let run: { begin: number; end: number; words: number; letters: number; long: boolean } | null =
      null;
    const close = () => {
      if (run && run.words >= 2 && run.letters >= 8 && run.long) {
        hits.push({ begin: run.begin, end: run.end });
      }
      run = null;
    };
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const word = m[0];
      if (word.length === 1 && run && word === word.toUpperCase()) continue;
      if (word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()) {
        if (!run) run = { begin: m.index, end: m.index, words: 0, letters: 0, long: false };
        run.end = m.index + word.length;
        run.words++;
        run.letters += word.length;
        run.long ||= word.length >= 4;
      } else close();
    }
    close();
    for (const m of text.matchAll(/(?:[!?]\s*){3,}/g)) {
      hits.push({ begin: m.index, end: m.index + m[0].trimEnd().length });
    }
    return hits;
  }
  const shouted = fc
    .array(
      fc.constantFrom('STOP', 'NON', 'JE', 'a', 'I', 'À', 'ß', '𝐀', 'σΣ', 'Ǆ', ' ', "'", '!'),
      {
        maxLength: 20,
      },
    )
    .map((p) => p.join(''));

  it('finds the same runs and bursts as the word regex', () => {
    fc.assert(
      fc.property(fc.oneof(shouted, anyText), (text) => {
        expect(findShouting(text)).toEqual(reference(text));
      }),
      runs,
    );
  });
});

describe('observation edits and tidying', () => {
  function referenceTidy(text: string): string {
    let out = text
      .replace(/\s+/g, ' ')
      .replace(/\(\s*\)|\[\s*\]|"\s*"|«\s*»/g, ' ')
      .replace(/\s+([,.])/g, '$1')
      .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
      .replace(/,\s*([.!?])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    const connector =
      /^(?:et|mais|donc|alors|puis|ou|and|but|so|or|then|because|parce que|car)(?=[\s,.!?]|$)/i;
    for (let i = 0; i < 4; i++) {
      const before = out;
      out = out
        .replace(/^[\s,.;:!?…\-–—)]+/, '')
        .replace(connector, '')
        .trim();
      out = out.replace(/[\s,;:\-–—(]+$/, '').trim();
      if (out === before) break;
    }
    return out;
  }
  const messy = fc
    .array(fc.constantFrom('et', 'mais', 'So', 'word', ' ', '  ', '\t', '\u00a0', ',', ';', ':'), {
      maxLength: 20,
    })
    .chain((p) => fc.constantFrom(p.join(''), `${p.join('')}( ) — , .`, `- ${p.join('')} [ ] …`));

  it('tidies like the regex-only version', () => {
    fc.assert(
      fc.property(fc.oneof(messy, anyText), (text) => {
        expect(tidy(text)).toBe(referenceTidy(text));
      }),
      runs,
    );
  });

  function referenceEdits(text: string, edits: ObservationEdits): string {
    const keep = new Uint8Array(text.length).fill(1);
    const lower = new Uint8Array(text.length);
    const inserts = new Map<number, string>();
    const replaced = (i: number) => edits.replacements.some((r) => r.begin <= i && i < r.end);
    for (const cut of edits.cuts) keep.fill(0, cut.begin, cut.end);
    for (const r of edits.replacements) {
      if (keep.subarray(r.begin, r.end).includes(0)) continue;
      keep.fill(0, r.begin, r.end);
      inserts.set(r.begin, r.text);
    }
    for (const cut of edits.softCuts) {
      for (let i = cut.begin; i < cut.end; i++) if (!inserts.has(i) && !replaced(i)) keep[i] = 0;
    }
    for (const l of edits.lower) lower.fill(1, l.begin, l.end);
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const insert = inserts.get(i);
      if (insert !== undefined) out += ` ${insert} `;
      if (keep[i]) out += lower[i] ? (text[i] as string).toLowerCase() : text[i];
    }
    return out;
  }
  const range = fc
    .tuple(fc.nat(30), fc.nat(8))
    .map(([begin, width]) => ({ begin, end: begin + width }));
  const edits = fc.record({
    cuts: fc.array(range, { maxLength: 3 }),
    replacements: fc.array(
      range.map((r) => ({ ...r, text: 'X' })),
      { maxLength: 3 },
    ),
    softCuts: fc.array(range, { maxLength: 3 }),
    lower: fc.array(range, { maxLength: 3 }),
  });

  it('applies edits like the character-by-character version', () => {
    fc.assert(
      fc.property(anyText, edits, (text, e) => {
        expect(applyEdits(text, e)).toBe(referenceEdits(text, e));
      }),
      runs,
    );
  });
});

describe('need cues counted in one scan', () => {
  const stems = NEEDS.flatMap((need) =>
    need.cues.source
      .replace(/^\(\?<!\[a-z\]\)\(\?:|\)$/g, '')
      .split('|')
      .map((a) => a.replace(/\(.*$/, '')),
  );
  const cueText = fc
    .array(fc.constantFrom(...stems, 'e', 'ing', 's', ' ', ' ', "'", 'la', 'parole', 'x'), {
      maxLength: 16,
    })
    .map((p) => p.join(''));

  it('counts what the regex of each need counts', () => {
    const combined = combineCues(NEEDS);
    expect(combined).not.toBeNull();
    fc.assert(
      fc.property(cueText, (text) => {
        expect(countCues(NEEDS, combined, text)).toEqual(countCues(NEEDS, null, text));
      }),
      runs,
    );
  });

  it('falls back to one scan per need when two needs share where a cue starts', () => {
    const [first, second] = NEEDS as [Need, Need];
    const clash = [first, { ...second, cues: /(?<![a-z])(?:la parole|peurs)/g }];
    expect(combineCues(clash)).toBeNull();
    expect(countCues(clash, null, 'peurs')).toEqual([1, 1]);
  });
});

describe('clauses as observed', () => {
  // The plain reading that asObserved replaces, kept here as the reference.
  function reference(clause: string, language: 'fr' | 'en'): string {
    const lower = clause.toLowerCase();
    if (lower === clause) return clause;
    const letters = clause.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
    if (letters.length >= 6 && upper / letters.length > 0.6) return lower;
    const first = clause.match(/^\p{L}+/u)?.[0] ?? '';
    if (language === 'en' && first === 'I') return clause;
    return clause.charAt(0).toLowerCase() + clause.slice(1);
  }
  const clause = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc
      .array(fc.constantFrom('I', 'I ', 'TU ', 'AS', 'Été', 'É', 'é', '𝐀', '𝐚', 'x', ' ', '!'), {
        maxLength: 12,
      })
      .map((p) => p.join('')),
  );
  it('lower-cases exactly as the Unicode regexes did', () => {
    fc.assert(
      fc.property(clause, fc.constantFrom('fr' as const, 'en' as const), (text, language) => {
        expect(asObserved(text, language)).toBe(reference(text, language));
      }),
      { numRuns: 400, seed: 20261127 },
    );
  });

  it('splits folded words as the regex split did', () => {
    fc.assert(
      fc.property(clause, (text) => {
        const reference = foldString(text)
          .split(/[^a-z0-9-]+/)
          .filter(Boolean);
        expect(foldedWords(text)).toEqual(reference);
      }),
      { numRuns: 400, seed: 20261128 },
    );
  });
});
