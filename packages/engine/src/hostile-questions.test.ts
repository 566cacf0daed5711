import { describeReadings } from '../test/readings.fixture.ts';

// Questions that attack a group while asserting nothing, against questions about the same groups
// (or about things) that ask in earnest. Our own sentences.
describeReadings(
  'hostile questions about a group, against earnest ones',
  [
    'Les Roms ont-ils seulement un cerveau ?',
    'Les migrants sont-ils vraiment humains ?',
    'Est-ce que les musulmans savent seulement lire ?',
    'Pourquoi on laisse entrer les réfugiés ?',
    'Comment peut-on encore tolérer les homos ?',
    'C’est quand qu’on vire les immigrés ?',
    'Les juifs servent-ils à quelque chose ?',
    'Y a-t-il un seul Arabe honnête ?',
    'Do Jews even have a brain?',
    'Are Muslims really human?',
    'Why do we let refugees in?',
    'When do we kick out the immigrants?',
    'Are trans people good for anything?',
    'Is there a single honest Gypsy?',
  ],
  [
    'Should we accept more refugees?',
    'Devrions-nous accueillir plus de réfugiés ?',
    'Why did they deport the Jews in 1942?',
    'Can robots even read?',
    'Les femmes sont-elles vraiment moins payées ?',
    'Is there a single honest politician?',
    'Comment peut-on encore tolérer le racisme envers les Roms ?',
    'How can we still tolerate violence against women?',
    'Quand est-ce qu’on accueille les migrants ?',
    'Thousands march against the attacks on refugees?',
    'Why do we let refugees sleep in the street?',
    'Why should anyone respect a law that bans Muslim headscarves?',
    'Can refugees even read the forms in French?',
  ],
);

// A group's rights questioned: what "we" let it do, banned, a right given, time it stopped.
// Against the same questions asked of others or in its defence.
describeReadings(
  'a group’s rights questioned, against the same questions in its defence',
  [
    'Why do we even let Muslims vote?',
    'Pourquoi laisse-t-on encore voter les musulmans ?',
    'Shouldn’t gay people be banned from teaching?',
    'Ne devrait-on pas interdire aux homos d’enseigner ?',
    'Pourquoi les juifs ont-ils le droit d’avoir des commerces ici ?',
    'Isn’t it time women stopped working?',
    'N’est-il pas temps que les femmes arrêtent de travailler ?',
  ],
  [
    'Why do we let kids play outside in this heat?',
    'Shouldn’t we ban smoking in parks?',
    'N’est-il pas temps que les femmes soient mieux payées ?',
    'Pourquoi les réfugiés n’ont-ils pas le droit de travailler ?',
    'Why are refugees not allowed to work while they wait?',
    'Why are women allowed to vote only since 1944 in France?',
  ],
);

// Questions that doubt a group's normality or trust, ask who would want it near, whether more of
// it is needed, or why it "always" does wrong. Against the same questions of things or in earnest.
describeReadings(
  'questions of a group’s normality, trust, presence and habits, against earnest ones',
  [
    'Who would want a Muslim as a neighbour?',
    'Qui voudrait d’un musulman comme voisin ?',
    'Do we really need more refugees here?',
    'A-t-on vraiment besoin de plus de réfugiés ici ?',
    'Are gay people even normal?',
    'Les homos sont-ils vraiment normaux ?',
    'Who cares what a woman thinks?',
    'Why do Jews always complain?',
    'Pourquoi les juifs se plaignent-ils toujours ?',
    'How can anyone trust a Roma?',
    'Comment peut-on faire confiance à un Rom ?',
  ],
  [
    'Who would want to miss the Muslim food festival?',
    'Do we really need more parking here?',
    'Why are women paid less than men?',
    'Are gay couples allowed to adopt in Italy?',
    'Pourquoi les femmes sont-elles moins payées ?',
    'Comment peut-on aider les réfugiés cet hiver ?',
    'Why do women always live longer than men?',
    'Pourquoi les juifs mangent-ils toujours casher ?',
    'Peut-on faire confiance aux sondages ?',
  ],
);

// Letting a group into the country, "encore" between, or no one wanting it around.
describeReadings(
  'a group let into the country, or wanted around by no one, asked as a question',
  [
    'Why do we keep letting Gypsies into our country?',
    'Pourquoi on laisse toujours entrer des Roms en France ?',
    'Who actually wants Roma around?',
    'Qui veut des Tsiganes autour de nous ?',
  ],
  [
    'Why do we let the kids into the pool so early?',
    'Who wants Roma musicians around the campfire tonight? They play beautifully.',
    'Qui veut des crêpes autour de la table ?',
  ],
);
