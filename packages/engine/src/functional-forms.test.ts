import { describeReadings } from '../test/readings.fixture.ts';

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
