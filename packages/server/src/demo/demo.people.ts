import type { DemoPerson } from './demo.types.ts';

/**
 * The demo community: people we imagined for Empathie, from 17 to 77, in French and English.
 * The first one signs up first and so becomes the instance's admin: an association hosting its
 * own instance, as the product intends.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    username: 'entraide_numerique',
    displayName: 'Entraide Numérique',
    age: null,
    languages: ['fr', 'en'],
    uiLanguage: 'fr',
    bio: 'Association contre le cyberharcèlement. Écoute, ateliers d’autodéfense numérique, accompagnement des victimes. We answer in English too.',
    intention:
      'Nous sommes là pour que personne ne fasse face seul·e à une meute. Nous partageons des conseils pour se protéger, des nouvelles de nos ateliers, et surtout de la chaleur.',
    topics: ['solidarity', 'tech', 'volunteering'],
    locked: false,
    activity: 1.3,
  },
  {
    username: 'jeanne_martin',
    displayName: 'Jeanne Martin',
    age: 71,
    languages: ['fr'],
    uiLanguage: 'fr',
    bio: 'Institutrice à la retraite. Lectrice insatiable, grand-mère de trois, fidèle du club de lecture du jeudi.',
    intention:
      'J’ai passé quarante ans à apprendre aux enfants à lire et à s’écouter. Ici, je partage mes lectures et je continue d’apprendre, surtout des plus jeunes.',
    topics: ['reading', 'local', 'cooking'],
    locked: false,
    activity: 1,
  },
  {
    username: 'lea_b',
    displayName: 'Léa',
    age: 17,
    languages: ['fr'],
    uiLanguage: 'fr',
    bio: 'Terminale, option philo. Club débat, bénévole à l’aide aux devoirs le mercredi.',
    intention:
      'Je veux un réseau où on peut ne pas être d’accord sans se détruire. Je partage ce que j’apprends et ce qui me fait réfléchir.',
    topics: ['school', 'reading', 'volunteering'],
    locked: false,
    activity: 1.1,
  },
  {
    username: 'samir_jardine',
    displayName: 'Samir Haddad',
    age: 45,
    languages: ['fr'],
    uiLanguage: 'fr',
    bio: 'Jardinier municipal et animateur du jardin partagé des Tilleuls. Graines à échanger toute l’année.',
    intention:
      'La terre m’a appris la patience. J’aime montrer qu’on peut faire pousser des choses, et des liens, même au pied d’un immeuble.',
    topics: ['garden', 'cooking', 'local'],
    locked: false,
    activity: 1.2,
  },
  {
    username: 'nadia_soins',
    displayName: 'Nadia K.',
    age: 38,
    languages: ['fr'],
    uiLanguage: 'fr',
    bio: 'Infirmière de nuit. Maman, coureuse du dimanche, toujours partante pour un café.',
    intention:
      'Je viens ici pour souffler après mes gardes et rappeler que le soin, c’est l’affaire de tous. Je partage le quotidien de l’hôpital, avec tendresse.',
    topics: ['care', 'cooking', 'reading'],
    locked: false,
    activity: 0.8,
  },
  {
    username: 'claire_cuisine',
    displayName: 'Claire Dubois',
    age: 52,
    languages: ['fr'],
    uiLanguage: 'fr',
    bio: 'Cuisinière de cantine, bénévole à l’épicerie solidaire. Je ne jette rien.',
    intention:
      'Nourrir les gens, c’est ma façon de les aimer. Je partage des recettes simples, anti-gaspi, et ce que je vis à l’épicerie solidaire.',
    topics: ['cooking', 'volunteering', 'local'],
    locked: false,
    activity: 1,
  },
  {
    username: 'ines_benevole',
    displayName: 'Inès Morel',
    age: 24,
    languages: ['fr', 'en'],
    uiLanguage: 'fr',
    bio: 'Service civique dans une banque alimentaire. Entre Lyon et Manchester. FR/EN.',
    intention:
      'Je crois à l’entraide concrète. Je partage des appels à bénévoles, des petites victoires, et des coulisses de la solidarité, en français et en anglais.',
    topics: ['volunteering', 'cooking', 'local'],
    locked: false,
    activity: 1,
  },
  {
    username: 'tom_codes',
    displayName: 'Tom Ashworth',
    age: 29,
    languages: ['en'],
    uiLanguage: 'en',
    bio: 'Developer in Bristol. Free software, repair cafés, terrible puns.',
    intention:
      'I want technology that leaves people freer and kinder to each other. I share small tools, workshop notes and whatever I learn along the way.',
    topics: ['tech', 'science', 'volunteering'],
    locked: false,
    activity: 1.1,
  },
  {
    username: 'margaret_reads',
    displayName: 'Margaret Ellis',
    age: 77,
    languages: ['en'],
    uiLanguage: 'en',
    bio: 'Retired librarian. Reader, letter writer, keeper of a very old cat.',
    intention:
      'I spent my working life putting the right book in the right hands. I am here to keep doing that, and to learn from people younger than my teapot.',
    topics: ['reading', 'local', 'garden'],
    locked: false,
    activity: 0.9,
  },
  {
    username: 'kofi_stars',
    displayName: 'Kofi Mensah',
    age: 33,
    languages: ['en'],
    uiLanguage: 'en',
    bio: 'Physics teacher and amateur astronomer. Citizen science enthusiast.',
    intention:
      'Curiosity is for everyone. I share experiments you can do at home, night-sky tips, and the questions my students ask me.',
    topics: ['science', 'tech', 'reading'],
    locked: false,
    activity: 1,
  },
  {
    username: 'olivia_allotment',
    displayName: 'Olivia Grant',
    age: 62,
    languages: ['en'],
    uiLanguage: 'en',
    bio: 'Allotment keeper, grandmother, jam maker. I accept follows from people I can picture.',
    intention:
      'A quiet corner to share my plot, my kitchen and my grandchildren’s discoveries with people I trust.',
    topics: ['garden', 'cooking', 'reading'],
    locked: true,
    activity: 0.8,
  },
  {
    username: 'yusuf_local',
    displayName: 'Yusuf Aydin',
    age: 41,
    languages: ['en', 'fr'],
    uiLanguage: 'en',
    bio: 'Local reporter for a community radio. Bilingual. Good news deserves airtime too.',
    intention:
      'I want local news that brings people together instead of setting them against each other. I share what happens in the neighbourhood, in English and in French.',
    topics: ['local', 'science', 'volunteering'],
    locked: false,
    activity: 1.1,
  },
];

/** The password of every demo person, printed at the end of `npm run demo` and in the docs. */
export const DEMO_PASSWORD = 'empathie-demo';
