import { describeReadings } from '../test/readings.fixture.ts';

// Attacks on a group without a single insult: a burden, a menace, no rights, a call to harm.
const HURTFUL: readonly string[] = [
  'Il faut abattre les migrants.',
  'On va éliminer tous les musulmans.',
  'Muslims disgust me.',
  'Disabled people are a burden on society.',
  'Les handicapés sont un fardeau pour la société.',
  'I would never hire a woman.',
  'Gay people should not be allowed to raise children.',
  'Les trans devraient être enfermés.',
  'Les juifs contrôlent les médias.',
  // The group first, taken up by a pronoun inside the loathing; loathing said as nausea.
  'Les Arabes, je ne peux pas les voir.',
  'Les juifs, je les vomis.',
  'Je peux pas blairer les homos.',
  'Les trans me font gerber.',
  'Gay people make me want to puke.',
  // Threats said plainly, and a call to expel said as a question that asserts it.
  'Vous allez payer, les féministes.',
  'Il est temps de renvoyer les immigrés.',
  "N'est-il pas temps de renvoyer les immigrés ?",
  "Isn't it time to deport all the immigrants?",
  "Isn't it obvious that women are inferior?",
  // Kept apart, or worth less than death.
  'Les Roms devraient rester entre eux, loin de nos enfants.',
  'Immigrants should keep to themselves and stay away from us.',
  "Plutôt crever que d'avoir un juif comme patron.",
  'Les Arabes sont une honte.',
  // Harm to a group's places, or wished on it; worth denied to every member.
  'We are going to burn down every synagogue.',
  'Je vais cramer la mosquée.',
  'Disabled people should be put down.',
  'Les femmes méritent d’être battues.',
  'Women like you deserve to be raped.',
  'Il faudrait stériliser les handicapés.',
  'Why do Muslims breed like rabbits?',
  'No Black person has ever been smart.',
  'Aucun Noir n’a jamais été intelligent.',
  'Gay people can never be good parents.',
  'Les gays ne seront jamais de bons parents.',
  'Je vais traquer chaque homo du quartier.',
  'Trans people should be thrown in jail.',
  'Les trans devraient être jetés en prison.',
  'Muslims ought to be banned from voting.',
  'Il faudrait interdire aux musulmans de voter.',
  // Stereotypes said without an insult.
  'Immigrants take our jobs and our benefits.',
  'Les immigrés profitent de nos aides sociales.',
  'Gay people are trying to corrupt our children.',
  'Les homosexuels veulent pervertir nos enfants.',
  'Women are too emotional to lead.',
  'Les femmes sont trop émotives pour diriger.',
  'Trans people are just mentally ill.',
  // Questions that ask what they assert.
  'Why are Jews so greedy?',
  'Why do Arabs smell so bad?',
  'Qui peut encore supporter les musulmans ?',
  'À quoi servent les handicapés ?',
];

// The same words with everyday objects, and swearing that cheers.
const HARMLESS: readonly string[] = [
  'Il faut abattre les arbres malades.',
  'Il faut éliminer les erreurs avant la mise en ligne.',
  'Je vais abattre ce mur pour agrandir la cuisine.',
  'Climate change is a threat to our coasts.',
  'Fuck yeah, what a great day!',
  'Putain, quelle belle journée !',
  'This is fucking awesome!',
  'Les épinards, je ne peux pas les voir.',
  'Cette pizza me fait gerber.',
  'Je dois chasser les mouches.',
  "It's time to throw out the old sofa.",
  // Counter-speech, and questions whose negation is no assertion of hate.
  'It is wrong to hate Jews.',
  "C'est mal de détester les musulmans.",
  "Il n'y a aucune raison de haïr les Roms.",
  "Isn't it wrong to hate Jews?",
  "Don't you think immigrants deserve respect?",
  "Didn't you say Muslims were welcome?",
  "N'est-il pas beau, ce chien ?",
  // The word that condemns what is quoted is counter-speech too.
  'Saying Muslims are rats is racist.',
  'Those who say Jews are vermin are spreading hatred.',
  "Dire que les Noirs sont des singes, c'est du racisme pur.",
  'We are going to visit the synagogue.',
  'J’ai cramé le gâteau.',
  'The old dog had to be put down.',
  'Gay people are good parents.',
  'No Muslim is unwelcome here.',
  'No woman has ever been treated fairly here.',
  // "les" after a verb of harm is an article, not "them".
  'Je vais traquer les bugs ce soir.',
  'Je vais casser les prix.',
  'Il faut interdire aux enfants de jouer dans la rue.',
  'Robots take our jobs.',
  'My kids are too emotional today.',
  // "people" is a group only when pointed at ("these people") or named ("disabled people").
  'Some people live off benefits because they cannot work.',
  'Refugees are accused of taking our jobs.',
  'Are Muslims welcome here?',
  'Why are women paid less?',
  'Why are refugees so often victims?',
  'Who can stand this heat?',
  // Folding collapses doubled letters: "ville" is not "vile", "baisse" not "baise".
  'Les femmes apportent beaucoup à notre ville.',
  'La baisse des prix est une bonne nouvelle.',
  'Les femmes sont dans la salle de bain.',
];

describeReadings('attacks on a group without an insult', HURTFUL, HARMLESS);

// "Nobody" reaches past a modal and an adverb to the verb: "nobody should ever …".
describeReadings(
  'a negation through a modal and an adverb',
  ['Nobody should ever listen to women.', 'Nobody should really trust Jews.'],
  ['Nobody should ever hate women.', 'No one should ever insult Muslims.'],
);

// A group wished away: no hurtful word, the wish is the attack.
describeReadings(
  'a group wished away',
  [
    'The world would be better without Muslims.',
    'Le monde serait meilleur sans les juifs.',
    'If only Jews would disappear.',
    'I wish all immigrants would just vanish.',
    "J'aimerais que les Roms disparaissent.",
    "Ce serait mieux si les migrants n'existaient pas.",
    'Ne serait-ce pas mieux si les Roms disparaissaient ?',
    'Life would be better if Jews did not exist.',
    'Disabled people should not exist.',
    'Les handicapés ne devraient pas exister.',
    'Les juifs devraient disparaître.',
  ],
  [
    'It would be better if my headache disappeared.',
    'Ce serait mieux si les bouchons disparaissaient.',
    'I hope Muslims never disappear from our city.',
    'Saying the world would be better without Jews is hateful.',
    "I don't wish that immigrants would disappear.",
    'The city is safer without cars.',
    'Ne faut-il pas protéger les musulmans ?',
    'Muslims should never disappear.',
    'Disabled people should exist freely.',
  ],
);

// Invasion and replacement said of a group; a comparison that demeans ("moins intelligents").
describeReadings(
  'invasion, replacement and demeaning comparisons',
  [
    'Immigrants are invading our country.',
    'Les migrants vont nous remplacer.',
    'Jews control the banks.',
    'À mon avis, les Noirs sont moins intelligents.',
  ],
  [
    'Women are taking over the tech industry!',
    'Les femmes gagnent moins que les hommes.',
    'Les femmes sont moins payées.',
    'Refugees are less likely to commit crimes.',
  ],
);

// "Traiter … de" reports a name someone is called; "traiter … comme" says how to treat them.
describeReadings(
  'treating a group like vermin, against reporting that it is called so',
  ['Il faut traiter les musulmans comme des rats.', 'Il faut traiter les Roms comme des cafards.'],
  [
    'Traiter les juifs de parasites est raciste et faux.',
    'Il faut traiter les malades comme des rois.',
  ],
);

// Hate without a hurtful word: blame, distrust, sending away, what "they" never do.
describeReadings(
  'blame and other frames said of a group, against the same frames said of things',
  [
    'C’est la faute des immigrés si tout va mal.',
    'Le problème, ce sont les juifs.',
    'On ne peut pas faire confiance aux musulmans.',
    'Les Roms n’ont qu’à rentrer chez eux.',
    'Les immigrés gâchent tout.',
    'Les juifs ne s’intègrent jamais.',
    'Moins il y a de migrants, mieux on se porte.',
    'The problem is the Jews.',
    'Never trust Muslims.',
    'Typical immigrants.',
    'Immigrants abuse the system.',
    'Send the refugees back where they came from.',
    'Jews should be grateful we let them in.',
    'We don’t want Muslims here.',
  ],
  [
    'Le problème, ce sont les embouteillages.',
    'C’est la faute des embouteillages si je suis en retard.',
    'Ce n’est pas la faute des immigrés.',
    'The problem is not the immigrants, it’s poverty.',
    'The problem with the Jewish holidays is that they are too short!',
    'Typical Jewish food is delicious.',
    'Les réfugiés veulent rentrer dans leur pays quand la guerre sera finie.',
    'We don’t want immigrants to suffer.',
    'Never trust a politician’s promise.',
    'When people say it’s the women’s fault, they are wrong.',
  ],
);

// Counter-speech that names the words it condemns; a report ("if you say…") covers only its clause.
describeReadings(
  'counter-speech that names what it condemns',
  ['If you say that again, I will hurt you.'],
  [
    'Calling Muslims rats is disgusting.',
    'Anyone who thinks women are vermin should be ashamed.',
    'Claiming gay people are lazy is a lie.',
    'If you say Jews are inferior, you are wrong.',
  ],
);

// Loathing of a group said in more words; hatred named without a speaker is no loathing.
describeReadings(
  'loathing of a group said in more words',
  [
    'Je vomis les Roms.',
    'J’ai la haine des migrants.',
    'Je n’ai que du mépris pour les juifs.',
    'Les musulmans m’insupportent.',
    'I have nothing but contempt for immigrants.',
    'My hatred of Jews knows no limits.',
  ],
  ['Je n’ai aucune haine des Roms.', 'Je ne vomis pas les Roms, je les respecte.'],
);

// A group refused a service or a place, or denied belonging.
describeReadings(
  'a group refused a service, a place or belonging',
  [
    'Interdit aux Roms.',
    'Je ne louerai jamais à des immigrés.',
    'I don’t serve Muslims.',
    'I will never rent to refugees.',
    'Les Arabes ne seront jamais vraiment français.',
    'Jews should be ashamed to exist.',
  ],
  [
    'Ce magasin est interdit aux mineurs.',
    'Je ne dis pas que je ne louerai jamais à des immigrés.',
    'I don’t serve alcohol to minors.',
  ],
);

// Frames around a group: the words after it belong to the frame ("keep … away", not "… safe").
describeReadings(
  'a group kept away or refused a home',
  [
    'Keep Muslims away from our kids.',
    'I would never rent my flat to Jews.',
    'Nobody wants refugees around.',
    'Pas de Roms ici.',
    'Je ne veux pas de musulmans dans mon immeuble.',
  ],
  [
    'Keep women safe at night.',
    'Keep the kids away from the pool.',
    'No women were harmed in this film.',
    'Before the refugees came, the village school was closing; now it is full.',
    'Keep immigrants away from exploitative employers.',
    'Don’t let refugees near the old bridge, it is unsafe.',
    'Nobody wants refugees around here to suffer.',
    'Je ne veux pas de sucre dans mon café.',
  ],
);

describeReadings(
  'belonging denied, a place refused, victimhood mocked',
  [
    'Muslims will never fit in here.',
    'This place is off limits to Jews.',
    'I would never let a Muslim into my home.',
    'Les Roms jouent toujours les victimes.',
    'Ne louez jamais à des migrants.',
  ],
  [
    'This trail is off limits to bikes.',
    'Women will never fit in these tiny seats, says the designer.',
  ],
);

describeReadings(
  'a slur in the plural names the group; worth denied by "matter" or "compter"; tropes',
  [
    'No fags allowed in this gym.',
    'Pas de gouines dans notre club.',
    'Keep the trannies away from our kids.',
    'Women do not matter at all.',
    'Les handicapés ne comptent pas.',
    'Refugees are revolting.',
    'Les juifs sont avides.',
    'Muslims are the root of all evil.',
    'Les immigrés sont la source de tous les maux.',
    'Women are only good for sex.',
    'Les trans doivent crever.',
    'Immigrants only come here to live on benefits.',
    'Gay people should be wiped off the face of the earth.',
  ],
  [
    'Too many chinks in their armour this season.',
    'We dykes are organising a picnic.',
    'Les immigrés ne comptent pas leurs heures.',
    'It does not matter if Muslims come or not.',
    'Black lives matter.',
    'Les femmes comptent beaucoup pour moi.',
  ],
);

describeReadings(
  'the worst, only good at, a group kept out of our places, locusts, a right questioned',
  [
    'Roma are the worst people in Europe.',
    'Les Roms sont les pires.',
    'Mexicans are only good at cleaning.',
    'No Muslims in our building.',
    'Les migrants sont des criquets.',
    'Why are trans people even allowed to teach?',
    'Muslims will always put money before their neighbours.',
  ],
  ['Mondays are the worst.', 'No dogs in our building.', 'Why are dogs even allowed on the beach?'],
);

describeReadings(
  'a slur used, not quoted, reclaimed or in its everyday sense, attacks its group',
  ['There goes another kike.', 'Look at that tranny over there.', 'Encore un youpin à la télé.'],
  [
    'He called me a kike and I reported him.',
    'Saying "kike" is never okay.',
    'We dykes are throwing a party on Saturday.',
    'I had a fag and a cup of tea.',
  ],
);

describeReadings(
  'a group called the enemy, leeches, or its places to be burned; "call" reported',
  [
    'I honestly believe Muslims are the enemy.',
    'Every disabled person is a leech on the system.',
    'Les foyers de réfugiés devraient être incendiés.',
    'Les juifs sont l’ennemi.',
  ],
  [
    'No one should ever call Muslims terrorists.',
    'Mon oncle a dit que les homos étaient des pervers, je suis parti.',
    'The old barn should be torched before winter, the firemen said.',
  ],
);

describeReadings(
  'a group called less gifted, a mistake of nature, the cause of our woes, plotting, or kept out',
  [
    'Les Roms sont moins capables que nous, c’est comme ça.',
    'Les personnes trans sont des erreurs de la nature.',
    'Les immigrés sont la source de tous nos malheurs.',
    'Les juifs, on sait bien ce qu’ils manigancent.',
    'Les Arabes dehors !',
    'Pourquoi on laisse encore les musulmans entrer ?',
    'Why do we even let Mexicans in?',
  ],
  [
    'Mes élèves, on sait bien ce qu’ils préparent pour la kermesse.',
    'Les chiens dehors, il fait beau.',
    'Why do we even let the kids stay up this late?',
    'Pourquoi on laisse encore les voitures entrer dans le centre ?',
  ],
);

// A frame that opens on the group's name gave a range ending before the text began: the engine
// threw on "Women's place is in the kitchen." (and on any such frame at the start of a text).
describeReadings(
  'a frame that opens on the group, at the start of a text',
  ["Women's place is in the kitchen.", 'Migrants out, this is our home.', 'Les Roms dehors.'],
  ['Dogs out, the guests are coming.'],
);
