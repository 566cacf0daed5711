import { describe, expect, it } from 'vitest';
import { describeReadings } from '../test/readings.fixture.ts';
import { readContext } from './features/context.ts';
import { buildLexicon } from './lexicon/lexicon.ts';
import { tokenise } from './text/tokenise.ts';

// Our own sentences, in a French forum's register and in English.

describeReadings(
  'harm wished on someone other than the speaker',
  [
    "J'espère qu'il va se faire tabasser à la sortie.",
    'Pourvu que ce type se fasse lyncher, il le mérite.',
    "Vivement qu'elles se fassent égorger.",
    "J'espère vraiment qu'ils vont crever.",
    'I hope that guy gets beaten up tonight.',
    'I hope that moron dies in a ditch.',
    'Hopefully they all die.',
  ],
  [
    // A fear, the speaker's own lot, harm someone does, a cure, a figure of dying.
    "J'espère qu'il ne va pas se faire agresser en rentrant.",
    "J'espère que je ne vais pas me faire agresser en rentrant.",
    "J'espère qu'il va tuer ce boss du premier coup.",
    "J'espère qu'elle va se faire opérer rapidement.",
    "J'espère que vous allez mourir de rire devant ce spectacle.",
    'I hope my grandmother does not die this winter.',
    'I hope this trend dies soon.',
  ],
);

describeReadings(
  'death foretold for people',
  [
    'Un jour tous les élus seront pendus.',
    'Les opposants seront tous gazés, croyez-moi.',
    'They will all be lynched one day.',
  ],
  [
    'Les vieux immeubles seront démolis cet hiver.',
    'Les arbres malades seront abattus demain.',
    'The new scenes will be shot in Lyon.',
    'Ils ne seront pas expulsés, le juge a tranché.',
  ],
);

describeReadings(
  'idioms of "gueule" that call no one anything',
  [
    // A threat or an order aimed at the reader keeps its weight.
    'Je vais te péter la gueule.',
    "J'espère qu'il va se faire casser la gueule.",
    'Ferme ta gueule, abruti.',
  ],
  [
    'Mon vélo a glissé et je me suis cassé la gueule.',
    "L'action s'est pété la gueule à l'ouverture.",
    'Ce DLC à 40 euros, quel foutage de gueule.',
    'Les opérateurs se foutent de notre gueule avec leurs forfaits.',
    'Il fait la gueule depuis que son équipe a perdu.',
    'Trop de bières hier, gueule de bois ce matin.',
  ],
);

describeReadings(
  'a swear word as an exclamation, at a clause end or before a name',
  ['Ferme-la putain.', 'Putain Kevin est vraiment un abruti.'],
  [
    'On a enfin gagné un match bordel :rire:',
    "J'ai oublié mes clés au bureau putain.",
    'Putain Mbappé a marqué dans les arrêts de jeu !',
    'Bordel Steam a encore planté pendant la mise à jour.',
    'Putain de sa mère, quel but :rire:',
  ],
);

describeReadings(
  'more forms of a French forum',
  [
    'Virez-moi ces Roms de la tribune.',
    'Franchement, virez moi ce musulman du plateau.',
    'Ce salaud mérite la corde.',
    'Envoie des nudes sinon je balance tes photos à tout le lycée.',
    'Les collabos seront vitrifiés, tous.',
    'Encore les journalopes de BFM qui racontent leur vie.',
    // A command in the plural opening its clause.
    'Pendez tous les traîtres homosexuels.',
    'Gazez ces Roms.',
  ],
  [
    'Massacrez ce boss, les gars.',
    // A claim reported, then condemned.
    "Dire que les Roms sont des voleurs, c'est inacceptable.",
    'Saying gay people are sick is appalling.',
    'Virez-moi ce bug du jeu svp.',
    "J'ai tellement honte putain, vraiment.",
    "Il mérite le prix, c'est sûr.",
  ],
);

describeReadings(
  'monsters, and claims condemned as examples or in the next sentence',
  ['Les Roms sont des monstres.', 'Disabled people are monsters.'],
  [
    'Ce chaton est un petit monstre adorable.',
    'The final boss is a monster, took me ten tries.',
    'He keeps saying that Roma are thieves. That is disgusting.',
    "Il a écrit que les femmes sont inférieures. C'est ignoble.",
    'Des slogans comme « dehors les Roms » sont du racisme pur.',
    'Quiconque dit que les Juifs sont avares est antisémite.',
  ],
);

describe('reading of the idioms and exclamations', () => {
  const lexicon = buildLexicon();
  const dampingOf = (text: string, word: string) => {
    const tokens = tokenise(text);
    const at = tokens.findIndex((t) => t.key === word);
    return readContext(tokens, lexicon).damping[at];
  };

  it('keeps a tenth of "gueule" in an idiom, all of it in a threat', () => {
    expect(dampingOf('Le site se casse la gueule', 'gueule')).toBeCloseTo(0.1);
    expect(dampingOf('Je vais te casser la gueule', 'gueule')).toBe(1);
    // "te" is reflexive only after "tu": "tu vas te casser la gueule" is a warning.
    expect(dampingOf('Tu vas te casser la gueule', 'gueule')).toBeCloseTo(0.1);
  });

  it('reads "putain de sa mère" as an exclamation, "de ta race" as aimed', () => {
    expect(dampingOf('Putain de sa mère', 'mere')).toBeCloseTo(0.1);
    expect(dampingOf('Putain de ta race', 'race')).toBe(1);
  });

  it('keeps a swear word after an article or a copula as a noun', () => {
    // A noun said of a thing keeps a quarter (venting), not the interjection's tenth.
    expect(dampingOf("Ce jeu c'est de la merde", 'merde')).toBeGreaterThan(0.1);
  });
});
