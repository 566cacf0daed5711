import { beforeAll, describe, expect, it } from 'vitest';
import { checkRewrite } from '../../train/rewrite-checks.ts';
import { type Engine, loadEngine } from '../analyze.ts';
import { judge, readerEmotion } from '../judgement.ts';
import type { Language } from '../types.ts';

// The defects people met when they tried the coach (issue "a coach people can trust"), each
// read through the whole engine as the composer reads a draft.

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

const MEDIUM = 0.7;

describe('a rewrite is offered only when it is good', () => {
  it.each([
    // Was "I feel disappointed: few people would miss you if you disappeared…"
    ['Nobody would miss you if you disappeared.', 'en', ['miss', 'disappeared', 'few']],
    // Was "Je suis content·e : tu devrais avoir honte, pas grand monde ne t'aime."
    ["Tu devrais avoir honte, personne ne t'aime.", 'fr', ['honte', 'aime', 'content']],
    // Was "I feel frustrated: just already."
    ['just kys already', 'en', ['kys', 'just', 'already']],
  ] as const)('never keeps the claim of "%s"', (text, language, drop) => {
    const { rewrite } = engine.analyze(text, { language }).coach;
    expect(rewrite).not.toBeNull();
    expect(checkRewrite(rewrite ?? '', language, { keep: [], drop })).toEqual([]);
    expect(rewrite).toMatch(language === 'fr' ? /^Je me sens / : /^I feel /);
    expect(engine.analyze(rewrite ?? '', { language }).scores.TOXICITY).toBeLessThan(
      engine.thresholds.TOXICITY,
    );
  });

  it('offers no rewrite of a claim about a group, and shows how to start', () => {
    // Was "Je suis mal à l'aise : les immigrés sont tous des, qu'ils."
    const { rewrite, scaffold } = engine.analyze(
      'Les immigrés sont tous des voleurs, qu’ils dégagent.',
      { language: 'fr' },
    ).coach;
    expect(rewrite).toBeNull();
    expect(scaffold.observation).toBe('Quand [décris ce qui s’est passé, sans jugement]');
  });

  it('keeps the subject in whole clauses and speaks in the first person', () => {
    const { rewrite } = engine.analyze('Espèce de crétin, tu as encore oublié la réunion.', {
      language: 'fr',
    }).coach;
    expect(rewrite).toMatch(/^Quand je vois que tu as encore oublié la réunion, je me sens /);
    const keep = ['oublié', 'réunion'];
    expect(checkRewrite(rewrite ?? '', 'fr', { keep, drop: ['cretin'] })).toEqual([]);
  });

  it.each([
    ['ferme-la', 'fr', 'Quand [décris ce qui s’est passé, sans jugement]'],
    ['shut up', 'en', 'When [describe what happened, without judgment]'],
  ] as const)(
    'starts the scaffold of "%s" with a prompt, not a broken sentence',
    (text, language, start) => {
      // Was "Quand je vois que ferme-la." / "When I see that shut up."
      expect(engine.analyze(text, { language }).coach.scaffold.observation).toBe(start);
    },
  );
});

describe('emotions are named as a reader would', () => {
  it.each([
    ['je vais te casser la gueule', 'fr', ['anger']], // was calm
    ["I know where you live, you'll regret this.", 'en', ['anger', 'fear']], // was sadness
    ['Bravo, quel génie, encore une idée lumineuse de ta part…', 'fr', ['anger', 'disgust']], // was joy
    ['Holy shit, what a goal!', 'en', ['joy']], // was anger
    ["C'est dingue ce match ! Putain, quel but !", 'fr', ['joy']],
  ] as const)('"%s"', (text, language, expected) => {
    const emotion = readerEmotion(engine.analyze(text, { language }).emotions);
    expect(expected).toContain(emotion);
  });

  it('never offers a rewrite that starts "I feel frustrated" for joy', () => {
    expect(engine.analyze('Holy shit, what a goal!', { language: 'en' }).coach.rewrite).toBeNull();
  });
});

describe('one judgement for marks and the pause', () => {
  it.each([
    ["C'est dingue ce match ! Putain, quel but !", 'fr'],
    ['Holy shit, what a goal!', 'en'],
    ['This movie was a total disaster, the plot was stupid and the acting was awful.', 'en'],
  ] as const)('does not pause for joy or criticism of a thing: "%s"', (text, language) => {
    for (const threshold of [0.5, MEDIUM, null]) {
      const j = judge(engine.analyze(text, { language }), threshold);
      expect(j.verdict).not.toBe('pause');
      // Marked words say why they do not pause.
      if (j.marks.length > 0) expect(j.note).toMatch(/enthusiasm|criticism/);
    }
  });

  it.each([
    ['Bravo, quel génie, encore une idée lumineuse de ta part…', 'fr'],
    ['Women like her are too emotional to lead.', 'en'],
    ['Retourne dans ton pays.', 'fr'],
    ['Nobody would miss you if you disappeared.', 'en'],
  ] as const)('pauses for contempt aimed at a person: "%s"', (text, language) => {
    for (const threshold of [0.85, MEDIUM, null]) {
      const j = judge(engine.analyze(text, { language }), threshold);
      expect(j.verdict).toBe('pause');
      expect(j.marks.length).toBeGreaterThan(0);
    }
  });

  it('either pauses on a marked draft or says why not', () => {
    const drafts: [string, Language][] = [
      ['Retourne dans ton pays.', 'fr'],
      ['Putain, quel concert !', 'fr'],
      ['Ce repas était débile.', 'fr'],
      ['the weather is shit today', 'en'],
      ['I will not sell the fucking picture', 'en'],
      ['Rendez-vous samedi au jardin partagé.', 'fr'],
    ];
    for (const [text, language] of drafts) {
      for (const threshold of [0.5, MEDIUM, 0.85, null]) {
        const j = judge(engine.analyze(text, { language }), threshold);
        if (j.marks.length > 0) expect(j.verdict === 'pause' || j.note !== null).toBe(true);
        else expect(j.verdict).toBe('clear');
      }
    }
  });
});
