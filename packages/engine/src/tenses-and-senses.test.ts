import { describe, expect, it } from 'vitest';
import { describeReadings } from '../test/readings.fixture.ts';
import { readContext } from './features/context.ts';
import { buildLexicon } from './lexicon/lexicon.ts';
import { tokenise } from './text/tokenise.ts';

const lexicon = buildLexicon();

// Forms the twenty-third probes found unread or misread (ADR 0018, fourteenth round), in other
// wordings than the probes. Our own sentences.

describeReadings(
  'a French verb of harm whose tense says the speaker will do it',
  [
    'Je vous égorgerai tous un par un.',
    'Nous les lyncherons, ces migrants.',
    'Si tu remets les pieds ici, je t’étrangle.',
    'Je te frapperai si tu touches à ma sœur.',
    'On devrait noyer tous les clandestins.',
  ],
  [
    // Conjugated forms are read as typed, never cut into "de" and a verb of harm.
    'Ce projet débutera en mars.',
    'Tout dépendra de la météo.',
    // "nous" is the object here, not the speaker.
    "L'ennui nous tuera avant la fin du film.",
    // Verbs that also take things threaten only the reader or a group.
    'Nous abattrons ce mur demain.',
    'Les feuilles mortes, on les brûlera dimanche.',
    'Les élections, on les gagnera.',
    'Je ne te frapperai jamais.',
    'Les clandestins arrivent par bateau en Italie.',
  ],
);

describeReadings(
  'running someone over, said as what the speaker will do',
  ["Next Jew I see, I'm running him over."],
  ['Tonight we’ll burn the letters, then we’ll sleep.', "I'll shoot you an email tomorrow."],
);

describeReadings(
  'a quotation after a verb of writing or shouting, condemned by its sentence',
  [],
  ["Écrire « il faut brûler les mosquées » sur un mur, c'est un crime."],
);

describe('a quotation after a verb of writing or shouting', () => {
  const dampingOf = (text: string, word: string) => {
    const tokens = tokenise(text);
    return readContext(tokens, lexicon).damping[tokens.findIndex((t) => t.key === word)];
  };
  it('keeps a tenth of what it quotes when its sentence condemns it', () => {
    const shouted = 'Il a hurlé « je vais tuer tous les pédés » dans le bar, c’est un crime.';
    expect(dampingOf(shouted, 'tuer')).toBeLessThan(0.5);
    expect(
      dampingOf('They sprayed "all Jews must die tonight" on it, which is hateful.', 'die'),
    ).toBeLessThan(0.5);
  });
  it('keeps all of it when nothing condemns it', () => {
    expect(dampingOf('Il a hurlé « je vais tuer tous les pédés » dans le bar.', 'tuer')).toBe(1);
  });
});

describeReadings(
  'a slur that is also a bundle of sticks or a cigarette',
  [],
  [
    'Il faut ramasser des fagots pour la cheminée.',
    'Grab me a pack of fags from the shop.',
    'She lit a fag outside the station.',
  ],
);

// From the twenty-fifth probes (the false-alarm side and its hateful twins).
describeReadings(
  'a group said to outbreed us, or to cost too much to help',
  ['Jews will outbreed us if nothing changes.', 'Les Roms coûtent trop cher à la société.'],
  ['Ces téléphones coûtent trop cher pour ce qu’ils font.', 'Rabbits outbreed most other pets.'],
);

// From the twenty-seventh probes (French direct threats against groups).
describeReadings(
  'French threats said by intent, by reprisal, by waiting outside, by knowing where a group lives',
  [
    'Nous comptons bien tabasser des migrants samedi.',
    'Ce soir on gaze les Roms.',
    'Attendez-vous à des représailles, les juifs.',
    'On va te faire regretter d’être venu, toi et tes cousins.',
    'Je sais où vivent les musulmans.',
  ],
  [
    'Je compte bien finir ce livre ce soir.',
    'Je sais où vivent les pandas roux.',
    'On vous attend à la sortie du concert, les amis !',
    'Je t’attends à la sortie de l’école.',
    "Je brûle d'impatience de voir les Roms jouer ce soir.",
  ],
);

// From the twenty-eighth probes (English direct threats against groups).
describeReadings(
  'English threats said by what is coming, by who leaves alive, by "watch what we do"',
  [
    'Every Muslim here is gonna get what’s coming.',
    'No Jew leaves this town alive, I promise.',
    'Keep letting refugees in and watch what we do to them.',
    'Those feminists will learn their lesson the hard way.',
  ],
  [
    'We burn the leaves every autumn.',
    'We beat them every time anyway.',
    'We find you to be a total delight.',
    'Enjoy the old pier while it’s still standing, they demolish it in May.',
  ],
);

// From the twenty-ninth probes (hostile questions, implicit statements, English counter-speech).
describeReadings(
  'a group put up with, let in, avoided, kept from children or living off us',
  [
    'How long must we put up with these refugees?',
    'Why are gay people even allowed to adopt?',
    'Pourquoi les migrants ont encore le droit de voter ?',
    'I always cross the street when I see Arabs.',
    'Trans people shouldn’t be around children.',
    'Les Roms vivent à nos crochets.',
    'Muslims belong at home, not in parliament.',
  ],
  [
    'I got called a dirty Arab at school and it hurt.',
    'I put up with these noisy neighbours every night.',
    'Why are cats allowed on the table?',
  ],
);

// From the thirtieth probes (French implicit statements and hostile questions).
describeReadings(
  'a group said to be so by nature, to be distrusted, or asked whether it may have a say',
  [
    'Les Roms volent, c’est dans leur nature.',
    'Avec les Arabes, il faut toujours se méfier.',
    'Depuis quand les musulmans ont leur mot à dire ?',
    'Can a woman really be a good engineer?',
  ],
  [
    'Les chats chassent la nuit, c’est dans leur nature.',
    'Depuis quand les magasins ferment à 19 heures ?',
    'Can a beginner really be a good chess player?',
  ],
);
