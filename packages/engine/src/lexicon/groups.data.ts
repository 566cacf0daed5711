import { words } from './word-list.ts';

/** Groups people are attacked for; neutral words, they only count next to an attack. */
export const IDENTITY_TERMS: readonly string[] = words(`
  juif, juifs, juive, juives, musulman, musulmans, musulmane, musulmanes, islam, arabe, arabes,
  noir, noirs, noire, noires, blanc, blancs, asiatique, asiatiques, chinois, africain,
  africains, migrant, migrants, immigre, immigres, etranger, etrangers, refugie, refugies, rom,
  roms, rom, roma, gitan, gitans, homosexuel, homosexuels, homo, homos, gay, gays, lesbienne, lesbiennes,
  trans, transgenre, femme, femmes, handicape, handicapes, gros, grosses, chretien, chretiens,
  catho, cathos, maghrebin, maghrebins, turc, turcs, mexicain, jew, jews, jewish, muslim,
  muslims, islamic, arab, arabs, black, blacks, white, whites, asian, asians, chinese, african,
  africans, mexican, mexicans, immigrant, immigrants, migrant, migrants, refugee, refugees,
  foreigner, foreigners, gay, gays, lesbian, lesbians, homosexual, homosexuals, trans,
  transgender, women, woman, girls, disabled, christian, christians, hindu, hindus, indian,
  indians, latino, latinos, gypsy, gypsies, people of color, bisexual people, bisexuals,
  bisexuels, bisexuelles, queer people, non binary people, nonbinary people,
  personnes non binaires, deaf people, sourds, sourdes, blind people, aveugles, autistic people,
  autistes, renoi, renois, rebeu, rebeus, beur, beurs, feuj, feujs, toubab, toubabs, tsigane,
  tsiganes, manouche, manouches, algerien, algeriens, marocain, marocains, tunisien, tunisiens,
  senegalais, malien, maliens, afghan, afghans, syrien, syriens, tchetchene, tchetchenes,
  pakistanais, albanais, roumain, roumains, comorien, comoriens, somalien, somaliens, kurde, kurdes,
  somali, somalis, syrian, syrians, pakistani, pakistanis, nigerian, nigerians, romanian, romanians,
  albanian, albanians, moroccan, moroccans, algerian, algerians, turk, turks, kurd, kurds,
  haitian, haitians, jamaican, jamaicans, noich, noichs, moslem, moslems, muzlim, muzlims,
  handicapes mentaux, handicapees mentales, mentally disabled people, musulmanes voilees,
  femmes voilees, clandestins
`);
