import { describe, expect, it } from 'vitest';
import { readKeys, typedKeys } from '../test/keys.fixture.ts';
import { describeReadings } from '../test/readings.fixture.ts';

// Masks on any word the engine's rules read, not only on insults: a group's name, or the word
// that says what is thought of it. Our own sentences.
const read = readKeys;

describe('masked words the rules read', () => {
  it.each([
    ['Les Niors sont sales.', 'les noirs sont sales'],
    ['I htae Muslims.', 'i hate muslims'],
    ['Muslims are not welcmoe here.', 'muslims are not welcome here'],
    ['Les juis sont des sous-hommes.', 'les juifs sont des sous homes'],
    ['Il y a beaucoup trop de uifs ici.', 'il y a beaucoup trop de juifs ici'],
    ['Les immigrés sont une hont e.', 'les imigres sont une honte'],
    ['Je vais buter lesjuifs.', 'je vais buter les juifs'],
    ['gaypeople are a plague.', 'gay people are a plague'],
    ['Refugees are notwelcome here.', 'refuges are not welcome here'],
    ['On devraitenfermer les Roms.', 'on devrait enfermer les roms'],
    // "!" for "i" at the start of a word, not the end of a sentence.
    ['Omar is a total !diot.', 'omar is a total idiot'],
    // A deletion or a swap that leaves a double letter.
    ['Je méprise les muulmans.', 'je meprise les musulmans'],
    ['Les fmemes devraient se taire.', 'les femes devraient se taire'],
    ['Je déteste les femems.', 'je deteste les femes'],
    // Pieces that are short words, but no frequent ones.
    ['Je ws are greedy.', 'jews are gredy'],
    ['Why are wo men so dumb?', 'why are women so dumb'],
    ['Tr ans people are freaks.', 'trans people are freaks'],
    ['Muzzies are sc um.', 'muzies are scum'],
    // A group's name with a letter missing, where a group's name is expected.
    ['Jws are greedy.', 'jews are gredy'],
    ['Tans people are freaks.', 'trans people are freaks'],
    ['Trns people should be locked up.', 'trans people should be locked up'],
    // A group's name with two letters swapped, the first two included, where a group's name is
    // expected, or anywhere when the capital is out of place.
    ['Je hais les oNirs.', 'je hais les noirs'],
    ["J'ai horreur des rAabes.", "j' ai horeur des arabes"],
    ['Les ujifs ont tout pris.', 'les juifs ont tout pris'],
    ['On devrait enfermer les mimigrés.', 'on devrait enfermer les imigres'],
    ['Les Noris sont sales.', 'les noirs sont sales'],
    ['eJws make me sick.', 'jews make me sick'],
    ['I despise rAabs.', 'i despise arabs'],
    ['I hate Aarbs.', 'i hate arabs'],
    // A plural with a letter missing, read on its singular.
    ['Les rabes sont répugnants.', 'les arabes sont repugnants'],
    // A word typed in pieces that are words of their own, where the sentence says what it is.
    [
      'Les homosexuels sont une hon te pour ce pays.',
      'les homosexuels sont une honte pour ce pays',
    ],
    ['Je mé prise les trans.', 'je meprise les trans'],
    ['Les musulmans ne sont que des bêt es.', 'les musulmans ne sont que des betes'],
    ['I ha te Muslims.', 'i hate muslims'],
    ['Les femmes sont une pl aie.', 'les femes sont une plaie'],
    // Spaces left out: the speaker and a verb of loathing, a hurtful verb and its object, a
    // group's name before "people", a contraction.
    ['Jehais les femmes.', 'je hais les femes'],
    ['Jehaisles homosexuels.', 'je hais les homosexuels'],
    ['Niqueles homosexuels.', 'nique les homosexuels'],
    ['Idespisegay people.', 'i despise gay people'],
    ['In myopiniongay people are a disease.', 'in my opinion gay people are a disease'],
    ["I don'trespect women.", 'i do not respect women'],
    // A star for a letter, an "@" for the "a" a word opens on.
    ['Je méprise les R*ms.', 'je meprise les roms'],
    ['Les j*1fs sont une honte.', 'les juifs sont une honte'],
    ['Les mu$*lmans sont une honte.', 'les musulmans sont une honte'],
    ['Pourquoi les N*!rs puent-ils autant ?', 'pourquoi les noirs puent ils autant'],
    ['Les @rabes sont sales.', 'les arabes sont sales'],
    ['Sarah, shut up, you m*r*n.', 'sarah shut up you moron'],
    // A run of stars for the middle or the end of a word; the first letter alone for the swear
    // words most often typed so.
    ['Je vais égor*** ces gens.', 'je vais egorger ces gens'],
    ['Il faut tous les exter*****.', 'il faut tous les exterminer'],
    ['Les tap*****s du Marais.', 'les tapete du marais'],
    ['Quelle sal**e, celle-là.', 'quele salope cele la'],
    ['Va te faire f***.', 'va te faire fuck'],
    ['Ta gueule, p*****.', 'ta gueule putain'],
    // Two of the most frequent words glued, a group's name after "chaque" with a letter missing.
    ['Burn allthe refugees.', 'burn al the refuges'],
    ['Chassez tousles Roms.', 'chasez tous les roms'],
    ['Je vais frapper chaque uif du quartier.', 'je vais fraper chaque juif du quartier'],
    // Symbols at a word's edge, once the symbols inside it count as letters.
    ['I h4t3 J3w5.', 'i hate jews'],
    ['Immigrants are 5h1t.', 'imigrants are shit'],
    ['Les femmes sont c0nn35.', 'les femes sont cones'],
    // A four-letter insult without its vowel.
    ['fck you', 'fuck you'],
    ['Muzzies are scm.', 'muzies are scum'],
    // A word of five letters or more in pieces, one of them short and uncommon ("ing", "st").
    ["I'm go ing to hurt every Roma.", 'i am going to hurt every roma'],
    ['Why do Mexicans st ink?', 'why do mexicans stink'],
    ['Asians can never be tru st ed.', 'asians can never be trusted'],
    // A letter the tokeniser reads as two words ("t" as "tu es") is one piece of the word.
    ['Gypsies make me want to t hrow up.', 'gypsies make me want to throw up'],
    ['Roma deserve nothing but conte mp t.', 'roma deserve nothing but contempt'],
    // A group's name of six letters or more with its inner letters stirred, where one is expected.
    ['Je méprise les tisgaens.', 'je meprise les tsiganes'],
    ['I despise all Mxeicnas.', 'i despise al mexicans'],
    // Which is what the pieces spell wherever they stand: a word of no harm stays one.
    ['Une pl ace réservée.', 'une place reserve'],
  ])('reads %j as the words it masks', (text, words) => {
    expect(read(text)).toBe(words);
  });

  it.each([
    'Elle a un goût amère.',
    'La mécanique de précision.',
    'Un marabout a prédit la pluie.',
    'Ils maltraitent leurs chiens.',
    'La perversion du système.',
    'Respectons les règles.',
    'Il touchait le fond.',
    'Le tour de Thessalonique.',
    'La réunion est reportée à mardi.',
    'Le monde se porterait mieux.',
    'Je vais peindre la cuisine.',
    'The heating is broken.',
    'Il faut murer cette porte.',
    // Short words that are frequent ("pu te"), a name, a single letter, a word of its own.
    "J'ai pu te voir hier.",
    'dumb as a rock',
    'Jack as we hugged on Saturday.',
    'We threw Jack a party.',
    'The history of Africa is long.',
    'slt ça va',
    'mp3 ps4 covid19 h24',
    // Everyday words where a group's name could stand, and capitals inside a brand's name.
    'Les aliens sont arrivés.',
    'Il a offert des roses.',
    'The gas is off.',
    'Les malins ont gagné.',
    'Les bancs du parc.',
    'I sold it on eBay with my iPhone.',
    // Words one space apart that spell a word the rules read, in no place that says so.
    'Il a ha is the word.',
    'Je me prise pas la tête.',
    // Stirred letters out of a group's place, or an everyday word with the same letters.
    'Mon ami tisgaens est venu.',
    'A mxeicnas recipe.',
    // Short pieces of a word the rules do not read, or shorter than five letters.
    'Il est parti à St Malo.',
    'Le st ylo est bleu.',
    // ... or whose pieces hold a word among the most frequent ("the", "and").
    'So the irs audited him again.',
    'We walked down Wall St and then home.',
    'Les gens sont des bons vivants.',
    // Derived words that end like a determiner, a verb that goes on.
    'Quelles connardes, celles-là.',
    'Le théâtre de guignoles.',
    'Jehaissais rien.',
    'He is a pro at conspiracies.',
    // Names and slang that only look like two frequent words glued.
    'Neil Lennon and nonce, wassup',
    // A name withheld, stars for a rating or a password.
    'Mr J*** a démissionné.',
    'Note : 4****, très bon hôtel.',
    'Le mot de passe est a*****.',
    // Stars for emphasis or sums, mentions of people.
    'That was *so* good, 5*3 = 15.',
    'Thanks @alice and @bob for the help.',
  ])('leaves the words of %j as they are', (text) => {
    expect(read(text)).toBe(typedKeys(text));
  });
});

// Each attack plain and masked, and harmless sentences about the same groups.
describeReadings(
  'an attack on a group stays flagged when a word of it is masked',
  [
    ['Les musulmans sont une plaie.', 'Les musulmnas sont une plaie.'],
    ['Les juifs sont une plaie.', 'Les jiufs sont une plaie.'],
    ['Les Noirs sont des sous-hommes.', 'Les Nirs sont des sous-hommes.'],
    ['Les femmes sont répugnantes.', 'Lesfemmes sont répugnantes.'],
    ['Les Arabes ne sont pas les bienvenus ici.', 'Les Arabes ne sont pas lesbienvenus ici.'],
    ['Je méprise les homosexuels.', 'Je mérpise les homosexuels.'],
    ['I hate Muslims.', 'I htae Muslims.'],
    ['Jews are a disease.', 'Jesw are a disease.'],
    ['Refugees are not welcome here.', 'Refugees are not welcmoe here.'],
    ['Gay people are a plague.', 'gaypeople are a plague.'],
    ['Trans people are disgusting.', 'Trans people are disg usting.'],
  ].flat(),
  [
    'Les musulmans fêtent la fin du ramadan.',
    'Nous accueillons les réfugiés avec joie.',
    'Les Noirs et les Blancs jouent ensemble.',
    'Gay people are welcome here.',
  ],
);

// A group's short name glued to the word before it, or to the verb after it.
describeReadings(
  "a group's short name glued to its neighbours",
  ['IhateJews, they should leave.', 'Jewsare a plague.', 'I despisegays.'],
  ['The arabesque on the ceiling is lovely.', 'We took the transit bus to Rome.'],
);

// The words of a phrase, or a group's name, typed glued to the words around them; against long
// words that begin with a group's name, and glued words of no harm.
describeReadings(
  'a phrase or a group’s name glued to the words around it',
  [
    'There are far too manyrefugeesin this town.',
    'Les juifs sont unemaladie pour ce pays.',
    'Arabs are adisgrace, honestly.',
    'I can notstand Jews, sorry.',
    'Womenmake me sick.',
    'Those Jewsshould all be shot.',
  ],
  [
    'La criminalité transnationale progresse.',
    'Le réseau transfrontalier est efficace.',
    'Team blackberry forever: teamblackberry',
    'I play the jewsharp.',
    'Son discours transpire la confiance.',
    'Happy #womenshistorymonth everyone',
  ],
);
