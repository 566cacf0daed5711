import type { Bilingual } from '../types.ts';
import { isDeniedOrReported } from './context.guards.ts';
import { alt, INSULT_ALT, list, POSITIVE_RE } from './lexicon.data.ts';
import type { Rule } from './rule.types.ts';

/**
 * Contempt without an insult: claims about a whole group, wishing someone gone, shaming,
 * brushing a person aside, and irony aimed at a person. They reuse the kinds the rest of the
 * product knows (judgment, threat, sarcasm) with explanations of their own.
 */

const W = '(?<![a-z])';
const E = '(?![a-z])';
const S = '[\\s-]+';

export const GROUP_EXPLANATION: Bilingual = {
  fr: 'Cette phrase juge tout un groupe de personnes pour ce qu’elles sont. Celles et ceux qui en font partie la liront comme une attaque. Parle plutôt de ce que tu as vu, sans l’attribuer à un groupe.',
  en: 'This sentence judges a whole group of people for who they are. Anyone who belongs to it will read it as an attack. Talk about what you saw instead, without pinning it on a group.',
};

export const HARM_EXPLANATION: Bilingual = {
  fr: 'Dire à quelqu’un qu’il ne compte pour personne, ou souhaiter qu’il disparaisse, peut blesser très profondément, surtout quelqu’un qui va déjà mal. Dis plutôt ce qui te met en colère.',
  en: 'Telling someone that nobody cares about them, or wishing them gone, can hurt very deeply, above all someone who is already struggling. Say what makes you angry instead.',
};

const SHAME_EXPLANATION: Bilingual = {
  fr: 'Faire honte à quelqu’un le pousse à se défendre plutôt qu’à écouter. Dire ce qui t’a touché·e ouvre la discussion.',
  en: 'Shaming someone makes them defend themselves rather than listen. Saying what affected you opens the conversation.',
};

const DISMISSAL_EXPLANATION: Bilingual = {
  fr: 'Balayer l’avis de quelqu’un lui dit qu’il ne compte pas. Tu peux ne pas être d’accord et le dire, sans le faire taire.',
  en: 'Brushing someone’s view aside tells them they do not count. You can disagree and say so without silencing them.',
};

// Folded group names, plural or singular ("immigrés", "women"); the engine's own list plus a few.
const GROUPS = alt(
  list(`
    juifs|juives|musulmans|musulmanes|arabes|noirs|noires|asiatiques|chinois|africains|
    migrants|immigrés|immigrées|étrangers|étrangères|réfugiés|roms|gitans|homosexuels|homos|gays|
    lesbiennes|trans|femmes|handicapés|chrétiens|cathos|maghrébins|turcs|pauvres|vieux|jeunes|
    blancs|jews|muslims|arabs|blacks|asians|africans|mexicans|immigrants|migrants|refugees|
    foreigners|gays|lesbians|homosexuals|women|girls|disabled people|christians|hindus|
    indians|latinos|gypsies|old people|poor people|whites|men|hommes|boomers|féministes|
    feminists
  `),
);
const GROUP_SINGULAR = alt(
  list(`
    une femme|a woman|un immigré|an immigrant|un étranger|a foreigner|un arabe|an arab|
    un noir|a black person|un juif|a jew|un musulman|a muslim|une fille|a girl
  `),
);
// What a sentence says of a group that is an attack whatever the group.
const GROUP_PREDICATES = alt(
  list(`
    voleurs|voleuses|criminels|délinquants|violents|dangereux|fainéants|paresseux|sales|
    stupides|bêtes|idiots|inférieurs|inférieures|parasites|une plaie|un danger|un fléau|
    des animaux|des sauvages|des menteurs|incapables|hystériques|trop émotives|trop émotifs|
    trop sensibles|pas faites pour|pas faits pour|moins intelligents|moins intelligentes|
    thieves|criminals|violent|dangerous|lazy|dirty|stupid|dumb|inferior|parasites|a plague|
    a danger|animals|savages|liars|incapable|hysterical|too emotional|too sensitive|
    not fit to|unfit to|less intelligent|not smart enough|all the same|tous les mêmes|
    toutes les mêmes|terrorists|terroristes|rapists|violeurs|pas compatibles|incompatibles|
    not compatible|incompatible|pas les bienvenus|not welcome
  `),
  true,
);
const GROUP_LEAD = `(?:(?:les|des|ces|tous les|toutes les|the|those|these|all)${S})?`;
const LIKE = `(?:${S}(?:${alt(list('like|comme'))})${S}(?:${alt(list('her|him|them|you|that|this|elle|lui|eux|toi|ça|cela'))}))?`;
const COPULA = alt(list(`sont|are|were|étaient|seront|will always be|sont toujours|are always`));
const FILL = `(?:${S}(?:${alt(list('tous|toutes|all|so|too|trop|tellement|vraiment|really|just|juste|des|de|d|a|an|les|the|naturally|par nature|by nature|forcément'))})){0,3}`;
const CANNOT = alt(
  list(`
    ne peuvent pas|ne savent pas|ne devraient pas|ne devraient jamais|peuvent pas|savent pas|
    devraient pas|can't|cannot|can not|shouldn't|should not|should never|don't deserve|
    ne méritent pas|méritent pas|n'ont rien à faire|have no place|don't belong|do not belong|
    have no business|devraient tous être renvoyés|devraient être renvoyés|devraient tous être expulsés|
    devraient être expulsés|should all be deported|should be deported|should all be sent back|
    should be sent back|should be banned|devraient être interdits
  `),
);
// Any of our insults said of a whole group is a claim about it ("les femmes sont des chiennes").
const GROUP_CLAIM =
  `${GROUP_LEAD}(?:${GROUPS}|${GROUP_SINGULAR})${LIKE}${S}` +
  `(?:(?:(?:ne|n')\\s*)?(?:${COPULA})${FILL}${S}(?:${GROUP_PREDICATES}|${INSULT_ALT})|(?:${CANNOT}))${E}`;

// Telling people to leave a country, or a group to go: an attack without a single harsh word.
const EXCLUSION = alt(
  list(`
    retourne dans ton pays|retourne chez toi dans ton pays|rentre dans ton pays|
    retourne d'où tu viens|rentre d'où tu viens|retournez dans votre pays|rentrez chez vous|
    retournez d'où vous venez|qu'ils dégagent|qu'elles dégagent|qu'ils rentrent chez eux|
    qu'ils retournent chez eux|qu'ils retournent dans leur pays|qu'ils se cassent|
    qu'ils partent|dehors les étrangers|dehors les immigrés|la france aux français|
    on n'en veut pas ici|ils n'ont rien à faire ici|go back to your country|
    go back where you came from|go back to where you came from|go home to your country|
    send them back|send them all back|they should go back|they don't belong here|
    get them out|kick them all out|we don't want them here|not welcome in this country
  `),
);

// Telling someone they would not be missed, or wishing them gone.
const HARM = alt(
  list(`
    nobody would miss you|no one would miss you|nobody will miss you|no one will miss you|
    nobody would care if you|no one would care if you|nobody loves you|no one loves you|
    nobody likes you|no one likes you|nobody cares about you|no one cares about you|
    everyone hates you|everybody hates you|the world would be better without you|
    the world is better without you|we'd all be better off without you|
    you should disappear|just disappear|you should die|you don't deserve to live|
    you do not deserve to live|do everyone a favour and disappear|do us all a favor|
    do us all a favour|you're a waste of space|you are a waste of space|waste of oxygen|
    personne ne te regretterait|personne ne te regrettera|personne ne remarquerait|
    personne ne t'aime|personne ne t'aimera|personne ne te supporte|personne ne veut de toi|
    tout le monde te déteste|tout le monde te hait|le monde serait mieux sans toi|
    on serait mieux sans toi|on sera mieux sans toi|tu devrais disparaître|disparais|
    tu ferais mieux de disparaître|tu ferais mieux de crever|tu devrais mourir|
    tu ne mérites pas de vivre|tu mérites pas de vivre|rends service à tout le monde|
    personne ne viendrait à ton enterrement|nobody would come to your funeral|
    no one would come to your funeral|nobody will come to your funeral
  `),
);

// "Ta famille serait mieux sans toi", "your family would be better off without you".
const BETTER_WITHOUT = `(?:${alt(list('serait|seraient|serais|serions|seriez|would be|will be|are|is|est|sont'))})${S}(?:${alt(list('mieux|beaucoup mieux|better|better off|much better off|so much better'))})${S}(?:${alt(list('sans toi|sans vous|without you'))})`;

const SHAME = alt(
  list(`
    tu devrais avoir honte|vous devriez avoir honte|t'as pas honte|tu n'as pas honte|
    honte à toi|honte à vous|quelle honte pour toi|you should be ashamed|
    you should be ashamed of yourself|shame on you|have you no shame|you disgust me|
    tu me dégoûtes|tu me fais honte|tu me fais pitié|you make me sick|you're pathetic
  `),
);

const DISMISSAL = alt(
  list(`
    personne ne t'a demandé ton avis|personne t'a demandé ton avis|on t'a pas demandé ton avis|
    personne ne t'a demandé|personne t'a demandé|on ne t'a rien demandé|on t'a rien demandé|
    qui t'a demandé|on s'en fout de ton avis|on s'en fiche de ton avis|on s'en fout de ce que tu penses|
    on s'en fiche de ce que tu penses|ton avis on s'en fout|ton avis on s'en fiche|
    ton avis ne compte pas|ton avis compte pas|tout le monde s'en fout|tout le monde s'en fiche|
    ok boomer|va pleurer|va pleurer ailleurs|retourne jouer|t'es qui toi|tu es qui toi|
    nobody asked for your opinion|no one asked for your opinion|nobody asked for your input|
    nobody asked you|nobody asked|no one asked you|no one asked|who asked|who asked you|
    nobody cares|no one cares|nobody cares what you think|no one cares what you think|
    your opinion doesn't matter|your opinion does not matter|cry about it|go cry|cope harder|
    who even are you|stay in your lane|nobody gives a damn|no one gives a damn|
    keep your opinion to yourself|garde ton avis pour toi|on t'a pas sonné|on ne t'a pas sonné|
    personne ne t'a sonné|ton avis n'intéresse personne|ton avis intéresse personne|
    nobody rang your bell|no one rang your bell|no one is interested in your opinion|
    nobody is interested in your opinion|nobody wants your opinion
  `),
);

// Irony aimed at a person: praise that no one means ("quel génie", "another brilliant idea from you").
const GENIUS = alt(
  list(`génie|einstein|cerveau|lumière|surdoué|génie du siècle|intelligence|genius|mastermind|
    rocket scientist|brainiac|smart guy|prodige|prodigy`),
);
const PRAISE = alt(
  list(`lumineuse|géniale|brillante|excellente|superbe|merveilleuse|formidable|brilliant|great|
    genius|wonderful|fantastic|amazing|bright|fine|smart`),
);
const IDEA = alt(list(`idée|idea|plan|exploit|trouvaille|move|masterpiece|chef-d'œuvre|coup`));
const FROM_YOU = alt(
  list(`de ta part|de votre part|venant de toi|from you|as usual|comme d'habitude|comme toujours|
    as always|again`),
);
// Praise followed by what went wrong: "Génial, encore un retard", "Félicitations, tu as réussi
// à tout rater", "Great, another delay".
const FAKE_PRAISE = alt(
  list(`génial|super|parfait|formidable|merveilleux|bravo|félicitations|bien joué|great|perfect|
    wonderful|fantastic|brilliant|lovely|congratulations|congrats|well done|oh joy|oh great`),
);
const GONE_WRONG = alt(
  list(`encore un|encore une|another|yet another|tu as réussi à tout|t'as réussi à tout|
    you managed to ruin|you managed to break|you managed to mess|you managed to wreck`),
);
const SARCASM_AT_PERSON = [
  `(?:${alt(list('quel|quelle|what a|what an|such a|such|quel sacré|what a true|notre|our|le|mon|my'))})${S}(?:${GENIUS})`,
  `(?:${FAKE_PRAISE})\\s*,\\s*(?:${GONE_WRONG})`,
  `(?:${alt(list('encore|another|yet another|once again'))})${S}(?:une${S}|un${S}|a${S}|an${S})?(?:(?:${PRAISE})${S})?(?:${IDEA})(?:${S}(?:${PRAISE}))?(?:${S}(?:${FROM_YOU}))?`,
  `(?:idée lumineuse|idée géniale|brilliant idea|great idea|stroke of genius|trait de génie)${S}(?:${FROM_YOU})`,
].join('|');
// Thanks that mean the opposite, whatever warm word stands next to them.
const BITTER_THANKS = alt(
  list(`merci pour rien|thanks for nothing|merci du cadeau|thanks a lot genius|bravo champion|
    well done champ|nice going champ|wow what an achievement|what an achievement|quel exploit`),
);

/** True unless a denial or a report frames it ("je ne dis pas que…", "il m'a dit…"). */
const asserted = (folded: string, begin: number): boolean => !isDeniedOrReported(folded, begin);

/** A sincere "encore une idée géniale !" has warm words around it and no second person. */
function ironic(folded: string, begin: number, end: number): boolean {
  if (!asserted(folded, begin)) return false;
  const around = folded.slice(Math.max(0, begin - 40), Math.min(folded.length, end + 40));
  return (
    !/(?<![a-z])(?:merci|thanks|thank you|j'adore|love it|bravo pour ton|congrats on)(?![a-z])/.test(
      around,
    ) ||
    /(?<![a-z])(?:ta part|from you|as usual|comme d'habitude|genie|genius)(?![a-z])/.test(around)
  );
}

/** A group claim with warm words and no negation ("les femmes sont trop fortes") is not one. */
function groupAttack(folded: string, begin: number, end: number): boolean {
  if (!asserted(folded, begin)) return false;
  const clause = folded.slice(begin, end);
  return !POSITIVE_RE.test(clause);
}

export const CONTEMPT_RULES: readonly Rule[] = [
  {
    kind: 'judgment',
    re: new RegExp(`${W}(?:${GROUP_CLAIM})`, 'g'),
    keep: groupAttack,
    explanation: GROUP_EXPLANATION,
  },
  {
    kind: 'judgment',
    re: new RegExp(`${W}(?:${EXCLUSION})${E}`, 'g'),
    keep: asserted,
    explanation: GROUP_EXPLANATION,
  },
  {
    kind: 'threat',
    re: new RegExp(`${W}(?:${HARM})(?:${S}if${S}you${S}[a-z']+|${S}si${S}tu${S}[a-z']+)?${E}`, 'g'),
    keep: asserted,
    explanation: HARM_EXPLANATION,
  },
  {
    kind: 'threat',
    re: new RegExp(`${W}${BETTER_WITHOUT}${E}`, 'g'),
    keep: asserted,
    explanation: HARM_EXPLANATION,
  },
  {
    kind: 'judgment',
    re: new RegExp(`${W}(?:${SHAME})${E}`, 'g'),
    keep: asserted,
    explanation: SHAME_EXPLANATION,
  },
  {
    kind: 'judgment',
    re: new RegExp(`${W}(?:${DISMISSAL})${E}`, 'g'),
    keep: asserted,
    explanation: DISMISSAL_EXPLANATION,
  },
  { kind: 'sarcasm', re: new RegExp(`${W}(?:${SARCASM_AT_PERSON})${E}`, 'g'), keep: ironic },
  { kind: 'sarcasm', re: new RegExp(`${W}(?:${BITTER_THANKS})${E}`, 'g'), keep: asserted },
];
