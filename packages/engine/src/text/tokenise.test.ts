import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold.ts';
import { deLeet, keyKinds, skeleton, tokenise, wordKeys } from './tokenise.ts';

const keys = (text: string) => tokenise(text).map((t) => t.key);

describe('foldText', () => {
  it('folds case and accents and maps every unit back to the original', () => {
    const folded = foldText('Écœurant');
    expect(folded.text).toBe('ecoeurant');
    // "œ" becomes two units that both point at the one original character.
    expect([folded.begin[2], folded.end[2], folded.begin[3], folded.end[3]]).toEqual([2, 3, 2, 3]);
  });

  it('grows its buffers when compatibility forms expand', () => {
    const text = `${'\ufdfa'.repeat(20)}x`;
    const folded = foldText(text);
    expect(folded.text.length).toBeGreaterThan(text.length);
    expect(folded.text.endsWith('x')).toBe(true);
    expect(folded.begin[folded.text.length - 1]).toBe(20);
  });

  it('attaches combining marks to the letter they decorate', () => {
    const folded = foldText('e\u0301cole');
    expect(folded.text).toBe('ecole');
    expect([folded.begin[0], folded.end[0]]).toEqual([0, 2]);
  });
});

describe('tokenise', () => {
  it('reads elongation, leetspeak and symbol swaps as the plain word', () => {
    expect(keys('connnnard')).toEqual(keys('connard'));
    expect(keys('c0nn4rd')).toEqual(keys('connard'));
    expect(keys('id!ot')).toEqual(keys('idiot'));
    expect(keys('nuuul')).toEqual(keys('nul'));
  });

  it('joins letters spelled out with spaces, dots or dashes', () => {
    expect(keys('i.d.i.o.t')).toEqual(keys('idiot'));
    expect(keys('c o n')).toEqual(keys('con'));
    expect(keys('c-o-n-n-a-r-d')).toEqual(keys('connard'));
  });

  it('keeps SMS letters that are words of their own apart', () => {
    expect(keys('u r a loser')).toEqual(['you', 'are', 'a', 'loser']);
  });

  it('expands SMS spelling and slang in both languages', () => {
    expect(keys('t ki')).toEqual(['tu', 'es', 'qui']);
    expect(keys('tg')).toEqual(keys('ta gueule'));
    expect(keys('STFU')).toEqual(keys('shut the fuck up'));
    expect(keys("T'es nul")).toEqual(['tu', 'es', 'nul']);
    expect(keys("you're")).toEqual(['you', 'are']);
  });

  it('leaves numbers, ordinals and codes alone', () => {
    expect(deLeet('3eme')).toBe('3eme');
    expect(deLeet('h24')).toBe('h24');
    expect(deLeet('mp3')).toBe('mp3');
    expect(skeleton('connard')).toBe('conard');
  });

  it('masks mentions and URLs and keeps hashtag words', () => {
    const tokens = tokenise('@alice regarde https://exemple.fr/x #TaGueule');
    expect(tokens.map((t) => t.kind)).toEqual(['user', 'word', 'url', 'word']);
    expect(tokens[3]?.key).toBe('tagueule');
  });

  it('gives emoji their own token and their full range, skin tone included', () => {
    const text = 'ok 👍🏽 merci';
    const emoji = tokenise(text).find((t) => t.kind === 'emoji');
    expect(text.slice(emoji?.begin, emoji?.end)).toBe('👍🏽');
  });

  it('splits an English contraction glued to the next word, and nothing French', () => {
    expect(keys("I don'trespect women")).toEqual(['i', 'do', 'not', 'respect', 'women']);
    expect(keys("I'mgoing home")).toEqual(['i', 'am', 'going', 'home']);
    expect(keys("won'tstop")).toEqual(['wil', 'not', 'stop']);
    expect(keys("aujourd'hui quelqu'un")).toEqual(['aujourdhui', 'quelqun']);
    expect(keys("it'sa trap")).toEqual(['itsa', 'trap']);
    const text = "don'trespect";
    const [, , respect] = tokenise(text);
    expect(text.slice(respect?.begin, respect?.end)).toBe('respect');
  });

  it('points every token at the original text, accents and emoji included', () => {
    const text = '😡 Écoute-moi bien, c0nnnnard ! Tu es NUUUL 🙄 e\u0301crit';
    const words = tokenise(text).map((t) => text.slice(t.begin, t.end));
    expect(words).toContain('c0nnnnard');
    expect(words).toContain('NUUUL');
    expect(words).toContain('Écoute');
    expect(words).toContain('e\u0301crit');
  });

  it('never leaves the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        for (const t of tokenise(text)) {
          expect(t.begin).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.begin).toBeLessThan(t.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a word list as the text is read, elisions written alone included', () => {
    expect(wordKeys("rien qu' un")).toEqual(['rien', "qu'", 'un']);
    expect(wordKeys("n' t’ d'")).toEqual(["n'", "t'", "d'"]);
    // The same keys as inside a text.
    expect(keys("rien qu'un")).toEqual(wordKeys("rien qu' un"));
    expect(wordKeys('feel réalité')).toEqual(keys('feel réalité'));
  });
});

describe('keyKinds', () => {
  it('maps every word of each text, as keyed, to its kind, the later text winning', () => {
    const kinds = keyKinds([
      ['espère vivement', 1],
      ['seront vivement', 2],
    ]);
    expect(kinds.get('espere')).toBe(1);
    expect(kinds.get('vivement')).toBe(2);
    expect(kinds.get('seront')).toBe(2);
    expect(kinds.has('hope')).toBe(false);
  });
});
