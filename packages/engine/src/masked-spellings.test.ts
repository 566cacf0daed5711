import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Engine, loadEngine } from './analyze.ts';
import { buildLexicon, lexiconKey, matchLexicon } from './lexicon/lexicon.ts';
import { MISSPELT_EXCEPTIONS } from './lexicon/misspelt.data.ts';
import { unmask } from './lexicon/unmask.ts';
import { skeleton, tokenise } from './text/tokenise.ts';

const lexicon = buildLexicon();

// Our own sentences: [sentence, the hurtful word in it that a writer would mask].
const INSULTS: readonly [string, string][] = [
  ["t'es vraiment un connard", 'connard'],
  ['ferme-la, espèce de crétin', 'crétin'],
  ['quelle salope celle-là', 'salope'],
  ['tu es complètement débile', 'débile'],
  ["t'es qu'un gros bouffon", 'bouffon'],
  ['you are such an idiot', 'idiot'],
  ['shut up, you moron', 'moron'],
  ['what a pathetic loser', 'loser'],
  ['you stupid bitch', 'bitch'],
  ['go away, asshole', 'asshole'],
];

const LEET: ReadonlyMap<string, string> = new Map([
  ['o', '0'],
  ['a', '4'],
  ['e', '3'],
  ['i', '1'],
  ['s', '$'],
]);
const CYRILLIC: ReadonlyMap<string, string> = new Map([
  ['a', 'а'],
  ['e', 'е'],
  ['o', 'о'],
  ['c', 'с'],
  ['p', 'р'],
]);
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF'];

type Mask = (word: string, at: number) => string;

/** Masks the normaliser undoes: the masked text must read exactly as the plain one. */
const UNDONE: Record<string, Mask> = {
  // lookup-safe: fixed names of our own masks
  leet: (w, at) => {
    const i = [...w].findIndex((ch, k) => k >= at % w.length && LEET.has(ch));
    return i < 1 ? w : w.slice(0, i) + LEET.get(w[i] as string) + w.slice(i + 1);
  },
  homoglyph: (w) => [...w].map((ch) => CYRILLIC.get(ch) ?? ch).join(''),
  invisible: (w, at) => {
    const i = 1 + (at % (w.length - 1));
    return w.slice(0, i) + (INVISIBLE[at % INVISIBLE.length] as string) + w.slice(i);
  },
  elongated: (w, at) => {
    const i = at % w.length;
    return w.slice(0, i + 1) + (w[i] as string).repeat(2 + (at % 5)) + w.slice(i + 1);
  },
  spacedOut: (w, at) => [...w].join([' ', '.', '-', '*'][at % 4] as string),
  shouted: (w) => w.toUpperCase(),
};

/** Masks no normaliser can undo without a dictionary: the lexicon reads them as the word. */
const GUESSED: Record<string, Mask> = {
  // lookup-safe: fixed names of our own masks
  swapped: (w, at) => {
    const i = 1 + (at % Math.max(1, w.length - 3));
    if (w[i] === w[i + 1]) return w;
    return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  },
  deleted: (w, at) => {
    const i = 1 + (at % Math.max(1, w.length - 2));
    return w.slice(0, i) + w.slice(i + 1);
  },
};

const arbitrary = (masks: Record<string, Mask>) =>
  fc.record({
    insult: fc.constantFrom(...INSULTS),
    mask: fc.constantFrom(...Object.keys(masks)),
    at: fc.nat(40),
  });

describe('an insult and its masked spellings score alike', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  });
  const toxicity = (text: string) => engine.analyze(text, { coach: false }).scores.TOXICITY;

  it('reads masks the normaliser undoes as the word itself (within 0.05)', () => {
    fc.assert(
      fc.property(arbitrary(UNDONE), ({ insult: [sentence, word], mask, at }) => {
        const masked = sentence.replace(word, (UNDONE[mask] as Mask)(word, at));
        expect(Math.abs(toxicity(masked) - toxicity(sentence))).toBeLessThanOrEqual(0.05);
      }),
      { numRuns: 200, seed: 20261127 },
    );
  });

  it('reads a swapped or missing inner letter as the hurtful word it masks', () => {
    // The shipped weights were trained without masked copies, so the score of such a spelling
    // can still fall (see the model card); the lexicon, which feeds the context features and
    // the coach, reads it as the word.
    fc.assert(
      fc.property(arbitrary(GUESSED), ({ insult: [sentence, word], mask, at }) => {
        const masked = (GUESSED[mask] as Mask)(word, at);
        const read = lexiconKey(skeleton(masked));
        // Shorter readings, and everyday words one letter away ("connrad" → Conrad), are left out.
        fc.pre(masked !== word && read.length >= 5 && !MISSPELT_EXCEPTIONS.includes(read));
        const categories = matchLexicon(lexicon, tokenise(sentence.replace(word, masked))).map(
          (m) => m.category,
        );
        expect(categories).toContain('insult');
      }),
      { numRuns: 200, seed: 20261127 },
    );
  });

  it('scores a swapped, missing or extra letter within 0.1 of the word itself', () => {
    // Read before any feature is taken (src/lexicon/unmask.ts), so the model sees the word.
    const EDITS: Record<string, Mask> = {
      // lookup-safe: fixed names of our own masks
      ...GUESSED,
      inserted: (w, at) => {
        const i = 1 + (at % (w.length - 1));
        return w.slice(0, i) + 'xkz'[at % 3] + w.slice(i);
      },
    };
    fc.assert(
      fc.property(arbitrary(EDITS), ({ insult: [sentence, word], mask, at }) => {
        const masked = (EDITS[mask] as Mask)(word, at);
        const read = lexiconKey(skeleton(masked));
        // A letter added between doubled ones ("boufkfon") is not read: "salopette" is built so.
        const between = /(.)[xkz]\1/.test(masked);
        fc.pre(masked !== word && read.length >= 5 && !lexicon.masks.common.has(read) && !between);
        const score = toxicity(sentence.replace(word, masked));
        expect(Math.abs(score - toxicity(sentence))).toBeLessThanOrEqual(0.1);
      }),
      { numRuns: 200, seed: 20261127 },
    );
  });

  it('scores a word broken by spaces, or glued to the word before it, like the word', () => {
    const SPACED: Record<string, Mask> = {
      // lookup-safe: fixed names of our own masks
      broken: (w, at) => {
        const i = 2 + (at % (w.length - 3));
        return `${w.slice(0, i)} ${w.slice(i)}`;
      },
    };
    fc.assert(
      fc.property(arbitrary(SPACED), ({ insult: [sentence, word], mask, at }) => {
        const masked = (SPACED[mask] as Mask)(word, at);
        // Two everyday words are left apart ("pu te" is not "pute"): only fragments are joined.
        const pieces = tokenise(masked).map((t) => lexiconKey(t.key));
        const { common, hurtful } = lexicon.masks;
        fc.pre(pieces.some((p) => p.length > 1 && !common.has(p) && !hurtful.has(p)));
        const score = toxicity(sentence.replace(word, masked));
        expect(Math.abs(score - toxicity(sentence))).toBeLessThanOrEqual(0.1);
      }),
      { numRuns: 100, seed: 20261127 },
    );
    const glued = (text: string, word: string) => text.replace(` ${word}`, word);
    for (const [sentence, word] of INSULTS) {
      const text = glued(sentence, word);
      expect([text, Math.abs(toxicity(text) - toxicity(sentence)) <= 0.1]).toEqual([text, true]);
    }
  });

  it('leaves everyday words alone: false friends, names, words that contain an insult', () => {
    const keys = (text: string) => unmask(tokenise(text), lexicon.masks, text).map((t) => t.key);
    for (const text of [
      'the slope is steep',
      'Conrad said hello',
      'an assassin in the novel',
      'a beaver built a dam',
      'ma salopette est bleue',
      'il a pu te dire merci',
      'je sais où tu habites',
      'dumb as a rock',
      'the therapist called',
      'j’ai oublié mon cahier',
      'une tunique bleue',
      'le sentier est bien balisé',
      'la plus gentille que je connaisse',
      'we had to salvage the boat',
      'my psychotherapist is kind',
      'a halting voice',
    ]) {
      expect(keys(text)).toEqual(tokenise(text).map((t) => t.key));
    }
  });

  it('keeps highlighting the masked word in the original text', () => {
    const text = 'you are such an id\u200Biоt'; // zero-width space and a Cyrillic о
    const spans = engine.analyze(text).spans;
    expect(spans.some((s) => text.slice(s.begin, s.end) === 'id\u200Biоt')).toBe(true);
    const broken = 'shut up, you idi ot';
    expect(
      engine.analyze(broken).spans.some((s) => broken.slice(s.begin, s.end) === 'idi ot'),
    ).toBe(true);
  });
});
