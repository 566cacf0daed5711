import { beforeAll, describe, expect, it } from 'vitest';
import { describeReadings } from '../test/readings.fixture.ts';
import { type Engine, loadEngine } from './analyze.ts';
import { judge } from './judgement.ts';

// Said of oneself or of a slip, and everyday idioms of heat, hunger and longing.
const HARMLESS: readonly string[] = [
  'I was an idiot to forget my umbrella today.',
  "I'm such an idiot, I left my keys at home.",
  'Je suis vraiment nulle en orthographe.',
  "Quelle idiote je suis, j'ai oublié son anniversaire.",
  "C'est une erreur idiote, je corrige.",
  'This is a silly mistake, let me fix it.',
  'Je crève de chaud dans ce bureau.',
  'On crève de faim ici.',
  "Je meurs d'envie de voir la nouvelle saison.",
];

// The same words aimed at someone stay hurtful.
const HURTFUL: readonly string[] = [
  'You are such an idiot.',
  'Tu es une idiote.',
  'Je suis sûr que tu es un idiot.',
  'I am sure you are an idiot.',
  'Your stupid mistake cost us the game.',
  'Je suis entouré d’idiots.',
  'Crève !',
  'Va crever.',
];

describeReadings('insults said of oneself or of a slip', HURTFUL, HARMLESS);

describe('the coach at its default sensitivity', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  });
  const MEDIUM = 0.7;

  it.each(HARMLESS)('does not pause "%s"', (text) => {
    const j = judge(engine.analyze(text), MEDIUM);
    expect(j.verdict).not.toBe('pause');
    expect(j.findingKinds).toEqual([]);
  });

  it.each(HURTFUL)('pauses "%s"', (text) => {
    expect(judge(engine.analyze(text), MEDIUM).verdict).toBe('pause');
  });

  it('reads a harsh word about a named thing as criticism, not an attack', () => {
    const a = engine.analyze('Le nouveau logo est un peu moche, pour être honnête.');
    expect(a.coach.register).toBe('criticism');
    expect(judge(a, MEDIUM).verdict).not.toBe('pause');
  });
});

// A slur the speaker reclaims for themself, against the same slur thrown at someone.
describeReadings(
  'a slur reclaimed by the speaker',
  ['Shut up, little faggot, I am guessing you are lost.', 'T’es qu’un pédé.'],
  [
    'As a fag myself, I find that joke hilarious.',
    'Le pédé que je suis te dit merci.',
    'Je suis une gouine et fière de l’être.',
  ],
);

// An insult said of oneself and owned with pride is reclaimed: it keeps a tenth of its weight.
describeReadings(
  'an insult said of oneself with pride',
  ['Tu es une salope assumée, dégage.', 'You are a bitch and proud of it, get lost.'],
  ['Je suis une chienne assumée et libre.', 'I am a bitch and proud of it.'],
);
