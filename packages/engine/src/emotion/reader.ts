import type { CoachFinding, CoachRegister, Emotion } from '../types.ts';

/**
 * The emotions as a reader would name them. The model learnt emotions from sets where a threat
 * or a sarcastic "bravo" is rare, so it reads "je vais te casser la gueule" as calm and "what a
 * goal!" with a swear word as anger. What the coach understood of the draft decides which
 * emotion leads; the model's scores are kept where the coach has nothing to say.
 */

type Felt = Exclude<Emotion, 'neutral'>;
const FELT: readonly Felt[] = ['anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise'];
// A threat leads strongly (the coach then says "en colère"); other attacks lead mildly ("frustré·e").
const STRONG_LEAD = 0.8;
const MILD_LEAD = 0.65;
const OTHERS = 0.3;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** `target` leads clearly; `second` may stay close behind it, the rest stays low. */
function led(
  model: Record<Emotion, number>,
  target: Felt,
  second: Felt | null,
  lead = MILD_LEAD,
): Record<Emotion, number> {
  const out = { ...model };
  out[target] = Math.max(out[target], lead);
  for (const e of FELT) {
    if (e === target) continue;
    out[e] = e === second ? round(Math.min(out[e], out[target] - 0.15)) : Math.min(out[e], OTHERS);
  }
  out.neutral = Math.min(out.neutral, 0.15);
  return out;
}

/**
 * Reader-facing emotions from the model's and the coach's reading.
 *
 * @example
 * readEmotions(model, [{ kind: 'threat', … }], null).anger; // ≥ 0.75
 * readEmotions(model, [], 'enthusiasm').joy; // ≥ 0.75
 */
export function readEmotions(
  model: Record<Emotion, number>,
  findings: readonly CoachFinding[],
  register: CoachRegister,
): Record<Emotion, number> {
  if (register === 'enthusiasm') return led(model, 'joy', 'surprise');
  // A harsh review is displeasure: neither joy nor fear nor surprise, whatever the words.
  if (register === 'criticism') {
    return {
      ...model,
      joy: Math.min(model.joy, 0.1),
      fear: Math.min(model.fear, 0.1),
      surprise: Math.min(model.surprise, 0.1),
    };
  }
  const kinds = new Set(findings.map((f) => f.kind));
  // A threat reads as anger; the reader's fear comes second.
  if (kinds.has('threat')) return led(model, 'anger', 'fear', STRONG_LEAD);
  // Irony aimed at a person reads as irritation, contempt (disgust) close behind.
  if (kinds.has('sarcasm')) return led(model, 'anger', 'disgust');
  if (kinds.has('insult') || kinds.has('label') || kinds.has('judgment') || kinds.has('command')) {
    // Disgust leads only when the model clearly reads contempt ("tu me dégoûtes").
    return model.disgust > model.anger + 0.15
      ? led(model, 'disgust', 'anger')
      : led(model, 'anger', 'disgust');
  }
  // Shouting with no joy in it reads as anger.
  if (kinds.has('shouting')) return led(model, 'anger', 'disgust');
  // Sweeping words about someone: not joy, whatever the model says.
  if (kinds.has('generalisation')) return { ...model, joy: Math.min(model.joy, 0.1) };
  return model;
}
