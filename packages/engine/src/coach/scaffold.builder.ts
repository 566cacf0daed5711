import type { CoachFinding, Emotion, Language, OfnrScaffold } from '../types.ts';
import { combineCues, countCues } from './need-cues.util.ts';
import {
  CALM_FEELING,
  FEELING_CUES,
  FEELINGS,
  type Feeling,
  NEEDS,
  type Need,
} from './vocabulary.data.ts';

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
  // Joy in a hurtful draft is usually the model reading a sarcastic "bravo": not a feeling to offer.
  const hurtful = findings.some((f) => ATTACKS.has(f.kind));
  if (best && bestScore >= CLEAR_EMOTION && !(hurtful && best === 'joy')) {
    return bestScore >= STRONG_EMOTION ? FEELINGS[best].strong : FEELINGS[best].mild;
  }
  for (const cue of FEELING_CUES) if (cue.re.test(folded)) return FEELINGS[cue.emotion].mild;
  if (findings.some((f) => f.kind === 'threat')) return FEELINGS.anger.strong;
  if (hurtful || findings.some((f) => f.kind === 'shouting')) return FEELINGS.anger.mild;
  if (findings.some((f) => f.kind === 'generalisation')) return FEELINGS.sadness.mild;
  return CALM_FEELING;
}

const NEED_CUES = combineCues(NEEDS);

/** The need whose cues the draft mentions most; respect when it attacks and says nothing else. */
export function chooseNeed(folded: string, findings: readonly CoachFinding[]): Need {
  let best: Need | null = null;
  let bestCount = 0;
  const counts = countCues(NEEDS, NEED_CUES, folded);
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

const MAX_OBSERVATION = 140;

function shorten(text: string): string {
  if (text.length <= MAX_OBSERVATION) return text;
  const cut = text.lastIndexOf(' ', MAX_OBSERVATION);
  return `${text.slice(0, cut > 40 ? cut : MAX_OBSERVATION)}…`;
}

/** The four OFNR steps, pre-filled where the draft allows and left as a prompt elsewhere. */
export function buildScaffold(
  language: Language,
  observation: string,
  feeling: Feeling,
  need: Need,
): OfnrScaffold {
  const seen = shorten(observation);
  if (language === 'fr') {
    return {
      observation: seen
        ? `Quand je vois que ${seen}`
        : 'Quand [décris ce qui s’est passé, sans jugement]',
      feeling: `je me sens ${feeling.fr}`,
      need: `parce que j’ai besoin ${need.fr}.`,
      request: need.request.fr,
    };
  }
  return {
    observation: seen
      ? `When I see that ${seen}`
      : 'When [describe what happened, without judgment]',
    feeling: `I feel ${feeling.en}`,
    need: `because I need ${need.en}.`,
    request: need.request.en,
  };
}
