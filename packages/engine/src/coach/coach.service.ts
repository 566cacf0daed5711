import { readEmotions } from '../emotion/reader.ts';
import type { CoachInput, CoachResult } from '../types.ts';
import { composeRewrite, composeScaffold, observe } from './compose.builder.ts';
import { CONTEMPT_RULES, GROUP_EXPLANATION } from './contempt.rules.ts';
import { detectFindings, FINDING_RULES } from './findings.detector.ts';
import { foldString, foldTextReused, foldWord } from './fold.util.ts';
import { PERSON_RULES } from './person.rules.ts';
import { anyRuleHit, type RuleHit, runRulesMany } from './rule.types.ts';
import { chooseFeeling, chooseNeed } from './scaffold.builder.ts';
import { findShouting } from './shouting.rules.ts';
import { SPEECH_RULES } from './speech.rules.ts';
import { hasHiddenWordStart } from './word-start.util.ts';

const STILL_HURTFUL = new Set(['insult', 'label', 'judgment', 'threat', 'command', 'sarcasm']);
const CLEANLINESS_RULES = [...PERSON_RULES, ...SPEECH_RULES, ...CONTEMPT_RULES].filter((r) =>
  STILL_HURTFUL.has(r.kind),
);
const ATTACKS = new Set(['insult', 'label', 'judgment', 'threat', 'command', 'sarcasm']);
// Irony that colours the whole draft: what the author means is the opposite of what is written.
const WHOLE_DRAFT_IRONY = /^(?:\/s|yeah right|said no one ever|slow clap|mais bien sur)$/;

/** A rewrite is only offered when none of our rules would flag it again. */
function isClean(text: string): boolean {
  return !anyRuleHit(CLEANLINESS_RULES, foldString(text)) && findShouting(text).length === 0;
}

/**
 * Coaches a draft with non-violent communication: what may hurt its reader (kind, UTF-16 span,
 * a bilingual explanation), whether its strong words are joy or criticism of a thing rather
 * than an attack, an observation / feeling / need / request scaffold in the draft's language,
 * and an I-statement rewrite when one can be said well.
 *
 * The rewrite is composed, never edited out of the draft: whole clauses that hurt no one
 * ("ton code plante encore"), then a feeling, a need and a request from our templates. It is
 * null when the draft's subject would be lost with its attack (a claim about a group, a clause
 * we cannot keep whole) or when irony colours the whole draft: then the scaffold shows how to
 * start. Pure and deterministic; the model's spans and emotions help but are not required.
 *
 * @example
 * const r = coach({ text: 'Tu es nul, ton code plante encore', language: 'fr', scores, spans: [], emotions });
 * r.findings[0]; // { kind: 'label', begin: 0, end: 9, explanation: { fr: '…', en: '…' } }
 * r.rewrite; // 'Quand je vois que ton code plante encore, je me sens frustré·e. J’ai besoin de coopération. …'
 */
export function coach(input: CoachInput): CoachResult {
  return coachWith(input);
}

/**
 * `coach` for many drafts at once, each answer exactly what `coach` gives it: the rules run over
 * every draft rule by rule (`runRulesMany`), which is faster for a batch (a moderation queue, the
 * CLI's JSON lines) than each draft fetching every rule's compiled code again.
 */
export function coachMany(inputs: readonly CoachInput[]): CoachResult[] {
  // Only the folded text is kept: the offsets live in reused buffers, which `coachWith` refills.
  const texts = inputs.map((input) => foldTextReused(input.text).text);
  const plains = texts.map((text) => !hasHiddenWordStart(text));
  const hits = runRulesMany(FINDING_RULES, texts, plains);
  return inputs.map((input, i) => coachWith(input, hits[i]));
}

function coachWith(input: CoachInput, ruleHits?: readonly RuleHit[]): CoachResult {
  // Its offsets are read only while the findings are placed: the fold's reused buffers serve.
  const folded = foldTextReused(input.text);
  // Shouting is read once on the original text and shared by the findings and the rewrite.
  const shouts = findShouting(input.text);
  const { findings, register } = detectFindings(input, folded, shouts, ruleHits);
  const emotions = readEmotions(input.emotions, findings, register);
  const feeling = chooseFeeling(emotions, folded.text, findings);
  const need = chooseNeed(folded.text, findings);
  // A calm draft never pauses on its own words: its scaffold starts from a prompt, and the
  // clauses need not be read (most drafts are calm).
  const calm = findings.length === 0 && Object.values(input.scores).every((x) => x < 0.5);
  const observed = calm ? { clause: '', lost: false, changed: false } : observe(input, findings);
  const scaffold = composeScaffold(input.language, observed.clause, feeling, need);
  const attacked = findings.some((f) => ATTACKS.has(f.kind) || f.kind === 'generalisation');
  // Shouting pauses too, so it gets a calm version; joy in capitals has a register and none.
  // A draft only the model finds toxic gets no rewrite: the coach does not know what it would
  // be replacing ("Damn, that concert was magic!" is joy the rules did not recognise).
  const shouted = findings.some((f) => f.kind === 'shouting');
  const hurtful = register === null && (attacked || shouted);
  const irony = findings.some(
    (f) =>
      f.kind === 'sarcasm' && WHOLE_DRAFT_IRONY.test(foldWord(input.text.slice(f.begin, f.end))),
  );
  // We cannot speak for the author about a whole group: the scaffold shows how to start instead.
  const aboutGroup = findings.some((f) => f.explanation === GROUP_EXPLANATION);
  let rewrite: string | null = null;
  // Nothing left out: wrapping the same words in an I-statement would not help.
  if (hurtful && observed.changed && !irony && !aboutGroup && !observed.lost) {
    const candidate = composeRewrite(input.language, observed.clause, feeling, need);
    rewrite = isClean(candidate) ? candidate : null;
  }
  return { findings, register, scaffold, rewrite };
}
