import type { Emotion, Language } from '../src/types.ts';

/**
 * Our own coach evaluation set, written by the team for this purpose: drafts generated from
 * templates in French and English across the kinds of hurtful drafts the coach must handle, and
 * the ordinary, enthusiastic and critical posts it must leave alone. Each draft says what a good
 * answer must and must not contain. No sentence comes from a dataset or a published test suite.
 */

export const HURTFUL_KINDS = [
  'insult',
  'threat',
  'group',
  'sarcasm',
  'despair',
  'dismissal',
  'shouting',
] as const;
export const HARMLESS_KINDS = ['ordinary', 'enthusiastic', 'critical'] as const;
export type Kind = (typeof HURTFUL_KINDS)[number] | (typeof HARMLESS_KINDS)[number];

export interface CoachCase {
  text: string;
  language: Language;
  kind: Kind;
  hurtful: boolean;
  /** Words of the subject a rewrite must keep (folded comparison), when it offers one. */
  keep: string[];
  /** Words or stems of the attack or claim a rewrite must never contain. */
  drop: string[];
  /** Emotions a reader would name; 'neutral' means naming none is right too. */
  emotions: Emotion[];
}

interface Topic {
  text: string;
  keep: string[];
}

// What the draft is about: whole clauses a kind rewrite can keep.
const TOPICS: Record<Language, Topic[]> = {
  fr: [
    { text: 'ton code plante encore', keep: ['code', 'plante'] },
    { text: 'tu as encore oublié la réunion', keep: ['oublié', 'réunion'] },
    { text: 'le rapport est en retard', keep: ['rapport', 'retard'] },
    { text: 'tu as laissé la porte ouverte', keep: ['porte', 'ouverte'] },
    { text: "tu n'as pas rendu le livre", keep: ['rendu', 'livre'] },
    { text: 'tu as cassé le build', keep: ['cassé', 'build'] },
    { text: 'ta voiture bloque encore le portail', keep: ['voiture', 'portail'] },
    { text: 'tu as répondu à côté de la question', keep: ['répondu', 'question'] },
  ],
  en: [
    { text: 'your code is broken again', keep: ['code', 'broken'] },
    { text: 'you forgot the meeting again', keep: ['forgot', 'meeting'] },
    { text: 'the report is late', keep: ['report', 'late'] },
    { text: 'you left the door open', keep: ['door', 'open'] },
    { text: 'you never returned my book', keep: ['returned', 'book'] },
    { text: 'you broke the build', keep: ['broke', 'build'] },
    { text: 'your car is blocking the gate again', keep: ['car', 'gate'] },
    { text: 'you missed the deadline', keep: ['missed', 'deadline'] },
  ],
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ANGER: Emotion[] = ['anger', 'disgust'];
const THREAT: Emotion[] = ['anger', 'fear'];
// An everyday post: no emotion named is right, and so is joy; 'neutral' stands for "none".
const CALM: Emotion[] = ['neutral', 'joy'];

function hurtful(
  language: Language,
  kind: Kind,
  text: string,
  drop: string[],
  keep: string[] = [],
  emotions: Emotion[] = ANGER,
): CoachCase {
  return { text, language, kind, hurtful: true, keep, drop, emotions };
}

function harmless(language: Language, kind: Kind, text: string, emotions: Emotion[]): CoachCase {
  return { text, language, kind, hurtful: false, keep: [], drop: [], emotions };
}

function french(): CoachCase[] {
  const out: CoachCase[] = [];
  const topics = TOPICS.fr;
  const insults = ['nul', 'idiot', 'débile', 'crétin', 'abruti', 'incapable', 'minable', 'con'];
  for (const [i, insult] of insults.entries()) {
    for (const [j, t] of topics.entries()) {
      const lead = [`T'es vraiment ${insult}`, `Tu es ${insult}`, `Espèce de ${insult}`][
        (i + j) % 3
      ] as string;
      out.push(hurtful('fr', 'insult', `${lead}, ${t.text}.`, [insult], t.keep));
    }
    out.push(hurtful('fr', 'insult', `T'es qu'un ${insult}.`, [insult]));
  }
  const threats: [string, string[]][] = [
    ['je vais te casser la gueule', ['casser', 'gueule']],
    ['je vais te défoncer', ['defoncer']],
    ['tu vas le regretter', ['regrett']],
    ['je sais où tu habites', ['habites']],
    ['je vais te faire la peau', ['peau']],
    ['tu vas le payer', ['payer']],
    ['je vais te retrouver', ['retrouver']],
  ];
  for (const [k, [threat, drop]] of threats.entries()) {
    out.push(hurtful('fr', 'threat', `${cap(threat)}.`, drop, [], THREAT));
    out.push(hurtful('fr', 'threat', `${cap(threat)} !`, drop, [], THREAT));
    for (const t of topics.slice(k % 4, (k % 4) + 4)) {
      out.push(hurtful('fr', 'threat', `${cap(t.text)}, ${threat}.`, drop, t.keep, THREAT));
    }
  }
  const groups = [
    'immigrés',
    'musulmans',
    'femmes',
    'étrangers',
    'juifs',
    'noirs',
    'homos',
    'roms',
  ];
  const claims = [
    'tous des voleurs',
    'tous des criminels',
    'trop émotives',
    'inférieurs',
    'une plaie',
  ];
  for (const [g, group] of groups.entries()) {
    for (const [c, claim] of claims.entries()) {
      if ((g + c) % 2 === 1) continue;
      out.push(
        hurtful('fr', 'group', `Les ${group} sont ${claim}.`, [claim.split(' ').at(-1) as string]),
      );
    }
    out.push(
      hurtful('fr', 'group', `Les ${group} sont tous des voleurs, qu'ils dégagent.`, [
        'voleurs',
        'degagent',
      ]),
    );
    out.push(
      hurtful('fr', 'group', `Les ${group} comme elle ne devraient pas diriger.`, ['diriger']),
    );
  }
  for (const t of [
    'Retourne dans ton pays.',
    "Rentre d'où tu viens.",
    'Retournez dans votre pays !',
  ]) {
    out.push(hurtful('fr', 'group', t, ['pays', 'viens']));
  }
  const sarcasm = [
    'Bravo, quel génie',
    'Bravo le génie',
    'Encore une idée lumineuse de ta part',
    'Merci pour rien',
    'Quel génie',
  ];
  for (const [s, lead] of sarcasm.entries()) {
    out.push(hurtful('fr', 'sarcasm', `${lead}…`, ['genie', 'lumineuse', 'bravo', 'merci']));
    for (const t of topics.slice(s, s + 5)) {
      out.push(
        hurtful(
          'fr',
          'sarcasm',
          `${lead}, ${t.text}.`,
          ['genie', 'lumineuse', 'bravo', 'merci'],
          t.keep,
        ),
      );
    }
  }
  out.push(
    hurtful('fr', 'sarcasm', 'Bravo, quel génie, encore une idée lumineuse de ta part…', [
      'genie',
      'lumineuse',
      'bravo',
    ]),
  );
  const despair: [string, string[]][] = [
    ['personne ne te regretterait si tu disparaissais', ['regrett', 'dispar']],
    ["personne ne t'aime", ['aime']],
    ['le monde serait mieux sans toi', ['monde', 'sans toi']],
    ['tu devrais disparaître', ['dispar']],
    ['tu ne mérites pas de vivre', ['vivre', 'merites']],
    ['va crever', ['crever']],
    ['tu devrais avoir honte, personne ne t’aime', ['honte', 'aime']],
  ];
  for (const [k, [line, drop]] of despair.entries()) {
    out.push(hurtful('fr', 'despair', `${cap(line)}.`, drop));
    for (const t of topics.slice(k % 3, (k % 3) + 3)) {
      out.push(hurtful('fr', 'despair', `${cap(t.text)}, ${line}.`, drop, t.keep));
    }
  }
  const dismissals: [string, string[]][] = [
    ["personne ne t'a demandé ton avis", ['demande', 'avis']],
    ["on s'en fout de ce que tu penses", ['fout', 'penses']],
    ['ok boomer', ['boomer']],
    ["ton avis on s'en fiche", ['avis', 'fiche']],
    ['va pleurer ailleurs', ['pleurer']],
  ];
  for (const [k, [line, drop]] of dismissals.entries()) {
    out.push(hurtful('fr', 'dismissal', `${cap(line)}.`, drop));
    for (const t of topics.slice(k, k + 4)) {
      out.push(hurtful('fr', 'dismissal', `${cap(line)}, ${t.text}.`, drop, t.keep));
    }
  }
  for (const t of topics) {
    out.push(hurtful('fr', 'shouting', `${t.text.toUpperCase()} !!!`, ['!!!'], t.keep, ['anger']));
    out.push(
      hurtful(
        'fr',
        'shouting',
        `${t.text.toUpperCase()}, TU ES TOUJOURS COMME ÇA !!!`,
        ['toujours', '!!!'],
        t.keep,
        ['anger'],
      ),
    );
  }
  const ordinary = [
    'Rendez-vous samedi au jardin partagé, j’apporte des arrosoirs.',
    'Super idée, j’apporte des arrosoirs et du café.',
    'Le train a vingt minutes de retard ce matin.',
    'Qui vient à la réunion de quartier jeudi ?',
    'J’ai fini le rapport, je vous l’envoie ce soir.',
    'Merci pour ton aide hier, c’était précieux.',
    'Il pleut encore, je prends le bus.',
    'On cherche des bénévoles pour la collecte de dimanche.',
    'Tu as oublié tes clés chez moi, je les garde.',
    'Le marché est déplacé place de la mairie cette semaine.',
    'Je lis un livre sur les abeilles, passionnant.',
    'Bon anniversaire Léa, passe une belle journée !',
    'La bibliothèque ferme à 18 h le samedi.',
    'Quelqu’un a une perceuse à prêter ?',
    'J’ai testé la recette de ta grand-mère, un régal.',
  ];
  // Everyday plans, generated, and look-alikes that must not alarm: a denied or reported insult,
  // kind "toujours", counter-speech, one's own fatigue.
  const who = ['Qui vient', 'On se retrouve', 'Je propose de venir', 'Vous êtes invités'];
  const what = [
    'au jardin partagé',
    'à la réunion de quartier',
    'au marché de Noël',
    'à la collecte de vêtements',
    'au cinéma en plein air',
  ];
  const when = ['samedi matin ?', 'dimanche à 10 h ?', 'ce soir ?'];
  for (const [a, w] of who.entries()) {
    for (const [b, x] of what.entries())
      out.push(harmless('fr', 'ordinary', `${w} ${x} ${when[(a + b) % 3]}`, CALM));
  }
  const lookalikes = [
    'Je ne dis pas que tu es nul, je dis que ce code mérite une relecture.',
    'Il m’a traité de « crétin » devant tout le monde, ça m’a blessée.',
    'Tu es toujours le bienvenu chez nous.',
    'Traiter quelqu’un de « sale immigré », c’est du racisme, point.',
    'Je suis épuisée ce soir, je vais me coucher tôt.',
    'Personne n’est parfait, on apprend tous.',
    'Tout le monde est invité à la fête de l’école !',
    'J’ai toujours aimé ce quartier.',
    'Les femmes de l’association ont organisé une super collecte.',
    'Les réfugiés arrivés cet hiver cherchent des cours de français.',
  ];
  for (const t of [...ordinary, ...lookalikes]) out.push(harmless('fr', 'ordinary', t, CALM));
  const cheers = ['Putain', 'Oh putain', 'Bordel', 'Purée', 'Waouh', 'Putain de merde'];
  const wins = [
    'quel but',
    'quel match',
    'quel concert',
    "c'est dingue ce match",
    'on a gagné',
    'trop bien cette soirée',
    'quelle victoire',
  ];
  for (const [c, cheer] of cheers.entries()) {
    for (const [w, win] of wins.entries()) {
      if ((c + w) % 2 === 1) continue;
      out.push(harmless('fr', 'enthusiastic', `${cheer}, ${win} !`, ['joy', 'surprise']));
    }
  }
  out.push(
    harmless('fr', 'enthusiastic', "C'est dingue ce match ! Putain, quel but !", [
      'joy',
      'surprise',
    ]),
  );
  const things = [
    'Ce film',
    'Ce repas',
    'Le service',
    'Ce scénario',
    'Cette série',
    'La mise à jour',
  ];
  const verdicts = [
    'était nul',
    'était raté',
    'était catastrophique',
    'était débile',
    'était à chier',
    'était une catastrophe',
  ];
  for (const [t, thing] of things.entries()) {
    for (const [v, verdict] of verdicts.entries()) {
      if ((t + v) % 2 === 1) continue;
      out.push(harmless('fr', 'critical', `${thing} ${verdict}.`, ['anger', 'disgust', 'sadness']));
    }
  }
  out.push(
    harmless(
      'fr',
      'critical',
      'Ce film était une catastrophe, le scénario était débile et le jeu des acteurs nul.',
      ['anger', 'disgust', 'sadness'],
    ),
  );
  return out;
}

function english(): CoachCase[] {
  const out: CoachCase[] = [];
  const topics = TOPICS.en;
  const insults = [
    'useless',
    'an idiot',
    'stupid',
    'a moron',
    'pathetic',
    'a loser',
    'an imbecile',
    'incompetent',
  ];
  for (const [i, insult] of insults.entries()) {
    const word = insult.split(' ').at(-1) as string;
    for (const [j, t] of topics.entries()) {
      const lead = [
        `You're so ${insult}`,
        `You are ${insult}`,
        `What ${insult.startsWith('a') ? insult : `a ${insult}`} you are`,
      ][(i + j) % 3] as string;
      out.push(hurtful('en', 'insult', `${lead}, ${t.text}.`, [word], t.keep));
    }
    out.push(hurtful('en', 'insult', `You're just ${insult}.`, [word]));
  }
  const threats: [string, string[]][] = [
    ["I'm going to break your face", ['break', 'face']],
    ["you'll regret this", ['regret']],
    ['I know where you live', ['live']],
    ["I'll make you pay", ['pay']],
    ['watch your back', ['watch', 'back']],
    ["I'll find you", ['find']],
    ["I'm going to hurt you", ['hurt you']],
  ];
  for (const [k, [threat, drop]] of threats.entries()) {
    out.push(hurtful('en', 'threat', `${cap(threat)}.`, drop, [], THREAT));
    out.push(hurtful('en', 'threat', `${cap(threat)}!`, drop, [], THREAT));
    for (const t of topics.slice(k % 4, (k % 4) + 4)) {
      out.push(hurtful('en', 'threat', `${cap(t.text)}, ${threat}.`, drop, t.keep, THREAT));
    }
  }
  const groups = [
    'immigrants',
    'Muslims',
    'women',
    'foreigners',
    'Jews',
    'refugees',
    'gays',
    'Mexicans',
  ];
  const claims = ['all thieves', 'all criminals', 'too emotional to lead', 'inferior', 'a plague'];
  for (const [g, group] of groups.entries()) {
    for (const [c, claim] of claims.entries()) {
      if ((g + c) % 2 === 1) continue;
      out.push(
        hurtful('en', 'group', `${cap(group)} are ${claim}.`, [claim.split(' ').at(-1) as string]),
      );
    }
    out.push(
      hurtful('en', 'group', `${cap(group)} are all thieves, send them back.`, ['thieves', 'send']),
    );
    out.push(hurtful('en', 'group', `${cap(group)} like her should not lead.`, ['lead']));
  }
  for (const t of [
    'Go back to your country.',
    'Go back where you came from.',
    "They don't belong here, send them back.",
  ]) {
    out.push(hurtful('en', 'group', t, ['country', 'came', 'belong', 'send']));
  }
  const sarcasm = [
    'Well done, genius',
    'What a genius',
    'Another brilliant idea from you',
    'Thanks for nothing',
    'Oh sure, genius',
  ];
  for (const [s, lead] of sarcasm.entries()) {
    out.push(hurtful('en', 'sarcasm', `${lead}…`, ['genius', 'brilliant', 'thanks']));
    for (const t of topics.slice(s, s + 5)) {
      out.push(
        hurtful('en', 'sarcasm', `${lead}, ${t.text}.`, ['genius', 'brilliant', 'thanks'], t.keep),
      );
    }
  }
  const despair: [string, string[]][] = [
    ['nobody would miss you if you disappeared', ['miss', 'disappear']],
    ['nobody loves you', ['loves']],
    ['the world would be better without you', ['world', 'without you']],
    ['you should disappear', ['disappear']],
    ["you don't deserve to live", ['deserve', 'live']],
    ['just kys already', ['kys']],
    ['go die', ['die']],
  ];
  for (const [k, [line, drop]] of despair.entries()) {
    out.push(hurtful('en', 'despair', `${cap(line)}.`, drop));
    for (const t of topics.slice(k % 3, (k % 3) + 3)) {
      out.push(hurtful('en', 'despair', `${cap(t.text)}, ${line}.`, drop, t.keep));
    }
  }
  const dismissals: [string, string[]][] = [
    ['nobody asked for your opinion', ['asked', 'opinion']],
    ['nobody cares what you think', ['cares', 'think']],
    ['ok boomer', ['boomer']],
    ["your opinion doesn't matter", ['opinion', 'matter']],
    ['go cry about it', ['cry']],
  ];
  for (const [k, [line, drop]] of dismissals.entries()) {
    out.push(hurtful('en', 'dismissal', `${cap(line)}.`, drop));
    for (const t of topics.slice(k, k + 4)) {
      out.push(hurtful('en', 'dismissal', `${cap(line)}, ${t.text}.`, drop, t.keep));
    }
  }
  for (const t of topics) {
    out.push(hurtful('en', 'shouting', `${t.text.toUpperCase()}!!!`, ['!!!'], t.keep, ['anger']));
    out.push(
      hurtful(
        'en',
        'shouting',
        `${t.text.toUpperCase()}, YOU ALWAYS DO THIS!!!`,
        ['always', '!!!'],
        t.keep,
        ['anger'],
      ),
    );
  }
  const ordinary = [
    'See you Saturday at the community garden, I will bring watering cans.',
    'Great idea, I will bring coffee and cake.',
    'The train is twenty minutes late this morning.',
    'Who is coming to the neighbourhood meeting on Thursday?',
    'I finished the report, I will send it tonight.',
    'Thanks for your help yesterday, it meant a lot.',
    'It is raining again, I am taking the bus.',
    'We are looking for volunteers for Sunday’s food drive.',
    'You left your keys at my place, I will keep them safe.',
    'The market moves to the town hall square this week.',
    'Reading a book about bees, fascinating.',
    'Happy birthday Sam, have a lovely day!',
    'The library closes at 6 pm on Saturdays.',
    'Does anyone have a drill I could borrow?',
    'I tried your grandmother’s recipe, delicious.',
  ];
  const who = ['Who is coming', 'Let’s meet', 'I suggest we go', 'You are all invited'];
  const what = [
    'to the community garden',
    'to the neighbourhood meeting',
    'to the Christmas market',
    'to the clothes drive',
    'to the open-air cinema',
  ];
  const when = ['on Saturday morning?', 'on Sunday at 10?', 'tonight?'];
  for (const [a, w] of who.entries()) {
    for (const [b, x] of what.entries())
      out.push(harmless('en', 'ordinary', `${w} ${x} ${when[(a + b) % 3]}`, CALM));
  }
  const lookalikes = [
    'I am not saying you are stupid, I am saying this code needs a review.',
    'He called me an “idiot” in front of everyone, and it hurt.',
    'You are always welcome at our place.',
    'Calling someone a “dirty immigrant” is racism, full stop.',
    'I am exhausted tonight, going to bed early.',
    'Nobody is perfect, we all learn.',
    'Everyone is invited to the school party!',
    'I have always loved this neighbourhood.',
    'The women of the association organised a great food drive.',
    'The refugees who arrived this winter are looking for English lessons.',
  ];
  for (const t of [...ordinary, ...lookalikes]) out.push(harmless('en', 'ordinary', t, CALM));
  const cheers = ['Holy shit', 'Fuck yeah', 'Damn', 'Oh my god', 'Wow', 'Holy crap'];
  const wins = [
    'what a goal',
    'what a game',
    'what a concert',
    'we won',
    'what a night',
    'that was amazing',
    'what a save',
  ];
  for (const [c, cheer] of cheers.entries()) {
    for (const [w, win] of wins.entries()) {
      if ((c + w) % 2 === 1) continue;
      out.push(harmless('en', 'enthusiastic', `${cheer}, ${win}!`, ['joy', 'surprise']));
    }
  }
  out.push(harmless('en', 'enthusiastic', 'Holy shit, what a goal!', ['joy', 'surprise']));
  const things = ['This movie', 'The meal', 'The service', 'The plot', 'This series', 'The update'];
  const verdicts = [
    'was awful',
    'was stupid',
    'was a total disaster',
    'was garbage',
    'sucked',
    'was terrible',
  ];
  for (const [t, thing] of things.entries()) {
    for (const [v, verdict] of verdicts.entries()) {
      if ((t + v) % 2 === 1) continue;
      out.push(harmless('en', 'critical', `${thing} ${verdict}.`, ['anger', 'disgust', 'sadness']));
    }
  }
  out.push(
    harmless(
      'en',
      'critical',
      'This movie was a total disaster, the plot was stupid and the acting was awful.',
      ['anger', 'disgust', 'sadness'],
    ),
  );
  return out;
}

/** The whole set, French then English, in a fixed order. */
export function coachSet(): CoachCase[] {
  return [...french(), ...english()];
}

type Row = [Kind, string, string[], string[]?];

// Written after the rules were frozen, in phrasings the templates do not use, and run only to
// report: a held-out check on how far the rules generalise.
const HELD_OUT: Record<Language, Row[]> = {
  fr: [
    [
      'insult',
      'Franchement t’es une vraie buse, tu as encore perdu les clés.',
      ['buse'],
      ['perdu', 'clés'],
    ],
    ['insult', 'Pauvre naze, le dossier n’est toujours pas prêt.', ['naze'], ['dossier']],
    ['insult', 'Quel boulet tu fais, la réunion a commencé sans toi.', ['boulet'], ['réunion']],
    ['insult', 'T’es trop bête, tu as laissé le linge dehors.', ['bete'], ['linge']],
    ['insult', 'Sale incapable, tu as raté le train.', ['incapable'], ['raté', 'train']],
    ['threat', 'Si je te croise, je t’éclate.', ['eclate', 'croise']],
    ['threat', 'Tu vas voir ce qui va t’arriver.', ['arriver']],
    ['threat', 'Continue comme ça et tu finiras à l’hôpital.', ['hopital']],
    ['threat', 'Je vais m’occuper de ton cas ce soir.', ['occuper']],
    ['threat', 'Fais attention en rentrant chez toi ce soir.', ['attention']],
    ['group', 'Les musulmans ne sont pas compatibles avec la France.', ['compatibles']],
    ['group', 'Ces gens-là ne savent que voler.', ['voler']],
    ['group', 'Les femmes n’ont rien à faire en politique.', ['politique']],
    ['group', 'Les Roms, c’est tous des voleurs.', ['voleurs']],
    ['group', 'Les migrants devraient tous être renvoyés.', ['renvoyes']],
    [
      'sarcasm',
      'Oh bravo, quelle intelligence, tu as encore cassé l’imprimante.',
      ['bravo', 'intelligence'],
      ['imprimante'],
    ],
    ['sarcasm', 'Génial, encore un retard, on s’y attendait tellement.', ['genial', 'attendait']],
    ['sarcasm', 'Merci infiniment pour ton aide si précieuse…', ['merci', 'precieuse']],
    ['sarcasm', 'Félicitations, tu as réussi à tout rater.', ['felicitations']],
    ['despair', 'Personne ne viendrait à ton enterrement.', ['enterrement']],
    ['despair', 'Tu sers à rien, autant disparaître.', ['dispar', 'sers']],
    ['despair', 'Va te jeter d’un pont.', ['jeter', 'pont']],
    ['despair', 'Ta famille serait mieux sans toi.', ['famille', 'sans toi']],
    ['dismissal', 'On t’a pas sonné.', ['sonne']],
    ['dismissal', 'Ton avis n’intéresse personne.', ['avis', 'interesse']],
    ['dismissal', 'Retourne à tes jeux vidéo, gamin.', ['gamin']],
    ['dismissal', 'Tais-toi, tu n’y connais rien.', ['tais', 'connais']],
    ['shouting', 'POURQUOI TU NE RÉPONDS JAMAIS AU TÉLÉPHONE ???', ['!!!']],
    ['shouting', 'LA VAISSELLE EST ENCORE SALE !!!', ['!!!'], ['vaisselle']],
    ['shouting', 'TU AS OUBLIÉ MON ANNIVERSAIRE !!!', ['!!!'], ['oublié', 'anniversaire']],
    ['ordinary', 'Je t’appelle demain pour le covoiturage.', []],
    ['ordinary', 'La réunion est reportée à mardi.', []],
    ['ordinary', 'Tu peux m’envoyer la recette ?', []],
    ['ordinary', 'On a planté vingt arbres ce matin, merci à tous !', []],
    ['ordinary', 'Je ne suis pas d’accord avec toi sur ce point, mais je comprends ton idée.', []],
    ['ordinary', 'Il fait un froid de canard aujourd’hui.', []],
    ['enthusiastic', 'Purée, c’était magique ce concert !', []],
    ['enthusiastic', 'Bordel, on l’a fait, on a fini le marathon !', []],
    ['enthusiastic', 'Oh la vache, quelle vue depuis le sommet !', []],
    ['enthusiastic', 'Putain que c’est beau !', []],
    ['critical', 'Ce livre est d’un ennui mortel.', []],
    ['critical', 'Le nouveau logiciel est une vraie daube.', []],
    ['critical', 'Ce resto, franchement, c’est de la merde.', []],
    ['critical', 'La fin de la série était ridicule.', []],
  ],
  en: [
    [
      'insult',
      'Honestly you’re such a clown, you lost the keys again.',
      ['clown'],
      ['lost', 'keys'],
    ],
    ['insult', 'You absolute muppet, the file still isn’t ready.', ['muppet'], ['file']],
    ['insult', 'What a dimwit, the meeting started without you.', ['dimwit'], ['meeting']],
    ['insult', 'You’re dumb as a rock, you left the laundry out.', ['dumb'], ['laundry']],
    ['insult', 'Useless twit, you missed the train.', ['twit', 'useless'], ['missed', 'train']],
    ['threat', 'If I see you, I’ll smash your face in.', ['smash', 'face']],
    ['threat', 'You’ll see what happens to you.', ['happens']],
    ['threat', 'Keep it up and you’ll end up in hospital.', ['hospital']],
    ['threat', 'I’m coming for you tonight.', ['coming']],
    ['threat', 'Be careful walking home tonight.', ['careful']],
    ['group', 'Muslims are not compatible with our country.', ['compatible']],
    ['group', 'Those people only know how to steal.', ['steal']],
    ['group', 'Women have no business in politics.', ['politics']],
    ['group', 'Gypsies are all thieves.', ['thieves']],
    ['group', 'Migrants should all be deported.', ['deported']],
    [
      'sarcasm',
      'Oh bravo, such intelligence, you broke the printer again.',
      ['bravo', 'intelligence'],
      ['printer'],
    ],
    ['sarcasm', 'Great, another delay, what a surprise.', ['great', 'surprise']],
    ['sarcasm', 'Thanks so much for your incredibly useful help…', ['thanks', 'useful']],
    ['sarcasm', 'Congratulations, you managed to ruin everything.', ['congratulations']],
    ['despair', 'Nobody would come to your funeral.', ['funeral']],
    ['despair', 'You’re worthless, might as well vanish.', ['vanish', 'worthless']],
    ['despair', 'Go jump off a bridge.', ['jump', 'bridge']],
    ['despair', 'Your family would be better off without you.', ['family', 'without you']],
    ['dismissal', 'Nobody rang your bell.', ['rang', 'bell']],
    ['dismissal', 'No one is interested in your opinion.', ['opinion', 'interested']],
    ['dismissal', 'Go back to your video games, kid.', ['kid']],
    ['dismissal', 'Shut up, you know nothing about this.', ['shut', 'nothing']],
    ['shouting', 'WHY DO YOU NEVER ANSWER THE PHONE???', ['!!!']],
    ['shouting', 'THE DISHES ARE STILL DIRTY!!!', ['!!!'], ['dishes']],
    ['shouting', 'YOU FORGOT MY BIRTHDAY!!!', ['!!!'], ['forgot', 'birthday']],
    ['ordinary', 'I’ll call you tomorrow about the car share.', []],
    ['ordinary', 'The meeting is moved to Tuesday.', []],
    ['ordinary', 'Can you send me the recipe?', []],
    ['ordinary', 'We planted twenty trees this morning, thanks everyone!', []],
    ['ordinary', 'I disagree with you on this point, but I see your idea.', []],
    ['ordinary', 'It’s freezing today.', []],
    ['enthusiastic', 'Damn, that concert was magic!', []],
    ['enthusiastic', 'Hell, we did it, we finished the marathon!', []],
    ['enthusiastic', 'Holy cow, what a view from the top!', []],
    ['enthusiastic', 'Fuck, that’s beautiful!', []],
    ['critical', 'This book is deadly boring.', []],
    ['critical', 'The new software is total garbage.', []],
    ['critical', 'Honestly, this restaurant is shit.', []],
    ['critical', 'The ending of the series was ridiculous.', []],
  ],
};

// A second held-out set, written before the rules were extended after the first one was read:
// the first one became a development set then; this one stays unseen.
const HELD_OUT_2: Record<Language, Row[]> = {
  fr: [
    [
      'insult',
      'T’es qu’une grosse feignasse, le ménage n’est pas fait.',
      ['feignasse'],
      ['ménage'],
    ],
    ['insult', 'Espèce de tocard, tu as oublié le pain.', ['tocard'], ['oublié', 'pain']],
    ['insult', 'Tu es lourd, tu m’as encore coupé la parole.', ['lourd'], ['coupé', 'parole']],
    ['threat', 'Tu vas passer un sale quart d’heure.', ['quart']],
    ['threat', 'Un jour je te retrouverai et tu paieras.', ['retrouverai', 'paieras']],
    ['threat', 'Je connais ton adresse, fais gaffe.', ['adresse', 'gaffe']],
    ['group', 'Les Arabes sont tous des fainéants.', ['faineants']],
    ['group', 'Les homos ne devraient pas avoir le droit d’adopter.', ['adopter']],
    ['group', 'Dehors les migrants, on est chez nous.', ['dehors']],
    [
      'sarcasm',
      'Bravo Einstein, tu as mis du sel dans le café.',
      ['einstein', 'bravo'],
      ['sel', 'café'],
    ],
    ['sarcasm', 'Waouh, quelle brillante analyse, vraiment.', ['brillante']],
    ['sarcasm', 'Merci beaucoup de m’avoir prévenu… trois jours après.', ['merci']],
    ['despair', 'Personne ne pleurerait si tu partais.', ['pleurerait']],
    ['despair', 'Ne reviens jamais, personne ne veut de toi.', ['reviens', 'veut']],
    ['despair', 'Le monde se porterait mieux sans les gens comme toi.', ['monde', 'sans']],
    ['dismissal', 'Qui t’a demandé ton avis ?', ['avis', 'demande']],
    ['dismissal', 'Garde tes remarques pour toi.', ['remarques']],
    ['dismissal', 'Laisse parler les grands.', ['grands']],
    ['shouting', 'ÇA FAIT TROIS FOIS QUE JE TE LE DIS !!!', ['!!!']],
    ['shouting', 'LE LOYER N’EST TOUJOURS PAS PAYÉ !!!', ['!!!'], ['loyer']],
    ['ordinary', 'Je passe prendre les enfants à 17 h.', []],
    ['ordinary', 'Le compost est plein, quelqu’un peut le vider ?', []],
    ['ordinary', 'Tu as raison, je me suis trompé.', []],
    ['ordinary', 'Quel temps magnifique ce matin.', []],
    ['enthusiastic', 'Putain, on a gagné la coupe !!!', []],
    ['enthusiastic', 'Oh bordel, quelle soirée de dingue !', []],
    ['critical', 'Cette appli est vraiment pourrie.', []],
    ['critical', 'Le dernier album est nul à chier.', []],
  ],
  en: [
    ['insult', 'You lazy slob, the cleaning isn’t done.', ['slob', 'lazy'], ['cleaning']],
    [
      'insult',
      'You clueless fool, you forgot the bread.',
      ['fool', 'clueless'],
      ['forgot', 'bread'],
    ],
    ['insult', 'You’re so annoying, you interrupted me again.', ['annoying'], ['interrupted']],
    ['threat', 'You’re going to have a very bad day.', ['bad day']],
    ['threat', 'One day I’ll find you and you’ll pay.', ['find', 'pay']],
    ['threat', 'I know your address, be careful.', ['address', 'careful']],
    ['group', 'Arabs are all lazy.', ['lazy']],
    ['group', 'Gay people shouldn’t be allowed to adopt.', ['adopt', 'allowed']],
    ['group', 'Migrants out, this is our home.', ['out']],
    [
      'sarcasm',
      'Bravo Einstein, you put salt in the coffee.',
      ['einstein', 'bravo'],
      ['salt', 'coffee'],
    ],
    ['sarcasm', 'Wow, what a brilliant analysis, really.', ['brilliant']],
    ['sarcasm', 'Thanks a lot for telling me… three days later.', ['thanks']],
    ['despair', 'Nobody would cry if you left.', ['cry']],
    ['despair', 'Never come back, nobody wants you.', ['wants', 'come back']],
    ['despair', 'The world would be better without people like you.', ['world', 'without']],
    ['dismissal', 'Who asked for your opinion?', ['asked', 'opinion']],
    ['dismissal', 'Keep your remarks to yourself.', ['remarks']],
    ['dismissal', 'Let the grown-ups talk.', ['grown']],
    ['shouting', 'THIS IS THE THIRD TIME I’M TELLING YOU!!!', ['!!!']],
    ['shouting', 'THE RENT STILL ISN’T PAID!!!', ['!!!'], ['rent']],
    ['ordinary', 'I’ll pick the kids up at 5.', []],
    ['ordinary', 'The compost bin is full, can someone empty it?', []],
    ['ordinary', 'You’re right, I was wrong.', []],
    ['ordinary', 'What gorgeous weather this morning.', []],
    ['enthusiastic', 'Fuck yes, we won the cup!!!', []],
    ['enthusiastic', 'Oh hell, what a crazy night!', []],
    ['critical', 'This app is really rotten.', []],
    ['critical', 'The latest album is crap.', []],
  ],
};

const EMOTIONS_OF: Record<Kind, Emotion[]> = {
  insult: ANGER,
  threat: THREAT,
  group: ANGER,
  sarcasm: ANGER,
  despair: ANGER,
  dismissal: ANGER,
  shouting: ['anger'],
  ordinary: CALM,
  enthusiastic: ['joy', 'surprise'],
  critical: ['anger', 'disgust', 'sadness'],
};

/** A small set written after the rules were frozen, reported apart (`second`: the unseen one). */
export function heldOutSet(second = false): CoachCase[] {
  const out: CoachCase[] = [];
  for (const language of ['fr', 'en'] as const) {
    for (const [kind, text, drop, keep = []] of (second ? HELD_OUT_2 : HELD_OUT)[language]) {
      const isHurtful = (HURTFUL_KINDS as readonly string[]).includes(kind);
      out.push({
        text,
        language,
        kind,
        hurtful: isHurtful,
        keep,
        drop,
        emotions: EMOTIONS_OF[kind],
      });
    }
  }
  return out;
}
