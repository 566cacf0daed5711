import { describe, expect, it } from 'vitest';
import { describeReadings } from '../test/readings.fixture.ts';
import { buildLexicon, matchLexicon } from './lexicon/lexicon.ts';
import { tokenise } from './text/tokenise.ts';

const lexicon = buildLexicon();

// Forms of the functional categories our probes found unread (ADR 0018, thirteenth round), in
// other wordings than the probes. Our own sentences.

describeReadings(
  'a harm verb joined by "and" to one an intent governs threatens as that one does',
  [
    'Someone should round up the Muslims and hang them.',
    'On devrait rassembler les juifs et les brûler.',
    'We should find the refugees and kill them.',
  ],
  [
    'We should go to the range and shoot targets.',
    "I'm going to cook dinner and kill time.",
    'I will go to the shop and shoot some photos of them.',
  ],
);

describeReadings(
  'a group called sick or predators, or named in a hostile spelling',
  [
    'Trans people are sick in the head.',
    'Immigrants are predators, all of them.',
    'Moslems are a plague.',
    'I despise muzlims.',
  ],
  ['Trans people are not sick.', "I'm sick of this weather.", 'Gays are not predators.'],
);

describeReadings(
  'a swear word that thanks, or qualifies a thing after "of a"',
  ['That bitch of a sister of mine lied again.', 'Thank you, you stupid bitch.'],
  [
    'This shit is delicious, thank you!',
    'That bitch of a car broke down again.',
    'The smoker outside asked me for a fag.',
  ],
);

describeReadings(
  'French forms of the sixteenth probes: a group called a breed or cattle, a trans woman denied, a group told to leave',
  [
    "Les gitans c'est vraiment une engeance.",
    "Ces réfugiés c'est que du bétail.",
    'Une femme trans restera toujours un homme déguisé.',
    'Les handicapés mentaux ne devraient pas avoir le droit de voter.',
    'Expulsez tous les musulmans.',
    'Les Roms volent tout ce qui bouge.',
  ],
  [
    "Le bétail est rentré à l'étable.",
    'Les migrants rentrent chez eux pour les fêtes.',
    'Virez les pubs de ce site.',
    'Les handicapés mentaux ont droit à un accompagnement.',
    "Il s'est déguisé en homme pour le carnaval.",
  ],
);

describeReadings(
  '"one day we will come for you" to a group, not an offer to fetch someone',
  ['Un jour on viendra te chercher, sale juif.', 'One day we will come for you, Muslims.'],
  ['On viendra vous chercher à la gare, les filles.', 'Un jour on viendra vous voir à Lyon.'],
);

// The eighteenth probes (implicit statements about groups) found most tropes unread.
describeReadings(
  'tropes said of a group without a hurtful word: quotas, welfare, copying, ingratitude, bathrooms',
  [
    'Muslim women in engineering are just diversity hires.',
    'Refugees come here to collect welfare, nothing else.',
    "Les Chinois ne savent que copier, ils n'inventent rien.",
    "Les réfugiés devraient déjà être contents qu'on les héberge.",
    "Trans women only want to get into women's bathrooms.",
    'Black people should be grateful we gave them jobs.',
  ],
  [
    'Trans people can use the bathrooms of their choice.',
    'Refugees in our town collect clothes for the winter.',
    'The bank owns the building.',
    'Women are not just quotas, they earned it.',
  ],
);

describeReadings(
  'a gender denied to the group of the other one affirms it',
  [
    "Trans men aren't men.",
    'Les hommes trans ne sont pas des hommes.',
    'Trans women are just men.',
  ],
  [
    'Trans women are not men.',
    'Les femmes trans ne sont pas des hommes, point.',
    'Trans men are not women.',
  ],
);

// The nineteenth probes (a French forum's register, 28 cases) found children sexualised unread,
// things criticised flagged when another clause named people, and insults of the reader faded
// by the everyday words around them.
describeReadings(
  'a child sexualised',
  [
    'Elle a 14 ans mais je la prendrais bien.',
    'that 13yo has nice tits',
    'Une collégienne de 13 ans, bonne à baiser.',
  ],
  [
    'Ma fille a 14 ans et elle adore le foot.',
    "Ma fille de 15 ans m'a dit que ce film était sexy, j'ai rigolé.",
    'Les collégiennes de 13 ans ont gagné le tournoi de foot.',
  ],
);

describeReadings(
  'a thing criticised in a clause of its own; the reader insulted in a longer sentence',
  [
    "Ce mec c'est un connard, il m'a volé.",
    'Luis, what an asshole, seriously.',
    'Espèce de con, tu as encore oublié la réunion.',
    'You are useless, you forgot the meeting again.',
    'Retourne en SEGPA, t’as rien compris.',
  ],
  [
    "Ce patch c'est vraiment de la merde, ils ont tout cassé.",
    'This game is shit, they broke everything.',
    "Cette série c'est une bouse, ils l'ont ratée.",
    'Je me suis fait avoir comme un con avec ce vendeur.',
    'if someone calls you "fatso", it\'s not your fault',
    'He called you a loser, I reported him.',
    "Il t'a traité de connard, je l'ai signalé.",
    'Les élèves de SEGPA ont fait une expo.',
  ],
);

describe('"con" and the slur "coon", one key once folded', () => {
  const categories = (text: string) => matchLexicon(lexicon, tokenise(text)).map((m) => m.category);
  it('reads "con" as the French insult, not the slur', () => {
    expect(categories('Tu es un con.')).toContain('insult');
    expect(categories('Tu es un con.')).not.toContain('slur');
  });
  it('reads the slur typed with its double', () => {
    expect(categories('Look at that coon.')).toContain('slur');
  });
});

// The twentieth probes (an English social-media register, 24 cases) found wished harm,
// sextortion and gloating unread, and a game's round read as a threat.
describeReadings(
  'harm wished on the reader or their family, sextortion, gloating over tears',
  [
    'I hope you get hit by a bus tomorrow.',
    'I hope your whole family gets cancer.',
    "Send me pics or I'll leak your nudes to your boss.",
    'Stay mad, your tears are delicious.',
  ],
  [
    'I feel like I got hit by a truck this morning.',
    'I hope your family gets better soon.',
    'I hope your whole family enjoys the trip.',
    "I'll beat you in the final round, watch me.",
    'The incel movement is studied by sociologists.',
  ],
);

describeReadings(
  'an insult said of the person named after "de" / "of a", not of a thing',
  ['Ce bouffon de ministre a encore menti.', 'That idiot of a referee ruined the match.'],
  ['Cette saloperie de voiture est encore en panne.', 'Quel bordel ce match.'],
);

// The twenty-first probes (hostile questions about groups and their look-alikes, 24 cases)
// read 5 of 14 hurtful questions.
describeReadings(
  'a hostile question about a group, not a question about it',
  [
    'Why do Jews always have to make everything about their religion?',
    "Isn't it clear that Asians are terrible drivers?",
    'Why would we let gay people near our kids?',
    'What did you expect from a Muslim, gratitude?',
    'Who let these migrants into our town?',
    "Qui a laissé entrer ces Arabes dans l'immeuble ?",
    'Pourquoi laisser les homosexuels approcher des écoles ?',
  ],
  [
    'What do you expect from a beginner, perfection?',
    'Who let these dogs into our garden?',
    'Why do Muslims fast during Ramadan?',
    "We should let refugees near our children's schools, they are families too.",
    "Les musulmanes ont le droit d'imposer leur point de vue comme tout le monde.",
  ],
);

// The twenty-second probes (French threats in new shapes, English counter-speech, implicit
// statements made with pronouns only, 24 cases) read little: ROC-AUC 0.556 before, 0.563 after.
describeReadings(
  'a group told it will end in the ovens, not a gratin',
  ['Vous les Arabes, vous allez tous finir au four.'],
  ['Le gratin va finir au four dans dix minutes.', 'Les pains finiront au four à midi.'],
);
