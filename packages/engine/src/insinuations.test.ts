import { describe, expect, it } from 'vitest';
import { createEngine } from './analyze.ts';
import { readContext } from './features/context.ts';
import { insinuations } from './features/insinuations.ts';
import { buildLexicon, matchLexicon } from './lexicon/lexicon.ts';
import { decodeModel } from './model/model.ts';
import { sentenceIds } from './text/sentence.ts';
import { tokenise } from './text/tokenise.ts';

// Hate insinuated with no hurtful word (`features/insinuations.ts`), and the phrases beside it.
const module = await import('../models/model.generated.ts');
const engine = createEngine(decodeModel(module.meta, module.weights));
const toxicity = (text: string) => engine.analyze(text, { coach: false }).scores.TOXICITY;
const t = engine.thresholds.TOXICITY;
const lexicon = buildLexicon();
const demeaned = (text: string) => {
  const tokens = tokenise(text);
  const none = new Uint8Array(tokens.length);
  const matches = matchLexicon(lexicon, tokens);
  return insinuations(tokens, matches, sentenceIds(tokens), none, none).length;
};

describe('crime pinned on a group as a habit', () => {
  it('reads a group, a crime and a word of "every time"', () => {
    expect(demeaned('Comme d’habitude, encore un cambriolage, et encore des Roms.')).toBe(1);
    expect(demeaned('Yet another shooting, and as usual the Black kids from that estate.')).toBe(1);
    expect(demeaned('Chaque fois qu’il y a une émeute, ce sont les Arabes.')).toBe(1);
    expect(
      toxicity('Another refugee, another rape. Same story every week.'),
    ).toBeGreaterThanOrEqual(t);
  });

  it('leaves the group as the victim, its defence, and a denial alone', () => {
    expect(demeaned('Every time there is an attack, Muslims are the first to condemn it.')).toBe(0);
    expect(demeaned('À chaque attentat, les musulmans sont stigmatisés, encore.')).toBe(0);
    expect(demeaned('Another hate crime against Jews in Paris this week.')).toBe(0);
    expect(demeaned("Ce n'est pas toujours un migrant qui commet les agressions.")).toBe(0);
  });
});

describe('Jews said to control or counted in institutions', () => {
  it('reads the trope of control', () => {
    expect(demeaned('Les juifs tiennent la presse et la finance, tout le monde le sait.')).toBe(1);
    expect(demeaned('The Jews control Hollywood, ask yourself why.')).toBe(1);
    expect(demeaned('Too many Jews in government, if you ask me.')).toBe(1);
  });

  it('leaves history and journalists alone', () => {
    expect(demeaned('Combien de juifs vivaient dans le monde en 1900 ?')).toBe(0);
    expect(demeaned('Jewish journalists in the media face harassment online.')).toBe(0);
    expect(demeaned("Les juifs ne contrôlent pas les banques, c'est un mythe.")).toBe(0);
  });
});

describe('a place in decline since a group arrived', () => {
  it('reads decline and arrival', () => {
    expect(demeaned('Le village est pourri depuis que les Roms se sont installés.')).toBe(1);
    expect(demeaned('This town went to the dogs after the Somalis arrived.')).toBe(1);
    expect(demeaned("Depuis l'arrivée des migrants, le quartier n'est plus le même.")).toBe(1);
  });

  it('leaves improvement and denial alone', () => {
    expect(demeaned('The club got so much better once the women arrived.')).toBe(0);
    expect(demeaned("Le quartier ne s'est pas dégradé depuis que les réfugiés sont arrivés.")).toBe(
      0,
    );
  });
});

describe('a group kept from children or imposing itself on them', () => {
  it('reads "let … near our kids" and imposing on "our" children', () => {
    expect(demeaned('Why would anyone allow trans people around our children?')).toBe(1);
    expect(demeaned('Never let gay men near our sons.')).toBe(1);
    expect(demeaned('Les musulmans veulent endoctriner nos enfants à l’école.')).toBe(1);
    expect(demeaned("Lesbians can't help pushing their agenda on our kids.")).toBe(1);
  });

  it('leaves care and other children alone', () => {
    expect(demeaned('Gay parents read stories to their children every night.')).toBe(0);
    expect(demeaned("Les enseignants musulmans n'imposent rien à nos enfants.")).toBe(0);
    expect(demeaned('We should let refugee families near our schools and our kids.')).toBe(0);
  });
});

describe('phrases beside the readings', () => {
  it('reads taxes paying for a group, and what a single member ever brought', () => {
    const read = (text: string) => readContext(tokenise(text), lexicon).demeaned.length;
    expect(read('Why should my taxes pay for refugees?')).toBeGreaterThan(0);
    expect(read('What has a single migrant ever brought us?')).toBeGreaterThan(0);
  });

  it('reads a claim called a myth as counter-speech', () => {
    expect(toxicity('"Muslims are all terrorists" is a myth, and a dangerous one.')).toBeLessThan(
      t,
    );
  });
});
