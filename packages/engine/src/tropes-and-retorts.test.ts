import { describeReadings } from '../test/readings.fixture.ts';

// Tropes said of a group without an insult (a drain, greed, good for one thing, the kitchen,
// bringing only trouble), worth denied through a clause, threats of the lamppost and of a life
// made hell; against retorts that turn a slur back on whoever uses it, claims called lies, and
// a swear word that cheers with a yes. Our own sentences.
describeReadings(
  'tropes of burden, greed and use; threats of hanging and of a life made hell',
  [
    'Immigrants are a drain on the health service.',
    'Les migrants sont un poids pour nos écoles.',
    'Les Roms sont une charge pour la commune.',
    'Les juifs sont tous radins.',
    'Ces gens-là sont avares comme pas deux.',
    'Les musulmanes ne servent qu’à faire des enfants.',
    'Refugees bring nothing but trouble to this town.',
    'Les migrants n’apportent que des problèmes.',
    'Les femmes sont faites pour la cuisine, point.',
    'Aucun immigré n’a jamais mérité qu’on l’aide.',
    'Trans people will end up hanging from trees.',
    'We will make your life hell, you and your gay friends.',
    'On va te pourrir la vie, sale juif.',
  ],
  [
    'The old boiler is a drain on our budget.',
    'Le loyer est un poids pour notre budget.',
    'Les migrants n’apportent que de la richesse à nos villes.',
    'Il ne mérite pas qu’on lui en veuille.',
    'Lanterns were hanging from trees all along the street.',
    'Traffic makes life hell for cyclists in this city.',
    'If you call gay people sick, you are the problem.',
    'Si vous traitez les migrants de rats, c’est vous le problème.',
    'He said Muslims are violent, and that is a lie.',
    'On prétend que les Roms sont des voleurs : c’est faux.',
    'Putain oui, on a enfin gagné le match !',
    'Fuck yes, my sister got the job!',
  ],
);

// Niger, the country and the river, folds like the slur typed with a single letter.
describeReadings(
  'the country Niger',
  ['Shut up, you dirty niger.', 'Go drown in the river, nigger.'],
  ['I flew to Niamey, the capital of Niger.', 'Le fleuve Niger traverse le Mali.'],
);

// Forum ways of saying the same: a group and a task "ça fait deux", weariness of a group, a
// country "cleaned" of it, camps; against the same words said of oneself, of the weather, of
// a job, and claims reported to be condemned.
describeReadings(
  'forum ways of attacking a group, against weariness, figures of speech and condemned claims',
  [
    'Les femmes et la politique, ça fait deux.',
    'J’en ai ras le bol de tous ces Roms.',
    'Jews own the media and everyone knows it.',
    'Il faut nettoyer le pays de tous ces migrants.',
    'Ces Roms, on devrait les parquer dans des camps.',
    'Il faudrait leur tirer dessus, à ces réfugiés.',
  ],
  [
    'Moi et les maths, ça fait deux.',
    'J’en ai ras le bol de cette pluie.',
    'This heat is killing me, damn.',
    'Ce boulot me tue, vivement les vacances.',
    'Les réfugiés vivent dans des camps surpeuplés.',
    'Dire que les Roms sont sales, c’est du racisme.',
    'Saying that gay people are sick is homophobic.',
  ],
);

// Who a group may not marry, where it "belongs", what it "needs", sent back dead or alive, still
// tolerated; against the same frames said of no group, and a quotation condemned.
describeReadings(
  'marriage refused, chains, a real man, sent back, still tolerated',
  [
    'I would never let a Muslim marry my son.',
    'Je laisserai jamais un Arabe épouser ma sœur.',
    'Immigrants should be sent back, all of them.',
    'Muslims belong in jail, every one of them.',
    'Ces gouines ont juste besoin d’un vrai homme.',
    'Les Roms, ils sont tous comme ça.',
    'Pourquoi on tolère encore les Roms ici ?',
  ],
  [
    'I would never let a stranger date my daughter without meeting him.',
    'My parcel should be sent back to the shop.',
    'Elle a juste besoin d’un vrai repos.',
    'On tolère encore les retards ici ?',
    '« Les Noirs sont des singes » est une phrase raciste.',
    '"Muslims are not human" is an islamophobic slogan.',
  ],
);

// A group said to lack a soul, to have deserved its persecution, to belong indoors or out of the
// army; against the same words said of things, of children in the rain, and of a dyke that burst.
describeReadings(
  'no soul, persecution deserved, kept indoors, no place in the army',
  [
    'Les Roms sont sans âme.',
    'Gypsies are people with no soul.',
    'Muslims deserved what they got in Bosnia.',
    'Les Tsiganes ont mérité ce qui leur est arrivé.',
    'Les handicapés doivent rester enfermés, point.',
    'Les musulmanes n’ont rien à faire dans nos écoles.',
  ],
  [
    'Ce robot est sans âme.',
    'Les enfants devraient rester enfermés quand il pleut.',
    'The village flooded after the dyke burst.',
    'Ce placard n’a rien à faire dans la cuisine.',
  ],
);

// French "non" right before an insult that ends its clause answers the reader; it denies nothing.
describeReadings(
  '"non" before an insult',
  ['Mais non connasse, t’as rien compris.', 'Bah non, abruti.'],
  ['Ce n’est pas un non idiot, c’est un oui réfléchi.'],
);

// Greed, waste, "nothing worse than", "not a single", thrown into the sea, "j'en veux pas";
// against the same words said of things.
describeReadings(
  'greed, waste, nothing worse, not a single, the sea, not wanted',
  [
    'Muslims are obsessed with money, always have been.',
    'Les Roms, c’est un gâchis d’argent public.',
    'Franchement, il n’y a rien de pire qu’une lesbienne.',
    'Not a single immigrant can be trusted here.',
    'Ces migrants, faut les jeter à la mer.',
    'Les Arabes, j’en veux plus dans mon immeuble.',
  ],
  [
    'Il n’y a rien de pire qu’un lundi pluvieux.',
    'Des frites ? J’en veux pas, merci.',
    'Ce projet est un gâchis d’argent public.',
    'Not a single train left on time today.',
  ],
);

describeReadings(
  "a trans person's womanhood or manhood denied, and women sent to the kitchen",
  [
    'Trans women are not real women, full stop.',
    'Les femmes trans ne sont pas de vraies femmes.',
    'Une femme trans ne sera jamais une femme.',
    'Trans men are not real men.',
    'Les femmes, c’est à la maison.',
    'Women should get back in the kitchen.',
  ],
  [
    'Trans women are women.',
    'Une femme trans est une femme comme les autres.',
    'Les hommes, c’est à la cuisine ce soir : on vous invite.',
    'Retourne à la cuisine chercher le sel, s’il te plaît.',
  ],
);

// Tropes said of a group without a hurtful word: taking over, imposing its law, recruiting
// children, multiplying, hired for quotas; "no such thing as a decent …".
describeReadings(
  'tropes of takeover, recruiting children, quotas, multiplying, and none of them decent',
  [
    'Gypsies want to take over this whole town.',
    'Roma are trying to recruit our children into their ways.',
    'Ces Tsiganes veulent recruter nos enfants.',
    'Gypsies multiply like flies.',
    'Les Roms se multiplient comme des mouches.',
    'Roma always get hired because of diversity quotas.',
    'There is no such thing as an honest Gypsy.',
    'Un Rom honnête, ça n’existe pas.',
    'Les Gitans sont des mutants.',
  ],
  [
    'The rebels want to take over the capital, the news says.',
    'The club is trying to recruit our children for the choir.',
    'Cells multiply like this under the microscope.',
    'There is no such thing as a free lunch.',
    'Un repas gratuit, ça n’existe pas.',
  ],
);
