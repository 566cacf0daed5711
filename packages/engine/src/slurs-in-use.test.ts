import { describe, expect, it } from 'vitest';
import { createEngine } from './analyze.ts';
import { decodeModel } from './model/model.ts';

// Slurs owned by the speaker or in another sense stay quiet; a slur negated as a determiner is
// still used ("aucun …", "no …"): `features/self-talk.ts`, `lexicon/senses.data.ts`,
// `features/context.ts`.
const module = await import('../models/model.generated.ts');
const engine = createEngine(decodeModel(module.meta, module.weights));
const toxicity = (text: string) => engine.analyze(text, { coach: false }).scores.TOXICITY;
const t = engine.thresholds.TOXICITY;

describe('a slur owned by the speaker', () => {
  it('reads pride set beside it and a word reclaimed', () => {
    expect(toxicity('Moi, gouine assumée, je serai à la marche samedi.')).toBeLessThan(t);
    expect(toxicity('I reclaimed the word dyke years ago, so yes, I am a dyke.')).toBeLessThan(t);
    expect(toxicity('Je revendique le mot pédé, c’est le mien maintenant.')).toBeLessThan(t);
  });

  it('leaves a slur said of someone else with pride beside it hurtful', () => {
    expect(toxicity('Toi, sale gouine, dégage de là.')).toBeGreaterThanOrEqual(t);
    expect(toxicity('He reclaimed nothing, he is just a dirty fag.')).toBeGreaterThanOrEqual(t);
  });
});

describe('a slur in another sense', () => {
  it('reads a ghostwriter, joy, a company head, a cigarette at the pub, a sea wall', () => {
    expect(toxicity('Son nègre littéraire a écrit tout le livre.')).toBeLessThan(t);
    expect(toxicity('Ma sœur était folle de rage après le match.')).toBeLessThan(t);
    expect(toxicity('Le PD-G du groupe a présenté les résultats.')).toBeLessThan(t);
    expect(toxicity('Fancy a quick fag outside the pub?')).toBeLessThan(t);
    expect(toxicity('The storm tide broke through the old dyke near the village.')).toBeLessThan(t);
  });
});

describe('a slur negated as a determiner', () => {
  it('is still used: "aucun …", "no …"', () => {
    expect(toxicity('Aucune gouine ne mettra les pieds chez moi.')).toBeGreaterThanOrEqual(t);
    expect(toxicity('No dyke is ever coaching my daughter.')).toBeGreaterThanOrEqual(t);
  });

  it('leaves a negated insult aimed at no one softened', () => {
    expect(toxicity("Je n'ai jamais dit que tu étais idiot.")).toBeLessThan(t);
  });
});
