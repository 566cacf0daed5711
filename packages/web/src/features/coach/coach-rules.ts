import type { Analysis, Attribute, CoachFindingKind, Emotion, Span } from '@empathie/engine';
import { judge, MARK_MIN_SCORE, type NoteReason, readerEmotion } from '@empathie/engine/judgement';
import type { CoachOutcomeInput, CoachSettings, Outcome } from '../../api/empathie.types.ts';

// Pure rules of the composer's coach: when to pause, what to record, which words to mark.
// The engine's judgement comes from its own entry point, which holds no model: this file never
// pulls the model into the main bundle.

/** What the coach needs from an analysis; the engine's `Analysis` fits. */
export type CoachReading = Pick<Analysis, 'scores' | 'spans' | 'coach' | 'language'>;

export interface PauseDecision {
  pause: boolean;
  /** Attributes whose score reached the threshold, highest first. */
  attributes: Attribute[];
  findingKinds: CoachFindingKind[];
  /** What to mark while typing: exactly what the pause would speak of. */
  marks: Span[];
  /** Why marked words do not pause (joy, criticism of a thing, under the threshold). */
  note: NoteReason | null;
}

/**
 * The engine's one judgement (`judge`), for the person's settings: the pause opens when the
 * coach found something aimed at someone, or a score reaches the person's threshold unless the
 * strong words are joy or criticism of a thing. With no threshold (sensitivity off) only findings
 * pause; with the coach off nothing does and nothing is marked.
 */
export function decidePause(
  reading: CoachReading,
  settings: Pick<CoachSettings, 'coach_enabled' | 'score_threshold'>,
): PauseDecision {
  if (!settings.coach_enabled) {
    return {
      pause: false,
      attributes: [],
      findingKinds: uniqueKinds(reading),
      marks: [],
      note: null,
    };
  }
  const j = judge(reading, settings.score_threshold);
  return {
    pause: j.verdict === 'pause',
    attributes: j.attributes,
    findingKinds: j.findingKinds,
    marks: j.marks,
    note: j.note,
  };
}

function uniqueKinds(reading: CoachReading): CoachFindingKind[] {
  return [...new Set(reading.coach.findings.map((finding) => finding.kind))];
}

const revisedOutcomes: ReadonlySet<Outcome> = new Set(['revised', 'used_suggestion']);

/**
 * The outcome of one pause as the server records it: scores, kinds and language, never the
 * draft's words. The score after counts only when the draft changed.
 */
export function buildOutcome(
  outcome: Outcome,
  before: CoachReading,
  after: CoachReading | null,
): CoachOutcomeInput {
  const payload: CoachOutcomeInput = {
    outcome,
    score_before: clamp01(before.scores.TOXICITY),
  };
  if (after && revisedOutcomes.has(outcome)) payload.score_after = clamp01(after.scores.TOXICITY);
  const findings = uniqueKinds(before);
  if (findings.length > 0) payload.findings = findings;
  if (before.language === 'fr' || before.language === 'en') payload.language = before.language;
  return payload;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** A run of the draft, marked when it carries hostility. */
export interface MarkSegment {
  text: string;
  begin: number;
  end: number;
  marked: boolean;
  attributes: Attribute[];
}

/** Spans below this score are not marked: they barely move the reading (the engine's rule). */
export const markMinScore = MARK_MIN_SCORE;

/**
 * Cuts the text into plain and marked runs from the engine's spans (UTF-16 offsets). Overlapping
 * spans merge; an offset that falls inside a surrogate pair moves outward so an emoji is never
 * split.
 */
export function segmentMarks(text: string, spans: readonly Span[], minScore = markMinScore) {
  const ranges = spans
    .filter((span) => span.score >= minScore && span.end > span.begin)
    .map((span) => ({
      begin: snapStart(text, span.begin),
      end: snapEnd(text, span.end),
      attributes: [span.attribute],
    }))
    .filter((range) => range.end > range.begin)
    .sort((a, b) => a.begin - b.begin);

  const merged: typeof ranges = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.begin <= last.end) {
      last.end = Math.max(last.end, range.end);
      for (const a of range.attributes) if (!last.attributes.includes(a)) last.attributes.push(a);
    } else {
      merged.push({ ...range, attributes: [...range.attributes] });
    }
  }

  const segments: MarkSegment[] = [];
  let cursor = 0;
  for (const range of merged) {
    if (range.begin > cursor) segments.push(plain(text, cursor, range.begin));
    segments.push({
      text: text.slice(range.begin, range.end),
      begin: range.begin,
      end: range.end,
      marked: true,
      attributes: range.attributes,
    });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push(plain(text, cursor, text.length));
  return segments;
}

function plain(text: string, begin: number, end: number): MarkSegment {
  return { text: text.slice(begin, end), begin, end, marked: false, attributes: [] };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function snapStart(text: string, offset: number): number {
  const at = Math.min(Math.max(0, offset), text.length);
  return at > 0 && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

function snapEnd(text: string, offset: number): number {
  const at = Math.min(Math.max(0, offset), text.length);
  return at < text.length && isLowSurrogate(text.charCodeAt(at)) ? at + 1 : at;
}

/** The marked passages, in order, for lists and the screen-reader summary. */
export function markedPassages(segments: readonly MarkSegment[]): string[] {
  return segments.filter((segment) => segment.marked).map((segment) => segment.text.trim());
}

/**
 * The emotion a reader would name, or neutral when none stands out clearly: the engine's
 * `readerEmotion`, which prefers no emotion to a wrong one.
 */
export function dominantEmotion(emotions: Record<Emotion, number>): Emotion {
  return readerEmotion(emotions) ?? 'neutral';
}

/** The highest score of a reading: what "before" and "after" compare in the panel. */
export function highestScore(reading: CoachReading): number {
  return Math.max(0, ...Object.values(reading.scores));
}

/** What the person chose in the pause panel ("edit" is settled when they next publish). */
export type PanelChoiceKind =
  | 'publish'
  | 'post_anyway'
  | 'send_later'
  | 'save_draft'
  | 'cancel'
  | 'edit';

/** A pause before a new post, or before saving an edit of one already published. */
export type PauseMode = 'compose' | 'edit';

/**
 * The choices the panel offers, in order. An edit changes a post that is already out, so it
 * cannot be sent later nor become a draft: save the new version, save as it is, or not at all.
 */
export function panelChoices(
  mode: PauseMode,
  context: { changed: boolean; canSendLater: boolean },
): PanelChoiceKind[] {
  const choices: PanelChoiceKind[] = [];
  if (context.changed) choices.push('publish');
  choices.push('edit');
  if (mode === 'compose') {
    if (context.canSendLater) choices.push('send_later');
    choices.push('save_draft');
  }
  choices.push('post_anyway', 'cancel');
  return choices;
}

/** The recorded outcome of a choice; null for "edit", whose outcome is not known yet. */
export function outcomeOf(kind: PanelChoiceKind, usedSuggestion: boolean): Outcome | null {
  switch (kind) {
    case 'publish':
      return usedSuggestion ? 'used_suggestion' : 'revised';
    case 'post_anyway':
      return 'posted_anyway';
    case 'send_later':
      return 'sent_later';
    case 'save_draft':
      return 'saved_draft';
    case 'cancel':
      return 'cancelled';
    case 'edit':
      return null;
  }
}

/** The OFNR scaffold as one message the person can start from. */
export function joinScaffold(parts: {
  observation: string;
  feeling: string;
  need: string;
  request: string;
}): string {
  const first = [parts.observation.trim(), parts.feeling.trim()].filter(Boolean).join(', ');
  return [first, parts.need.trim(), parts.request.trim()].filter(Boolean).join(' ');
}

/** A score in plain words: the panel never shows a bare probability. */
export function scoreLevel(score: number): 'low' | 'medium' | 'high' {
  if (score >= 0.7) return 'high';
  if (score >= 0.3) return 'medium';
  return 'low';
}
