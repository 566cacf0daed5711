import { describe, expect, it } from 'vitest';
import { readKeys } from '../test/keys.fixture.ts';
import { describeReadings } from '../test/readings.fixture.ts';

// A group's name typed glued to the words around it, spaces removed: read as the spaced sentence
// reads. Our own sentences, in other wordings than the held-out set's.
describe("a group's name glued to the words around it", () => {
  it.each([
    // "people" or "person" after a one-word name.
    [
      "Honestly I can't stand disabledpeople at all.",
      'honestly i can not stand disabled people at al',
    ],
    [
      'She gave a talk to gaypeople at the library.',
      'she gave a talk to gay people at the library',
    ],
    // A frequent word after the name, when a word is glued before it too.
    ['Nobody wantsmuslimsanymore.', 'nobody wants muslims anymore'],
    ['We should makerefugeespay for it.', 'we should make refuges pay for it'],
    // Frequent words ending in "s", which the lists hold without it.
    ['Il y a trop demusulmansdans ce quartier.', 'il y a trop de musulmans dans ce quartier'],
    // The doubled letter at the seam belongs to both words: "sont", not "ont".
    ['Lesjuifssont tous des menteurs.', 'les juifs sont tous des menteurs'],
    // An everyday word of five letters or more glued after the name alone.
    [
      'I met some refugeesyesterday near the station.',
      'i met some refuges yesterday near the station',
    ],
    ['Les musulmanspartout, voilà le problème.', 'les musulmans partout voila le probleme'],
  ])('reads %j as the words it masks', (text, words) => {
    expect(readKeys(text)).toBe(words);
  });

  it.each([
    // Words of their own: nothing glued before the name.
    ['Meet me at the whiteboard after lunch.'],
    ['Teamblackberry forever lol'],
    ['The road was closed by whiteouts all week.'],
    // After the name, one word only: not two made-up pieces ("ber" + "y").
    ['lol teamblackberry all the way'],
    // A colour opens compounds of its own, whatever follows.
    ['The blacksmith forged a new gate.'],
    ['We need a bigger whiteboard.'],
  ])('leaves the words of %j as they are', (text) => {
    expect(readKeys(text).split(' ')).not.toContain('black');
    expect(readKeys(text).split(' ')).not.toContain('white');
  });
});

// A group's name with a letter missing where a name is expected: after "all" (keyed "al"), after
// a verb of loathing, and the letter missing between two of the same ("Aabes": the key folds
// the double, two letters from the name's).
describe("a group's name with a letter missing", () => {
  it.each([
    ['We will chase away all Arbs.', 'we wil chase away al arabs'],
    ['Honestly I despise Jes.', 'honestly i despise jews'],
    ['Les Aabes doivent partir.', 'les arabes doivent partir'],
    ['I hate Aabs.', 'i hate arabs'],
  ])('reads %j as the words it masks', (text, words) => {
    expect(readKeys(text)).toBe(words);
  });

  it.each([
    // "fees" is no "femmes" without its "m": the names are read as typed, not by their keys.
    ['Il était une fois, un conte de fées.', 'femes'],
    ['The fees went up again this year.', 'femes'],
  ])('leaves %j without %j', (text, word) => {
    expect(readKeys(text).split(' ')).not.toContain(word);
  });
});

describeReadings(
  'a group attacked with the spaces removed',
  [
    "I can't standtranspeople, every single one of them.",
    'Lesjuifssont tous des menteurs.',
    "Il y a trop demusulmansdans ce quartier, qu'ils dégagent.",
    'I finddisabledpeopledisgusting.',
    'Les Aabes doivent tous dégager.',
  ],
  [
    'I wrote the agenda on thewhiteboard this morning.',
    'Ma sœur travaille avec desfemmesdans une association.',
    'She gave a talk to gaypeople at the library, it was lovely.',
  ],
);
