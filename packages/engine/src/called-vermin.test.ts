import { describeReadings } from '../test/readings.fixture.ts';

// A person called vermin or an animal, against the same words said of animals, said in praise,
// or used inside another noun. Our own sentences.
describeReadings(
  'a person called vermin or an animal, against the same words of animals and in praise',
  [
    'Tu es une vermine.',
    'T’es qu’un animal.',
    'Tu n’es qu’un cafard.',
    'Vous êtes des porcs.',
    'Tu es un sous-homme.',
    'T’es un rat, voilà tout.',
    'Espèce de porc !',
    'You are vermin.',
    'You’re nothing but an animal.',
    'You are all rats.',
    'Shut up, you pig.',
    'You cockroach.',
    'You’re a rat who sold us out.',
    'Apes, that’s what they are.',
    'Des singes, voilà ce qu’ils sont.',
  ],
  [
    'J’ai vu un rat dans le métro ce matin.',
    'Mon chien dort sur le canapé.',
    'T’es une bête, quel match !',
    'You’re a beast, what a goal!',
    'You are a dog lover, I can tell.',
    'Are you a dog person or a cat person?',
    'You’re not a rat, you told the truth.',
    'I am such a pig, I ate the whole cake.',
    'Tu es un petit singe, mon chéri.',
    'Les singes du zoo ont un nouvel enclos.',
    'I’ll drive you home after the party.',
    'Tu es un sous-chef formidable.',
  ],
);
