import type { WordingSet } from './wording.data.ts';

/**
 * Written before the group-talk rules and read only as figures per category. Do not read its
 * misses: once a rule is written from them, it measures nothing.
 */
export const HELD_OUT: WordingSet = {
  fr: [
    [
      'hate emotion',
      1,
      [
        'Je déteste profondément les {g}.',
        'Les {g}, je ne peux pas les voir en peinture.',
        'Rien ne me dégoûte plus que les {g}.',
      ],
    ],
    [
      'negative attributes',
      1,
      [
        'Les {g} sont des incapables.',
        'Les {g} sont violents par nature.',
        'Les {g} sont hypocrites et fourbes.',
      ],
    ],
    [
      'dehumanisation',
      1,
      [
        'Les {g} sont comme des cafards, ils se multiplient.',
        'Les {g} sont de la racaille.',
        'Les {g} ne sont pas vraiment humains.',
      ],
    ],
    [
      'implicit',
      1,
      [
        'Notre quartier était tranquille avant l’arrivée des {g}.',
        'Je ne laisserais jamais ma fille fréquenter des {g}.',
        'Les {g} ruinent tout ce qu’ils touchent.',
      ],
    ],
    [
      'direct threat',
      1,
      [
        'Je vais égorger les {g}.',
        'Le prochain {g1} que je vois, je le frappe.',
        'On va s’occuper des {g}, ils vont souffrir.',
      ],
    ],
    [
      'normative threat',
      1,
      [
        'Les {g} devraient être pendus.',
        'Il faudrait fusiller les {g}.',
        'Qu’on mette tous les {g} dehors, à coups de bâton.',
      ],
    ],
    [
      'pronoun reference',
      1,
      [
        'Les {g} ? Ils sont tous pourris.',
        'Ne me parle pas des {g}, ce sont des ordures.',
        'Des {g} ont emménagé à côté. Ils me répugnent.',
      ],
    ],
    [
      'question',
      1,
      [
        'Pourquoi est-ce que les {g} sont aussi nuls ?',
        'Les {g} servent-ils à quelque chose ?',
        'Qui pourrait aimer des {g} ?',
      ],
    ],
    [
      'opinion',
      1,
      [
        'Selon moi, les {g} sont des êtres inférieurs.',
        'Je crois que les {g} sont tous malhonnêtes.',
        'Pour être honnête, les {g} me font horreur.',
      ],
    ],
    [
      'negated positive',
      1,
      [
        'Les {g} ne sont pas dignes de confiance.',
        'Les {g} ne sont pas capables de réfléchir.',
        'Aucun {g1} ne mérite de vivre ici.',
      ],
    ],
    [
      'negated hate',
      0,
      [
        'Je ne déteste pas les {g}.',
        'Les {g} ne sont pas violents.',
        'Ce n’est pas vrai que les {g} sont malhonnêtes.',
      ],
    ],
    [
      'counter speech',
      0,
      [
        'Écrire que les {g} sont des ordures, c’est inacceptable.',
        'Ceux qui traitent les {g} de racaille devraient avoir honte.',
        'J’ai signalé un message qui disait que les {g} sont des cafards.',
      ],
    ],
    [
      'positive',
      0,
      [
        'Les {g} ont toute leur place ici.',
        'J’ai beaucoup appris au contact des {g}.',
        'Les {g} sont nos voisins et nos amis.',
      ],
    ],
    [
      'neutral',
      0,
      [
        'Une exposition sur l’histoire des {g} ouvre demain.',
        'Le rapport compte les {g} dans chaque région.',
        'Des {g} ont participé au sondage.',
      ],
    ],
  ],
  en: [
    [
      'hate emotion',
      1,
      [
        'I deeply hate {g}.',
        'I can not bear to look at {g}.',
        'Nothing disgusts me more than {g}.',
      ],
    ],
    [
      'negative attributes',
      1,
      ['{g} are incompetent.', '{g} are violent by nature.', '{g} are sneaky and dishonest.'],
    ],
    [
      'dehumanisation',
      1,
      [
        '{g} are like cockroaches, they keep multiplying.',
        '{g} are scum.',
        '{g} are not really human.',
      ],
    ],
    [
      'implicit',
      1,
      [
        'Our street was peaceful before {g} moved in.',
        'I would never let my daughter hang out with {g}.',
        '{g} ruin everything they touch.',
      ],
    ],
    [
      'direct threat',
      1,
      [
        "I'm going to slit the throats of {g}.",
        'The next {g1} I see, I will beat up.',
        "We'll deal with {g}, they will suffer.",
      ],
    ],
    [
      'normative threat',
      1,
      [
        '{g} should be hanged.',
        '{g} ought to be shot.',
        'Throw all {g} out, with sticks if needed.',
      ],
    ],
    [
      'pronoun reference',
      1,
      [
        '{g}? They are all rotten.',
        "Don't talk to me about {g}, they are garbage.",
        'Some {g} moved in next door. They repel me.',
      ],
    ],
    [
      'question',
      1,
      ['Why are {g} so useless?', 'Are {g} good for anything at all?', 'Who could ever like {g}?'],
    ],
    [
      'opinion',
      1,
      [
        'In my view, {g} are lesser beings.',
        'I believe {g} are all dishonest.',
        'To be honest, {g} horrify me.',
      ],
    ],
    [
      'negated positive',
      1,
      [
        '{g} are not trustworthy.',
        '{g} are not capable of thinking.',
        'No {g1} deserves to live here.',
      ],
    ],
    [
      'negated hate',
      0,
      ['I do not hate {g}.', '{g} are not violent.', 'It is not true that {g} are dishonest.'],
    ],
    [
      'counter speech',
      0,
      [
        'Writing that {g} are garbage is unacceptable.',
        'Whoever calls {g} scum should be ashamed.',
        'I reported a post saying {g} are cockroaches.',
      ],
    ],
    [
      'positive',
      0,
      [
        '{g} belong here as much as anyone.',
        'I learned so much from {g}.',
        '{g} are our neighbours and friends.',
      ],
    ],
    [
      'neutral',
      0,
      [
        'An exhibition on the history of {g} opens tomorrow.',
        'The report counts {g} in each region.',
        'Some {g} took part in the survey.',
      ],
    ],
  ],
};
