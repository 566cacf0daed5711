import { describe, expect, it } from 'vitest';
import { describeReadings } from '../test/readings.fixture.ts';
import { readContext } from './features/context.ts';
import { buildLexicon } from './lexicon/lexicon.ts';
import { tokenise } from './text/tokenise.ts';

const lexicon = buildLexicon();

// Forms of a French forum's register the twenty-fourth probes found misread (ADR 0018, fourteenth
// round), in other wordings than the probes. Our own sentences.

describe('"y\'a"', () => {
  it('is "il y a" said short, not the English "ya" ("you")', () => {
    expect(tokenise("y'a du monde").map((t) => t.key)).toEqual(['y', 'a', 'du', 'monde']);
    expect(tokenise('y’a pas').map((t) => t.key)).toEqual(['y', 'a', 'pas']);
    expect(tokenise('see ya').map((t) => t.key)).toContain('you');
  });
});

describeReadings(
  '"à mort" closing a clause after an adjective it intensifies, comma or not',
  [],
  [
    'Ce concert était chaud à mort, y’avait du monde partout.',
    'Ce jeu est stylé à mort, franchement bravo aux devs.',
  ],
);

describe('disgust felt of nothing named', () => {
  const dampingOf = (text: string, word: string) => {
    const tokens = tokenise(text);
    return readContext(tokens, lexicon).damping[tokens.findIndex((t) => t.key === word)];
  };
  it('is being gutted: the word keeps a quarter of its weight', () => {
    expect(dampingOf('Chuis dégoûté, j’ai perdu mes clés.', 'degoute')).toBeLessThan(1);
    expect(dampingOf('Je suis écœurée.', 'ecoeure')).toBeLessThan(1);
  });
  it('keeps all of it when a group follows', () => {
    expect(dampingOf('Je suis dégoûté des Roms.', 'degoute')).toBe(1);
  });
});

describeReadings(
  'a group taken up by "ils" or "elles" after a comma',
  ['Les Roms, on les voit partout, ils volent tout.'],
  ['J’ai croisé des Roms au marché, ils vendaient des fleurs.'],
);

// From the twenty-sixth probes (long forum comments, the hurtful part one sentence among others).
describeReadings(
  'an insult said of someone talked about, as what they are, in a long comment',
  [
    "Bonne soirée à tous. J'ai regardé le débat hier soir. Le présentateur était un gros connard qui coupait tout le monde. Bref, je zappe la prochaine fois.",
    'We went to the match on Sunday. Great atmosphere, cold beer. The referee was a total moron who missed every foul. See you next week.',
  ],
  [
    'That movie was a clown show from start to finish.',
    'Le nouveau patch est un désastre, les serveurs plantent.',
  ],
);

describeReadings(
  'an exclamation that calls a person named after it an insult',
  ['Quel con ce mec.', 'Quel abruti ce type, sérieux.'],
  ["J'ai oublié mes clés, quel con !", 'Quel con je suis, encore raté le bus.'],
);
