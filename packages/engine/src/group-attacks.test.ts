import { describeReadings } from '../test/readings.fixture.ts';

// Attacks on a group without a single insult: a burden, a menace, no rights, a call to harm.
const HURTFUL: readonly string[] = [
  'Il faut abattre les migrants.',
  'On va éliminer tous les musulmans.',
  'Muslims disgust me.',
  'Disabled people are a burden on society.',
  'Les handicapés sont un fardeau pour la société.',
  'I would never hire a woman.',
  'Gay people should not be allowed to raise children.',
  'Les trans devraient être enfermés.',
  'Les juifs contrôlent les médias.',
];

// The same words with everyday objects, and swearing that cheers.
const HARMLESS: readonly string[] = [
  'Il faut abattre les arbres malades.',
  'Il faut éliminer les erreurs avant la mise en ligne.',
  'Je vais abattre ce mur pour agrandir la cuisine.',
  'Climate change is a threat to our coasts.',
  'Fuck yeah, what a great day!',
  'Putain, quelle belle journée !',
  'This is fucking awesome!',
];

describeReadings('attacks on a group without an insult', HURTFUL, HARMLESS);
