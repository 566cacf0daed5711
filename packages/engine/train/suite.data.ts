/**
 * Templates of our functional suite, written by us. Each category lists templates; slots are
 * filled from the lists below. Templates alternate between the training half (even positions)
 * and the test half (odd positions) of their category, so a wording used to train is never
 * used to test.
 *
 * Slots: {g} a group, {i} an insult, {d} a dehumanising word, {p} a positive quality, {x} a
 * harmless thing to criticise, {n} a first name, {k} a hurtful word aimed at a person (masked
 * categories), {w} a moment.
 */
export type SuiteLanguage = 'fr' | 'en';

export interface SuiteCategory {
  name: string;
  /** 1: hurtful, 0: not. */
  label: 0 | 1;
  templates: Readonly<Record<SuiteLanguage, readonly string[]>>;
}

export const FILLERS: Readonly<Record<SuiteLanguage, Readonly<Record<string, readonly string[]>>>> =
  {
    // lookup-safe: fixed slot names of our own templates
    fr: {
      g: [
        'les musulmans',
        'les juifs',
        'les immigrés',
        'les femmes',
        'les homosexuels',
        'les Noirs',
        'les Roms',
        'les personnes trans',
        'les handicapés',
        'les Asiatiques',
      ],
      i: ['connard', 'abruti', 'crétin', 'débile', 'bouffon', 'idiot', 'minable', 'imbécile'],
      d: ['des rats', 'des parasites', 'des cafards', 'des animaux', 'de la vermine', 'des porcs'],
      p: ['rien', 'le respect', 'la moindre confiance', 'un salaire', 'le droit de voter'],
      x: [
        'ce film',
        'cette appli',
        'le nouveau menu',
        'ce match',
        'la réforme',
        'cette mise à jour',
      ],
      n: ['Julien', 'Sarah', 'Karim', 'Léa', 'Thomas', 'Inès', 'Mehdi', 'Camille'],
      k: ['connard', 'salope', 'enculé', 'abruti', 'crétin', 'pourriture', 'bâtard', 'imbécile'],
      w: ['hier', 'ce matin', 'samedi'],
    },
    // lookup-safe: fixed slot names of our own templates
    en: {
      g: [
        'Muslims',
        'Jews',
        'immigrants',
        'women',
        'gay people',
        'Black people',
        'Roma',
        'trans people',
        'disabled people',
        'Asians',
      ],
      i: ['idiot', 'moron', 'loser', 'jerk', 'asshole', 'clown', 'imbecile', 'dumbass'],
      d: ['rats', 'parasites', 'cockroaches', 'animals', 'vermin', 'pigs'],
      p: ['anything', 'respect', 'any trust', 'a salary', 'the right to vote'],
      x: ['this film', 'this app', 'the new menu', 'this match', 'the reform', 'this update'],
      n: ['Jack', 'Sarah', 'Omar', 'Emily', 'Tom', 'Aisha', 'Luis', 'Megan'],
      k: ['idiot', 'moron', 'bitch', 'asshole', 'bastard', 'scumbag', 'imbecile', 'dumbass'],
      w: ['yesterday', 'this morning', 'on Saturday'],
    },
  };

export const SUITE: readonly SuiteCategory[] = [
  {
    name: 'negated positive (hateful)',
    label: 1,
    templates: {
      fr: [
        '{g} ne valent rien.',
        '{g} ne méritent pas {p}.',
        'Je ne ferai jamais confiance à {g}.',
        '{g} ne sont bons à rien.',
        'On ne devrait jamais écouter {g}.',
        '{g} ne seront jamais nos égaux.',
      ],
      en: [
        '{g} are not worth anything.',
        '{g} do not deserve {p}.',
        'I will never trust {g}.',
        '{g} are good for nothing.',
        'Nobody should ever listen to {g}.',
        '{g} will never be our equals.',
      ],
    },
  },
  {
    name: 'negated hate (not hateful)',
    label: 0,
    templates: {
      fr: [
        'Je ne déteste pas {g}, loin de là.',
        'Non, {g} ne sont pas le problème.',
        'Je ne dirai jamais de mal de {g}.',
        'Ce n’est pas vrai que {g} sont dangereux.',
        'Personne ne devrait insulter {g}.',
        'Il n’y a aucune raison de craindre {g}.',
      ],
      en: [
        'I do not hate {g}, far from it.',
        'No, {g} are not the problem.',
        'I would never speak ill of {g}.',
        'It is not true that {g} are dangerous.',
        'Nobody should insult {g}.',
        'There is no reason to fear {g}.',
      ],
    },
  },
  {
    name: 'counter-speech and reported speech',
    label: 0,
    templates: {
      fr: [
        'Dire que {g} sont {d}, c’est inacceptable.',
        '{n} m’a traité de {i} devant tout le monde et ça m’a fait mal.',
        'Arrêtez de dire que {g} sont {d}, c’est de la haine.',
        '{n} a écrit « {i} » sous ma photo, je l’ai signalé.',
        'Traiter {g} de {d} est raciste et faux.',
        '{n} m’a dit que j’étais un {i}, je ne l’accepte pas.',
      ],
      en: [
        'Saying that {g} are {d} is unacceptable.',
        '{n} called me a {i} in front of everyone and it hurt.',
        'Stop saying {g} are {d}, that is hate.',
        '{n} wrote "{i}" under my photo, I reported it.',
        'Calling {g} {d} is racist and wrong.',
        '{n} told me I was a {i}, I do not accept that.',
      ],
    },
  },
  {
    name: 'direct threat',
    label: 1,
    templates: {
      fr: [
        '{n}, je vais te retrouver, {i}.',
        '{n}, tu vas le regretter, {i}.',
        '{n}, je sais où tu habites.',
        'Fais gaffe à toi ce soir, {n}.',
        '{n}, je vais te faire payer ça.',
        'Tu ne perds rien pour attendre, {n}.',
        'On va venir chez toi, {n}.',
        '{n}, je vais te casser la figure.',
        'Un jour je te croiserai, {n}, et tu verras.',
        '{n}, tu vas finir à l’hôpital.',
      ],
      en: [
        '{n}, I am going to find you, {i}.',
        '{n}, you will regret this, {i}.',
        '{n}, I know where you live.',
        'Watch your back tonight, {n}.',
        '{n}, I am going to make you pay for this.',
        'You just wait, {n}.',
        'We are coming to your house, {n}.',
        '{n}, I am going to smash your face in.',
        'One day I will run into you, {n}, and you will see.',
        '{n}, you are going to end up in hospital.',
      ],
    },
  },
  {
    name: 'dehumanising comparison',
    label: 1,
    templates: {
      fr: [
        '{g} sont {d}.',
        '{g} se reproduisent comme {d}.',
        'Il faut traiter {g} comme {d}.',
        '{g} ? Rien que {d}.',
        'Ces gens-là, {g}, c’est {d}.',
        '{g} grouillent comme {d}.',
      ],
      en: [
        '{g} are {d}.',
        '{g} breed like {d}.',
        '{g} should be treated like {d}.',
        '{g}? Nothing but {d}.',
        'Those people, {g}, are {d}.',
        '{g} swarm like {d}.',
      ],
    },
  },
  {
    name: 'insult aimed at the reader',
    label: 1,
    templates: {
      fr: [
        '{n}, t’es vraiment qu’un {i}.',
        'Ferme-la, {n}, espèce de {i}.',
        '{n}, quel {i}, sérieux.',
        'Va voir ailleurs, {n}, pauvre {i}.',
        'Personne ne t’aime, {n}, sale {i}.',
        'Retourne jouer, {n}, espèce de {i}.',
      ],
      en: [
        '{n}, you are nothing but a {i}.',
        'Shut it, {n}, you {i}.',
        '{n}, what a {i}, seriously.',
        'Get lost, {n}, you {i}.',
        'Nobody likes you, {n}, you {i}.',
        'Go back to playing, {n}, you little {i}.',
      ],
    },
  },
  {
    name: 'criticism of a thing (not hurtful)',
    label: 0,
    templates: {
      fr: [
        '{x} est vraiment nul, quelle déception.',
        'Franchement {x}, c’est raté.',
        '{n}, je n’ai pas du tout aimé {x}.',
        '{n}, franchement {x} ne vaut pas le prix.',
        'Quelle perte de temps, {x}.',
        '{n}, {x} est lent et mal pensé.',
      ],
      en: [
        '{x} is really bad, what a letdown.',
        'Honestly {x} is a failure.',
        '{n}, I did not like {x} at all.',
        '{n}, honestly {x} is not worth the price.',
        'What a waste of time, {x}.',
        '{n}, {x} is slow and badly designed.',
      ],
    },
  },
  {
    name: 'group named harmlessly',
    label: 0,
    templates: {
      fr: [
        'Une conférence sur l’histoire de {g} ce soir.',
        'Mes collègues, {g} comme d’autres, sont géniaux.',
        'Le festival accueille {g} et leurs familles.',
        'Un livre passionnant écrit par {g}.',
        'Les droits de {g} progressent.',
        'J’ai discuté avec {g} du quartier.',
      ],
      en: [
        'A talk on the history of {g} tonight.',
        'My colleagues, {g} among others, are great.',
        'The festival welcomes {g} and their families.',
        'A fascinating book written by {g}.',
        'The rights of {g} are improving.',
        'I talked with {g} from the neighbourhood.',
      ],
    },
  },
  {
    name: 'homonyms and reclaimed words',
    label: 0,
    templates: {
      fr: [
        'Passe-moi la tapette à mouches.',
        'La chienne de mes voisins a eu six chiots.',
        'Ce gâteau est une vraie bombe.',
        'Il a tué le match à lui tout seul, quel joueur.',
        'On s’est tapé un fou rire.',
        'Cette chanson est mortelle.',
        'Je suis crevé après ce marathon.',
        'Le chat a attrapé un rat dans la grange.',
      ],
      en: [
        'The bitch had six puppies last night.',
        'They built a dyke to hold back the sea.',
        'The flame retardant coating failed the test.',
        'That concert was sick, I loved it.',
        'She killed it on stage tonight.',
        'As a queer woman, I love this community.',
        'I am dead tired after that marathon.',
        'The cat caught a rat in the barn.',
      ],
    },
  },
];
