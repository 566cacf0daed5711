import { describeReadings } from '../test/readings.fixture.ts';

// Worth, fitness and welcome denied to a group, said in forms the first lists lacked; against
// the same words that deny a comparison, defend the group, or say what someone does not want.
// Our own sentences.
describeReadings(
  'worth, fitness and welcome denied to a group',
  [
    'Les Roms ne sont vraiment pas des gens bien.',
    'Les musulmanes ne sont pas faites pour enseigner.',
    'Women are not cut out for science.',
    'Les migrants n’ont rien à apporter à notre pays.',
    'Trans people add nothing to this country.',
    'Les Arabes ne savent rien faire de leurs dix doigts.',
    'Aucun migrant ne devrait être accepté dans ce pays.',
    'Gay people should never be tolerated here.',
    'I have zero respect for trans people.',
    'Les Noirs ne sont pas de bons voisins.',
    'I don’t want any Muslims in our street.',
    'Je ne veux pas de Roms dans mon immeuble.',
  ],
  [
    'Les femmes ne sont pas moins douées que les hommes.',
    'Refugees are not less capable than anyone else.',
    'Les migrants n’ont rien à se reprocher.',
    'I don’t want any cake in my fridge.',
    'Je ne veux pas de bruit dans mon immeuble.',
    'Zero respect for people who park on the pavement.',
  ],
);

// Worth denied with words the list lacked: contributed, real people, a waste of resources.
describeReadings(
  'worth denied with "contributed", "real people", "a waste of resources"',
  [
    'Gypsies have never contributed anything to this town.',
    'Roma are not real people.',
    'Les Tsiganes ne sont pas de vrais êtres humains.',
    'Roma are a waste of money, every single one.',
    'Les Gitans sont un gaspillage d’argent public.',
  ],
  [
    'My uncle never contributed to the pension fund.',
    'These characters are not real people, it is a novel.',
    'Ce projet est un gaspillage d’argent public.',
  ],
);
