/**
 * Our own word lists (French and English), written for Empathie. Content warning: insults and slurs
 * are spelled out because the engine must recognise them. Spelling variants (accents, elongation,
 * leetspeak, spacing) are handled by the tokeniser, so each word is listed once in its usual form.
 * Entries are separated by commas; multi-word entries are matched as phrases.
 */
import { words } from './word-list.ts';

export const INSULTS: readonly string[] = words(`
  con, conne, connard, connasse, conasse, abruti, abrutie, idiot, idiote, imbecile, cretin,
  nullos, retourne en segpa, niveau segpa, incel, incels, plonker, bellend, knobhead, prat, doofus, muppet, simpleton, buffoon, stoopid, brat,
  brats, a la place du cerveau, en guise de cerveau, instead of a brain, for a brain, pea brain,
  pea brained, fat cow, stupid cow, silly cow, ugly cow, lazy cow,
  cretine, debile, stupide, nul, nulle, nullard, naze, nase, bouffon, bouffonne, boloss,
  bolosse, cassos, dechet, ordure, raclure, merdeux, merdeuse, salaud, salopard, salope, pute,
  putain de, chienne, batard, enfoire, enfoiree, encule, enculee, tocard, tocarde, minable,
  pauvre type, pauvre con, pauvre conne, pauvre merde, sous-merde, attarde, attardee, mongol,
  gogol, triso, neuneu, teubé, teube, golmon, clochard, clown, guignol, charlot, pignouf,
  plouc, beauf, blaireau, boulet, cafard, larve, loser, looser, grosse vache, gros porc,
  gros lard, thon, moche, laideron, pouffiasse, poufiasse, trainee, catin, grognasse, mocheté,
  sale gosse, fils de pute, fils de chien, fdp, tete de noeud, tete de con, trou du cul,
  trouduc, lache, menteur, menteuse, hypocrite, parasite, incapable, inutile, bon a rien,
  bonne a rien, pathetique, ridicule, pitoyable, crevard, baltringue, branleur, branleuse,
  petasse, greluche, connerie, idiotie, idiot, stupid, dumb, dumbass, moron, moronic, imbecile,
  fool, foolish, loser, jerk, asshole, arsehole, bitch, bastard, dick, dickhead, prick, twat,
  cunt, douche, douchebag, scumbag, scum, trash, garbage, pathetic, worthless, useless, ugly,
  fat, fatso, pig, slut, whore, hoe, skank, retard, retarded, cretin, clown, freak, creep,
  weirdo, lunatic, psycho, hypocrite, liar, coward, sucker, wanker, tosser, git, numpty,
  pillock, halfwit, dimwit, nitwit, airhead, bonehead, knucklehead, dipshit, shithead,
  piece of shit, son of a bitch, motherfucker, jackass, ignorant, brainless, clueless,
  incompetent, disgusting, vile, scumbag, lowlife, degenerate, parasite, waste of space,
  waste of oxygen, nobody likes you, idiotic,
  low iq, lowiq, soyboy, soyboys, cas social, cas sociaux, gauchiasse, gauchiasses,
  bande de fragiles, cuck, cucks, cucked, mongolien, mongolienne, degenere, degeneree, degeneres,
  sous race, vaurien, clodo, clodos, gueux, bouseux, pequenaud, chaudasse, cerveau de moineau,
  qi de poule, qi d'huitre, sans cervelle, tebe, kassos, bas du front, libtard, libtards,
  feminazi, feminazis, spaz, simp, simps, journalope, journalopes, pedo, pedos
`);

export const PROFANITY: readonly string[] = words(`
  merde, putain, bordel, chier, fais chier, fait chier, bite, couille, couilles, cul, nique,
  niquer, nique ta mere, ta mere, foutre, va te faire foutre, enculer, branler, chiasse, pisse,
  salope, pute, bordel de merde, ta gueule, ferme ta gueule, gueule, emmerder, emmerde,
  faire chier, chatte, zizi, teub, schneck, baiser, baise, sa race, ta race, de sa race, ntm,
  suceuse, sodomiser, branlette, fap, gode, zgeg, fuck, fucking, fucked, fucker,
  motherfucker, shit, shitty, bullshit, crap, damn, goddamn, ass, arse, asshole, bitch,
  bastard, dick, cock, pussy, cunt, twat, wank, wanker, bollocks, bloody, piss, pissed,
  screw you, suck my, blowjob, tits, boobs, slut, whore, what the fuck, shut the fuck up, stfu,
  fuck you, fuck off, foutu, foutue, foutus, foutues, montre tes seins, envoie tes seins,
  envoie des nudes, envoie tes nudes, show me your tits, send nudes
`);

/** Commands that silence or dismiss a person. */
export const DISMISSALS: readonly string[] = words(`
  ta gueule, ferme ta gueule, ferme la, tais toi, taisez vous, degage, casse toi, va te faire,
  allez vous faire, va te faire voir, va te faire foutre, allez vous faire foutre, allez vous faire voir, va te faire enculer,
  va te faire mettre, va te faire cuire un oeuf, va crever, personne ne t'a demande, occupe toi de tes, shut up,
  shut the fuck up, fuck off, piss off, get lost, go away, get out, go to hell,
  nobody asked you, nobody cares, drop dead, get a life, grow up, nobody wants you, no one wants you,
  no one likes you, nobody likes you, personne ne veut de toi, personne ne t'aime, personne ne t'a sonne,
  you make me sick, tu me degoutes, tu me fais vomir, get out of here, sors d'ici, degage d'ici,
  your opinion doesn't matter, your opinion does not matter, ton avis ne compte pas,
  ton avis ne compte pour rien, ton avis on s'en fout, your tears are delicious, cry more,
  with your mouth shut, go back to your basement, tes larmes sont delicieuses, quel regal tes larmes,
`);

/** Threats of harm, without the need for any slur. */
export const THREATS: readonly string[] = words(`
  je vais te tuer, je vais te buter, je vais te defoncer, je vais te fracasser,
  je vais te frapper, je vais te casser, je vais te casser la gueule, je vais te retrouver,
  je vais te faire la peau, je vais te crever, je vais t'egorger,
  je vais te bruler, on va te tuer, on va te retrouver, on va te buter, on va te defoncer,
  tu vas crever, tu vas mourir, tu vas le regretter, tu vas payer,
  je sais ou tu habites, je sais ou tu vis, fais gaffe a toi, gare a toi,
  tu es mort, tu es morte, t'es mort, t'es morte, crève, creve, va crever, va mourir, meurs,
  tuez les, il faut les tuer, faut les tuer, il faut les bruler, a mort, je te tue, je te bute,
  je t'egorge, je te defonce, casser la gueule, faire la peau, une balle dans la tete, pendre,
  egorger, poignarder, je vais te violer, on aura ta peau, tu merites de mourir,
  tu devrais mourir, suicide toi, va te pendre, jete toi, les exterminer,
  meritent de mourir, merite de mourir, meritent la mort, qu'ils crevent, qu'ils meurent,
  deserve to die, deserves to die, hope they die, hope they all die,
  exterminer, gazer, fusiller, i will kill you, i'll kill you, i am going to kill you,
  gonna kill you, kill you, kill yourself, i will find you, i will hurt you, i will beat you,
  i will end you, i will destroy you, i know where you live, watch your back, you are dead,
  you will die, you will regret, you will pay, i hope you die, hope you die, you should die,
  you deserve to die, go die, die in a fire, kill them all, should be killed, should be shot,
  should be hanged, should be burned, should be exterminated, shoot you, stab you, beat you up,
  punch you, slit your throat, rape you, burn your house, hang them, exterminate,
  wipe them out, put a bullet, bullet in your head, you're dead, gonna hurt you, murder you,
  hope you get cancer, hope you die, i hope you suffer, j'espere que tu vas crever, j'espere que tu crèves,
  hope you get hit, hope you get run over, hope your family dies, hope your whole family dies, family gets cancer, hope you choke, hope you rot, hope you drown, hope you get raped, or i'll share your, or i will share your, or i'll leak your, or i'll post your, leak your nudes,
  tu merites de crever, brûler ta maison, je vais te faire payer, tu vas me le payer, on va te faire payer,
  you will be sorry, you'll be sorry, sleep with one eye open, deserve to be raped,
  deserves to be raped, should be raped, merites de te faire violer, merite d'etre violee,
  meritent d'etre violees, devrait se faire violer,
  je te tuerai, je te retrouverai, on te retrouvera, on te tuera, je te ferai payer,
  je te defoncerai, je te casserai la gueule, je t'aurai, on t'aura, tu vas morfler,
  tu vas deguster, tu vas souffrir, tu le paieras, tu vas le payer, tu vas le payer cher,
  tu vas voir ce qui va t'arriver, t'es un homme mort, tu es un homme mort, tes jours sont comptes,
  je t'attends a la sortie, on sait ou tu habites, on sait ou tu vis, on va venir chez toi,
  on viendra chez toi, je vais venir chez toi, je viendrai chez toi, je vais te pourrir la vie,
  un jour on viendra vous chercher, un jour on viendra te chercher, one day we will come for you,
  je vais te faire du mal, on va te faire du mal, ta famille va payer, surveille tes arrieres,
  je vais te demolir, je vais t'exploser, je vais te peter la gueule, je vais te planter,
  je vais te saigner, je vais t'etrangler, je vais te tabasser, on va te tabasser,
  je vais te casser les dents, je vais te refaire le portrait, you are going to pay, you will pay for this, you'll pay for this, will pay for this,
  vous allez payer, tu vas payer, vous allez le payer, tu vas le payer, vous le paierez,
  tu le paieras,
  i will make you pay, we will find you, we know where you live, i will come for you,
  i am coming for you, you will not see tomorrow, your days are numbered,
`);

/**
 * Words of worth, trust and rights: denied to a group ("ils ne valent rien", "they do not
 * deserve respect") they attack it without a single hurtful word.
 */
export const WORTH: readonly string[] = words(`
  valent, vaut, valoir, meritent, merite, meriter, confiance, egaux, egales, egal, bons a,
  bonnes a, respect, respecte, respectent, respecter, droit, droits, ecouter, humains, humaines, place, worth, deserve,
  deserves, trust, trusted, equal, equals, good for, any good, respect, respected, rights, listen,
  listened, human, humans, belong, welcome, value, fiable, fiables, reliable, trustworthy, digne,
  dignes, capable, capables, bienvenu, bienvenus, bienvenue, bienvenues, smart, intelligent,
  intelligente, intelligents, intelligentes, bright, good parents, good mothers, good fathers,
  bons parents, bonnes meres, bons peres, honest, honnete, honnetes, civilized, civilised,
  civilises, civilisees, real citizens, vrais citoyens, vrais francais, real americans, normal,
  normaux, normales, natural, naturels, naturelles, real women, real men, real europeans,
  real french, vraies femmes, vrais hommes, vrais europeens, good citizen, good citizens,
  bon citoyen, bons citoyens, bonne citoyenne, bonnes citoyennes, apportent, apporte, contribute,
  contributes, contributed, bring, brings, real people, real humans, real human beings,
  vraies personnes, vrais humains, vrais etres humains, assez intelligentes, assez intelligents, valeur, matter, matters,
  compte, comptent
`);

/** Words that deny people their humanity: an identity attack when aimed at a group. */
export const DEHUMANISING: readonly string[] = words(`
  vermine, cafards, rats, parasites, sauvages, animaux, betes, singes, sous-hommes, racaille,
  breed like rabbits, breed like rats, breed like animals, se reproduisent comme des lapins,
  reproduisent ils comme des lapins,
  racailles, dechets, microbes, invasion, envahisseurs, a exterminer, vermin, cockroaches,
  rats, parasites, savages, animals, apes, monkeys, subhuman, invaders, infestation, beasts,
  filth, sauterelles, criquets, locusts, should be deported, go back to, rentrez chez vous, retourne dans ton pays,
  retournez dans votre pays, inferieurs, inferior, erreurs de la nature, erreur de la nature,
  mistakes of nature, abominations, une abomination, an abomination,
  ne sont pas des humains, are not human, ne sont pas des etres humains, not human beings, cancer de la societe
`);

/** Slurs: severe by themselves. */
export const SLURS: readonly string[] = words(`
  negre, negro, bougnoule, bicot, youpin, youtre, pede, pd, tarlouze, tapette, gouine,
  bamboula, chintok, niakoue, raton, sale arabe, sale noir, sale juif, nigger, nigga, faggot,
  fag, dyke, tranny, kike, spic, chink, wetback, raghead, towelhead, paki, retard, coon,
  beaner, bougnoul, bougnouls, bougnoules, negres, negresse, negresses, negros, youpins,
  fiotte, fiottes, tafiole, tafioles, tantouze, travelo, travelos, chinetoque,
  chinetoques, crouille, crouilles, bicots, bamboulas, sale pd, sous-race, sous-races,
  trannies, shemale, gook, gooks, kikes, faggots, niggers, jigaboo, porch monkey, towelheads,
  ragheads, wetbacks, spics, pakis, niak, niaks, bico, bicos, muzz, muzzs, muzzie, muzzies
`);

/** Negation cues: what follows them is not asserted. */
export const NEGATIONS: readonly string[] = words(`
  ne, n', pas, jamais, aucun, aucune, ni, not, no, never, nobody, none, neither, nor, without,
  sans, non
`);

/** Reported speech and counter-speech cues: what follows is quoted, not said to anyone. */
export const REPORT_CUES: readonly string[] = words(`
  traite de, traitee de, traites de, traiter de, traiter les, traiter quelqu'un de, m'a traite,
  m'a traitee, appele, appelee, appeler quelqu'un, le mot, ce mot, les mots, dire que,
  dire a quelqu'un, ecrire, il a dit, elle a dit, ils ont dit, on m'a dit, called me,
  called him, called her, called them, call someone, calling someone, calling people,
  call people, the word, that word, the term, saying, to say, said, told me, wrote,
  was called, were called, got called, been called, a ete traite de, a ete traitee de,
  telling women to, telling immigrants to, telling people to, telling someone to, telling them to,
  dire aux femmes de, dire aux gens de,
  n'est pas une insulte, est une insulte, is a slur, is an insult, is not okay, is not ok,
  not acceptable, unacceptable, inacceptable, pas acceptable, stop calling, arrete de traiter,
  arretez de traiter, don't call, ne dis pas, qui disent que, qui dit que, quiconque dit que,
  people who say, those who say, when people say, people say, les gens disent, quand on dit,
  claiming that, pretendent que, pretend que, ecrire que, writing that, ceux qui disent, who say,
  wrote that, who calls, whoever calls, qui traitent, disait que, disaient que, a ecrit que,
  saying that, says that, a post saying, un message qui disait, j'ai signale, i reported,
  is wrong to, are wrong to, it's wrong to, it wrong to, it not wrong to, shameful to,
  no reason to, c'est mal de, honteux de, aucune raison de, arrete de hair, arretez de hair,
  stop hating, calling, claiming, who thinks, who think, qui pensent que, qui pense que,
  quit saying, stop saying, arrete de dire, arretez de dire, if you say, if you think, si tu dis,
  si vous dites, si tu penses, entendre que, entendre dire que, lire que, the lie that,
  le mensonge selon lequel, le mensonge que, the idea that, l'idee que, the myth that,
  le mythe selon lequel, le mythe que, the claim that, the notion that, the stereotype that,
  le cliche selon lequel, le prejuge selon lequel, someone says, somebody says, someone said,
  quelqu'un dit que, quelqu'un a dit que, qu'on dise que, on dit que, people claiming,
  if you call, when you call, si tu traites, si vous traitez, quand tu traites, quand on traite,
  those claiming, posting that, publier que, poster que, of hearing that, a dit que, ont dit que,
  m'a dit que, should call, should ever call, ever call, calls you, called you, t'a traite,
  t'a traitee, te traite de
`);

/** Hostile verbs and nouns: not insults, but negation and quotation soften them the same way. */
export const HOSTILE: readonly string[] = words(`
  hate, hates, hating, despise, loathe, detest, disgusting, déteste, detestent, hais, hait, haine,
  haïr, méprise, meprisent, degoutant, degoutante, degueulasse
`);

/** Harm verbs: a threat when said in the future or as an intent, to "you" (see context.ts). */
export const HARM_VERBS: readonly string[] = words(`
  kill, hurt, beat, stab, shoot, burn, destroy, punch, rape, murder, strangle, choke, smash, break,
  slap, hunt, find, end, bury, tuer, buter, frapper, defoncer, cogner, egorger, poignarder, bruler,
  violer, retrouver, massacrer, exploser, demolir, fumer, planter, crever, tabasser, etrangler,
  fracasser, gifler, niquer, detruire, enterrer, pendre, achever, saigner, casser, casse,
  lyncher, flinguer, gazer, lynch,
  knock, beaten, beat up, wreck, cut, attendre, waiting for, coming for, venir chercher, slit,
  slash, bash, torture, behead, decapitate, gun down, blow up, set fire, torch, attack, assault,
  torturer, decapiter, incendier, faire sauter, mitrailler, lapider, stone, agresser, attaquer,
  cramer, burn down, traquer
`);

/**
 * Verbs that harm a person or a group but also have everyday objects ("abattre un arbre",
 * "éliminer les erreurs"): a threat only when their object is the reader or a group.
 */
export const GROUP_HARM_VERBS: readonly string[] = words(`
  abattre, eliminer, eradiquer, eliminate, eradicate, wipe out, enfermer, deporter, expulser,
  take out, lock up, deport, faire payer, renvoyer, chasser, virer, send back, kick out,
  throw out, steriliser, sterilize, sterilise, renvoyez, renvoyons, expulsez, expulsons,
  deportez, deportons, chassez, chassons, virez, virons, enfermez, enfermons, eliminez, eliminons,
  execute, executer, executez, executons, run over
`);

/** Markers of a future act or an intent, before a harm verb. */
export const INTENT_MARKERS: readonly string[] = words(`
  will, gonna, going to, want to, wanna, shall, about to, je vais, on va, vais, va, je veux,
  on veut, jvais, faut, il faut, vont, allons, vas, deserve to, deserves to, merites de,
  merite de, i'll be, we are, we're, on arrive, on devrait, il faudrait, faudrait, we should,
  we need to, we must, temps de, time to
`);

/** Third persons a threat can aim at, besides the reader and named groups. */
export const THREAT_TARGETS: readonly string[] = words(`
  them, him, her, them all, all of them, eux, lui, les, tous, toutes, vous tous, synagogue,
  synagogues, mosque, mosques, mosquee, mosquees, church, churches, eglise, eglises
`);

/** Second-person markers: an attack aimed at the reader. */
export const SECOND_PERSON: readonly string[] = words(`
  tu, tu es, toi, te, t', ton, ta, tes, vous, votre, vos, espece de, sale, bande de, pauvre, you,
  your, yours, yourself, u, ur, ya
`);

/** Third persons named as people: an insult near them is about someone, not about a thing. */
export const PEOPLE: readonly string[] = words(`
  il, elle, ils, elles, lui, eux, celui, celle, ceux, celles, mec, meuf, gars, gens, type, nana,
  gamin, gamine, monsieur, madame, he, she, they, him, her, them, his, guy, dude, people, person,
  man, girl, boy, kid, folks, whoever, someone, quelqu'un
`);

/**
 * Impersonal and first-person openers: "ce film", "this update", "c'est", "j'ai". With no person
 * in the sentence, an insult or a swear word there judges a thing or vents, it targets no one.
 */
export const IMPERSONAL: readonly string[] = words(`
  ce, cet, cette, c'est, c'etait, ca, cela, ceci, le, la, du, un, une, quel, quelle, quels,
  quelles, je, j'ai, j'avais, j'etais, j'en, j'y, j'adore, j'aime, j'ai, me, moi, mon, ma, mes, on, nous, notre, nos, this, that, these, it, its, the, a, an,
  what a, i, my, mine, we, our, us
`);

/**
 * Joy, praise and enthusiasm: a swear word beside them, with no one in the sentence, cheers
 * ("fuck yeah, what a day", "putain, quelle belle journée").
 */
export const CHEERS: readonly string[] = words(`
  great, awesome, amazing, wonderful, brilliant, fantastic, beautiful, incredible, best, yeah,
  yes, wow, love it, so good, so happy, happy, glad, excited, congrats, congratulations, well done,
  genial, geniale, belle, beau, magnifique, trop bien, trop bon, trop beau, super, ouais, incroyable,
  meilleur, meilleure, trop fort, trop cool, j'adore, kiffe, enfin, bravo, heureux, heureuse,
  content, contente, felicitations, chapeau, delicious, tasty, delicieux, delicieuse,
  excellent, excellente
`);

/** Verbs of saying and thinking: a negation before them covers the clause they introduce. */
export const SAYING: readonly string[] = words(`
  dire, dis, dit, pense, penser, pensent, crois, croit, croire, trouve, trouves, pretend,
  say, says, said, saying, think, thinks, thought, mean, meant, believe, claim, claimed, true, vrai,
  implying, suggest, suggesting, dirai, dirais, dirait, dirons, diront, penserai, penserais,
  croirai, croirais, affirme, affirmer, affirmerai, pretendre, pretendrai
`);

/** Exclusion and contempt said of a group without any slur. */
export const EXCLUSION: readonly string[] = words(`
  n'ont rien a faire ici, rien a faire chez nous, qu'ils rentrent,
  qu'ils rentrent tous, qu'ils retournent, qu'ils retournent tous, remigration,
  dehors les, on n'en veut pas, s'en debarrasser, se debarrasser, moins intelligent,
  moins intelligente, une plaie, voleur, voleuse, delinquant, delinquante, criminel, criminelle,
  don't belong, do not belong, send them back, get rid of, we don't want them, less intelligent,
  a plague, thief, thieve, criminal, should never be allowed, ne devrait jamais avoir le droit,
  un fardeau, fardeau pour, a burden, burden on, une menace pour, a threat to, un danger pour,
  a danger to, controlent les medias, control the media, controlent tout, control everything,
  should not be allowed, shouldn't be allowed, ne devraient pas avoir le droit,
  devraient etre enfermes, should be locked up, disgust me, disgusts me, me degoutent,
  me degoute, make me sick, me rendent malade, never hire a, jamais embaucher,
  have no business, n'ont pas leur place, have no place, se debarrasse, debarrasser des,
  never be part of, never be one of us, ne seront jamais des notres, devraient se taire,
  doivent se taire, n'ont qu'a se taire, feraient mieux de se taire,
  debarrasse des,
  belong in a zoo, belong in the kitchen, belong in a cage, leur place est au zoo,
  leur place est a la cuisine, back to the kitchen, retourner a la cuisine,
  devraient tous degager, devraient degager, doivent degager, doivent tous degager,
  qu'ils degagent, hors de notre pays, a virer du pays, get out of this country,
  get out of our country, should all leave, should leave the country, rester entre eux,
  restent entre eux, loin de nous, keep to themselves, far from us, stay away from us,
  qui a besoin des, a encore besoin des, who needs, who even needs, interdire aux,
  banned from, on vient vous chercher, a quoi servent, what good are, what use are
`);

/**
 * What is said of a group to demean it, with no insult of its own: vile, lazy, dishonest,
 * inferior, a scourge. Neutral alone ("ce plat est répugnant"); the group-talk reader counts them
 * only when a named group (or a pronoun for one) is their subject (`features/group-talk.ts`).
 */
export const PEJORATIVE: readonly string[] = words(`
  repugnant, repugnante, degoutant, degoutante, degueulasse, degueu, immonde, ignoble, abject,
  abjecte, infame, crasseux, crasseuse, puant, puante, paresseux, paresseuse, faineant,
  faineante, inferieur, inferieure, malhonnete, menteur, menteuse, voleur, voleuse, criminel,
  criminelle, delinquant, delinquante, violent, violente, dangereux, dangereuse, hypocrite, fourbe,
  sournois, sournoise, incapable, incompetent, incompetente, inutile, nuisible, nuisibles, pourri,
  pourrie, bete, stupide, arriere, arrieree, primitif, primitive, barbare, sauvage, degenere,
  degeneree, pervers, perverse, vicieux, vicieuse, cupide, profiteur, profiteuse, un fleau,
  une plaie, un cancer, une peste, une maladie, un fardeau, une honte, des malades, dechet, ordure,
  racaille, tare, taree, minable, bons a rien, tous pareils, tous les memes, pas mieux que, mepris,
  etre extermines, etre executes, etre elimines, etre pendus, etre fusilles, etre gazes,
  etre abattus, etre tues, etre deportes, etre expulses, etre enfermes, etre brules,
  repulsive, disgusting, gross, filthy, dirty, lazy, inferior, lesser, dishonest, sneaky, liar,
  liars, thief, thieves, criminal, criminals, violent, dangerous, incompetent, useless, worthless,
  stupid, dumb, primitive, savage, barbaric, barbarian, degenerate, pervert, perverts, perverted,
  evil, rotten, greedy, a plague, a cancer, a disease, a scourge, a disgrace, scum, trash, garbage,
  pest, pests, smelly, stinky, pathetic, coward, cowards, backward, uncivilized, brainless,
  hypocrite, hypocrites, inhuman, good for nothing, all the same, no better than, beasts, contempt,
  dogs, chiens, chiennes, too emotional, trop emotives, trop emotifs, trop emotionnelles,
  mentally ill, malades mentaux, trying to corrupt, escroc, escrocs, escroques,
  be exterminated, be executed, be eliminated, be hanged, be shot, be gassed, be killed,
  be deported, be wiped out, be locked up, be burned, be put down, be beaten, be raped,
  be sterilized, be sterilised, etre piques, etre battus, etre violees, etre steriles,
  etre sterilises, etre battues, etre tuees, etre enfermees, etre brulees, etre pendues,
  etre abattues, etre expulsees, etre deportees, etre eliminees, be thrown in jail,
  be thrown in prison, be jailed, be imprisoned, be banned, etre jetes en prison,
  etre jetees en prison, etre emprisonnes, etre emprisonnees, etre bannis, etre bannies,
  etre interdits, etre interdites, terrorists, terroristes, terrorists at heart, rapists,
  violeurs, pedophiles, thugs, voyous, etre en cage, etre en cages, etre dans des cages,
  be in cages, be in a cage, be caged, be stoned, etre lapides, etre lapidees, annoying, agacants, agacantes, irritating, insupportables,
  unbearable, like a virus, comme un virus, like a plague, comme la peste, like a cancer,
  comme un cancer, like vermin, comme de la vermine, like parasites, comme des parasites,
  like rats, comme des rats, des porcs, comme des porcs, comme des cochons, like pigs, less developed, less evolved, moins evolues, moins evoluees,
  moins developpes, mutants, des mutants, termites, only good for one thing, good for only one thing, qu'a une chose,
  qu'a une seule chose, sick, sickos, predators, groomers, deviants, des predateurs, des deviants
`);

/**
 * Loathing aimed at what follows it: "je méprise les …", "I can't stand …", "trop de …". A named
 * group right after makes it an attack on that group (`features/group-talk.ts`).
 */
export const LOATHING: readonly string[] = words(`
  deteste, detestent, hais, hait, haissent, hair, meprise, meprisent, execre, abhorre, degoute,
  degoutent, repugne, repugnent, ecoeure, ecoeurent, horripile, horripilent, fait horreur,
  font horreur, horreur des, horreur de, supporte pas, supporte plus, peux pas voir,
  peux pas supporter, trop de, beaucoup trop de, hate, hates, despise, despises, loathe, loathes,
  detest, detests, disgust, disgusts, repel, repels, repulse, repulses, horrify, horrifies,
  sicken, sickens, can't stand, cannot stand, can not stand, can't bear, cannot bear,
  can not bear, cant stand, cant bear, too many, way too many, sick of, fed up with, marre des, donnent envie de vomir,
  donne envie de vomir, make me want to throw up, makes me want to throw up, make me sick,
  makes me sick, screw, the only good, le seul bon, la seule bonne, rather die than,
  plutot mourir que, plutot crever que, mourir plutot que, crever plutot que, font vomir, fait vomir, font gerber, fait gerber,
  donnent la gerbe, donne la gerbe, filent la gerbe, peux pas blairer, peux pas les voir,
  peux plus les voir, peux pas les sentir, peux pas les blairer, peux pas les encadrer,
  peux pas les supporter, peux plus les supporter, les vomis, les vomit, les hais, les deteste,
  les meprise, make me puke, makes me puke, make me want to puke, makes me want to puke,
  make me vomit, makes me vomit, make me want to vomit, makes me want to vomit,
  can't stand them, cannot stand them, hate them, despise them, loathe them,
  qui peut supporter, qui peut encore supporter, who can stand, who can even stand
`);

/**
 * Words that condemn hate: said of what a sentence quotes or denies, they are counter-speech
 * ("saying they are repulsive is pure hatred"), and keep a quarter of their weight there.
 */
export const CONDEMNATION: readonly string[] = words(`
  hatred, hateful, haine, haineux, haineuse, racist, racism, raciste, racisme, sexist, sexism,
  sexiste, sexisme, homophobic, homophobia, homophobe, homophobie, transphobic, transphobe,
  bigotry, bigoted, bigot, antisemitic, antisemitism, antisemite, antisemitisme, islamophobic,
  islamophobe, islamophobie, shameful, disgraceful, honteux, honteuse, honte, indigne,
  intolerable, ignorance, ignoble, un delit, a crime, un crime, puni par la loi, me revolte, revoltant,
  dehumanises, dehumanizes, dehumanising, dehumanizing, deshumanise, deshumaniser,
  deshumanisant, deshumanisante, hate speech, discours de haine, propos haineux,
  awful thing to say, horrible thing to say, terrible thing to say, vile thing to say,
  chose horrible a dire, chose affreuse a dire, chose atroce a dire, horrible a dire,
  you are the problem, you're the problem, c'est toi le probleme, c'est vous le probleme,
  c'est faux, that's false, that is false, c'est un mensonge, is a lie, that's a lie, a hateful lie,
  mensonge haineux, just ignorant, so ignorant, purely ignorant, completement ignorant, juste ignorant,
  is disgusting, is sickening, is revolting, is vile, is unacceptable, is appalling, c'est abject,
  est abject, c'est ecoeurant, c'est inacceptable, est inacceptable, c'est degueulasse, c'est scandaleux,
  ignorant thing to say, phrase ignorante, propos ignorants, complotisme, conspiracy nonsense,
  that disgusting, est un mythe, is a myth, si tu penses que, si vous pensez que, if you think that
`);
