import { THREATS } from '../src/lexicon/lexicon.data.ts';
import { type Example, example } from './example.ts';

/**
 * Sentences we generate from templates of our own, to teach what the labelled sets rarely show:
 * groups named in harmless sentences (so a group's name alone is not toxic), attacks on groups
 * without slurs, insults aimed at the reader, and the same insults negated or reported. They are
 * training data only and are left out of every metric.
 */
const GROUPS = {
  fr: [
    'les musulmans',
    'les juifs',
    'les immigrés',
    'les femmes',
    'les homosexuels',
    'les Noirs',
    'les Arabes',
    'les Roms',
    'les personnes trans',
    'les réfugiés',
    'les chrétiens',
    'les personnes handicapées',
  ],
  en: [
    'Muslims',
    'Jews',
    'immigrants',
    'women',
    'gay people',
    'Black people',
    'Arabs',
    'trans people',
    'refugees',
    'Christians',
    'disabled people',
    'Mexicans',
  ],
};

const NEUTRAL = {
  fr: [
    '{g} ont organisé une fête dans le quartier.',
    'Je travaille avec {g} depuis des années.',
    'Un article intéressant sur {g} en France.',
    'Beaucoup de {g} vivent dans cette ville.',
    '{g} ont le droit d’être respectés.',
    'Nous accueillons {g} avec plaisir.',
    '{g}',
    'Que pensent {g} de cette loi ?',
    'Mes voisins sont {g} et ils sont adorables.',
    'Un reportage sur la vie des {g} à Lyon.',
    '{g} se sont réunis pour une fête.',
    'Je ne déteste pas {g}.',
    '{g} ne sont pas des {d}.',
    'Dire que {g} sont des {d}, c’est de la haine.',
  ],
  en: [
    '{g} held a party in the neighbourhood.',
    'I have worked with {g} for years.',
    'An interesting article about {g} in Europe.',
    'Many {g} live in this town.',
    '{g} deserve respect like everyone.',
    'We welcome {g} here.',
    '{g}',
    'What do {g} think about this law?',
    'My neighbours are {g} and they are lovely.',
    'A documentary about the lives of {g} in London.',
    '{g} gathered for a celebration.',
    'I do not hate {g}.',
    '{g} are not {d}.',
    'Saying that {g} are {d} is hateful.',
  ],
};

const ATTACKS = {
  fr: [
    '{g} sont des {d}.',
    '{g} ne sont pas des humains.',
    'Il faut virer tous {g} du pays.',
    '{g} sont inférieurs, point.',
    'Je déteste {g}, ils puent.',
  ],
  en: [
    '{g} are {d}.',
    '{g} are not human.',
    'All {g} should be thrown out of the country.',
    '{g} are inferior, period.',
    'I hate {g}, they are filth.',
  ],
};
const DEHUMANISING = {
  fr: ['parasites', 'rats', 'animaux', 'cafards', 'sauvages'],
  en: ['parasites', 'rats', 'animals', 'cockroaches', 'savages'],
};

const AIMED = {
  fr: [
    "t'es vraiment {i}",
    'tu es un {i}',
    'espèce de {i}',
    'vous êtes des {i}',
    'quel {i} tu fais',
  ],
  en: ['you are such a {i}', "you're a {i}", 'what a {i} you are', 'shut up, {i}', 'you {i}'],
};
const SOFTENED = {
  fr: [
    'je ne dis pas que tu es {i}',
    'il m’a traité de « {i} », ça m’a blessé',
    'traiter quelqu’un de {i} n’est pas acceptable',
    'tu n’es pas {i}',
  ],
  en: [
    'I am not saying you are a {i}',
    'he called me a "{i}" and it hurt',
    'calling someone a {i} is not okay',
    'you are not a {i}',
  ],
};

const FRENCH_INSULTS = [
  'con',
  'connard',
  'abruti',
  'idiot',
  'crétin',
  'débile',
  'nul',
  'bouffon',
  'imbécile',
  'minable',
  'naze',
  'tocard',
];
const ENGLISH_INSULTS = [
  'idiot',
  'moron',
  'loser',
  'jerk',
  'clown',
  'fool',
  'dumbass',
  'imbecile',
  'creep',
  'halfwit',
];

export function templateExamples(): Example[] {
  const out: Example[] = [];
  const add = (text: string, lang: 'fr' | 'en', labels: Parameters<typeof example>[4]) => {
    const ex = example(text, lang, 'empathie-templates', `tpl-${text}`, labels, 2);
    ex.weak = true;
    out.push(ex);
  };
  for (const lang of ['fr', 'en'] as const) {
    const insults = lang === 'fr' ? FRENCH_INSULTS : ENGLISH_INSULTS;
    for (const g of GROUPS[lang]) {
      NEUTRAL[lang].forEach((t, k) => {
        const d = DEHUMANISING[lang][k % DEHUMANISING[lang].length] ?? '';
        const text = t.replace('{g}', g).replace('{d}', d);
        add(text.charAt(0).toUpperCase() + text.slice(1), lang, { TOXICITY: 0 });
      });
      ATTACKS[lang].forEach((t, k) => {
        const d = DEHUMANISING[lang][k % DEHUMANISING[lang].length] ?? '';
        add(t.replace('{g}', g).replace('{d}', d), lang, {
          TOXICITY: 1,
          IDENTITY_ATTACK: 1,
          THREAT: 0,
        });
      });
    }
    for (const i of insults) {
      for (const t of AIMED[lang])
        add(t.replace('{i}', i), lang, { TOXICITY: 1, INSULT: 1, THREAT: 0, IDENTITY_ATTACK: 0 });
      for (const t of SOFTENED[lang]) add(t.replace('{i}', i), lang, { TOXICITY: 0 });
    }
  }
  // Threat phrases of our lexicon, said plainly, teach THREAT for both languages.
  for (const phrase of THREATS.filter((p) => p.includes(' '))) {
    const lang = /\b(je|tu|te|on|il|les|va|vais|faut|mort|crève|creve|meurs)\b/.test(phrase)
      ? 'fr'
      : 'en';
    add(`${phrase}.`, lang, { TOXICITY: 1, THREAT: 1 });
  }
  return out;
}
