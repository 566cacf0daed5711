import { describe, expect, it } from 'vitest';
import { readKeys } from '../test/keys.fixture.ts';
import { describeReadings } from '../test/readings.fixture.ts';

// A marker of intent glued to a verb of harm, the speaker before them and the object after or
// not, or a verb of harm glued to an object no word ends with: read as the spaced words. Our own
// sentences.
describe('a threat typed with its spaces removed', () => {
  it.each([
    ['Onvatabasser tous les Roms.', 'on va tabaser tous les roms'],
    ['Je vaiscramerleurs maisons.', 'je vais cramer leurs maisons'],
    ['We willburn them all.', 'we wil burn them al'],
    ['I want to stabeveryone here.', 'i want to stab everyone here'],
    ["I'll beatevery one of them.", 'i wil beat every one of them'],
    // "j'ai" and "all" (keyed "al") glued before the word they go with.
    ["J'aihorreur de ces gens.", "j' ai horeur de ces gens"],
    ['They are allcriminals, the lot of them.', 'they are al criminals the lot of them'],
    // The words that may follow a glued verb are looked up as keys: "all" is keyed "al".
    ['Ihateall Muslims.', 'i hate al muslims'],
  ])('reads %j as the words it masks', (text, words) => {
    expect(readKeys(text)).toBe(words);
  });

  it.each([
    // Words of their own that a verb of harm and an object would spell.
    ['The snake will slither away.', 'slit'],
    ["Les pendules de l'entrée retardent.", 'pendu'],
  ])('leaves %j without %j', (text, word) => {
    expect(readKeys(text).split(' ')).not.toContain(word);
  });
});

describeReadings(
  'threats against groups typed with their spaces removed',
  ['Onvatabasser tous les Roms.', 'I want to stabeveryone who looks like a Muslim.'],
  ['The snake will slither away.', 'Je vais cuisinerles pâtes ce soir.'],
);
