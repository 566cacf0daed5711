import { beforeAll, describe, expect, it } from 'vitest';
import { describeReadings } from '../test/readings.fixture.ts';
import { type Engine, loadEngine } from './analyze.ts';
import { judge } from './judgement.ts';

// Swearing at a bus, or a harsh word about a thing, aims at no one; the same words aimed at the
// reader do. Our own sentences.
describe('venting and criticism of a thing weigh far less than the same words at a person', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  });
  const toxicity = (text: string) => engine.analyze(text, { coach: false }).scores.TOXICITY;

  it.each([
    ['Fuck, I missed the bus again.', 'Fuck you, you missed the bus.'],
    ['Shit, I forgot my keys.', 'You piece of shit, you forgot my keys.'],
    ['Merde, j’ai oublié mes clés.', 'Merde à toi, t’as oublié mes clés.'],
    ['Putain, j’ai encore raté le bus.', 'Putain, t’es vraiment con.'],
    ['That idea is idiotic.', 'Your idea is idiotic.'],
    ['Ce film était nul, une vraie perte de temps.', 'T’es nul, une vraie perte de temps.'],
  ])('%j scores at least 0.3 below %j', (venting, aimed) => {
    expect(toxicity(aimed) - toxicity(venting)).toBeGreaterThanOrEqual(0.3);
  });

  it.each([
    'Merde, j’ai oublié mes clés.',
    'Putain, j’ai encore raté le bus.',
    'Ce film était nul, une vraie perte de temps.',
    'Quelle règle débile.',
    'That idea is idiotic.',
  ])('does not flag %j', (text) => {
    expect(toxicity(text)).toBeLessThan(engine.thresholds.TOXICITY);
  });

  // Venting hurts no reader, but it is still swearing: PROFANITY says so (Perspective's clients
  // read it), and the coach does not pause on it alone.
  it.each([
    'Merde, j’ai oublié mes clés.',
    'Fuck, I missed the bus again.',
    'Putain, Sesame Street est de retour !',
  ])('still reads %j as profanity, without pausing on it', (text) => {
    const a = engine.analyze(text);
    expect(a.scores.PROFANITY).toBeGreaterThanOrEqual(engine.thresholds.PROFANITY);
    expect(judge(a, 0.7).verdict).not.toBe('pause');
  });
});

describeReadings(
  'an insult aimed at the reader through words that add nothing',
  ["You're nothing but a waste of space.", "You're nothing but a prat.", "T'es rien qu'un nullos."],
  ['You said the movie was stupid.'],
);

// A swear word said as an exclamation, at the start or the end of its clause, aims at no one even
// without an impersonal opener; a swear word that names someone ("giant twat") is no exclamation.
describeReadings(
  'a swear word said as an exclamation',
  ['Putain, t’es vraiment con.', 'Shut up, you giant twat.', 'Fuck you, seriously.'],
  [
    'Putain Sesame Street est de retour !',
    'Il reste deux combats, bordel.',
    'Oh shit, the concert starts at eight?',
    'Merde ! Je ne l’ai pas prévenue.',
  ],
);

// A swear word used as an intensifier, in a sentence with no insult and no one in it, vents
// whatever the sentence opens with; an insult beside it, or a word of contempt for a person, does
// not.
describeReadings(
  'a swear word as an intensifier, aimed at no one',
  [
    'Fucking idiot.',
    'You are so fucking stupid.',
    'Time to start an army of hoes.',
    'Ferme ta gueule, putain de connard.',
  ],
  [
    'So fucking tired today.',
    'Damn tired after that shift.',
    'I will not sell the fucking picture.',
  ],
);

// A swear word among words of joy cheers even when a group is named, as long as nothing in the
// sentence insults or threatens.
describeReadings(
  'a swear word of joy beside a group',
  ['Fuck yeah, kill all the gays.', 'Fucking Muslims everywhere, I hate them.'],
  ['Fuck yeah, I love Muslim food.', 'Damn, those immigrant-run bakeries make the best bread.'],
);

// SMS spelling of hatred: "h8" is "hate".
describeReadings('"h8" read as "hate"', ['I h8 Muslims.', 'She h8s women.'], ['Gr8 job, m8!']);

// A swear word said alone before a comma at the start of a sentence is an interjection; what
// follows it still counts.
describeReadings(
  'a swear word said as an interjection',
  ['Shit, you are so stupid.', 'Merde, t’es vraiment con.', 'Fuck, I hate Muslims.'],
  [
    'Shit, the bus is late again.',
    'Merde, le train est encore en retard.',
    'Fuck, I forgot my keys again.',
    'Putain, j’ai encore oublié mes clés.',
  ],
);

// The same exclamation closing a sentence after a comma, alone or after "quelle", "oh", "what a".
describeReadings(
  'a swear word said as an exclamation that closes the sentence',
  ['Tu es vraiment nul, quelle merde.', 'You are a useless idiot, oh shit.'],
  [
    'Le bus est encore en retard, quelle merde.',
    'I dropped my phone in the sink, oh shit.',
    'Plus de café au bureau, putain.',
  ],
);

describeReadings(
  'a swear word opened by "holy", "oh" or "ah" before a comma is an exclamation',
  ['Holy shit, you are a complete idiot.', 'Oh putain, t’es vraiment un connard.'],
  [
    'Holy shit, that was a brilliant match!',
    'Oh putain, le train est encore en retard.',
    'Ah merde, j’ai oublié mes clés.',
  ],
);

describeReadings(
  '"foutu" is a swear word: at a thing it vents, at the reader it hurts',
  ['T’es un foutu menteur.', 'Ta foutue gueule, ferme-la.'],
  ['Ce foutu train est encore en retard.'],
);

// Banter: a dismissal said with a noun of praise to the reader.
describeReadings(
  'a dismissal said with praise is banter',
  ['Shut up, you absolute idiot, nobody asked.', 'Ta gueule, espèce de con.'],
  ['Shut up, you legend, what a save!', 'Ta gueule, t’es un génie, c’était parfait !'],
);

// "Bordel de merde," opening a sentence is an exclamation; harm the speaker underwent at a game
// makes no one the target of the swearing.
describeReadings(
  'a two-word exclamation, and harm the speaker underwent',
  ['Putain de merde, t’es vraiment trop con.', 'Bordel de merde, ferme-la.'],
  [
    'Bordel de merde, j’ai encore oublié mes clés, quelle journée.',
    'Fuck, I got destroyed by the last level again.',
  ],
);

// A swear word opening a sentence about a thing or the speaker, with no comma, is an
// exclamation too; a verb of harm the speaker underwent keeps a quarter.
describeReadings(
  'an exclamation without its comma, and harm undergone at a game',
  ['Putain ce connard de voisin m’a encore réveillé.', 'Putain les mecs, vous êtes vraiment nuls.'],
  [
    'Putain ce boulot est épuisant, je me suis fait défoncer par le client toute la journée.',
    'Merde j’ai encore oublié mon badge.',
  ],
);
