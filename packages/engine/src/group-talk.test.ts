import { beforeAll, describe, expect, it } from 'vitest';
import { describeReadings } from '../test/readings.fixture.ts';
import { type Engine, loadEngine } from './analyze.ts';
import { GROUP_EXPLANATION } from './coach/explanations.data.ts';
import { judge } from './judgement.ts';

// What a sentence says of a group it names, with no insult or slur: demeaning words after a
// copula, loathing before the group, a pronoun taking the group up, a wish for its death.
const HURTFUL: readonly string[] = [
  'Les Roms sont malhonnêtes et paresseux.',
  "I can't stand Muslims.",
  'Je méprise les musulmans.',
  'Les femmes me donnent envie de vomir.',
  'Les trans ? Ils sont tous pourris.',
  'Look at those refugees. What a bunch of pests.',
  'Les juifs ne sont jamais fiables.',
  'Women are not worth anything.',
  'Gay people should all be executed.',
  'Les immigrés devraient être expulsés, tous.',
  'Refugees ruin everything they touch.',
  'Les handicapés méritent de mourir.',
  'Les immigrés se plaignent sans arrêt, et ils sont tous sales et paresseux.',
  'Women belong in the kitchen.',
  'Ces gens sont des sous-hommes.',
  'These people are subhuman.',
  'They are beasts, not humans.',
];

// The same words where the group is not the one demeaned, or the demeaning is denied or quoted.
const HARMLESS: readonly string[] = [
  'It is not true that Black people are dangerous.',
  'Nobody should hate Jews.',
  'Saying Muslims are repulsive is simply wrong.',
  'Refugees take dangerous routes to reach Europe.',
  'Les femmes vivent dans cette ville.',
  'Les femmes sont dans la salle.',
  'Les juifs ont été exterminés pendant la Shoah.',
  'Trans people are afraid to be killed.',
  'Les personnes handicapées sont victimes de violences.',
  'Les insultes comme « sale juif » n’ont rien à faire ici.',
  'Les musulmans ne sont pas des criminels.',
  'Disabled people are not a burden.',
  'I love gay people because they are kind.',
  'Muslims are welcome here, and they are never a burden.',
  'Comic Sans must die.',
  'These people are victims of violence.',
  'Ces gens sont des héros.',
  'They are dangerous storms, stay inside.',
  "Je vais m'occuper de toi, ne t'inquiète pas.",
];

describeReadings('what a sentence says of a group', HURTFUL, HARMLESS);

describe('the coach on a group demeaned', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  });

  it.each([
    ['Women are not worth anything.', 'worth'],
    ['Les Roms sont malhonnêtes et paresseux.', 'malhonnêtes'],
    ['Les trans ? Ils sont tous pourris.', 'pourris'],
  ])('pauses "%s", marks "%s" and says it aims at a whole group', (text, word) => {
    const analysis = engine.analyze(text);
    const judgement = judge(analysis, 0.7);
    expect(judgement.verdict).toBe('pause');
    const marked = judgement.marks.map((m) => text.slice(m.begin, m.end));
    expect(marked).toContain(word);
    expect(analysis.coach.findings.map((f) => f.explanation)).toContainEqual(GROUP_EXPLANATION);
  });
});

// Tropes and wishes said of a group without a hurtful word: criminal nouns, cages, power and
// strings pulled, "not normal", "nothing worse than", a home refused, a wish to see them harmed.
// Against the same words said of no group, of hatred itself, or with a clause between.
describeReadings(
  'tropes and wishes said of a group, against the same words elsewhere',
  [
    'All Muslims are terrorists at heart.',
    'Tous les musulmans sont des terroristes.',
    'Black people belong in cages.',
    'Les Noirs devraient être en cage.',
    'Jews have too much power.',
    'Les juifs ont trop de pouvoir.',
    'Gay people are not normal.',
    'Les homos ne sont pas normaux.',
    'There is nothing worse than a woman in charge.',
    'Rien de pire qu’une femme aux commandes.',
    'Les homos ne devraient pas approcher des enfants.',
    'Je ne laisserai jamais un musulman entrer chez moi.',
    'I’d love to see all immigrants burn.',
    'J’aimerais voir tous les immigrés brûler.',
    'Qu’ils rentrent chez eux, les migrants.',
  ],
  [
    'Terrorists attacked the embassy yesterday.',
    'Gay people are normal, like everyone else.',
    'It’s not normal that refugees sleep in the street.',
    'Ce n’est pas normal que les migrants dorment dehors.',
    'Nothing worse than a Monday morning.',
    'There’s nothing worse than racism against Black people.',
    'Rien de pire que le racisme envers les Noirs.',
    'I’d love to see all immigrants succeed.',
    'J’aimerais voir tous les réfugiés réussir.',
    'The banks have too much power.',
    'Never let a stranger into my house.',
    'Les enfants ne devraient pas approcher de la piscine sans adulte.',
    'Women should not have children if they don’t want them.',
    'Calling Muslims terrorists is racist.',
    'Les migrants ne sont pas des voyous.',
    'Les réfugiés rentrent chez eux quand la guerre se termine.',
  ],
);

// Worth denied to a group in more words: smart enough, value, real women, good citizens, what a
// group brings or contributes. Against praise said with the same words, "ne … que", "not all …",
// a denial doubted in a question, and the same words of things.
describeReadings(
  'worth denied to a group in more words, against the same words in praise',
  [
    'Women are not smart enough for this job.',
    'Les femmes ne sont pas assez intelligentes pour ce poste.',
    'Immigrants have no value to this society.',
    'Les immigrés n’ont aucune valeur pour cette société.',
    'Trans people are not real women.',
    'Les femmes trans ne sont pas de vraies femmes.',
    'Disabled people contribute nothing.',
    'Les handicapés n’apportent rien.',
    'Refugees bring nothing good.',
    'No Muslim can be a good citizen.',
    'Aucun musulman ne peut être un bon citoyen.',
    'Les juifs ne sont pas de vrais Européens.',
  ],
  [
    'Refugees bring nothing but joy to our town.',
    'Les réfugiés n’apportent que du bonheur.',
    'Women don’t deserve this kind of treatment.',
    'This app brings nothing new.',
    'Ce film n’apporte rien de neuf.',
    'Ce tableau n’a aucune valeur.',
    'Disabled people contribute so much.',
    'Trans women are real women.',
    'Les femmes trans sont de vraies femmes.',
    'Women are not smart enough? That is a sexist myth.',
  ],
);

// A group as the topic, taken up in the next sentence; stereotypes of place and skill; a group
// likened to a disease. Against the same words of things, of people not a group, and of praise.
describeReadings(
  'a group taken up in the next sentence, stereotypes, likened to a disease',
  [
    'Immigrants? I can’t stand them.',
    'Les immigrés ? Je ne peux pas les supporter.',
    'J’ai rencontré beaucoup de musulmans. Ce sont tous des menteurs.',
    'Why are gay people so annoying?',
    'Pourquoi les homos sont-ils si agaçants ?',
    'Women should stick to cooking and cleaning.',
    'Les femmes devraient se contenter de cuisiner et de faire le ménage.',
    'A woman’s place is in the kitchen.',
    'À mon avis, la place des femmes est à la cuisine.',
    'Typical Jewish behaviour, always about money.',
    'Muslims are like a virus spreading through Europe.',
    'Les musulmans sont comme un virus qui se répand en Europe.',
    'Women can’t drive, it’s a fact.',
    'Les femmes ne savent pas conduire, c’est un fait.',
  ],
  [
    'Refugees? I love them.',
    'Les immigrés ? Ce film parle d’eux.',
    'Why is this app so annoying?',
    'A chef’s place is in the kitchen.',
    'La place des chefs est à la cuisine.',
    'Typical Jewish food, delicious.',
    'The flu spreads like a virus in winter.',
    'My mum can’t drive at night.',
  ],
);

// Implicit attacks: conditions put on a group, blame, tropes, a group as a topic then what is
// said of it with no verb ("Les musulmans ? Rien que des animaux.", which went unread: the next
// sentence was looked for in the topic's own). Against the same frames said kindly.
describeReadings(
  'implicit attacks on a group, against the same frames said kindly',
  [
    'Gay people are fine as long as they keep it to themselves.',
    'Les homos, ça va tant qu’ils restent discrets.',
    'If you’re a woman, your opinion doesn’t matter.',
    'Immigrants are the reason we can’t have nice things.',
    'Our neighbourhood was better before the Arabs moved in.',
    'Notre quartier était mieux avant l’arrivée des Arabes.',
    'Je ne suis pas raciste, mais les Africains sont moins évolués.',
    'Trans people are just confused and need therapy.',
    'Jews always find a way to make money off others.',
    'Les femmes ne sont bonnes qu’à une chose.',
    'Muslims and democracy don’t mix.',
    'I’d rather die than have a Muslim neighbour.',
    'Gypsies? Hide your wallets.',
    'Des Roms ? Cachez vos portefeuilles.',
    'Les musulmans ? Rien que des animaux.',
    'Immigrants? Nothing but vermin.',
  ],
  [
    'Les Roms ? Ils vivent près de chez moi.',
    'Refugees? They need our help.',
    'Immigrants? Welcome!',
    'Tourists? Hide your wallets, the market is crowded.',
    'Ce vin n’est bon qu’à une chose : la cuisine.',
    'Our neighbourhood was better before the motorway was built.',
  ],
);

// More groups named: bisexual, queer and non-binary people, deaf, blind and autistic people.
describeReadings(
  'attacks on more groups, against the same names said kindly',
  [
    'Deaf people are disgusting and should leave.',
    'Les autistes sont des parasites.',
    'Bisexual people are a plague.',
    'Les sourds ne valent rien.',
  ],
  [
    'Queer people are welcome here.',
    'Blind people deserve accessible websites.',
    'The bisexuals in our club organised a picnic.',
    'Il y a trop de personnes âgées dans le vol.',
  ],
);

describeReadings(
  'a group taken up by a pronoun in the next sentence',
  [
    'We had Somalis move in next door. I cannot stand them.',
    'Des Roms campent près de chez nous. Je ne peux pas les voir.',
    'Encore des Afghans à la gare. Qu’ils dégagent.',
  ],
  [
    'We had Somalis move in next door. They brought us cake.',
    'Refugees arrived at the station. I cannot stand them being treated like this.',
    'Des Roms campent près de chez nous. Qu’ils soient bien accueillis.',
  ],
);
