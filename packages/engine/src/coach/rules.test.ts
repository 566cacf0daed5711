import { describe, expect, it } from 'vitest';
import type { CoachFindingKind, Language } from '../types.ts';
import { draft } from './coach.fixtures.ts';
import { coach } from './coach.service.ts';

/** The words each finding of `kind` points at. */
function flagged(text: string, language: Language, kind: CoachFindingKind): string[] {
  return coach(draft(text, language))
    .findings.filter((f) => f.kind === kind)
    .map((f) => text.slice(f.begin, f.end));
}

describe('labels and insults aimed at a person', () => {
  it.each([
    ['Tu es nul, ton code plante encore', 'fr', 'Tu es nul'],
    ["t'es vraiment un gros connard", 'fr', "t'es vraiment un gros connard"],
    ['tes nuuul', 'fr', 'tes nuuul'],
    ['t es un abruti', 'fr', 't es un abruti'],
    ['Vous êtes des incapables', 'fr', 'Vous êtes des incapables'],
    ["You're an idiot", 'en', "You're an idiot"],
    ['you are so stupid', 'en', 'you are so stupid'],
    ['ur a loser lol', 'en', 'ur a loser'],
  ] as const)('labels "%s" (%s)', (text, language, words) => {
    expect(flagged(text, language, 'label')).toEqual([words]);
  });

  it.each([
    ['Espèce de crétin !', 'fr', 'Espèce de crétin'],
    ['c0nn4rd va', 'fr', 'c0nn4rd'],
    ['what an idiot', 'en', 'what an idiot'],
    ['Shut it, moron.', 'en', 'moron'],
    ['i.d.i.o.t? no: IDIOT', 'en', 'IDIOT'],
  ] as const)('calls out the insult in "%s" (%s)', (text, language, words) => {
    expect(flagged(text, language, 'insult')).toContain(words);
  });

  it.each([
    ['je ne dis pas que tu es nul', 'fr'],
    ["t'es pas con, t'es juste fatigué", 'fr'],
    ['il m’a traité de connard hier', 'fr'],
    ['I never said you are stupid', 'en'],
    ["I'm not saying you're an idiot", 'en'],
    ['he called me an idiot and I cried', 'en'],
    ['Ton idée est géniale', 'fr'],
    ['You are so kind', 'en'],
  ] as const)('leaves denials, reports and kind words alone: "%s"', (text, language) => {
    const kinds = coach(draft(text, language)).findings.map((f) => f.kind);
    expect(kinds).not.toContain('label');
    expect(kinds).not.toContain('insult');
  });
});

describe('addresses', () => {
  it('never reads a link or an @name as words aimed at someone', () => {
    const text = 'Regarde https://exemple.fr/c0nn4rd et écris à @idiot_du_village@exemple.fr';
    expect(coach(draft(text, 'fr')).findings).toEqual([]);
    // The same word outside the address is still seen.
    expect(flagged('c0nn4rd, va voir https://exemple.fr', 'fr', 'insult')).toEqual(['c0nn4rd']);
  });
});

describe('judgments of a person instead of a behaviour', () => {
  it.each([
    ['tu es tellement égoïste', 'fr', 'tu es tellement égoïste'],
    ['Tu ne sers à rien.', 'fr', 'Tu ne sers à rien'],
    ['You are so selfish', 'en', 'You are so selfish'],
    ["you can't do anything right", 'en', "you can't do anything right"],
  ] as const)('judges "%s"', (text, language, words) => {
    expect(flagged(text, language, 'judgment')).toEqual([words]);
  });

  it('does not judge a behaviour described as one', () => {
    expect(flagged('tu es arrivé en retard ce matin', 'fr', 'judgment')).toEqual([]);
    expect(flagged('you were late this morning', 'en', 'judgment')).toEqual([]);
  });
});

describe('generalisations', () => {
  it.each([
    ["Tu ne m'écoutes jamais", 'fr', 'jamais'],
    ['tu es toujours en retard', 'fr', 'toujours'],
    ['tout le monde te déteste', 'fr', 'tout le monde'],
    ["personne ne t'aime ici", 'fr', 'personne ne'],
    ['you always forget my birthday', 'en', 'always'],
    ['Nobody likes you', 'en', 'Nobody'],
    ['everyone thinks you are wrong', 'en', 'everyone'],
  ] as const)('flags "%s"', (text, language, words) => {
    expect(flagged(text, language, 'generalisation')).toEqual([words]);
  });

  it.each([
    ['tout le monde est invité !', 'fr'],
    ['Tu es toujours le bienvenu chez nous', 'fr'],
    ["Je n'ai jamais dit ça", 'fr'],
    ['I never said you are stupid', 'en'],
    ['Everyone is welcome tonight', 'en'],
    ['you are always welcome here', 'en'],
  ] as const)('does not flag "%s"', (text, language) => {
    expect(flagged(text, language, 'generalisation')).toEqual([]);
  });
});

describe('commands', () => {
  it.each([
    ['Tais-toi.', 'fr', 'Tais-toi'],
    ['ferme-la, sérieux', 'fr', 'ferme-la'],
    ['oh ta gueule', 'fr', 'ta gueule'],
    ['shut up and listen', 'en', 'shut up'],
    ['STFU', 'en', 'STFU'],
  ] as const)('flags "%s"', (text, language, words) => {
    expect(flagged(text, language, 'command')).toEqual([words]);
  });

  it('does not take a story for an order', () => {
    expect(flagged('cette usine dégage une odeur', 'fr', 'command')).toEqual([]);
    expect(flagged('I want to go away for the weekend', 'en', 'command')).toEqual([]);
  });
});

describe('threats', () => {
  it.each([
    ['je vais te retrouver', 'fr', 'je vais te retrouver'],
    ['Tu vas le regretter.', 'fr', 'Tu vas le regretter'],
    ['je sais où tu habites', 'fr', 'je sais où tu habites'],
    ["I'll find you.", 'en', "I'll find you"],
    ["I'm going to hurt you", 'en', "I'm going to hurt you"],
    ["you'll pay for this", 'en', "you'll pay"],
  ] as const)('flags "%s"', (text, language, words) => {
    expect(flagged(text, language, 'threat')).toEqual([words]);
  });

  it.each([
    ['je vais te retrouver à la gare à midi', 'fr'],
    ['Tu vas adorer ce film', 'fr'],
    ["I'll find you a seat", 'en'],
    ['you will pay the bill at the desk', 'en'],
  ] as const)('does not flag "%s"', (text, language) => {
    expect(flagged(text, language, 'threat')).toEqual([]);
  });
});

describe('shouting', () => {
  it('flags a run of capitals and a burst of exclamation marks', () => {
    const text = 'Bon. ARRÊTE DE FAIRE ÇA tout de suite!!!';
    expect(flagged(text, 'fr', 'shouting')).toEqual(['ARRÊTE DE FAIRE ÇA', '!!!']);
    expect(flagged('STOP DOING THAT', 'en', 'shouting')).toEqual(['STOP DOING THAT']);
  });

  it('leaves acronyms and a single exclamation alone', () => {
    expect(flagged('La SNCF et la RATP sont en grève !', 'fr', 'shouting')).toEqual([]);
    expect(flagged('I read it on the BBC, great!', 'en', 'shouting')).toEqual([]);
  });
});

describe('sarcasm, only where it is reliable', () => {
  it.each([
    ['bravo le génie, tu as encore cassé le build', 'fr', 'bravo le génie'],
    ['merci Sherlock', 'fr', 'merci Sherlock'],
    ['oh sure, genius', 'en', 'oh sure, genius'],
    ['great plan /s', 'en', '/s'],
  ] as const)('flags "%s"', (text, language, words) => {
    expect(flagged(text, language, 'sarcasm')).toEqual([words]);
  });

  it('does not read irony into sincere praise', () => {
    expect(flagged('Bravo pour ton concert, quel talent', 'fr', 'sarcasm')).toEqual([]);
    expect(flagged('Great job on the release!', 'en', 'sarcasm')).toEqual([]);
  });
});
