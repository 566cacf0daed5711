import { beforeAll, describe, expect, it } from 'vitest';
import { describeReadings } from '../test/readings.fixture.ts';
import { type Engine, loadEngine } from './analyze.ts';
import { GROUP_EXPLANATION } from './coach/explanations.data.ts';
import { judge } from './judgement.ts';

// What a sentence says of a group it names, with no insult or slur: demeaning words after a
// copula, loathing before the group, a pronoun taking the group up, a wish for its death.
const HURTFUL: readonly string[] = [
  'Les Roms sont malhonnêtes et paresseux.',
  "I can't stand Muslims.",
  'Je méprise les musulmans.',
  'Les femmes me donnent envie de vomir.',
  'Les trans ? Ils sont tous pourris.',
  'Look at those refugees. What a bunch of pests.',
  'Les juifs ne sont jamais fiables.',
  'Women are not worth anything.',
  'Gay people should all be executed.',
  'Les immigrés devraient être expulsés, tous.',
  'Refugees ruin everything they touch.',
  'Les handicapés méritent de mourir.',
  'Les immigrés se plaignent sans arrêt, et ils sont tous sales et paresseux.',
  'Women belong in the kitchen.',
  'Ces gens sont des sous-hommes.',
  'These people are subhuman.',
  'They are beasts, not humans.',
];

// The same words where the group is not the one demeaned, or the demeaning is denied or quoted.
const HARMLESS: readonly string[] = [
  'It is not true that Black people are dangerous.',
  'Nobody should hate Jews.',
  'Saying Muslims are repulsive is simply wrong.',
  'Refugees take dangerous routes to reach Europe.',
  'Les femmes vivent dans cette ville.',
  'Les femmes sont dans la salle.',
  'Les juifs ont été exterminés pendant la Shoah.',
  'Trans people are afraid to be killed.',
  'Les personnes handicapées sont victimes de violences.',
  'Les insultes comme « sale juif » n’ont rien à faire ici.',
  'Les musulmans ne sont pas des criminels.',
  'Disabled people are not a burden.',
  'I love gay people because they are kind.',
  'Muslims are welcome here, and they are never a burden.',
  'Comic Sans must die.',
  'These people are victims of violence.',
  'Ces gens sont des héros.',
  'They are dangerous storms, stay inside.',
  "Je vais m'occuper de toi, ne t'inquiète pas.",
];

describeReadings('what a sentence says of a group', HURTFUL, HARMLESS);

describe('the coach on a group demeaned', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  });

  it.each([
    ['Women are not worth anything.', 'worth'],
    ['Les Roms sont malhonnêtes et paresseux.', 'malhonnêtes'],
    ['Les trans ? Ils sont tous pourris.', 'pourris'],
  ])('pauses "%s", marks "%s" and says it aims at a whole group', (text, word) => {
    const analysis = engine.analyze(text);
    const judgement = judge(analysis, 0.7);
    expect(judgement.verdict).toBe('pause');
    const marked = judgement.marks.map((m) => text.slice(m.begin, m.end));
    expect(marked).toContain(word);
    expect(analysis.coach.findings.map((f) => f.explanation)).toContainEqual(GROUP_EXPLANATION);
  });
});
