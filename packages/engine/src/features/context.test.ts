import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../lexicon/lexicon.ts';
import { tokenise } from '../text/tokenise.ts';
import { DAMPING, readContext } from './context.ts';
import { INTERJECTED, UNAIMED } from './unaimed.ts';

const lexicon = buildLexicon();

function dampingOf(text: string, word: string): number {
  const tokens = tokenise(text);
  const ctx = readContext(tokens, lexicon);
  const i = tokens.findIndex((t) => t.key === word);
  return ctx.damping[i] ?? Number.NaN;
}

const attacked = (text: string) => readContext(tokenise(text), lexicon).identityAttacks.length > 0;

describe('readContext', () => {
  it('reads a group denied worth, trust or rights as an identity attack, with no hurtful word', () => {
    expect(attacked('Les voisins roms ne valent rien.')).toBe(true);
    expect(attacked('Refugees do not deserve a roof.')).toBe(true);
    expect(attacked('Je ne ferai jamais confiance aux immigrés.')).toBe(true);
    expect(attacked('Gypsies are good for nothing.')).toBe(true);
    expect(attacked('Muslims are never any good.')).toBe(true);
    expect(attacked('Je ne respecte pas les homosexuels.')).toBe(true);
    // A defence, a quotation or a thing is not an attack.
    expect(attacked('Migrants do not deserve this hatred.')).toBe(false);
    expect(attacked('Les juifs ne méritent pas ça.')).toBe(false);
    expect(attacked('Words like "dirty arab" have no place here.')).toBe(false);
    expect(attacked('Ce film ne vaut rien.')).toBe(false);
    expect(attacked('Les réfugiés méritent le respect.')).toBe(false);
    expect(attacked('Je respecte les homosexuels.')).toBe(false);
    expect(attacked('Is this gay bar any good?')).toBe(false);
  });

  it('softens an insult under negation, in both languages', () => {
    expect(dampingOf('I am not saying you are stupid', 'stupid')).toBe(DAMPING);
    expect(dampingOf("T'es pas nul du tout", 'nul')).toBe(DAMPING);
    expect(dampingOf('You are stupid', 'stupid')).toBe(1);
  });

  it('lets a negated verb of saying or thinking cover the clause after "que/that"', () => {
    expect(dampingOf('Je ne pense pas que tu sois bête', 'bete')).toBe(DAMPING);
    expect(dampingOf('Nobody here thinks you are dumb', 'dumb')).toBe(DAMPING);
    expect(dampingOf('I think you are dumb', 'dumb')).toBe(1);
  });

  it('damps an insult or swear word that aims at no one, but not one aimed at a person', () => {
    // Said of a thing named as the subject of a copula, the word only intensifies, as an
    // interjection does.
    expect(dampingOf('Ce match était nul', 'nul')).toBeCloseTo(INTERJECTED);
    expect(dampingOf('This update is garbage', 'garbage')).toBeCloseTo(INTERJECTED);
    expect(dampingOf('Ce patch est nul, ils ont tout cassé', 'nul')).toBeCloseTo(INTERJECTED);
    expect(dampingOf("Putain c'est long", 'putain')).toBe(UNAIMED);
    // "les" before a noun is an article, not a pronoun for people ("je vais les virer").
    expect(dampingOf('Je déteste les lundis, ça me fait chier', 'chier')).toBe(UNAIMED);
    expect(dampingOf('Je vais les virer, ces cons', 'cons')).toBe(1);
    expect(dampingOf('Ce type est nul', 'nul')).toBe(1);
    expect(dampingOf('You are garbage', 'garbage')).toBe(1);
    expect(dampingOf('She is stupid', 'stupid')).toBe(1);
  });

  it('keeps a quarter of a swear word that cheers, aimed at no one', () => {
    expect(dampingOf("Putain c'est trop bien", 'putain')).toBe(DAMPING);
    expect(dampingOf('What a great day, fuck yeah', 'fuck')).toBe(DAMPING);
    // Alone, or with a cheer, before a comma at the start of a sentence: an interjection, a tenth.
    expect(dampingOf('Putain, quelle belle journée', 'putain')).toBeCloseTo(INTERJECTED);
    expect(dampingOf('Fuck yeah, what a great day', 'fuck')).toBeCloseTo(INTERJECTED);
    expect(dampingOf('Fuck you, great job', 'fuck')).toBe(1);
    expect(dampingOf('Great, another idiot', 'idiot')).not.toBe(DAMPING);
  });

  it('does not read "ne … que" as a negation', () => {
    expect(dampingOf("Tu n'es qu'un idiot", 'idiot')).toBe(1);
  });

  it('softens insults that are quoted or reported', () => {
    // Quoted and said of no one: mentioned, not used, so softened further than a report.
    expect(dampingOf('Il m’a traité de « connard » et ça m’a blessé', 'conard')).toBeLessThan(
      DAMPING,
    );
    expect(dampingOf('He called me an idiot yesterday', 'idiot')).toBe(DAMPING);
  });

  it('reads quotation marks around what the reader is called as scare quotes', () => {
    expect(dampingOf('Tu es un « connard », voilà.', 'conard')).toBe(1);
    // A quotation mark left open quotes nothing.
    expect(dampingOf('Max« , tu es un connard.', 'conard')).toBe(1);
  });

  it('marks insults aimed at the reader', () => {
    const tokens = tokenise("t'es vraiment nul");
    expect(readContext(tokens, lexicon).targeted.map((m) => tokens[m.first]?.key)).toEqual(['nul']);
    const third = tokenise('ce film est nul');
    expect(readContext(third, lexicon).targeted).toEqual([]);
  });

  it('sees an identity attack without any slur', () => {
    const tokens = tokenise('Immigrants are vermin');
    expect(readContext(tokens, lexicon).identityAttacks).toHaveLength(1);
    expect(readContext(tokenise('Immigrants are welcome here'), lexicon).identityAttacks).toEqual(
      [],
    );
  });
});

describe('threat patterns', () => {
  const threats = (text: string) => readContext(tokenise(text), lexicon).threats.length;

  it('finds a harm verb said as an intent to the reader, in both languages', () => {
    expect(threats("I'm going to find you")).toBe(1);
    expect(threats('je vais te défoncer')).toBe(1);
  });

  it('ignores harm verbs without intent, without a target, or negated', () => {
    expect(threats('this bug is killing me')).toBe(0);
    expect(threats('I will kill this bug')).toBe(0);
    expect(threats("I would never hurt you, I'm not going to hurt you")).toBe(0);
  });
});

describe('threats against third persons and groups', () => {
  const threats = (text: string) => readContext(tokenise(text), lexicon).threats.length;

  it('counts a harm said as an intent against a group or a third person', () => {
    expect(threats('I am going to kill all the immigrants')).toBe(1);
    expect(threats('on va les massacrer')).toBe(1);
  });

  it('does not count harm verbs with no target', () => {
    expect(threats('I am going to kill some time before the film')).toBe(0);
  });
});
