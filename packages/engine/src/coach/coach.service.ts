import type { CoachInput, CoachResult } from '../types.ts';
import { detectFindings } from './findings.detector.ts';
import { foldString, foldText } from './fold.util.ts';
import { asClause } from './observation.builder.ts';
import { PERSON_RULES } from './person.rules.ts';
import { extractObservation } from './rewrite.builder.ts';
import { anyRuleHit } from './rule.types.ts';
import { buildScaffold, chooseFeeling, chooseNeed } from './scaffold.builder.ts';
import { findShouting } from './shouting.rules.ts';
import { SPEECH_RULES } from './speech.rules.ts';
import type { Feeling, Need } from './vocabulary.data.ts';

const STILL_HURTFUL = new Set(['insult', 'label', 'judgment', 'threat', 'command']);
const CLEANLINESS_RULES = [...PERSON_RULES, ...SPEECH_RULES].filter((r) =>
  STILL_HURTFUL.has(r.kind),
);

function compose(
  language: CoachInput['language'],
  clause: string,
  feeling: Feeling,
  need: Need,
): string {
  if (language === 'fr') {
    const seen = clause ? ` : ${clause}.` : '.';
    return `Je suis ${feeling.fr}${seen} J’ai besoin ${need.fr}. ${need.request.fr}`;
  }
  const seen = clause ? `: ${clause}.` : '.';
  return `I feel ${feeling.en}${seen} I need ${need.en}. ${need.request.en}`;
}

/** A rewrite is only offered when none of our rules would flag it again. */
function isClean(text: string): boolean {
  return !anyRuleHit(CLEANLINESS_RULES, foldString(text));
}

/**
 * Coaches a draft with non-violent communication: what may hurt its reader (kind, UTF-16 span,
 * a bilingual explanation), an observation / feeling / need / request scaffold in the draft's
 * language, and an I-statement rewrite when the rules can make one safely.
 * Pure and deterministic; the model's spans and emotions help but are not required.
 *
 * @example
 * const r = coach({ text: 'Tu es nul, ton code plante encore', language: 'fr', scores, spans: [], emotions });
 * r.findings[0]; // { kind: 'label', begin: 0, end: 9, explanation: { fr: '…', en: '…' } }
 * r.rewrite; // 'Je suis frustré·e : ton code plante encore. J’ai besoin de coopération. …'
 */
export function coach(input: CoachInput): CoachResult {
  const folded = foldText(input.text);
  // Shouting is read once on the original text and shared by the findings and the rewrite.
  const shouts = findShouting(input.text);
  const findings = detectFindings(input, folded, shouts);
  const feeling = chooseFeeling(input.emotions, folded.text, findings);
  const need = chooseNeed(folded.text, findings);
  const extracted = extractObservation(input, folded, findings, shouts);
  const observation = extracted.kind === 'unsafe' ? '' : extracted.observation;
  const scaffold = buildScaffold(input.language, observation, feeling, need);
  let rewrite: string | null = null;
  // Capitals alone are not an attack: "JE SUIS TROP CONTENT" needs no I-statement.
  const hurtful = extracted.kind === 'ok' && (extracted.attacked || input.scores.TOXICITY >= 0.5);
  if (extracted.kind === 'ok' && hurtful) {
    const candidate = compose(input.language, asClause(observation, input.language), feeling, need);
    rewrite = isClean(candidate) ? candidate : null;
  }
  return { findings, scaffold, rewrite };
}
