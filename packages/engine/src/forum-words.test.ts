import { describeReadings } from '../test/readings.fixture.ts';

// Slurs and forum insults the lexicon lacked: each sentence is ours, aimed at a person or a group.
const HURTFUL: readonly string[] = [
  'espèce de tafiole, dégage',
  'sale bougnoul, rentre chez toi',
  "t'es qu'une fiotte",
  'va te cacher, sale travelo',
  'les chinetoques sont tous pareils',
  'ferme-la, gros low iq',
  "t'es vraiment un cas social",
  'bande de fragiles, vous pleurez pour rien',
  'quel gueux celui-là',
  'les trans sont des dégénérés',
  'shut up, you soyboy',
  'you are a total spaz',
  'go back to your country, gook',
  // Groups named in slang (verlan) are read as groups: what is said of them decides.
  'les renois c’est tous des singes',
  'les feujs contrôlent les médias',
  'les renois ne méritent aucun respect',
  'dégage, sale niak',
];

// Everyday senses of words left out of the lexicon on purpose (pedal, swelling, a real chance).
const HARMLESS: readonly string[] = [
  'appuie doucement sur la pédale de frein',
  "j'ai une enflure au genou depuis hier",
  'le tourisme est une chance pour la France',
  'la steppe mongole est immense',
  'il suce son pouce en dormant',
  'on se retrouve plus tard',
  'mon pote rebeu m’a invité à manger',
  'les mariages renois c’est la meilleure ambiance',
  'the brides wore white',
];

describeReadings('forum words and slurs', HURTFUL, HARMLESS);

describeReadings(
  'more of a forum’s words for groups, and what it says of them',
  [
    'Les noichs ne savent que voler.',
    'Les Algériens savent que casser.',
    'Les femmes au volant, c’est un danger public.',
    'Sale muzz, dégage de mon pays.',
  ],
  [
    'Ce chauffard est un danger public.',
    'Les enfants ne savent que jouer.',
    'Les Algériens ont gagné la finale hier soir.',
  ],
);
