import type { AnalyzeRequest, AnalyzeResponse } from '../api/perspective/perspective.wire.ts';
import { probability } from '../api/perspective/perspective.wire.ts';
import { err, ok, type Result } from '../shared/result.ts';

export const SUPPORTED_ATTRIBUTES = [
  'TOXICITY',
  'SEVERE_TOXICITY',
  'INSULT',
  'THREAT',
  'IDENTITY_ATTACK',
  'PROFANITY',
] as const;
export type SupportedAttribute = (typeof SUPPORTED_ATTRIBUTES)[number];
export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;

/** Perspective's documented limit on a comment's size. */
export const MAX_COMMENT_BYTES = 20_480;

/** What the analysis needs from the empathy engine (structurally, the engine's `Engine`). */
export interface ScoringEngine {
  analyze(
    text: string,
    options?: { language?: 'fr' | 'en'; coach?: boolean },
  ): {
    language: 'fr' | 'en' | 'und';
    /** A language the engine does not score, told by its function words or script. */
    foreignLanguage?: string | null;
    scores: Record<SupportedAttribute, number>;
    spans: { begin: number; end: number; attribute: string; score: number }[];
  };
}

export type AnalyzeFailure =
  | { kind: 'comment_empty' }
  | { kind: 'comment_too_long' }
  | { kind: 'html_not_supported' }
  | { kind: 'no_attributes' }
  | { kind: 'unknown_attribute'; attribute: string }
  | {
      kind: 'language_not_supported';
      attribute: string;
      languages: string[];
      /** Whether the languages were detected in the text or named by the request. */
      source: 'detected' | 'requested';
    };

function isSupported(attribute: string): attribute is SupportedAttribute {
  return (SUPPORTED_ATTRIBUTES as readonly string[]).includes(attribute);
}

/**
 * Scores a comment the way Perspective's `comments:analyze` does, with the local engine. Pure: the
 * text is analysed and forgotten; nothing is stored or logged, whatever `doNotStore` says.
 */
export function analyzeComment(
  engine: ScoringEngine,
  request: AnalyzeRequest,
): Result<AnalyzeResponse, AnalyzeFailure> {
  const text = request.comment.text;
  if (request.comment.type === 'HTML') return err({ kind: 'html_not_supported' });
  if (text.trim() === '') return err({ kind: 'comment_empty' });
  if (new TextEncoder().encode(text).length > MAX_COMMENT_BYTES)
    return err({ kind: 'comment_too_long' });

  const requested = Object.entries(request.requestedAttributes);
  if (requested.length === 0) return err({ kind: 'no_attributes' });
  for (const [name] of requested) {
    if (!isSupported(name)) return err({ kind: 'unknown_attribute', attribute: name });
  }

  // Perspective takes ISO 639-1 codes; region subtags ("fr-CA") name the same language.
  const asked = (request.languages ?? []).map((l) => l.toLowerCase().split(/[-_]/)[0] ?? '');
  const unsupported = asked.filter((l) => !(SUPPORTED_LANGUAGES as readonly string[]).includes(l));
  if (unsupported.length > 0) {
    return err({
      kind: 'language_not_supported',
      attribute: requested[0]?.[0] ?? 'TOXICITY',
      languages: unsupported,
      source: 'requested',
    });
  }
  const forced = asked.length === 1 ? (asked[0] as 'fr' | 'en') : undefined;
  const analysis = engine.analyze(
    text,
    forced ? { language: forced, coach: false } : { coach: false },
  );
  // Like Perspective, text detected in a language no attribute supports is refused, not
  // scored; languages named by the request are trusted.
  if (asked.length === 0 && analysis.foreignLanguage) {
    return err({
      kind: 'language_not_supported',
      attribute: requested[0]?.[0] ?? 'TOXICITY',
      languages: [analysis.foreignLanguage],
      source: 'detected',
    });
  }
  const detected = analysis.language === 'und' ? [] : [analysis.language];

  const attributeScores: NonNullable<AnalyzeResponse['attributeScores']> = {};
  for (const [name, config] of requested) {
    const attribute = name as SupportedAttribute;
    const value = analysis.scores[attribute];
    if (config?.scoreThreshold !== undefined && value < config.scoreThreshold) continue;
    const entry: (typeof attributeScores)[string] = { summaryScore: probability(value) };
    if (request.spanAnnotations) {
      const spans = analysis.spans.filter((s) => s.attribute === attribute);
      // Like Perspective on a one-sentence comment: without finer spans, the whole text is one.
      entry.spanScores =
        spans.length > 0
          ? spans.map((s) => ({ begin: s.begin, end: s.end, score: probability(s.score) }))
          : [{ begin: 0, end: text.length, score: probability(value) }];
    }
    attributeScores[attribute] = entry;
  }

  const response: AnalyzeResponse = {
    languages: forced ? [forced] : asked.length > 0 ? asked : detected,
    detectedLanguages: detected,
  };
  if (Object.keys(attributeScores).length > 0) response.attributeScores = attributeScores;
  if (request.clientToken !== undefined) response.clientToken = request.clientToken;
  return ok(response);
}
