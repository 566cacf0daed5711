import { lookupTable } from '../text/lookup-table.ts';
import type { CoachFinding, CoachInput } from '../types.ts';
import { MODEL_SPAN_MIN } from './findings.detector.ts';
import { type FoldedText, foldWord, toOriginal } from './fold.util.ts';
import { harshWordEdits, nounReplacement } from './harsh-words.rules.ts';
import { PROFANITY_ALT } from './lexicon.data.ts';
import {
  applyEdits,
  type Cut,
  hasContent,
  type ObservationEdits,
  type Replacement,
  tidy,
} from './observation.builder.ts';
import { eachMatch } from './rule.types.ts';
import { findShouting, type ShoutHit } from './shouting.rules.ts';

const CUT_KINDS = new Set(['insult', 'label', 'judgment', 'command', 'threat', 'sarcasm']);
const PROFANITY_RE = new RegExp(`(?<![a-z])(?:${PROFANITY_ALT})(?![a-z])`, 'g');
// Irony that colours the whole draft: cutting the marker would flip its meaning.
const WHOLE_DRAFT_IRONY = /^(?:\/s|yeah right|said no one ever|slow clap|mais bien sur)$/;

/** Softer words for sweeping ones, so the observation stays about this time. */
const SOFTER = lookupTable<{ fr?: string; en?: string }>({
  toujours: { fr: 'souvent' },
  jamais: { fr: 'pas' },
  'tout le temps': { fr: 'souvent' },
  'a chaque fois': { fr: 'plusieurs fois' },
  'chaque fois': { fr: 'plusieurs fois' },
  'tout le monde': { fr: 'plusieurs personnes' },
  'persone ne': { fr: 'pas grand monde ne' },
  always: { en: 'often' },
  never: { en: 'rarely' },
  'al the time': { en: 'often' },
  'every time': { en: 'several times' },
  'every single time': { en: 'several times' },
  everyone: { en: 'several people' },
  everybody: { en: 'several people' },
  nobody: { en: 'few people' },
  'no one': { en: 'few people' },
  'you people': { en: 'you' },
});

function softened(input: CoachInput, f: CoachFinding): Replacement | null {
  const key = foldWord(input.text.slice(f.begin, f.end)).replace(/[\s-]+/g, ' ');
  const softer = SOFTER[key]?.[input.language];
  return softer ? { begin: f.begin, end: f.end, text: softer } : null;
}

export type ObservationResult =
  /** `attacked`: something hurtful was cut or replaced, not only the volume lowered. */
  | { kind: 'ok'; observation: string; attacked: boolean }
  | { kind: 'unsafe' }
  | { kind: 'unchanged'; observation: string };

/**
 * The draft with every attack, swear word and confident model span removed. `unsafe` when the
 * draft's meaning hangs on something a rule cannot undo (irony that flips it).
 */
export function extractObservation(
  input: CoachInput,
  folded: FoldedText,
  findings: readonly CoachFinding[],
  shouts: readonly ShoutHit[] = findShouting(input.text),
): ObservationResult {
  const cuts: Cut[] = [];
  const replacements: Replacement[] = [];
  const lower: Cut[] = [];
  for (const f of findings) {
    if (
      f.kind === 'sarcasm' &&
      WHOLE_DRAFT_IRONY.test(foldWord(input.text.slice(f.begin, f.end)))
    ) {
      return { kind: 'unsafe' };
    }
    if (f.kind === 'insult') {
      const noun = nounReplacement(input, f);
      if (noun) {
        replacements.push(noun);
        continue;
      }
    }
    if (CUT_KINDS.has(f.kind)) cuts.push(f);
    if (f.kind === 'generalisation') {
      const r = softened(input, f);
      if (r) replacements.push(r);
    }
  }
  const bursts: Replacement[] = [];
  for (const s of shouts) {
    const burst = /^[!?\s]+$/.test(input.text.slice(s.begin, s.end));
    if (burst) {
      const q = input.text.slice(s.begin, s.end).includes('?');
      bursts.push({ begin: s.begin, end: s.end, text: q ? '?' : '.' });
    } else lower.push(s);
  }
  const softCuts: Cut[] = [];
  eachMatch(PROFANITY_RE, folded.text, (b, e) => {
    const [begin, end] = toOriginal(folded, b, e);
    softCuts.push({ begin, end });
    return false;
  });
  for (const span of input.spans) {
    // A model span on a short function word ("as", "you") is noise, not the attack.
    const words = input.text.slice(span.begin, span.end).match(/\p{L}{3,}/gu);
    if (span.score >= MODEL_SPAN_MIN && span.attribute !== 'TOXICITY' && words) softCuts.push(span);
  }
  const harsh = harshWordEdits(input, folded);
  softCuts.push(...harsh.cuts);
  replacements.push(...harsh.replacements);
  const attacked = cuts.length + replacements.length + softCuts.length > 0;
  replacements.push(...bursts);
  const edits: ObservationEdits = { cuts, replacements, softCuts, lower };
  const observation = tidy(applyEdits(input.text, edits));
  // Nothing a rule could change: wrapping the same words in an I-statement would not help.
  if (observation === tidy(input.text)) return { kind: 'unchanged', observation };
  return { kind: 'ok', observation: hasContent(observation) ? observation : '', attacked };
}
