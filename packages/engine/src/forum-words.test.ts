import { describeReadings } from '../test/readings.fixture.ts';

// Slurs and forum insults the lexicon lacked: each sentence is ours, aimed at a person or a group.
const HURTFUL: readonly string[] = [
  'espèce de tafiole, dégage',
  'sale bougnoul, rentre chez toi',
  "t'es qu'une fiotte",
  'va te cacher, sale travelo',
  'les chinetoques sont tous pareils',
  'ferme-la, gros low iq',
  "t'es vraiment un cas social",
  'bande de fragiles, vous pleurez pour rien',
  'quel gueux celui-là',
  'les trans sont des dégénérés',
  'shut up, you soyboy',
  'you are a total spaz',
  'go back to your country, gook',
];

// Everyday senses of words left out of the lexicon on purpose (pedal, swelling, a real chance).
const HARMLESS: readonly string[] = [
  'appuie doucement sur la pédale de frein',
  "j'ai une enflure au genou depuis hier",
  'le tourisme est une chance pour la France',
  'la steppe mongole est immense',
  'il suce son pouce en dormant',
  'on se retrouve plus tard',
];

describeReadings('forum words and slurs', HURTFUL, HARMLESS);
