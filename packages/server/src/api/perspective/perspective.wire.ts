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

/** Google APIs' error envelope, which Perspective clients parse. */
export function googleError(code: 400 | 401 | 403 | 429, status: GoogleStatus, message: string) {
  return { error: { code, message, status } };
}

export function probability(value: number): ScoreWire {
  // Perspective gives probabilities with a handful of significant digits.
  return { value: Math.round(value * 1e6) / 1e6, type: 'PROBABILITY' };
}
