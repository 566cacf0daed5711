import type { Bilingual } from '../http/language.ts';

export const INSTANCE_TITLE = 'Empathie';

export const SHORT_DESCRIPTION: Bilingual = {
  fr: 'Un réseau social qui aide à se parler avec empathie.',
  en: 'A social network that helps people speak with empathy.',
};

export const DESCRIPTION: Bilingual = {
  fr:
    'Empathie est un réseau social libre et fédéré. Avant de publier, un coach vous montre ' +
    'ce que votre message peut faire ressentir et vous propose une façon plus apaisée de le dire ; ' +
    'vous restez libre de votre choix. Ensemble, on se protège des meutes et on agit pour le bien commun.',
  en:
    'Empathie is a free, federated social network. Before you post, a coach shows what your ' +
    'message may make its reader feel and offers a calmer way to say it; the choice stays yours. ' +
    'Together we protect one another from pile-ons and act for the common good.',
};

/** The community's ground rules, written for this project in both languages. */
export const RULES: Array<{ id: string; text: Bilingual; hint: Bilingual }> = [
  {
    id: '1',
    text: {
      fr: 'Parlez aux personnes comme vous aimeriez qu’on vous parle.',
      en: 'Speak to people the way you would like to be spoken to.',
    },
    hint: {
      fr: 'Critiquez les idées, jamais les personnes.',
      en: 'Criticise ideas, never people.',
    },
  },
  {
    id: '2',
    text: {
      fr: 'Pas de harcèlement, ni seul·e ni en meute.',
      en: 'No harassment, alone or as a pile-on.',
    },
    hint: {
      fr: 'Répondre en masse à une personne pour l’accabler est du harcèlement.',
      en: 'Piling replies onto one person to overwhelm them is harassment.',
    },
  },
  {
    id: '3',
    text: {
      fr: 'Aucun contenu illégal, haineux ou discriminatoire.',
      en: 'No illegal, hateful or discriminatory content.',
    },
    hint: {
      fr: 'Les attaques visant l’origine, le genre, la religion, l’orientation ou le handicap sont retirées.',
      en: 'Attacks on origin, gender, religion, orientation or disability are removed.',
    },
  },
  {
    id: '4',
    text: {
      fr: 'Signalez les comptes automatisés et ne trompez personne sur qui vous êtes.',
      en: 'Label automated accounts and do not mislead anyone about who you are.',
    },
    hint: {
      fr: 'Un robot porte l’étiquette « bot ».',
      en: 'A bot carries the “bot” label.',
    },
  },
  {
    id: '5',
    text: {
      fr: 'Respectez la vie privée : ne publiez pas d’informations personnelles d’autrui.',
      en: 'Respect privacy: do not publish other people’s personal information.',
    },
    hint: {
      fr: 'Adresse, téléphone, lieu de travail : jamais sans accord.',
      en: 'Address, phone number, workplace: never without consent.',
    },
  },
];
