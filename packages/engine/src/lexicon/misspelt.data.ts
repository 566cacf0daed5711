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
];
