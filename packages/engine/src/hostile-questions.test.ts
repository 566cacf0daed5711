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
