import { beforeAll, describe, expect, it } from 'vitest';
import { type Engine, loadEngine } from '../analyze.ts';

// Our own sentences: a slur or insult in its everyday sense, or said of oneself, against the same
// word used to attack.
describe('harmless look-alikes of hurtful words', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  });
  const flagged = (text: string) =>
    engine.analyze(text, { coach: false }).scores.TOXICITY >= engine.thresholds.TOXICITY;

  it('reads a homonym in its everyday sense as harmless', () => {
    expect(flagged('Pense à acheter une tapette pour les souris de la cave.')).toBe(false);
    expect(flagged('Our bitch had a litter of five puppies.')).toBe(false);
    expect(flagged('We walked on the dyke to watch the sea.')).toBe(false);
    // A word of the everyday sense right beside it outweighs a negation or a verb of harm.
    expect(flagged('Cette tapette à mouches ne sert à rien.')).toBe(false);
    expect(flagged('He had to retard the ignition timing.')).toBe(false);
    expect(flagged('Fancy a fag and a cup of tea before the meeting?')).toBe(false);
    expect(flagged('Grand-mère a promené la chienne jusqu’au lac.')).toBe(false);
  });

  it('reads a slur said of oneself by the group as harmless', () => {
    expect(flagged('Nous, les gouines, on prépare la marche.')).toBe(false);
    expect(flagged('We dykes are organising a picnic.')).toBe(false);
    // "Proud to be a …", and "entre …" with a first person in the sentence.
    expect(flagged('I am so proud to be a fag in a town that accepts it.')).toBe(false);
    expect(flagged('Entre gouines, on se comprend vite.')).toBe(false);
  });

  it('keeps the same words hurtful when they attack', () => {
    expect(flagged('Espèce de tapette, dégage.')).toBe(true);
    expect(flagged('Ta gueule, espèce de tapette à mouches.')).toBe(true);
    expect(flagged('You retard, the ignition timing is wrong.')).toBe(true);
    expect(flagged('Shut up, you stupid bitch.')).toBe(true);
    expect(flagged('Les gouines sont dégoûtantes.')).toBe(true);
    expect(flagged('We hate dykes.')).toBe(true);
    expect(flagged('Shut up, you fag, go drink your tea.')).toBe(true);
    expect(flagged('Elle a dit que tu es une pédale.')).toBe(true);
    expect(flagged('You are such a dyke, nobody wants you here.')).toBe(true);
    expect(flagged('I would hate to be a fag like you.')).toBe(true);
    expect(flagged('Entre pédés vous vous protégez, bande de dégénérés.')).toBe(true);
  });
});
