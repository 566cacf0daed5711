import type { CoachFinding, Emotion } from '../types.ts';
import { combineCues, countCues } from './need-cues.util.ts';
import {
  CALM_FEELING,
  FEELING_CUES,
  FEELINGS,
  type Feeling,
  NEEDS,
  type Need,
} from './vocabulary.data.ts';
import { hasHiddenWordStart, wordStartRegex } from './word-start.util.ts';

const STRONG_EMOTION = 0.7;
const CLEAR_EMOTION = 0.25;
const ATTACKS = new Set(['insult', 'label', 'judgment', 'command', 'threat', 'sarcasm']);

/**
 * The feeling: the model's strongest non-neutral emotion when it is clear, else a feeling the
 * draft names outright, else what its findings suggest (an attack usually comes from frustration).
 */
export function chooseFeeling(
  emotions: Record<Emotion, number>,
  folded: string,
  findings: readonly CoachFinding[],
): Feeling {
  let best: Exclude<Emotion, 'neutral'> | null = null;
  let bestScore = 0;
  for (const emotion of Object.keys(FEELINGS) as Exclude<Emotion, 'neutral'>[]) {
    const score = emotions[emotion] ?? 0;
    if (score > bestScore) {
      best = emotion;
      bestScore = score;
    }
  }
  // Joy or surprise in a hurtful draft is the model reading a sarcastic "bravo": not a feeling
  // an author who attacks would recognise.
  const hurtful = findings.some((f) => ATTACKS.has(f.kind));
  if (best && bestScore >= CLEAR_EMOTION && !(hurtful && (best === 'joy' || best === 'surprise'))) {
    return bestScore >= STRONG_EMOTION ? FEELINGS[best].strong : FEELINGS[best].mild;
  }
  for (const cue of FEELING_CUES) if (cue.re.test(folded)) return FEELINGS[cue.emotion].mild;
  if (findings.some((f) => f.kind === 'threat')) return FEELINGS.anger.strong;
  if (hurtful || findings.some((f) => f.kind === 'shouting')) return FEELINGS.anger.mild;
  if (findings.some((f) => f.kind === 'generalisation')) return FEELINGS.sadness.mild;
  return CALM_FEELING;
}

const NEED_CUES = combineCues(NEEDS);
const NEED_CUES_TWIN = NEED_CUES && wordStartRegex(NEED_CUES);

/** The need whose cues the draft mentions most; respect when it attacks and says nothing else. */
export function chooseNeed(folded: string, findings: readonly CoachFinding[]): Need {
  let best: Need | null = null;
  let bestCount = 0;
  const twin = NEED_CUES_TWIN !== null && !hasHiddenWordStart(folded);
  const counts = countCues(NEEDS, twin ? NEED_CUES_TWIN : NEED_CUES, folded);
  for (let i = 0; i < NEEDS.length; i++) {
    const count = counts[i] as number;
    if (count > bestCount) {
      best = NEEDS[i] as Need;
      bestCount = count;
    }
  }
  if (best) return best;
  const fallback = findings.some((f) => ATTACKS.has(f.kind)) ? 'respect' : 'understanding';
  return NEEDS.find((n) => n.id === fallback) as Need;
}
