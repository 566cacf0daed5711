import { describe, expect, it } from 'vitest';
import { tokenise } from '../text/tokenise.ts';
import * as implicit from './implicit.data.ts';
import * as data from './lexicon.data.ts';
import { buildLexicon, matchLexicon } from './lexicon.ts';
import * as threats from './threats.data.ts';

// An elided or contracted word written apart ("n ont", "can t") is read by the tokeniser as
// something else ("t" is SMS for "tu es"), so the entry never matches the text people write.
const LONE_ELISION = /(^|\s)(n|qu|quelqu|s|j|l|d|m|t|c|ll|re|ve)(\s|$)/;

describe('lexicon entries', () => {
  it('are written as people write them, elisions and contractions included', () => {
    const lone = [...Object.values(data), ...Object.values(implicit), ...Object.values(threats)]
      .filter((list): list is string[] => Array.isArray(list))
      .flat()
      .filter((entry) => LONE_ELISION.test(entry));
    expect(lone).toEqual([]);
  });

  it('are separated by commas: no entry runs on into the next line', () => {
    // A comma missing at a line's end glues two entries into one phrase nobody writes.
    const runOn = [...Object.values(data), ...Object.values(implicit), ...Object.values(threats)]
      .filter((list): list is string[] => Array.isArray(list))
      .flat()
      .filter((entry) => entry.includes('\n'));
    expect(runOn).toEqual([]);
  });

  it.each([
    ['Les juifs n’ont rien à faire ici.', 'hostile'],
    ["T'es mort, je te préviens.", 'threat'],
    ["I can't stand them.", 'loathing'],
    ["They don't belong here.", 'hostile'],
    ["Personne ne t'a demandé ton avis.", 'dismissal'],
    // Entries that are an elision alone ("n'", "t'") meet the token the text gives.
    ["Je n'aime pas ça.", 'negation'],
    ["Je vais t'attendre à la sortie.", 'second'],
  ])('match "%s" as %s', (text, category) => {
    const categories = matchLexicon(buildLexicon(), tokenise(text)).map((m) => m.category);
    expect(categories).toContain(category);
  });

  it.each([
    ['Va te faire !', true],
    ['Allez vous faire foutre.', true],
    ['Cette blague va te faire mourir de rire.', false],
    ['Ça va te faire du bien.', false],
  ])(
    'read "%s" as a dismissal: %s (an elliptic phrase only when the sentence stops)',
    (text, is) => {
      const categories = matchLexicon(buildLexicon(), tokenise(text)).map((m) => m.category);
      expect(categories.includes('dismissal')).toBe(is);
    },
  );

  it('read an elision written alone as the same token as inside a word', () => {
    const at = (text: string, key: string) =>
      matchLexicon(buildLexicon(), tokenise(text))
        .filter((m) => m.category === 'negation')
        .map((m) => tokenise(text)[m.first]?.key)
        .includes(key);
    expect(at("Ils n'existent pas.", "n'")).toBe(true);
    expect(at('Ils n’existent pas.', "n'")).toBe(true);
  });
});
