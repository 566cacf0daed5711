/**
 * Hate about a group said without a single hurtful word: blame, distrust, "go back", "they never
 * integrate". Our own lists (French and English), read only beside a named group
 * (`features/group-talk.ts`). Entries are separated by commas; multi-word entries are phrases.
 */
import { words } from './word-list.ts';

/**
 * Frames that blame or single out what comes right after them: "c'est la faute des …", "the
 * problem is …", "never trust …", "typical …". Only a group named within BLAME_REACH words after
 * the frame makes it an attack: "le problème, ce sont les embouteillages" stays harmless.
 */
export const BLAME: readonly string[] = words(`
  la faute des, la faute aux, la faute de ces, faute des, le probleme c'est, le probleme ce sont,
  le probleme avec les, le vrai probleme c'est, le vrai probleme ce sont, tout ca a cause des,
  c'est a cause des, encore un coup des, typique des, typiquement, jamais faire confiance aux,
  jamais confiance aux, pas faire confiance aux, pas confiance aux, mefiez vous des,
  mefiez-vous des, on ne veut pas de, on veut pas de, on ne veut plus de, on veut plus de,
  moins il y a de, moins y a de, dehors tous les, the problem is, the problem are,
  the real problem is, the problem with, blame the, blame it on the, it's the fault of,
  all the fault of, typical, we don't want, we do not want, never trust, can't trust, cannot trust,
  don't trust, do not trust, beware of, the fewer, get rid of all the, kick out all the,
  mort aux, death to, a mort les, interdit aux, interdits aux, interdite aux, ne sers pas les,
  ne sers pas de, ne sers pas d', n'embaucherai jamais de, n'embaucherai jamais d',
  louerai jamais a des, louerai jamais a, don't serve, do not serve, won't serve, never rent to,
  won't rent to, will never rent to, get out, avant l'arrivee des, before the arrival of the,
  off limits to, forbidden to, louez jamais a des, louez jamais aux, never serve a,
  never let a, never let any, se mefier des, mefie toi des, faut se mefier des
`);

/**
 * What is said of a group as its subject, with no hurtful word: read as pejorative verbs
 * ("les immigrés gâchent tout", "Jews never integrate").
 */
export const IMPLICIT_VERBS: readonly string[] = words(`
  gachent tout, gache tout, ruinent tout, ruinent ce pays, ruinent notre pays, ruinent la france,
  pourrissent tout, abusent du systeme, profitent de nous, ne s'integrent jamais,
  s'integrent jamais, ne s'integreront jamais, refusent de s'integrer, finissent toujours en prison,
  finissent tous en prison, devraient etre reconnaissants qu'on, devraient nous etre reconnaissants,
  devraient nous remercier, c'est dans leurs genes, c'est genetique, c'est dans leur sang,
  ruin everything, ruining everything, are ruining, ruin this country, ruin our country,
  abuse the system, abusing the system, never integrate, will never integrate, refuse to integrate,
  always end up in prison, all end up in prison, should be grateful we, should be grateful that we,
  should be grateful to us, it's in their genes, it's in their blood, it's genetic, it is genetic,
  fault that, fault if, to blame for everything, ashamed to exist, honte d'exister,
  a se victimiser, se victimisent,
  ne sera jamais vraiment francais, ne seront jamais vraiment francais, ne seront jamais francais,
  ne sera jamais francais, will never be real, will never be truly, never be real americans,
  will never be one of us, ne seront jamais des notres, need to know their place,
  should know their place, doivent rester a leur place, aren't welcome, are not welcome,
  will never be really, will ever be french, will ever be english, will ever be american,
  ashamed of existing, always whining, toujours a pleurnicher, never fit in here, never fit in our,
  ne s'adapteront jamais, can never be part of, ne feront jamais partie, should be grateful to be,
  devraient etre reconnaissants d'etre, jouent toujours les victimes, jouent les victimes,
  honte d'etre nes, honte d'etre nees, ashamed to be born
`);

/**
 * Sending a group away, said after it as what it ought to do: "… n'ont qu'à rentrer chez eux",
 * "… should go back where they came from". Said as the group's own wish ("les réfugiés veulent
 * rentrer dans leur pays") it is no sending away. Read as hostile phrases beside a group.
 */
export const SENT_AWAY: readonly string[] = words(`
  back where they came from, back to where they came from, should go back, j'en veux pas,
  je n'en veux pas, j'en veux plus, je n'en veux plus, should be sent back,
  must be sent back, be shipped back, devraient etre renvoyes, doivent etre renvoyes, dead or alive,
  morts ou vifs, should just go back,
  must go back, need to go back, should all go back, go back to your country,
  go back to their country, qu'a rentrer chez eux, qu'a rentrer chez elles,
  qu'a retourner dans leur pays, qu'a rentrer dans leur pays, doivent rentrer chez eux,
  devraient rentrer chez eux, doivent retourner dans leur pays, devraient retourner dans leur pays,
  doivent rentrer dans leur pays, devraient rentrer dans leur pays, d'ou ils viennent,
  d'ou elles viennent
`);

/**
 * Loathing said in more words, aimed at what follows: "j'ai la haine des …", "I have nothing but
 * contempt for …". Hatred named without a speaker ("la haine des Roms progresse") is no loathing:
 * only first-person forms are listed.
 */
export const MORE_LOATHING: readonly string[] = words(`
  vomis, ai la haine des, ma haine des, notre haine des, que du mepris pour, mon mepris pour,
  ressens un degout, ressens du degout pour, peux pas encadrer, peux plus encadrer,
  peux plus voir, rien ne me degoute plus que, rien ne me degoute autant que, my hatred of,
  my hatred for, our hatred of, nothing but contempt for, only contempt for, my contempt for,
  feel disgust for, feel deep disgust for, feel nothing but disgust for, feel hatred towards,
  feel hatred toward, feel hatred for, feel hatred against, feel nothing but hatred for,
  have nothing but hatred for, ai de la haine contre, ai de la haine pour, ai de la haine envers,
  ressens de la haine pour, ressens de la haine envers, ressens de la haine contre,
  nothing worse than, rien de pire que, rien de pire qu', n'y a rien de pire que,
  n'y a rien de pire qu', nothing makes me angrier than,
  nothing makes me madder than, nothing disgusts me more than, nothing annoys me more than,
  rien ne m'enerve plus que, rien ne m'enerve autant que, rien ne m'agace plus que,
  ras le bol de, ras le bol des, plein le dos de, plein le dos des, sick and tired of,
  supporte vraiment pas, supporte absolument pas, supporte vraiment plus, really can't stand
`);

/** Loathing said with the group as subject: "les … m'insupportent", "… make me nauseous". */
export const LOATHED_BY_ME: readonly string[] = words(`
  m'insupportent, insupportent, me filent la nausee, filent la nausee, me donnent la nausee,
  donnent la nausee, make me nauseous, are unbearable to me, sont insupportables
`);

/**
 * Frames around a group ("…" stands for it): kept away, refused a home, blamed for every trouble.
 * The words after the group are part of the frame ("keep … away from our", not "keep … safe" or
 * "… away from exploitative employers"); a frame that ends on "…" needs its group to end the
 * phrase, one that ends on "$" its own words to end the clause.
 */
export const AROUND: readonly string[] = [
  'keep … away from our',
  'keep … away from my',
  'keep … away from us',
  'keep … away $',
  "don't let … near our",
  "don't let … near my",
  "don't let … near us",
  "don't let … near your",
  'do not let … near our',
  'do not let … near my',
  'nobody wants … around $',
  'no … allowed',
  'no … welcome',
  'no … in our',
  'no … in my',
  "i don't want … in",
  "i don't want … around",
  "i don't want … near",
  'we do not want … in',
  "won't sit next to a …",
  'refuse to work with …',
  'better before the …',
  "it's always the … causing",
  "it's always the … who",
  "it's the … again",
  "can't turn … into",
  'never let my daughter marry a …',
  'never rent my flat to …',
  'not rent my flat to …',
  'never rent my apartment to …',
  'not rent my apartment to …',
  'never rent my house to …',
  'not rent my house to …',
  'eloignez les … de',
  'tenez les … loin',
  'pas de … ici $',
  'pas de … chez nous',
  'pas de … dans mon',
  'pas de … dans ma',
  'pas de … dans notre',
  'veux pas de … dans',
  'veux pas de … ici',
  'refuse de travailler avec des …',
  'louer mon appartement a des …',
  'louer mon appart a des …',
  'ma fille epouser un …',
  'ne laisserai jamais un … entrer',
  'ne laisserai jamais une … entrer',
  'never let a … into my',
  'never let a … in my',
  'la place des … est a la cuisine',
  "la place d'une … est a la cuisine",
  '… place is in the kitchen',
  'je sais ou vivent les …',
  'je sais ou habitent les …',
  'on sait ou vivent les …',
  'on sait ou habitent les …',
  'i know where the … live',
  'we know where the … live',
  'better before the … moved in',
  'better before the … came',
  'better before the … arrived',
  "mieux avant l'arrivee des …",
  'mieux avant que les … arrivent',
  'rather die than have a … neighbour',
  'rather die than have a … neighbor',
  "plutot que d'avoir un voisin …",
  "plutot que d'avoir une voisine …",
  'take an … out of the jungle',
  'take a … out of the jungle',
  'better if all … were dead',
  'better if all the … were dead',
  'better off if all … were dead',
  'better if the … were dead',
  'mieux si tous les … etaient morts',
  'mieux si les … etaient morts',
  'what do you expect from a …',
  'what did you expect from a …',
  "attendiez quoi d'un …",
  "attends quoi d'un …",
  "qu'est-ce que tu attends d'un …",
  'who let … into our',
  'who let all these … into',
  'who let these … into',
  'qui a laisse entrer tous ces …',
  'qui a laisse entrer ces …',
  'qui a laisse entrer les …',
  'qui a laisse entrer tous ces … dans',
  'qui a laisse entrer ces … dans',
  'qui a laisse entrer les … dans',
  'why should we let … near',
  'why would we let … near',
  'why do we let … near',
  'pourquoi on laisse les … approcher',
  'pourquoi laisser les … approcher',
  'pourquoi laisse-t-on les … approcher',
  'who would want a … as a neighbour',
  'who would want a … as a neighbor',
  "qui voudrait d'un … comme voisin",
  "qui voudrait d'une … comme voisine",
  'who cares what a … thinks',
  'who cares what … think',
  "on s'en fiche de ce que pense une …",
  "on s'en fout de ce que pense une …",
  "on s'en fiche de ce que pensent les …",
  'see every … dead',
  'see all … dead',
  'see all the … dead',
  'voir tous les … morts',
  'voir tous ces … morts',
  'put … in the ground',
  'put all these … in the ground',
  'put all the … in the ground',
  'put every … in the ground',
  'mettre les … sous terre',
  'mettre tous ces … sous terre',
  'mettre tous les … sous terre',
  '… dehors $',
  '… out $',
  ...['pourquoi on laisse encore les', "pourquoi est-ce qu'on laisse encore les"].flatMap((why) => [
    `${why} …`,
    `${why} … voter`,
    `${why} … entrer`,
    `${why} … travailler`,
  ]),
  ...['why do we still let', 'why do we even let'].flatMap((why) => [
    `${why} …`,
    `${why} … vote`,
    `${why} … in`,
    `${why} … work`,
  ]),
  '… boats should be sunk',
  '… boat should be sunk',
  'sink the … boats',
  'sink every … boat',
  'couler les bateaux de …',
  'couler les bateaux des …',
  'couler tous les bateaux de …',
  'les bateaux de … devraient etre coules',
  ...['never let a', "won't let a", 'would never let a'].flatMap((never) =>
    ['date my', 'marry my', 'guy date my', 'man marry my'].map((wed) => `${never} … ${wed}`),
  ),
  ...['laisserai jamais un', 'jamais je laisserai un', 'laisserai jamais une'].flatMap((never) =>
    ['sortir avec ma', 'epouser ma', 'sortir avec mon', 'epouser mon'].map(
      (wed) => `${never} … ${wed}`,
    ),
  ),
  ...["don't want", "don't want any", "don't want a single", 'do not want', 'want no'].flatMap(
    (want) => ['in my', 'in our', 'near my', 'near our'].map((place) => `${want} … ${place}`),
  ),
  ...[
    'ne veux pas de',
    'veux pas de',
    'ne veux aucun',
    'ne veux aucune',
    'ne voulons pas de',
  ].flatMap((want) => ['dans', 'chez', 'pres de'].map((place) => `${want} … ${place}`)),
];

/** Worth, fitness and welcome, more of `WORTH` (`lexicon.data.ts`): denied to a group they attack it. */
export const MORE_WORTH: readonly string[] = words(`
  gens bien, des gens bien, good people, decent people, decent, faites pour, faits pour,
  made for, cut out for, apporter, add, adds, offer, offers, savent rien faire, sait rien faire,
  do anything right, accueilli, accueillis, accueillie, accueillies, acceptes, acceptees,
  accepted, tolerated, toleres, tolerees, admitted, good leaders, good drivers, good workers,
  good neighbours, good neighbors, bons dirigeants, bonnes dirigeantes, bons chefs, bons voisins,
  bonnes voisines, bons travailleurs, hold office, hold public office
`);

/** Verbs that demean a group as their subject: "ils ruinent tout", "they infest our cities". */
export const PEJORATIVE_VERBS: readonly string[] = words(`
  puent, ruinent, detruisent, pourrissent, infestent, envahissent, servent a rien,
  ne servent a rien, stink, ruin, ruins, destroy, destroys, infest, infests, invade,
  devraient mourir, doivent mourir, should die, must die, doivent crever, devraient crever,
  should rot, must rot, take our jobs, steal our jobs, live on benefits, live on welfare,
  c'est dans leur nature, it's in their nature, c'est dans leur sang, it's in their blood,
  c'est dans leurs genes, it's in their genes, savent toujours ou est l'argent,
  always know where the money is, c'est fait pour faire des enfants, sont faites pour faire des enfants,
  belong at home, belong in the home, shouldn't be around children, should not be around children,
  shouldn't be around kids, should not be around kids, ne devraient pas approcher les enfants,
  shove their lifestyle down our throats, shoving their lifestyle down our throats,
  force their lifestyle on us, vivent a nos crochets, vivent aux crochets de, live off our taxes,
  vivent des allocs, touchent les allocs, pour toucher les allocs, come here for the benefits,
  come here for benefits, viennent pour les allocs, viennent toucher les allocs,
  volent nos emplois, prennent nos emplois, volent notre travail, prennent notre travail,
  profitent de nos aides, profitent du systeme, vivent des aides, live off benefits,
  live off welfare, corrupt our children, pervertissent nos enfants, veulent pervertir,
  want to corrupt, put money first, put money before, passer l'argent avant, pensent qu'a l'argent, ne pensent qu'a l'argent,
  smell bad, smell so bad, sentent mauvais, invading, invade our, overrun, swarming,
  taking over our country, take over our country, are replacing us, replace us, nous remplacent,
  vont nous remplacer, control the banks, controlent les banques, control the world,
  controlent le monde, have too much power, have too much influence, ont trop de pouvoir,
  ont trop d'influence, run the media, dirigent les medias, run the world, dirigent le monde,
  pull the strings, tirent les ficelles, ne devraient pas se reproduire, should not reproduce, shouldn't reproduce, shouldn't breed,
  should not breed, ne devraient pas approcher, shouldn't be near, should not be near,
  belong in cages, belong in zoos, belong in a zoo, seront elimines, seront extermines,
  seront deportes, seront expulses, seront abattus, will be eliminated, will be exterminated,
  should stick to cooking, should stay in the kitchen, should stick to the kitchen,
  should stay at home and cook, devraient rester a la cuisine, devraient rester en cuisine,
  devraient se contenter de cuisiner, devraient rester a la maison, can't drive, cannot drive,
  can not drive, ne savent pas conduire, savent pas conduire, as long as they keep it to themselves,
  as long as they stay quiet, tant qu'ils restent discrets, tant qu'elles restent discretes,
  tant qu'ils se taisent, are the reason we can't have nice things, volent tout, worse drivers,
  bad drivers, terrible drivers, make everything about their religion, impose their religion,
  force their religion, imposer leur religion, pires conducteurs, finir au four, finiront au four,
  finir dans les fours, belong in the ovens, back to the ovens, in the ovens,
  volent tout ce qui bouge, steal everything, steal anything that moves, own the banks,
  end up owning the banks, owning the banks, tiennent les banques, par tenir les banques,
  possedent les banques, collect welfare, come here to collect, have ten kids, font dix gosses,
  font des gosses pour les allocs, get into women's bathrooms, into women's bathrooms,
  dans les toilettes des femmes, can't invent, cannot invent, can only copy, copy everything,
  ne savent que copier, n'inventent rien, attendent leur heure, wait for their moment,
  what their book tells them, ce que leur livre leur dit, should be grateful we,
  devraient etre contents qu'on, devraient deja etre contents, devraient etre reconnaissants,
  are why we can't have nice things, sont la raison pour laquelle on ne peut rien avoir,
  need therapy, needs therapy, need to be cured, should be cured, doivent etre soignes,
  ont besoin d'une therapie, il leur faut une therapie, make money off others,
  profit off others, s'enrichir sur le dos des autres, sur le dos des autres,
  and democracy don't mix, and democracy do not mix, et democratie ca ne va pas ensemble,
  et la democratie ne vont pas ensemble, incompatible with democracy,
  incompatibles avec la democratie, incompatible avec la democratie, hide your wallets,
  hide your wallet, watch your wallets, cachez vos portefeuilles, planquez vos portefeuilles,
  surveillez vos sacs, ne servent qu'a, servent qu'a, ne sert qu'a, n'apportent que des problemes, n'apportent que du crime,
  n'apportent que des ennuis, n'apportent que la violence, n'apportent que de la violence,
  bring nothing but trouble, bring nothing but crime, bring nothing but problems,
  bring nothing but violence, only bring crime, only bring trouble, c'est fait pour la cuisine,
  sont faites pour la cuisine, c'est fait pour le menage, sont faites pour le menage,
  are made for the kitchen, were made for the kitchen, belong in chains, belong in jail,
  belong in prison, leur place est en prison, leur place c'est en prison, leur place c'est enchaines,
  leur place est enchaines, need a real man, just need a real man, ont besoin d'un vrai mec,
  ont besoin d'un vrai homme, ont juste besoin d'un vrai mec, ont juste besoin d'un vrai homme,
  devraient rester enfermes, doivent rester enfermes, devraient rester enfermees,
  should stay locked up, should stay indoors, ca fait deux, deserve everything that happened, deserved everything that happened,
  deserve what happened to them, deserved what happened to them, deserved what they got,
  ont merite tout ce qui leur est arrive, ont merite ce qui leur est arrive,
  meritent ce qui leur est arrive, n'ont rien a faire dans, n'ont rien a faire en, run the banks,
  own the banks, own the media, run hollywood, control hollywood, tiennent la finance,
  tiennent les banques, controlent la finance, tiennent les medias, c'est a la cuisine,
  c'est a la maison, c'est au foyer, back to the kitchen, get back in the kitchen,
  retournez a la cuisine, retourne a la cuisine, aren't women, are not women, aren't real women,
  are not real women, will never be women, will never be real women, are just men in dresses,
  are men in dresses, aren't men, are not real men, ne sont pas des femmes,
  ne sont pas de vraies femmes, n'est pas une femme, n'est pas une vraie femme,
  ne sera jamais une femme, ne seront jamais des femmes, sont des hommes deguises,
  sont des hommes en robe, ne sont pas des hommes, ne sont pas de vrais hommes,
  savent que voler, ne savent que voler, savent que casser, ne savent que casser,
  savent que profiter, ne savent que profiter, only know how to steal, ce qu'ils preparent,
  ce qu'ils manigancent, what they're planning, what they are planning, what they're up to,
  breeding us out, breed us out, outbreeding us, outbreed us, will outbreed us,
  font des enfants pour nous remplacer, coutent trop cher, coutent trop cher a la societe,
  cost too much, cost us too much, cost taxpayers too much, coutent un pognon de dingue,
  on devrait arreter de les aider, should stop helping them, arreter de les aider
`);

/**
 * More of what is said of a group to demean it (read as `PEJORATIVE` in `lexicon.data.ts`):
 * tropes of blame, greed and use, written in forms of our own.
 */
export const MORE_PEJORATIVE: readonly string[] = words(`
  revolting, repellent, vile, hideous, avide, avides, rapaces, the root of all evil,
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
