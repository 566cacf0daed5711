import type { WordingSet } from './wording.data.ts';

/** Read case by case while writing the group-talk rules: its figures flatter the engine. */
export const DEVELOPMENT: WordingSet = {
  fr: [
    [
      'hate emotion',
      1,
      [
        'Je hais les {g}.',
        'Je méprise les {g}.',
        'Les {g} me donnent envie de vomir.',
        "J'ai horreur des {g}.",
        'Les {g} me dégoûtent profondément.',
      ],
    ],
    [
      'negative attributes',
      1,
      [
        'Les {g} sont répugnants.',
        'Les {g} sont tous des menteurs et des voleurs.',
        'Les {g} sont bêtes à manger du foin.',
        'Les {g} sont sales et paresseux.',
        'Les {g} sont une honte pour ce pays.',
      ],
    ],
    [
      'dehumanisation',
      1,
      [
        'Les {g} ne sont que des bêtes.',
        'Les {g} sont une plaie.',
        'Les {g} sont des sous-hommes.',
        'Les {g} sont des déchets.',
        'Les {g} sont une maladie pour la société.',
      ],
    ],
    [
      'implicit',
      1,
      [
        'Il y a beaucoup trop de {g} dans ce pays.',
        "Je préférerais mourir plutôt que d'avoir des {g} comme voisins.",
        "Les {g} n'ont rien à faire ici.",
        'Les {g} devraient rester entre eux, loin de nous.',
      ],
    ],
    [
      'direct threat',
      1,
      [
        'Je vais tuer tous les {g}.',
        'Je vais faire la peau à tous les {g} que je croise.',
        'Je vais buter les {g} un par un.',
        'On va faire payer les {g}, croyez-moi.',
        'Je vais brûler les maisons des {g}.',
      ],
    ],
    [
      'normative threat',
      1,
      [
        'Les {g} devraient tous être exécutés.',
        'Les {g} méritent de mourir.',
        'Il faut se débarrasser des {g}.',
        'On devrait enfermer les {g} dans des camps.',
        'Les {g} devraient être exterminés.',
      ],
    ],
    [
      'profanity hate',
      1,
      [
        'Nique les {g}.',
        "Les {g}, c'est de la merde.",
        'Les {g} sont des putains de parasites.',
        "J'emmerde les {g}.",
        'Ta gueule, les {g} sont des merdes.',
      ],
    ],
    [
      'pronoun reference',
      1,
      [
        "J'ai croisé des {g} hier. Ils sont répugnants.",
        'Tu parles des {g} ? Ils ne méritent que le mépris.',
        "Les {g} ? Qu'ils crèvent tous.",
        'Encore des {g} au journal. Ils me dégoûtent.',
        'Regarde ces {g}. Quelle bande de nuisibles.',
      ],
    ],
    [
      'question',
      1,
      [
        'Pourquoi les {g} sont-ils si bêtes ?',
        "Qui a encore besoin des {g} aujourd'hui ?",
        "N'est-il pas évident que les {g} sont inférieurs ?",
        'Pourquoi les {g} puent-ils autant ?',
        "Quand est-ce qu'on se débarrasse enfin des {g} ?",
      ],
    ],
    [
      'opinion',
      1,
      [
        'Je pense que les {g} sont inférieurs.',
        'À mon avis, les {g} sont une maladie.',
        'Franchement, les {g} sont tous des criminels.',
        'Je trouve que les {g} sont dégoûtants.',
        'Pour moi, les {g} ne sont pas des êtres humains.',
      ],
    ],
    [
      'negated positive',
      1,
      [
        'Les {g} ne sont jamais fiables.',
        'Les {g} ne sont pas les bienvenus ici.',
        'On ne peut pas faire confiance aux {g}.',
        'Je ne respecte pas les {g}.',
        'Les {g} ne valent pas mieux que des chiens.',
      ],
    ],
    [
      'negated hate',
      0,
      [
        'Je ne pense pas que les {g} soient répugnants.',
        'Les {g} ne sont pas des criminels.',
        "Je n'ai rien contre les {g}.",
        'Personne ne devrait haïr les {g}.',
        'Les {g} ne sont pas une menace.',
      ],
    ],
    [
      'counter speech',
      0,
      [
        "Dire que les {g} sont répugnants, c'est de la pure haine.",
        "Arrêtez de traiter les {g} d'animaux.",
        "Quand j'entends « les {g} sont des parasites », ça me révolte.",
        'Ceux qui disent que les {g} sont inférieurs ont tort.',
        "Non, les {g} ne sont pas des sous-hommes, c'est honteux de l'écrire.",
      ],
    ],
    [
      'positive',
      0,
      [
        "J'adore les {g}.",
        'Les {g} sont formidables.',
        'Les {g} apportent beaucoup à notre ville.',
        "Je suis fier d'avoir des amis {g}.",
        'Merci aux {g} qui ont organisé la fête.',
      ],
    ],
    [
      'neutral',
      0,
      [
        "J'ai rencontré des {g} au congrès.",
        'Combien de {g} vivent en France ?',
        'Un documentaire sur les {g} passe ce soir.',
        'Les associations de {g} se réunissent jeudi.',
        "L'enquête porte sur l'emploi des {g}.",
      ],
    ],
  ],
  en: [
    [
      'hate emotion',
      1,
      [
        'I hate {g}.',
        'I despise {g}.',
        '{g} make me want to throw up.',
        'I can not stand {g}.',
        '{g} disgust me to the core.',
      ],
    ],
    [
      'negative attributes',
      1,
      [
        '{g} are repulsive.',
        '{g} are all liars and thieves.',
        '{g} are dumb as rocks.',
        '{g} are filthy and lazy.',
        '{g} are a disgrace to this country.',
      ],
    ],
    [
      'dehumanisation',
      1,
      [
        '{g} are nothing but beasts.',
        '{g} are a plague.',
        '{g} are subhuman.',
        '{g} are human garbage.',
        '{g} are a disease on society.',
      ],
    ],
    [
      'implicit',
      1,
      [
        'There are way too many {g} in this country.',
        "I'd rather die than have {g} as neighbours.",
        '{g} have no business being here.',
        '{g} should keep to themselves, far from us.',
        'The only good {g1} is a quiet one.',
      ],
    ],
    [
      'direct threat',
      1,
      [
        "I'm going to kill all {g}.",
        "I'll hurt every one of the {g} I meet.",
        "I'm going to take out {g} one by one.",
        "We'll make {g} pay, trust me.",
        "I'm going to burn down the houses of {g}.",
      ],
    ],
    [
      'normative threat',
      1,
      [
        '{g} should all be executed.',
        '{g} deserve to die.',
        'We need to get rid of {g}.',
        '{g} should be locked up in camps.',
        '{g} should be exterminated.',
      ],
    ],
    [
      'profanity hate',
      1,
      [
        'Fuck {g}.',
        '{g} are shit.',
        '{g} are fucking parasites.',
        'Screw {g}, all of them.',
        'Shut up, {g} are trash.',
      ],
    ],
    [
      'pronoun reference',
      1,
      [
        'I saw some {g} yesterday. They are repulsive.',
        'You mean {g}? They deserve nothing but contempt.',
        '{g}? I hope they all die.',
        '{g} on the news again. They make me sick.',
        'Look at those {g}. What a bunch of pests.',
      ],
    ],
    [
      'question',
      1,
      [
        'Why are {g} so stupid?',
        'Who even needs {g} anymore?',
        'Is it not obvious that {g} are inferior?',
        'Why do {g} stink so much?',
        'When do we finally get rid of {g}?',
      ],
    ],
    [
      'opinion',
      1,
      [
        'I think {g} are inferior.',
        'In my opinion {g} are a disease.',
        'Honestly, {g} are all criminals.',
        'I find {g} disgusting.',
        'To me, {g} are not human beings.',
      ],
    ],
    [
      'negated positive',
      1,
      [
        '{g} are never reliable.',
        '{g} are not welcome here.',
        '{g} can not be trusted.',
        "I don't respect {g}.",
        '{g} are no better than dogs.',
      ],
    ],
    [
      'negated hate',
      0,
      [
        "I don't think {g} are repulsive.",
        '{g} are not criminals.',
        'I have nothing against {g}.',
        'Nobody should hate {g}.',
        '{g} are not a threat.',
      ],
    ],
    [
      'counter speech',
      0,
      [
        'Saying {g} are repulsive is pure hatred.',
        'Stop calling {g} animals.',
        'When I hear "{g} are parasites", it makes me furious.',
        'People who say {g} are inferior are wrong.',
        'No, {g} are not subhuman, shame on whoever wrote that.',
      ],
    ],
    [
      'positive',
      0,
      [
        'I love {g}.',
        '{g} are wonderful.',
        '{g} bring so much to our city.',
        'I am proud to have friends who are {g}.',
        'Thanks to the {g} who organised the party.',
      ],
    ],
    [
      'neutral',
      0,
      [
        'I met some {g} at the conference.',
        'How many {g} live in Canada?',
        'A documentary about {g} airs tonight.',
        'The associations of {g} meet on Thursday.',
        'The survey is about the employment of {g}.',
      ],
    ],
  ],
};
