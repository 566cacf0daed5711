/**
 * More ways to say a threat (French and English), our own lists beside those of
 * `lexicon.data.ts`: verbs of harm that a plainly stated threat uses with a person or a group as
 * their object, and whole phrases that threaten by themselves. Entries are separated by commas.
 */
import { words } from './word-list.ts';

/**
 * Verbs that harm whoever they fall on: a threat after an intent ("je vais …", "I'm going to …")
 * with the reader, a group or "them" as object. Everyday uses ("noyer son chagrin") have no
 * such object.
 */
export const MORE_HARM_VERBS: readonly string[] = words(`
  noyer, empoisonner, trancher la gorge, couper la gorge, ouvrir la gorge, faire couler le sang,
  verser le sang, mettre une balle, exterminer, massacrer, defigurer, mutiler, ecarteler,
  drown, poison, spill the blood, cut the throat, cut the throats, slit the throat,
  slit the throats, exterminate, slaughter, butcher, maim, mutilate, strangle, disfigure,
  killed, stabbed, shot, murdered, strangled, hanged, drowned, poisoned, burned, burnt,
  slaughtered, tue, tuee, bute, butee, egorge, egorgee, poignarde, poignardee, pendu, pendue,
  noye, noyee, massacre, massacree, lynche, lynchee, tabasse, tabassee, tirer sur, tire sur,
  killing, shooting, stabbing, punching, burning, murdering, skin, ecorcher, tuons,
  butons, frappons, tabassons, massacrons, faire un carnage, mettre le feu, faire la peau, bomb,
  run over, knife, make the lives of, make their lives hell, poser une bombe,
  rendre la vie impossible, punched, slapped, tortured, lynched, whipped, battered, beheaded, gassed,
  bashed, beaten up, knocked out, frappe, frappee, gifle, giflee, torture, torturee, lapide,
  lapidee, cogne, cognee, defonce, defoncee, suffers, souffre, souffrent, gut, disembowel,
  eviscerate, eventrer, etriper, ouvrir le ventre, ouvrir la tete, tirer dessus, shoot at,
  arracher la tete, arrache la tete, arracherai la tete, arracherons la tete, arracher les yeux,
  arrache les yeux, arracherai les yeux, trucider, zigouiller, rouer de coups, passer a tabac,
  cribler de balles, canarder, electrocuter, wound, injure, electrocute, dismember, mow down,
  flog, batter, suffocate, incinerate, pummel
`);

/**
 * Words that say what follows is wanted or about to be done: with a verb of harm and a person or
 * a group as its object, a threat ("je rêve de tuer des …", "I can't wait to beat up …").
 */
export const MORE_INTENT_MARKERS: readonly string[] = words(`
  reve de, revons de, hate de, adorerais, aimerais, ferai, ferons, dream of, dreaming of,
  would love to, make sure, finna, someone should, somebody should, someone needs to,
  somebody needs to, quelqu'un devrait, il faudrait que quelqu'un, merites d', merite d',
  meritent d', meritez d', deserved to, meriteraient d', meriterait d', meriteraient de,
  meriterait de, love to see, like to see, want to see, hope to see,
  wait to see, aimerais voir, voudrais voir, veux voir, reve de voir, hate de voir, espere voir,
  adorerais voir, love to watch, like to watch, want to watch, adorerais regarder,
  faire en sorte que, je jure que, je te jure que, je vous jure que, see to it that,
  compte bien, je compte, on compte, comptons, j'ai l'intention de, on a l'intention de,
  i intend to, we intend to, i plan to, we plan to, planning to, je prevois de,
  compte sur moi pour, comptez sur moi pour, count on me to, you can count on me to
`);

/**
 * Verbs that harm a person but also have everyday objects ("écraser les prix", "take down the
 * decorations", "hang the picture"): a threat only with the reader or a group as object.
 */
export const MORE_GROUP_HARM_VERBS: readonly string[] = words(`
  ecraser, descendre, regler leur compte, regler son compte, regler ton compte, en finir avec,
  nettoyer, purger, m'en prendre aux, m'en prendre a, s'en prendre aux, hang, crush, take down, finish off, settle the score with, cleanse, purge,
  get rid of, wipe out, rid the country of, debarrasser le pays de, ferai payer, ferons payer,
  fera payer, feront payer, hunt down, traquer, traquerons, traquera, pourchasser,
  blow up, blow you up, blow you all up, blow them up, blow them all up, castrer, liquider,
  dezinguer, aneantir, degommer, atomiser, carboniser, calciner, dechiqueter, savater, demonter,
  stomp, castrate, gas, eclater
`);

/** Phrases that threaten by themselves, said to the reader or to a group. */
export const MORE_THREATS: readonly string[] = words(`
  sinon je balance tes photos, sinon je publie tes photos, sinon je diffuse tes photos,
  je vais balancer tes photos, je balance tes nudes, je vais balancer tes nudes, merite la mort,
  meritent la mort, merite le peloton, meritent le peloton, merite la corde, meritent la corde,
  deserve death, deserves death, deserve the rope, deserves the rope,
  vos jours sont comptes, tes jours sont comptes, leurs jours sont comptes, preparez vous a mourir,
  prepare toi a mourir, vous allez payer, vont payer cher, your days are numbered,
  their days are numbered, prepare to die, are going to get hurt, is going to get hurt,
  gonna get hurt, will get hurt, will pay dearly, going to pay dearly, mourir de mes mains,
  mourir de ma main, die at my hands, die by my hand, die by my hands, je le tue, je la tue,
  je les tue, je le bute, je la bute, je les bute, je le defonce, je la defonce, je les defonce,
  je le tabasse, je la tabasse, je les tabasse, je le poignarde, je la poignarde, je les poignarde,
  je l'egorge, je les egorge, je l'etrangle, je les etrangle, je buterai, je tabasserai, je massacrerai,
  deserve a bullet, deserves a bullet, meritent une balle, merite une balle,
  lined up and shot, alignes et fusilles, thrown off a roof, thrown off roofs, jete d'un toit,
  jetes d'un toit, wiped off the map, rayes de la carte, raye de la carte, rayer de la carte,
  solution finale, final solution, put in camps, were shot, were all shot, etaient fusilles,
  a bullet for every, a bullet for each, une balle pour chaque, une balle pour tous,
  beat him up, beat her up, beat them up, beating him up, beating her up, beating them up,
  deserve to suffer, deserves to suffer, deserve to rot, deserves to rot, merites de souffrir,
  merite de souffrir, meritent de souffrir, meritent de crever, merite de crever,
  you'll see what happens to you, you will see what happens to you,
  see what happens to you tomorrow, je te casse les dents, je te casse la tete,
  je te casse les jambes, je te casse le nez, je te casse les bras, je t'eclate la tete,
  je vous casse les dents, on te casse les dents, on t'eclate la tete,
  get what's coming to them, get what's coming to you, gets what's coming to them,
  watch what happens to the next, watch what happens to you, getting a bullet, gets a bullet,
  get a bullet, se prend une balle, prendra une balle, se prendra une balle, prendront une balle,
  break every bone, break all your bones, break your legs, break your neck, briser tous les os,
  casser tous les os, te briser les os, te briser la nuque, won't live to see, will not live to see,
  ne verras pas demain, ne verrez pas demain, ne verras pas la fin de la semaine,
  ne verras pas la fin du mois, ne verras pas la fin de l'annee, won't see the end of the week,
  will not see the end of the week, won't see next week, ne passeras pas la nuit, won't survive the night,
  be six feet under, end up six feet under, finiras six pieds sous terre,
  finir six pieds sous terre, put you in the ground, put them in the ground,
  te mettre sous terre, les mettre sous terre, vous mettre sous terre,
  regret the day you were born, regretter d'etre ne, regretter d'etre nee,
  regretter d'etre venu au monde, regretter le jour ou tu es ne, smash your face,
  vas prendre une balle, vas te prendre une balle, allez prendre une balle,
  je vais t'envoyer a l'hopital, on va t'envoyer a l'hopital, je vais vous envoyer a l'hopital,
  i will send you to the hospital, i will put you in the hospital, i will put you in hospital,
  dans un sac mortuaire, in a body bag, mettre le feu a ta maison, mettre le feu a ta voiture,
  mettre le feu chez toi, set your house on fire, burn your house down, burn your car,
  ne t'en sortiras pas vivant, ne vous en sortirez pas vivants, won't get out alive,
  won't make it out alive, et je t'eclate, sinon je t'eclate, et je te defonce,
  sinon je te defonce, attends que je te chope, attends que je t'attrape,
  wait till i get my hands on you, wait until i get my hands on you, rip your head off,
  rip your throat out, tear your head off, t'arracher la tete, run you over, run them over,
  te rouler dessus, i'm running him over, i'm running her over, i'm running them over,
  i'll run him over, i'll run her over, i'll run them over, i will run him over,
  i will run her over, gonna run him over, gonna run her over, going to run him over,
  going to run her over, you will never walk again, you never walk again,
  ne marcheras plus jamais, beat you to death, beats you to death, beaten to death,
  te tabasser a mort, battu a mort, lynch them, lynch them all, gas them, gas them all,
  gas all of them, want to see you dead, want you dead, want them dead, see them dead,
  veux te voir mort, veux te voir morte, veux les voir morts, nettoyer le pays de,
  nettoiera le pays de, nettoyer la france de, purger le pays de, cleanse the country of,
  clean the country of, les mette dans des camps, les mettre dans des camps,
  les parquer dans des camps, put them in camps, put them all in camps, lock them in camps,
  make your life hell, make your life a living hell, make their lives hell, gonna make life hell,
  going to make life hell, will make life hell, te pourrir la vie, vous pourrir la vie,
  t'arracher les yeux, vous arracher les yeux, rip your eyes out, gouge your eyes out,
  gouge out your eyes, t'arracher la langue, rip your tongue out, lacher mon chien sur toi,
  lacher les chiens sur toi, set my dog on you, set my dogs on you, sic my dog on you,
  te ferai la peau, on te fera la peau, vous ferai la peau, are going to get a beating,
  are gonna get a beating, you will get a beating, you'll get a beating, deserve a beating,
  deserves a beating,
  going to get what's coming, gonna get what's coming, will get what's coming,
  leaves this street alive, leave this street alive, leaves this town alive, leave this town alive,
  leaves here alive, leave here alive, watch what we do to them, see what we do to them,
  watch what happens to them, learn their lesson the hard way, down with them inside,
  down with you inside,
  attendez vous a des represailles, attends toi a des represailles, il y aura des represailles,
  expect retaliation, on vous attend a la sortie, on t'attend a la sortie,
  je vous attends a la sortie, we'll be waiting for you outside, vous faire regretter d'etre venus,
  te faire regretter d'etre venu, les faire regretter d'etre venus,
  you are going to suffer, you're going to suffer, you will suffer, you'll suffer,
  you are gonna suffer, les jeter a la mer, les rejeter a la mer, throw them into the sea,
  throw them back into the sea, je t'enterre, je vous enterre, on t'enterre, je t'enterrerai,
  on t'enterrera, je vais t'enterrer, on va t'enterrer, i'll bury you, i will bury you,
  we'll bury you, beat them to a pulp, beat you to a pulp, beat him to a pulp, beat her to a pulp,
  te reduire en bouillie, les reduire en bouillie, vous reduire en bouillie, leur pourrir la vie, rendre la vie infernale, te rendre la vie infernale, rendre leur vie infernale,
  put you down like, put them down like, put you all down like, je connais ton adresse,
  on connait ton adresse, i know your address, we know your address, we know where you live
`);

/**
 * Where the reader is told they will end up: "you'll end up in hospital", "tu vas finir à
 * l'hôpital". Said of oneself ("je vais finir à l'hôpital avec cette grippe") it is no threat.
 */
export const ENDING_UP: readonly string[] = [
  ...['you will', 'you are going to', 'you are gonna'].flatMap((you) =>
    ['hospital', 'a hospital', 'the hospital', 'a wheelchair', 'a coffin', 'the morgue'].map(
      (place) => `${you} end up in ${place}`,
    ),
  ),
  ...['tu vas finir', 'vous allez finir', 'tu finiras', 'vous finirez'].flatMap((you) =>
    [
      "a l'hopital",
      "a l'hosto",
      'aux urgences',
      'en fauteuil',
      'dans un cercueil',
      'a la morgue',
    ].map((place) => `${you} ${place}`),
  ),
];

/** Hanging wished or foretold: "… will be hanging from lampposts", "… finiront pendus aux arbres". */
export const HANGING: readonly string[] = [
  ...['will be hanging from', 'end up hanging from', 'should hang from', 'will hang from'].flatMap(
    (hang) =>
      ['trees', 'a tree', 'lampposts', 'a lamppost', 'lamp posts'].map((from) => `${hang} ${from}`),
  ),
  ...['finiront pendus', 'finiront pendues', 'seront pendus', 'seront pendues'].flatMap((hang) =>
    ['aux arbres', 'a un arbre', 'aux lampadaires', 'a un lampadaire'].map(
      (from) => `${hang} ${from}`,
    ),
  ),
];
