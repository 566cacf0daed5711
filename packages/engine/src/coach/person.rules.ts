import { isDeniedOrReported, isSaidOfSelf } from './context.guards.ts';
import { alt, INSULT_ALT, JUDGMENT_ALT, list, STRONG_ALT } from './lexicon.data.ts';
import type { Rule } from './rule.types.ts';

/** Rules about a person rather than what they did: labels, name-calling, judgments. */

const SECOND_PERSON = alt(
  list(`
    tu es|t'es|t'est|tu est|t'étais|tu étais|vous êtes|vous étiez|tu n'es qu'un|
    tu n'es qu'une|t'es qu'un|t'es qu'une|tu n'es que|t'es que|vous n'êtes que|
    vous n'êtes qu'un|tu deviens|tu restes|t'as l'air|tu as l'air|you are|you're|youre|you r|
    u r|ur|u are|you were|you look|you sound|you've become|you become|you act like|
    you behave like|you remain
  `),
);
const THIRD_PERSON = alt(
  list(`
    il est|elle est|ils sont|elles sont|c'est un|c'est une|ce mec est|ce type est|he is|he's|
    she is|she's|they are|they're|this guy is|that guy is|this person is
  `),
);
// Weak insults that still name a person after "il est" / "she is" (unlike "nul", said of films).
const THIRD_WEAK = alt(
  list(`con|conne|idiot|idiote|stupide|bête|menteur|menteuse|mytho|hypocrite|lâche|minable|taré|
    stupid|dumb|liar|coward|pathetic|worthless|useless|loser|jerk|creep|psycho`),
  true,
);
const FILLER = alt(
  list(`
    vraiment|tellement|trop|très|complètement|totalement|juste|un|une|des|le|la|les|plus|
    gros|grosse|sale|pauvre|petit|petite|espèce de|de|so|such|really|totally|completely|just|
    a|an|the|most|biggest|fucking|fuckin|freaking|damn|bloody|little|big|putain de|absolute|
    absolutely|utter|complete|total|real|such a|sacré|sacrée|vrai|vraie|full|grand|grande|
    incroyable|stupid|dumb|fat
  `),
);
const INSULT_LEAD = alt(
  list(`
    espèce d'|espèce de|bande d'|bande de|sale|pauvre|gros|grosse|what a|what an|such a|
    such an|you|toi|hey
  `),
);

const W = '(?<![a-z])';
const E = '(?![a-z])';
const SEP = '[\\s-]+';
// After an elided word ("espèce d'abruti", "qu'un") the next word may follow with no space.
const LEAD = "(?:(?<=')\\s*|[\\s-]+)";
// "t'es un voisin minable": one free word may stand before the insult, unless it negates it.
const FREE = `(?:(?!(?:pas|plus|jamais|point|not|never|no)(?![a-z]))[a-z]{3,}${SEP})?`;
const FILL = `(?:(?:${FILLER})${SEP}){0,4}`;
// "you're a pathetic liar", "t'es nul et moche": the label runs to its last insult.
const MORE = `(?:(?:${SEP}|\\s*,\\s*|${SEP}(?:and|et)${SEP})${FILL}(?:${INSULT_ALT})(?![a-z]))*`;

const BEHAVIOUR_JUDGMENTS = alt(
  list(`
    les gens comme toi|des gens comme toi|les mecs comme toi|people like you|
    vous êtes tous les mêmes|ils sont tous les mêmes|you're all the same|you are all the same|
    tu ne sais rien|tu sais rien|tu ne comprends rien|tu comprends rien|tu captes rien|
    tu piges rien|tu ne sers à rien|tu sers à rien|tu n'y connais rien|t'y connais rien|
    tu n'y comprends rien|t'y comprends rien|t'as rien dans la tête|t'as rien dans le crâne|
    tu n'as rien dans la tête|tu n'as aucun talent|t'as aucun talent|tu gâches tout|
    tu fais tout rater|tu ne fais que des bêtises|tu fais que des conneries|
    c'est toi le problème|qu'est-ce qui cloche chez toi|t'es pas capable|tu n'es pas capable|
    you can't do anything right|you cannot do anything right|you never do anything right|
    you know nothing|you understand nothing|you don't know anything|
    you don't understand anything|you have no idea|you have no clue|you don't have a clue|
    you have no brain|you have no talent|you're the problem|you are the problem|
    what's wrong with you|what is wrong with you|you ruin everything|you mess everything up|
    you can't even
  `),
);

/** True unless the clause denies it ("je ne dis pas que…") or reports it ("il m'a traité de…"). */
const asserted = (folded: string, begin: number): boolean => !isDeniedOrReported(folded, begin);
/** Asserted, and about someone: "I was an idiot" and "a stupid mistake" are self-talk. */
const aimed = (folded: string, begin: number, end: number): boolean =>
  asserted(folded, begin) && !isSaidOfSelf(folded, begin, end);

export const PERSON_RULES: readonly Rule[] = [
  {
    kind: 'label',
    re: new RegExp(
      `${W}(?:${SECOND_PERSON})${LEAD}${FILL}${FREE}(?:${INSULT_ALT})${E}${MORE}`,
      'g',
    ),
    keep: asserted,
  },
  {
    kind: 'label',
    re: new RegExp(`${W}(?:${THIRD_PERSON})${LEAD}${FILL}(?:${STRONG_ALT}|${THIRD_WEAK})${E}`, 'g'),
    keep: asserted,
  },
  {
    kind: 'insult',
    re: new RegExp(`${W}(?:${INSULT_LEAD})${LEAD}${FILL}(?:${INSULT_ALT})${E}${MORE}`, 'g'),
    keep: aimed,
  },
  { kind: 'insult', re: new RegExp(`${W}(?:${STRONG_ALT})${E}`, 'g'), keep: aimed },
  {
    kind: 'judgment',
    re: new RegExp(`${W}(?:${SECOND_PERSON})${LEAD}${FILL}(?:${JUDGMENT_ALT})${E}`, 'g'),
    keep: asserted,
  },
  { kind: 'judgment', re: new RegExp(`${W}(?:${BEHAVIOUR_JUDGMENTS})${E}`, 'g'), keep: asserted },
];
