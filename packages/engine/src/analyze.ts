import { coach, coachMany } from './coach/index.ts';
import { readEmotions } from './emotion/reader.ts';
import { extractFeatures, type Features } from './features/features.ts';
import { minorsSexualised } from './features/minors.ts';
import { insultedPeople } from './features/third-person.ts';
import { detectLanguage } from './language/detect.ts';
import { foreignLanguage } from './language/profile.ts';
import { buildLexicon, type Lexicon } from './lexicon/lexicon.ts';
import { unmask } from './lexicon/unmask.ts';
import {
  calibrate,
  decodeModel,
  HEADS,
  logits,
  type Model,
  type ModelMeta,
} from './model/model.ts';
import { type Token, tokenise } from './text/tokenise.ts';
import { findSpans } from './toxicity/spans.ts';
import {
  type Analysis,
  type AnalyzeOptions,
  ATTRIBUTES,
  type Attribute,
  type CoachInput,
  type CoachResult,
  EMOTIONS,
  type Emotion,
  type Span,
} from './types.ts';

/**
 * A clear threat or identity attack is toxic too, even when the TOXICITY head (trained on other
 * sets) missed it, as with threats or attacks on groups that use no insult: the part of the
 * attribute's score above its bar is mapped onto the part of TOXICITY above its threshold.
 */
const RAISING: readonly Attribute[] = ['THREAT', 'IDENTITY_ATTACK'];
/**
 * IDENTITY_ATTACK of a text whose context rules found a group demeaned (`Context.demeaned`): the
 * labelled sets hold few attacks on groups without a slur, so the head learnt little of them.
 * Through raiseToxicity this sets TOXICITY about 0.8: a pause at the high and medium
 * sensitivities, not at the low one.
 */
const DEMEANED_FLOOR = 0.75;
/**
 * INSULT and TOXICITY of a text that calls the reader or "them" vermin or an animal
 * (`Context.vermin`): "you are vermin" scored 0.17, the English heads having seen the word
 * mostly of groups. About the score a plain insult aimed at the reader gets.
 */
const VERMIN_FLOOR = 0.8;
/** TOXICITY and INSULT when the reader, or someone talked about, is called an insult. */
const TARGETED_FLOOR = 0.7;
/** TOXICITY and SEVERE_TOXICITY when a child is sexualised. */
const MINOR_FLOOR = 0.9;
/**
 * Whether a slur is used as one: read in full and left undamped by the context rules, which damp
 * it when quoted, reported, denied, reclaimed by its group or used in an everyday sense ("a fag
 * and a cup of tea"). The labelled sets name some slurs too rarely for the heads to weigh them:
 * "There goes another kike." scored 0.31. Used, a slur attacks its group, as a demeaned group does.
 */
function slurUsed(features: Features): boolean {
  const { matches, damping } = features.context;
  return matches.some((m) => m.category === 'slur' && (damping[m.first] ?? 1) === 1);
}

/** An insult or a slur aimed at the reader, which no rule softened (a report among them). */
function insultsReader(features: Features): boolean {
  const { targeted, damping } = features.context;
  return targeted.some(
    (m) => (m.category === 'insult' || m.category === 'slur') && (damping[m.first] ?? 1) === 1,
  );
}

function raiseToxicity(
  scores: Record<Attribute, number>,
  thresholds: Record<Attribute, number>,
): void {
  const t = thresholds.TOXICITY;
  for (const a of RAISING) {
    const bar = Math.max(thresholds[a], 0.5);
    if (scores[a] < bar) continue;
    const above = (scores[a] - bar) / (1 - bar);
    scores.TOXICITY = Math.max(scores.TOXICITY, round(t + above * (1 - t)));
  }
}

/**
 * Marks the words a precise context rule read (a group demeaned, the reader called vermin), where
 * no span of the model for that attribute already covers them: the pause then shows what it
 * speaks of.
 */
function markRead(
  spans: Span[],
  tokens: readonly Token[],
  ranges: ReadonlyArray<readonly [number, number]>,
  attribute: Attribute,
  score: number,
): void {
  const at = ATTRIBUTES.indexOf(attribute);
  for (const [first, last] of ranges) {
    // A rule's range outside the text would be a bug of that rule: no mark, rather than a throw.
    const from = tokens[first];
    const to = tokens[last];
    if (from === undefined || to === undefined || last < first) continue;
    const begin = from.begin;
    const end = to.end;
    const covered = spans.some(
      (s) => s.attribute === attribute && s.begin <= begin && s.end >= end,
    );
    if (covered) continue;
    // After the model's spans of that attribute: findSpans lists spans attribute by attribute.
    const after = spans.findIndex((s) => ATTRIBUTES.indexOf(s.attribute) > at);
    const span: Span = { begin, end, attribute, score };
    if (after < 0) spans.push(span);
    else spans.splice(after, 0, span);
  }
}

/** What `read` leaves for the coach and the answer. */
interface Read {
  language: Analysis['language'];
  languageConfidence: number;
  foreign: Analysis['foreignLanguage'];
  scores: Record<Attribute, number>;
  spans: Span[];
  emotions: Record<Emotion, number>;
  /** The coach's input, or null when the coach is off or the text is in another language. */
  advice: CoachInput | null;
}

/** A loaded engine: `analyze` is synchronous and deterministic. */
export interface Engine {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * `analyze` of each text, the same answers, faster for a batch (a moderation queue, JSON lines):
   * the coach's rules run over all the texts rule by rule.
   */
  analyzeMany(texts: readonly string[], options?: AnalyzeOptions): Analysis[];
  /** Decision threshold per attribute, chosen on held-out data. */
  thresholds: Record<Attribute, number>;
  meta: ModelMeta;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const NO_COACH: CoachResult = {
  findings: [],
  register: null,
  scaffold: { observation: '', feeling: '', need: '', request: '' },
  rewrite: null,
};

/**
 * Builds an engine from a decoded model (tests and the training CLI use this directly).
 *
 * @example
 * const engine = createEngine(model);
 * engine.analyze('shut up, idiot').scores.INSULT; // high
 */
export function createEngine(model: Model, lexicon: Lexicon = buildLexicon()): Engine {
  const thresholds = Object.fromEntries(
    ATTRIBUTES.map((a, i) => [a, model.meta.thresholds[i] as number]),
  ) as Record<Attribute, number>;
  const langHead = HEADS.indexOf('LANG_FR');
  const profanityHead = ATTRIBUTES.indexOf('PROFANITY');
  /** Everything but the coach, which `analyze` runs on each text and `analyzeMany` on a batch. */
  function read(text: string, options: AnalyzeOptions): Read {
    const tokens = unmask(tokenise(text), lexicon.masks, text);
    const features = extractFeatures(tokens, lexicon);
    const z = logits(model, features);
    const guess = detectLanguage(model, tokens, z[langHead] as number);
    const scores = {} as Record<Attribute, number>;
    ATTRIBUTES.forEach((a, i) => {
      scores[a] = tokens.length === 0 ? 0 : round(calibrate(model, i, z[i] as number));
    });
    const emotions = {} as Record<Emotion, number>;
    EMOTIONS.forEach((e, k) => {
      const i = ATTRIBUTES.length + k;
      emotions[e] =
        tokens.length === 0
          ? e === 'neutral'
            ? 1
            : 0
          : round(calibrate(model, i, z[i] as number));
    });
    // Swearing at no one weighs as venting for every head but PROFANITY: it is still swearing.
    const beforeVenting = features.context.beforeVenting;
    if (beforeVenting !== null && tokens.length > 0) {
      const plain = extractFeatures(tokens, lexicon, {
        ...features.context,
        damping: beforeVenting,
      });
      const zp = logits(model, plain)[profanityHead] as number;
      scores.PROFANITY = Math.max(scores.PROFANITY, round(calibrate(model, profanityHead, zp)));
    }
    if (features.demeaned.length > 0 || slurUsed(features)) {
      scores.IDENTITY_ATTACK = Math.max(scores.IDENTITY_ATTACK, DEMEANED_FLOOR);
    }
    const vermin = features.context.vermin;
    if (vermin.length > 0) {
      scores.INSULT = Math.max(scores.INSULT, VERMIN_FLOOR);
      scores.TOXICITY = Math.max(scores.TOXICITY, VERMIN_FLOOR);
    }
    // An insult the reader is called, undamped ("Espèce de con, tu as encore oublié…"), or one
    // said of someone else as what they are ("the speaker was a fat cow",
    // `features/third-person.ts`): the model's weights fade it in a longer text of everyday words.
    if (insultsReader(features) || insultedPeople(tokens, features.context).length > 0) {
      scores.INSULT = Math.max(scores.INSULT, TARGETED_FLOOR);
      scores.TOXICITY = Math.max(scores.TOXICITY, TARGETED_FLOOR);
    }
    // A child sexualised: severe whatever the words around it (`features/minors.ts`).
    const sexualised = minorsSexualised(tokens, text);
    if (sexualised.length > 0) {
      scores.TOXICITY = Math.max(scores.TOXICITY, MINOR_FLOOR);
      scores.SEVERE_TOXICITY = Math.max(scores.SEVERE_TOXICITY, MINOR_FLOOR);
    }
    raiseToxicity(scores, thresholds);
    // Another language is told by its function words; a language the caller forces is trusted.
    const foreign = options.language === undefined ? foreignLanguage(tokens) : null;
    // Words of a language the model does not know are neither marked nor coached.
    const spans = foreign === null ? findSpans(model, tokens, features, scores) : [];
    if (foreign === null) {
      markRead(spans, tokens, features.demeaned, 'IDENTITY_ATTACK', scores.IDENTITY_ATTACK);
      const called = vermin.map((m) => [m.first, m.last] as const);
      markRead(spans, tokens, called, 'INSULT', scores.INSULT);
      markRead(spans, tokens, sexualised, 'SEVERE_TOXICITY', scores.SEVERE_TOXICITY);
    }
    const language = options.language ?? (foreign === null ? guess.language : 'und');
    const languageConfidence = options.language !== undefined ? 1 : guess.confidence;
    const coachLanguage = options.language ?? guess.best;
    const coached = options.coach !== false && foreign === null;
    const advice: CoachInput | null = coached
      ? { text, language: coachLanguage, scores, spans, emotions }
      : null;
    return { language, languageConfidence, foreign, scores, spans, emotions, advice };
  }

  function answer(r: Read, advice: CoachResult | null): Analysis {
    // With the coach, emotions are read as a reader would name them (a threat is anger, joy
    // that swears is joy); without it, they are the model's own scores.
    return {
      language: r.language,
      languageConfidence: r.languageConfidence,
      foreignLanguage: r.foreign,
      scores: r.scores,
      spans: r.spans,
      emotions:
        advice === null ? r.emotions : readEmotions(r.emotions, advice.findings, advice.register),
      coach: advice ?? NO_COACH,
    };
  }

  function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const r = read(text, options);
    return answer(r, r.advice === null ? null : coach(r.advice));
  }

  function analyzeMany(texts: readonly string[], options: AnalyzeOptions = {}): Analysis[] {
    const reads = texts.map((text) => read(text, options));
    const inputs = reads.flatMap((r) => (r.advice === null ? [] : [r.advice]));
    const advice = coachMany(inputs);
    let next = 0;
    return reads.map((r) => answer(r, r.advice === null ? null : (advice[next++] as CoachResult)));
  }
  return { analyze, analyzeMany, thresholds, meta: model.meta };
}

/**
 * Loads the shipped model lazily (a separate chunk in browser builds) and returns an engine.
 *
 * @example
 * const engine = await loadEngine();
 * engine.analyze("t'es vraiment nul").scores.TOXICITY; // > engine.thresholds.TOXICITY
 */
export async function loadEngine(): Promise<Engine> {
  const module = await import('../models/model.generated.ts');
  return createEngine(decodeModel(module.meta as ModelMeta, module.weights));
}

// The convenience `analyze` shares one engine: decoding the weights on every call would cost
// tens of milliseconds, and the engine is immutable once built.
let shared: Promise<Engine> | undefined;

/**
 * Analyses one text with the shipped model, loading it on first use.
 *
 * @example
 * const a = await analyze('Je vais te retrouver.');
 * a.scores.THREAT; // high
 */
export async function analyze(text: string, options?: AnalyzeOptions): Promise<Analysis> {
  shared ??= loadEngine();
  return (await shared).analyze(text, options);
}
