import type {
  Bilingual,
  CoachFinding,
  CoachFindingKind,
  CoachInput,
  CoachRegister,
  Span,
} from '../types.ts';
import { CONTEMPT_RULES } from './contempt.rules.ts';
import { EXPLANATIONS, GROUP_EXPLANATION } from './explanations.data.ts';
import { type FoldedText, foldWord, toOriginal } from './fold.util.ts';
import { PERSON_RULES } from './person.rules.ts';
import { isThingVerdict, readRegister } from './register.rules.ts';
import { type Rule, type RuleHit, runRules } from './rule.types.ts';
import { findShouting, type ShoutHit } from './shouting.rules.ts';
import { SPEECH_RULES } from './speech.rules.ts';
import { hasHiddenWordStart } from './word-start.util.ts';

/** How sure the model must be about a span before the coach speaks of it. */
export const MODEL_SPAN_MIN = 0.5;
const PERSON_KINDS = new Set<CoachFindingKind>(['insult', 'label', 'judgment']);

function finding(
  kind: CoachFindingKind,
  begin: number,
  end: number,
  explanation: Bilingual = EXPLANATIONS[kind],
): CoachFinding {
  return { kind, begin, end, explanation };
}

function overlaps(a: { begin: number; end: number }, b: { begin: number; end: number }): boolean {
  return a.begin < b.end && b.begin < a.end;
}

/**
 * The model sees insults the word lists miss ("identity attacks without slurs"). A confident
 * span that no rule explains becomes an insult or threat finding of its own.
 */
function modelFindings(spans: readonly Span[], ruled: readonly CoachFinding[]): CoachFinding[] {
  const out: CoachFinding[] = [];
  for (const span of spans) {
    if (span.score < MODEL_SPAN_MIN) continue;
    const kind: CoachFindingKind | null =
      span.attribute === 'THREAT'
        ? 'threat'
        : span.attribute === 'INSULT' || span.attribute === 'IDENTITY_ATTACK'
          ? 'insult'
          : null;
    if (!kind || ruled.some((f) => overlaps(f, span)) || out.some((f) => overlaps(f, span))) {
      continue;
    }
    const group = span.attribute === 'IDENTITY_ATTACK';
    out.push(
      group
        ? finding(kind, span.begin, span.end, GROUP_EXPLANATION)
        : finding(kind, span.begin, span.end),
    );
  }
  return out;
}

/**
 * A word inside a longer finding of the same family says nothing new ("idiot" inside
 * "t'es un idiot"); the longer one is kept. Other kinds may overlap: shouting and an insult
 * are two different things to say about the same words.
 */
const family = (k: CoachFindingKind) => (PERSON_KINDS.has(k) ? 'person' : k);

function dedupe(findings: CoachFinding[]): CoachFinding[] {
  const sorted = [...findings].sort((a, b) => a.begin - b.begin || b.end - a.end);
  const kept: CoachFinding[] = [];
  for (const f of sorted) {
    const covered = kept.some(
      (k) =>
        family(k.kind) === family(f.kind) && overlaps(k, f) && k.end - k.begin >= f.end - f.begin,
    );
    if (!covered) kept.push(f);
  }
  return kept;
}

// Links and @names are addresses, not words aimed at anyone: "exemple.fr/c0nn4rd" or a handle
// that folds into an insult is never the author's tone.
const ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+|@[\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}_.-]+)?/giu;

function addressRanges(text: string): { begin: number; end: number }[] {
  if (!text.includes('@') && !text.includes('http') && !text.includes('www.')) return [];
  return [...text.matchAll(ADDRESS)].map((m) => ({
    begin: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

export interface Detected {
  findings: CoachFinding[];
  register: CoachRegister;
}

/** Every rule a finding can come from, in the order their hits are listed. */
export const FINDING_RULES: readonly Rule[] = [...PERSON_RULES, ...SPEECH_RULES, ...CONTEMPT_RULES];

/**
 * Every finding of the rules and the model, sorted by position, spans in UTF-16 of `text`.
 * `shouts` lets the caller share one `findShouting(input.text)` with the rewrite; `ruleHits`,
 * `runRules(FINDING_RULES, folded.text)` worked out beforehand (`coachMany` runs the rules over
 * many drafts at once).
 */
export function detectFindings(
  input: CoachInput,
  folded: FoldedText,
  shouts: readonly ShoutHit[] = findShouting(input.text),
  ruleHits?: readonly RuleHit[],
): Detected {
  const hits = ruleHits ?? runRules(FINDING_RULES, folded.text, !hasHiddenWordStart(folded.text));
  const addresses = addressRanges(input.text);
  const ruled = hits
    .map((h) => {
      const [begin, end] = toOriginal(folded, h.begin, h.end);
      return finding(h.kind, begin, end, h.explanation);
    })
    .filter((f) => !addresses.some((a) => a.begin <= f.begin && f.end <= a.end));
  // Joy that swears and a harsh review of a thing: the model's spans and the capitals are not
  // an attack there, so neither becomes a finding.
  // "Ce repas était débile": an insult word that only judges a named thing.
  const verdicts = ruled.filter(
    (f) => f.kind === 'insult' && isThingVerdict(foldWord(input.text.slice(f.begin, f.end))),
  );
  const register = readRegister(folded.text, ruled, verdicts.length);
  if (register !== null) {
    return { findings: dedupe(ruled.filter((f) => !verdicts.includes(f))), register };
  }
  for (const s of shouts) ruled.push(finding('shouting', s.begin, s.end));
  const all = [...ruled, ...modelFindings(input.spans, ruled)];
  return { findings: dedupe(all), register };
}
