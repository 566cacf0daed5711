import { describeReadings } from '../test/readings.fixture.ts';

// A hurtful word quoted and said of no one is mentioned, not used; a word condemning hatred said
// in opposition to it, or naming hatred as a thing, is counter-speech; loathing the way a group is
// treated is not loathing the group. Against the same words used. Our own sentences.
describeReadings(
  'words mentioned, hatred opposed or named, the way a group is treated',
  [
    'Tu es un « connard », voilà.',
    'Ma haine contre les arabes est sans limite.',
    'J’ai de la haine contre les homos.',
    'I feel hatred towards Jews.',
    'Je ressens de la haine envers les migrants.',
    'I hate refugees.',
    'I hate how Muslims always lie.',
    'I hate the way Jews talk.',
    'Anyone who thinks otherwise is an ignorant retard.',
    'Les réfugiés sont des parasites, arrêtez de les défendre.',
    'On dit que les Roms sont des voleurs, et c’est vrai.',
    'The idea that women are stupid is true.',
    'Les gens disent que les juifs contrôlent tout, ils ont raison.',
  ],
  [
    'J’en ai marre de lire « connard » sous chaque publication.',
    'Calling migrants "parasites" dehumanises them.',
    'She called me a "bitch" and left.',
    'Non au racisme, non à l’homophobie.',
    'Stop à l’homophobie !',
    'Together against racism and antisemitism.',
    'Comment peut-on encore tolérer la haine contre les homos ?',
    'Hatred against gay people is rising.',
    'I hate the way refugees are treated.',
    'Je déteste la façon dont on traite les migrants.',
    'I despise how Muslims are portrayed in the media.',
    'I have nothing but contempt for the way Jews are treated.',
    'I feel hatred towards my ex.',
    'Stop calling refugees parasites, they are human beings.',
    'Traiter les réfugiés de parasites montre ton ignorance.',
    'Écrire « les pédés doivent mourir » est un délit.',
    'Je n’en peux plus d’entendre que les immigrés sont des voleurs.',
    'Stop spreading the lie that Muslims are terrorists.',
    'When someone says Jews control the media, they are repeating an old antisemitic lie.',
    'The idea that Black people are less intelligent is racist garbage.',
    'J’en ai assez qu’on dise que les immigrés sont des criminels.',
    'Arrêtez de répandre le mensonge selon lequel les musulmans sont des terroristes.',
    'L’idée que les Noirs seraient moins intelligents est une ordure raciste.',
    'People say I’m too sensitive, and it’s true.',
  ],
);

// A statement quoted and condemned by its sentence or the next; reports said with weariness or
// told to stop. Against insults aimed at the reader in the same sentences.
describeReadings(
  'statements quoted and condemned, reports said with weariness',
  [
    "I'm tired of people saying I'm a bitch, you fucking bitch.",
    'I can tell from this post that you are a twat.',
    'Will you please stop posting shit on my page?',
    'Les musulmans sont des rats, arrêtez de dire le contraire.',
  ],
  [
    '"Refugees are vermin" is a horrible thing to say.',
    '« Les Roms sont des voleurs » est une chose affreuse à dire.',
    '"Jews are parasites." Words like these are hate speech.',
    "I'm sick of people claiming Muslims control the media.",
    "J'en ai marre qu'on dise que les immigrés sont des voleurs.",
    'Arrêtez de publier que les réfugiés sont des parasites, c’est haineux.',
  ],
);

// A negation before a verb of saying in the future or the conditional covers what it introduces.
describeReadings(
  'what one says one will never say',
  [
    'Je dirais que les musulmans sont des terroristes.',
    'Je ne te dirai jamais que tu es gentil, connard.',
  ],
  [
    'Je ne dirai jamais que les Roms sont des voleurs.',
    "Je n'affirme pas que les réfugiés sont des parasites.",
  ],
);

describeReadings(
  'a statement quoted and condemned, weariness of hearing it',
  ['People like hearing that shit because it is easier.', 'Si je croise un juif, je l’égorge.'],
  [
    '"Jews are always greedy" is an antisemitic lie.',
    "I'm sick of hearing that refugees are rats.",
  ],
);

describeReadings(
  'a hateful claim called ignorant is condemned',
  ['Disabled people are useless.'],
  [
    'Saying disabled people are useless is just ignorant.',
    'Dire que les handicapés sont inutiles, c’est complètement ignorant.',
  ],
);

// Someone else's words reported to be answered: "says", "dit que", "the myth that", a comment
// "calling" a group names, "someone call …". Against the same claims made or endorsed.
describeReadings(
  'claims reported to be answered',
  [
    'Mon voisin, il dit que les Roms sont des voleurs, et il a raison.',
    'My dad says that Muslims are savages and he is right.',
    'Refugees are rats, whatever the moderators say.',
  ],
  [
    'Ma grand-mère, elle dit que les Arabes sont des voleurs, je lui ai expliqué que non.',
    'My coach says that gay men are weak, so I showed him the match footage.',
    'Le message qui traitait les juifs de rats a été signalé.',
    'A tweet calling immigrants parasites went viral, and thousands answered it.',
    'I hate hearing someone calling Roma thieves in front of my kids.',
    'Never believe anyone who tells you that women are inferior.',
    'The myth that Black people feel less pain still harms patients.',
  ],
);
