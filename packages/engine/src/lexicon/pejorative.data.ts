/**
 * What is said of a group to demean it, beyond `PEJORATIVE` in `lexicon.data.ts`. Our own lists
 * (French and English), read only beside a named group (`features/group-talk.ts`).
 */
import { words } from './word-list.ts';

/**
 * More of what is said of a group to demean it (read as `PEJORATIVE` in `lexicon.data.ts`):
 * tropes of blame, greed and use, written in forms of our own.
 */
export const MORE_PEJORATIVE: readonly string[] = words(`
  revolting, repellent, vile, hideous, avide, avides, rapaces, the root of all evil,
  des monstres, sont des monstres, are monsters,
  la source de tous les maux, la racine de tous les maux, la cause de tous nos problemes,
  the cause of all our problems, responsible for all our problems,
  responsables de tous nos problemes, only good for sex, good only for sex, only good for,
  qu'au lit, objects,
  just objects, des objets, sex objects, objets sexuels, are property, are just property, nothing but property,
  nothing more than property, la propriete des hommes, sont sales,
  sont tous sales, sont toutes sales, sont vraiment sales, sont si sales, sont trop sales,
  sont crades, sont crasseux, sont crasseuses, malades dans leur tete, malades de la tete,
  sick in the head, a waste of resources, a waste of money, un gaspillage de ressources,
  un gaspillage d'argent, be wiped off the face of the earth,
  wiped off the face of the earth, etre rayes de la carte, be wiped off the map,
  a waste of space, a waste of oxygen, une perte d'oxygene, un gaspillage d'oxygene, the worst,
  the worst people, les pires, les pires gens, only good at, good only at, avare, avares, radin,
  radins, radine, radines, pingres, rapiats, obsessed with money, obsedes par l'argent,
  obsedes par le fric, obsedes par le pognon, du gachis, un gachis, gachis d'espace, no souls, no soul, sans ame, sans ames, tous comme ca, toutes comme ca, all like that, a drain on, un poids pour, une charge pour,
  un fardeau pour, a weight on, un danger public, a public danger, a danger to society,
  un danger pour la societe, moins doues, moins douees, moins capables, moins competents,
  less gifted, less capable, less competent, la cause de tous nos malheurs,
  la source de tous nos malheurs, responsables de tous nos malheurs, the cause of all our woes,
  the cause of all our misery, the enemy, the real enemy, our enemies, l'ennemi, nos ennemis,
  the enemy within, l'ennemi interieur, a leech, leeches, a leech on, des sangsues, une sangsue,
  be firebombed, be torched, be set on fire, be burned down, etre incendies, etre incendiees,
  etre incendie, etre incendiee, une engeance, cette engeance, du betail, que du betail,
  des betes de somme, un homme deguise, des hommes deguises, une femme deguisee,
  des femmes deguisees, un mec deguise, des mecs deguises, a man in a dress, men in dresses,
  diversity hires, a diversity hire, quota hires, pour remplir les quotas,
  que pour les quotas, just men, really men, juste des hommes, que des hommes deguises,
  child abuse, de la maltraitance
`);
