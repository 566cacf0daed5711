import { describeReadings } from '../test/readings.fixture.ts';

// Tropes said of a group without an insult (a drain, greed, good for one thing, the kitchen,
// bringing only trouble), worth denied through a clause, threats of the lamppost and of a life
// made hell; against retorts that turn a slur back on whoever uses it, claims called lies, and
// a swear word that cheers with a yes. Our own sentences.
describeReadings(
  'tropes of burden, greed and use; threats of hanging and of a life made hell',
  [
    'Immigrants are a drain on the health service.',
    'Les migrants sont un poids pour nos écoles.',
    'Les Roms sont une charge pour la commune.',
    'Les juifs sont tous radins.',
    'Ces gens-là sont avares comme pas deux.',
    'Les musulmanes ne servent qu’à faire des enfants.',
    'Refugees bring nothing but trouble to this town.',
    'Les migrants n’apportent que des problèmes.',
    'Les femmes sont faites pour la cuisine, point.',
    'Aucun immigré n’a jamais mérité qu’on l’aide.',
    'Trans people will end up hanging from trees.',
    'We will make your life hell, you and your gay friends.',
    'On va te pourrir la vie, sale juif.',
  ],
  [
    'The old boiler is a drain on our budget.',
    'Le loyer est un poids pour notre budget.',
    'Les migrants n’apportent que de la richesse à nos villes.',
    'Il ne mérite pas qu’on lui en veuille.',
    'Lanterns were hanging from trees all along the street.',
    'Traffic makes life hell for cyclists in this city.',
    'If you call gay people sick, you are the problem.',
    'Si vous traitez les migrants de rats, c’est vous le problème.',
    'He said Muslims are violent, and that is a lie.',
    'On prétend que les Roms sont des voleurs : c’est faux.',
    'Putain oui, on a enfin gagné le match !',
    'Fuck yes, my sister got the job!',
  ],
);

// Niger, the country and the river, folds like the slur typed with a single letter.
describeReadings(
  'the country Niger',
  ['Shut up, you dirty niger.', 'Go drown in the river, nigger.'],
  ['I flew to Niamey, the capital of Niger.', 'Le fleuve Niger traverse le Mali.'],
);
