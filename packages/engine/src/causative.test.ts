import { describeReadings } from '../test/readings.fixture.ts';

// Threats said through what someone will be made to undergo, with no verb of harm; and the same
// words where something is paid, regretted or softened. Our own sentences.
describeReadings(
  'threats through what someone will be made to undergo',
  [
    "I'm going to make every Muslim suffer.",
    'We will make them pay for this.',
    "We're going to make you pay.",
    "We'll make them bleed.",
    'I will make every Jew disappear.',
    'On va leur faire payer.',
    'On va faire souffrir les juifs.',
    'Je vais faire disparaître les Roms.',
    'Ils vont payer, ces Arabes.',
  ],
  [
    'They will make immigrants pay taxes.',
    'We will make women pay less for insurance.',
    "I'm going to make my kids pay for their own phone.",
    'The new law will make employers pay for training.',
    'It will make you regret nothing.',
    'This joke will make you die laughing.',
    'On va leur faire payer le parking.',
    'Les immigrés vont payer des impôts.',
    'Les femmes vont payer moins cher.',
    'Ça va leur faire regretter leur choix.',
  ],
);
