import { words } from './word-list.ts';

/**
 * Everyday words, in lexicon-key form (folded, repeated letters collapsed, no plural -s), that
 * sit one swap or one missing letter away from a hurtful word of our lexicon. Listed from the
 * words that matched in non-toxic texts of the training sets.
 */
export const MISSPELT_EXCEPTIONS: readonly string[] = [
  // English
  'money',
  'block',
  'chase',
  'garage',
  'salad',
  'baser',
  'conrad',
  'slope',
  'baner', // banner
  'biase',
  'invade',
  'heating', // not "hating" with a letter added
  'murer', // French, to wall up: not "murder" cut short
  // French
  'sucer',
  'putin',
  'signe',
  'ordre',
  'branle',
  'douce',
  'chaise',
  'raciale',
  'chine',
  'coule',
  'guine',
  'chene', // chêne
  'chien',
  'retarde',
  // Everyday words the readers took for hurtful ones, found by running every word of French and
  // English word lists through them: "cahier" is no "chier", "tunique" no "tu nique", "salvage"
  // no "savage", "halting" no "hating", "psychotherapist" no "psycho the rapist".
  ...words(`
    conaise, morue, abaiser, amoche, antiparasite, avionique, baisemain, baisier, balise, baliser, bebete,
    biaiser, bionique, braise, braiser, cahier, canonique, canule, cation, charte, chaste, chatie,
    chiner, chiper, clanique, cocon, concase, conexe, coquile, creatine, debite, degorger,
    dependre,  emprise, eprise, herbete, inique, macone, maconerie, manique, merise,
    mioche, mordon, mormon, mouchete, mouron, muer, muet, neiger, nigerien, ouile, pende,
    photonique, psychosocial, psychotherapie, rata, rentraine, retardent, retine, secretine,
    sonique, surbaise, tanique, tapise, tarde, titi, toiser, tonique, tourmenteur, tourniquet,
    transie, tunique, tyranie, usuele,
    antipathetic, apse, aspic, braise, carp, catchier, cation, catkin, chaste, chiger,
    chiler, chiper, chucked, clod, clucked, cocon, engro, ermine, fusier, gamecock, gist,
    hairpiece, halting, hazine, lair, larche, larvae, latche, lathe, leache, lira, loath,
    longhair, moch, nigher, overbite, pip, poised, prised, psychotherapie, psychotherapist,
    psychotherapy, salvage, shifty, shitake, sine, starchier, stopcock, stretchier, terminable,
    tose, touchier, tyranie, uniquer, uniquest
  `),
];
