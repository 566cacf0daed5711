import { z } from 'zod';

/**
 * Perspective API wire format (`comments:analyze`), so that existing Perspective clients work by
 * changing only their base URL. Unknown fields (context, communityId, sessionId…) are accepted and
 * ignored, as Perspective does.
 */
export const analyzeRequestSchema = z.object({
  comment: z.object({
    text: z.string(),
    type: z.enum(['PLAIN_TEXT', 'HTML']).optional(),
  }),
  requestedAttributes: z.record(
    z.string(),
    z
      .object({
        scoreType: z.string().optional(),
        scoreThreshold: z.number().min(0).max(1).optional(),
      })
      .nullable()
      .optional(),
  ),
  languages: z.array(z.string()).optional(),
  doNotStore: z.boolean().optional(),
  spanAnnotations: z.boolean().optional(),
  clientToken: z.string().optional(),
  sessionId: z.string().optional(),
  communityId: z.string().optional(),
});

export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

export interface ScoreWire {
  value: number;
  type: 'PROBABILITY';
}

export interface AnalyzeResponse {
  attributeScores?: Record<
    string,
    {
      summaryScore: ScoreWire;
      spanScores?: { begin: number; end: number; score: ScoreWire }[];
    }
  >;
  languages: string[];
  detectedLanguages: string[];
  clientToken?: string;
}

export type GoogleStatus =
  | 'INVALID_ARGUMENT'
  | 'PERMISSION_DENIED'
  | 'RESOURCE_EXHAUSTED'
  | 'UNAUTHENTICATED';

/** One entry of a Google error's `details`: a typed message, named by its `@type`. */
export type ErrorDetail = { '@type': string } & Record<string, unknown>;

/**
 * Perspective's own error detail. `LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE` carries the languages
 * (`detectedLanguages` when Perspective detected them, `requestedLanguages` when the request named
 * them) and the attribute, which is what clients read to skip a comment or drop an attribute.
 */
export function commentAnalyzerError(
  errorType: 'COMMENT_EMPTY' | 'COMMENT_TOO_LONG' | 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE',
  languageError?: {
    attribute: string;
    detectedLanguages?: string[];
    requestedLanguages?: string[];
  },
): ErrorDetail {
  return {
    '@type': 'type.googleapis.com/google.commentanalyzer.v1alpha1.Error',
    errorType,
    ...(languageError ? { languageNotSupportedByAttributeError: languageError } : {}),
  };
}

/** `google.rpc.BadRequest`: which field of the request is wrong and why. */
export function badRequestDetail(field: string, description: string): ErrorDetail {
  return {
    '@type': 'type.googleapis.com/google.rpc.BadRequest',
    fieldViolations: [{ field, description }],
  };
}

/**
 * `google.rpc.ErrorInfo`, as Google's front end adds to key and quota errors. The service is the
 * API's name, which clients compare, not this instance's host.
 */
export function errorInfoDetail(
  reason: 'API_KEY_INVALID' | 'CREDENTIALS_MISSING' | 'RATE_LIMIT_EXCEEDED',
): ErrorDetail {
  return {
    '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
    reason,
    domain: 'googleapis.com',
    metadata: { service: 'commentanalyzer.googleapis.com' },
  };
}

/** Google APIs' error envelope, which Perspective clients parse; every error says why in `details`. */
export function googleError(
  code: 400 | 401 | 403 | 429,
  status: GoogleStatus,
  message: string,
  details: ErrorDetail[],
) {
  return { error: { code, message, status, details } };
}

export function probability(value: number): ScoreWire {
  // Perspective gives probabilities with a handful of significant digits.
  return { value: Math.round(value * 1e6) / 1e6, type: 'PROBABILITY' };
}
