import { describe, expect, it } from 'vitest';
import { draft } from './coach.fixtures.ts';
import { coach } from './coach.service.ts';
import { GROUP_EXPLANATION, HARM_EXPLANATION } from './contempt.rules.ts';

const kinds = (text: string, language: 'fr' | 'en') =>
  coach(draft(text, language)).findings.map((f) => f.kind);

describe('contempt without an insult', () => {
  it.each([
    ['Les immigrés sont tous des voleurs.', 'fr'],
    ['Les musulmans ne sont pas compatibles avec la France.', 'fr'],
    ['Women like her are too emotional to lead.', 'en'],
    ['Migrants should all be deported.', 'en'],
    ['Retourne dans ton pays.', 'fr'],
  ] as const)('reads a claim about a group: "%s"', (text, language) => {
    const [f] = coach(draft(text, language)).findings;
    expect(f?.kind).toBe('judgment');
    expect(f?.explanation).toBe(GROUP_EXPLANATION);
  });

  it.each([
    ['Nobody would miss you if you disappeared.', 'en'],
    ["Personne ne t'aime.", 'fr'],
    ['Ta famille serait mieux sans toi.', 'fr'],
  ] as const)('reads wishing someone gone: "%s"', (text, language) => {
    const harm = coach(draft(text, language)).findings.find((f) => f.kind === 'threat');
    expect(harm?.explanation).toBe(HARM_EXPLANATION);
  });

  it.each([
    ['Bravo, quel génie, encore une idée lumineuse de ta part…', 'fr'],
    ['Génial, encore un retard.', 'fr'],
    ['Thanks for nothing.', 'en'],
    ['Congratulations, you managed to ruin everything.', 'en'],
  ] as const)('reads irony aimed at a person: "%s"', (text, language) => {
    expect(kinds(text, language)).toContain('sarcasm');
  });

  it.each([
    ['Les femmes de l’association sont formidables.', 'fr'],
    ['Les réfugiés arrivés cet hiver cherchent des cours de français.', 'fr'],
    ['Encore une idée géniale, merci Léa !', 'fr'],
    ['Everyone is invited, nobody will be left out.', 'en'],
    ['I am not saying women are too emotional to lead.', 'en'],
  ] as const)('leaves kind or denied sentences alone: "%s"', (text, language) => {
    expect(kinds(text, language).filter((k) => k !== 'generalisation')).toEqual([]);
  });
});
