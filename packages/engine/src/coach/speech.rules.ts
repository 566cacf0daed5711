import { endsClause, isHurtfulGeneralisation, isImperativePosition } from './context.guards.ts';
import { alt, list } from './lexicon.data.ts';
import type { Rule } from './rule.types.ts';

/** Rules about how something is said: orders, threats, irony, sweeping words. */

const W = '(?<![a-z])';
const E = '(?![a-z])';
const SEP = '[\\s-]+';

const COMMANDS = alt(
  list(`
    tais-toi|taisez-vous|ta gueule|tg|ferme-la|fermez-la|ferme ta gueule|fermez vos gueules|
    ferme ta bouche|la ferme|dégage|dégagez|casse-toi|cassez-vous|barre-toi|barrez-vous|
    va te faire foutre|allez vous faire foutre|va te faire voir|va chier|fous le camp|
    foutez le camp|fous-moi la paix|occupe-toi de tes oignons|mêle-toi de tes affaires|
    mêle-toi de ce qui te regarde|shut up|shut the fuck up|stfu|shut your mouth|
    shut your face|shut your trap|shut it|get lost|piss off|fuck off|go to hell|gtfo|
    get the fuck out|get out of here|get out of my face|zip it|back off|
    mind your own business|go away|buzz off|sod off
  `),
);

const FR_THREAT_VERBS = alt(
  list(`
    tuer|buter|défoncer|frapper|casser la gueule|casser les dents|niquer|exploser|
    faire la peau|régler ton compte|faire payer|démonter|cogner|éclater|pourrir la vie|
    détruire|faire du mal|faire regretter|égorger|planter|massacrer|pendre|brûler|étrangler|
    crever|saigner|violer|faire la misère|briser|cramer|le faire payer|faire taire|trouver|
    retrouver|choper|attraper
  `),
);
const EN_THREAT_VERBS = alt(
  list(`
    kill|hurt|beat|destroy|end|break|smash|stab|shoot|punch|murder|rape|ruin|hunt down|hunt|
    burn|strangle|slap|bury|find|track down|come for|fuck up|beat up
  `),
);
// Verbs that are only a threat when nothing follows ("I'll find you." vs "I'll find you a seat").
const NEEDS_END =
  /(?:trouver|retrouver|choper|atraper|find|track[\s-]+down|come[\s-]+for)(?:[\s-]+(?:you|u|ya))?\s*$/;
// "You'll pay for this" is a threat; "you will pay the bill" is not.
const PAY_TARGET = /^\s*(?:for (?:this|that|it)|pour (?:ca|cela)|$|[^a-z0-9\s])/;
const endsWithPay = (folded: string, end: number): boolean =>
  folded.endsWith('pay', end) || folded.endsWith('payer', end);

const FR_THREAT = `(?:je|j'|on|moi je|nous)\\s*(?:vais|va|vas|alons|veux|voudrais|vais bien)${SEP}(?:te|t'|vous)\\s*(?:${FR_THREAT_VERBS})`;
const EN_THREAT = `(?:${alt(
  list(`
    i'll|i will|i'm going to|i'm gonna|im gonna|i am going to|we'll|we will|we're going to|
    we're gonna|gonna|i'd|i'm coming to|i want to
  `),
)})${SEP}(?:[a-z]+${SEP})?(?:${EN_THREAT_VERBS})${SEP}(?:you|u|ya|your|yo)`;
const FIXED_THREATS = alt(
  list(`
    je te tuerai|je te buterai|je te défoncerai|je te retrouverai|je te ferai la peau|
    je te ferai payer|je te pourrirai la vie|tu vas le regretter|tu vas regretter|
    vous allez le regretter|tu le regretteras|tu vas le payer|tu vas payer|tu vas morfler|
    tu vas prendre cher|tu vas souffrir|tu vas mourir|tu vas crever|tu vas le sentir passer|
    tu perds rien pour attendre|tu ne perds rien pour attendre|je sais où tu habites|
    je sais où tu vis|je sais où tu bosses|je sais où tu travailles|je connais ton adresse|
    fais gaffe à toi|fais gaffe à tes fesses|t'es mort|tu es mort|t'es un homme mort|
    vous êtes morts|ça va mal finir pour toi|va crever|va mourir|crève|crevez|va te pendre|
    pends-toi|you'll regret|you will regret|you're going to regret|you'll pay|you will pay|
    you're gonna pay|you'll be sorry|i know where you live|i know where you work|
    watch your back|you're dead|you are dead|ur dead|you're a dead man|dead meat|
    kill yourself|kys|go die|die in a fire|i hope you die|hope you die|go hang yourself|
    sleep with one eye open|your days are numbered|i'll make you pay|i'll make you regret|
    i'll make your life hell|je vais te faire regretter|tu vas voir ce qui va t'arriver|
    tu vas voir ce qui t'attend|tu finiras à l'hôpital|tu vas finir à l'hôpital|
    je vais m'occuper de ton cas|you'll see what happens to you|
    you will see what happens to you|you'll end up in hospital|you'll end up in the hospital|
    i'm coming for you|i am coming for you|
    go jump off a bridge|jump off a bridge|va te jeter d'un pont|jette-toi d'un pont|
    jette-toi sous un train|go jump in front of a train
  `),
);
// "Je crève de chaud", "on crève de faim": "crève" in the first person is a state, not a curse.
const FIRST_PERSON_STATE = /(?:^|[^a-z'])(?:je|on)\s+$/;
const isSaidOfOneself = (folded: string, begin: number, end: number): boolean =>
  folded.startsWith('creve', begin) &&
  end - begin <= 6 &&
  FIRST_PERSON_STATE.test(folded.slice(Math.max(0, begin - 4), begin));

// "Si je te croise, je t'éclate": a harm verb in the present, said to the reader.
const FR_PRESENT_THREAT = `(?:je|j'|on)\\s*(?:te|t')\\s*(?:${alt(
  list(`éclate|défonce|tue|bute|massacre|démonte|nique|casse la gueule|fume|égorge|crame|
    fracasse|explose|pète la gueule|refais le portrait`),
)})`;

const SARCASM_FR = `(?:${alt(
  list(`
    bravo|félicitations|chapeau|merci|bien joué|super|génial|trop fort
  `),
)})\\s*,?\\s*(?:${alt(
  list(`
    le|la|l'|mon|ma|monsieur|madame
  `),
)})?\\s*(?:${alt(
  list(`
    génie|einstein|cador|lumière|prix nobel|surdoué|sherlock|captain obvious
  `),
)})`;
const SARCASM_EN = `(?:${alt(
  list(`
    oh sure|sure|great|nice|good|well done|way to go|nice going|bravo|congrats|brilliant|
    smart move|nice one|thanks|thank you|good job|great job|nice work|okay|ok|yeah|oh
  `),
)})\\s*,?\\s*(?:${alt(
  list(`
    genius|einstein|sherlock|captain obvious|smartass|smart guy|mastermind|rocket scientist
  `),
)})`;
const SARCASM_FIXED = alt(
  list(`
    yeah right|said no one ever|slow clap|mais bien sûr|le génie du siècle|sacré génie
  `),
);

const GENERALISATIONS = alt(
  list(`
    toujours|jamais|tout le temps|à chaque fois|chaque fois|tout le monde|personne ne|
    personne n'|tous les mêmes|tous pareils|tous des|toutes des|always|never|everyone|
    everybody|nobody|no one|every single time|every time|all the time|all of you|you people|
    typical
  `),
);

export const SPEECH_RULES: readonly Rule[] = [
  {
    kind: 'command',
    re: new RegExp(`${W}(?:${COMMANDS})${E}`, 'g'),
    keep: (folded, begin) => isImperativePosition(folded, begin),
  },
  {
    kind: 'threat',
    re: new RegExp(`${W}(?:${FR_THREAT}|${EN_THREAT})${E}`, 'g'),
    keep: (folded, begin, end) =>
      !NEEDS_END.test(folded.slice(begin, end)) || endsClause(folded, end),
  },
  {
    kind: 'threat',
    re: new RegExp(`${W}(?:${FIXED_THREATS})${E}`, 'g'),
    keep: (folded, begin, end) =>
      // endsWith, not /pay(?:er)?$/ over the whole text before the match.
      (!endsWithPay(folded, end) || PAY_TARGET.test(folded.slice(end, end + 20))) &&
      !isSaidOfOneself(folded, begin, end),
  },
  { kind: 'threat', re: new RegExp(`${W}(?:${FR_PRESENT_THREAT})${E}`, 'g') },
  {
    kind: 'sarcasm',
    re: new RegExp(`${W}(?:${SARCASM_FR}|${SARCASM_EN}|${SARCASM_FIXED})${E}`, 'g'),
  },
  { kind: 'sarcasm', re: /(?<![\w/])\/s(?![\w/])/g },
  {
    kind: 'generalisation',
    re: new RegExp(`${W}(?:${GENERALISATIONS})${E}`, 'g'),
    keep: isHurtfulGeneralisation,
  },
];
