import type {
  Analysis,
  Attribute,
  CoachFinding,
  CoachFindingKind,
  Emotion,
  Span,
} from './types.ts';

/**
 * One judgement for the whole product: what is marked while a draft is typed and whether
 * publishing pauses come from here, so a marked draft either pauses or says why it does not.
 * Types only, no model: the web app imports it into its main bundle
 * (`@empathie/engine/judgement`).
 */

/** `pause`: the pause panel opens; `note`: words are marked with a reason for not pausing. */
export type Verdict = 'pause' | 'note' | 'clear';

/** Why marked words do not pause: joy, criticism of a thing, or under the person's threshold. */
export type NoteReason = 'enthusiasm' | 'criticism' | 'below_threshold';

export interface Judgement {
  verdict: Verdict;
  /** Attributes whose score reached the threshold, highest first. */
  attributes: Attribute[];
  /** Kinds of the coach's findings, in order of first appearance. */
  findingKinds: CoachFindingKind[];
  /** What to mark while typing: the model's confident spans and the coach's findings. */
  marks: Span[];
  /** Set exactly when there are marks and no pause. */
  note: NoteReason | null;
}

/** What a judgement needs from an analysis; the engine's `Analysis` fits. */
export type JudgedReading = Pick<Analysis, 'scores' | 'spans' | 'coach'> &
  Partial<Pick<Analysis, 'foreignLanguage'>>;

/** Spans below this score are not marked: they barely move the reading. */
export const MARK_MIN_SCORE = 0.5;

const MARK_ATTRIBUTE: Record<CoachFindingKind, Attribute> = {
  insult: 'INSULT',
  label: 'INSULT',
  judgment: 'INSULT',
  sarcasm: 'INSULT',
  threat: 'THREAT',
  command: 'TOXICITY',
  generalisation: 'TOXICITY',
  shouting: 'TOXICITY',
};

function findingMark(f: CoachFinding, scores: Record<Attribute, number>): Span {
  const attribute = MARK_ATTRIBUTE[f.kind];
  return {
    begin: f.begin,
    end: f.end,
    attribute,
    score: Math.max(MARK_MIN_SCORE, scores[attribute]),
  };
}

/**
 * Pauses when the coach found something aimed at someone, or when a score reaches `threshold`
 * (the person's sensitivity; null when off) unless the strong words are joy or criticism of a
 * thing. Marks what the pause would speak of; when marked words do not pause, says why.
 *
 * @example
 * const j = judge(engine.analyze('Retourne dans ton pays.'), 0.7);
 * j.verdict; // 'pause', j.findingKinds: ['judgment']
 * judge(engine.analyze('Holy shit, what a goal!'), 0.7).note; // 'enthusiasm'
 * judge(engine.analyze('Du bist so ein Idiot!'), 0.7).verdict; // 'clear': not French or English
 */
export function judge(reading: JudgedReading, threshold: number | null): Judgement {
  // Scores of a language the engine does not know would judge words it cannot read.
  if (reading.foreignLanguage != null)
    return { verdict: 'clear', attributes: [], findingKinds: [], marks: [], note: null };
  const { scores, spans, coach } = reading;
  const findingKinds = [...new Set(coach.findings.map((f) => f.kind))];
  const attributes =
    threshold === null
      ? []
      : (Object.entries(scores) as [Attribute, number][])
          .filter(([, score]) => score >= threshold)
          .sort((a, b) => b[1] - a[1])
          .map(([attribute]) => attribute);
  const benign = coach.register != null && findingKinds.length === 0;
  // Swearing alone hurts no reader: PROFANITY pauses only beside another attribute or a finding.
  const hurtful = attributes.some((a) => a !== 'PROFANITY');
  const pause = findingKinds.length > 0 || (hurtful && !benign);
  const marks = [
    ...spans.filter((s) => s.score >= MARK_MIN_SCORE && s.end > s.begin),
    ...coach.findings.map((f) => findingMark(f, scores)),
  ].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let note: NoteReason | null = null;
  if (!pause && marks.length > 0)
    note = benign && coach.register ? coach.register : 'below_threshold';
  return {
    verdict: pause ? 'pause' : note ? 'note' : 'clear',
    attributes: pause ? attributes : [],
    findingKinds,
    marks,
    note,
  };
}

/** A reader's emotion must lead by this much over the next one to be named. */
const SURE = 0.4;
const MARGIN = 0.1;

/**
 * The emotion a reader would name, or null when none stands out: no emotion is better than a
 * wrong one.
 *
 * @example
 * readerEmotion(engine.analyze('je vais te casser la gueule').emotions); // 'anger'
 */
export function readerEmotion(
  emotions: Record<Emotion, number>,
): Exclude<Emotion, 'neutral'> | null {
  let best: Exclude<Emotion, 'neutral'> | null = null;
  let top = 0;
  let second = 0;
  for (const [emotion, score] of Object.entries(emotions) as [Emotion, number][]) {
    if (emotion === 'neutral') continue;
    if (score > top) {
      second = top;
      top = score;
      best = emotion;
    } else if (score > second) second = score;
  }
  return best && top >= SURE && top - second >= MARGIN ? best : null;
}
