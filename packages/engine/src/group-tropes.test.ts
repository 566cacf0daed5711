import { describeReadings } from '../test/readings.fixture.ts';

// What is said of a group without a hurtful word, and harmless sentences that look alike. Our own
// sentences, in other wordings than the probes the readings were written from.

describeReadings(
  'a group called dirty, pigs or property, told to keep quiet, or never to be part of us',
  [
    'Franchement, les Roms sont tous sales.',
    'Les Maghrébins ? Des porcs, voilà tout.',
    'On devrait traiter les lesbiennes comme des cochons.',
    'Girls are property, nothing else.',
    'Les femmes n’ont qu’à se taire.',
    'Mexicans will never be part of our nation.',
  ],
  [
    'Les salles sont sales après le concert.',
    'Après le match, les joueurs sont sales et contents.',
    'Mon voisin élève des porcs en Bretagne.',
    'This property belongs to my grandmother.',
    'Les enfants devraient se taire pendant la séance.',
    'He will never be part of the band again, sadly.',
  ],
);

// "Pass" folds into the French negation "pas": an English "pass" negates nothing.
describeReadings(
  '"pass" is no French negation',
  ['Pass the salt, you stupid faggot.'],
  ['Pass me a faggot of wood for the fireplace.'],
);

// Sending a group back, said with a pronoun for it.
describeReadings(
  'a group sent back through a pronoun',
  [
    'Trop de Roms dans ce quartier, faudrait tous les renvoyer chez eux.',
    'Gypsies everywhere in this town, we should ship them all back.',
  ],
  ['The chairs arrived broken, we should ship them back to the supplier.'],
);
