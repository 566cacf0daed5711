import type { Features } from '../features/features.ts';
import { type Model, tokenContributionsOf } from '../model/model.ts';
import type { Token } from '../text/tokenise.ts';
import { ATTRIBUTES, type Attribute, type Span } from '../types.ts';

// A token joins a span when it carries at least this share of the strongest token's contribution.
const SHARE = 0.5;
const MIN_LOGIT = 0.3;

/**
 * The runs of words that carry each attribute the text is flagged for: tokens whose share of the
 * attribute's logit is large, merged when adjacent. The strongest span carries the attribute's
 * score and the others a share in proportion to their weight, so highlighting can grade them.
 */
export function findSpans(
  model: Model,
  tokens: readonly Token[],
  features: Features,
  scores: Record<Attribute, number>,
): Span[] {
  const spans: Span[] = [];
  // The heads the text is flagged for, their contributions read in one pass over the features.
  const flagged: number[] = [];
  ATTRIBUTES.forEach((attribute, head) => {
    if (scores[attribute] >= (model.meta.thresholds[head] as number)) flagged.push(head);
  });
  if (flagged.length === 0) return spans;
  const contributions = tokenContributionsOf(model, features, flagged, tokens.length);
  flagged.forEach((head, n) => {
    const attribute = ATTRIBUTES[head] as Attribute;
    const contrib = contributions[n] as Float64Array;
    for (let k = 0; k < contrib.length; k++) if (features.quiet[k] === 1) contrib[k] = 0;
    let max = 0;
    for (const c of contrib) max = Math.max(max, c);
    if (max < MIN_LOGIT) return;
    const found: Array<{ begin: number; end: number; sum: number }> = [];
    let i = 0;
    while (i < tokens.length) {
      if ((contrib[i] as number) < Math.max(SHARE * max, MIN_LOGIT)) {
        i++;
        continue;
      }
      let j = i;
      let sum = contrib[i] as number;
      while (
        j + 1 < tokens.length &&
        (contrib[j + 1] as number) >= Math.max(SHARE * max, MIN_LOGIT)
      ) {
        j++;
        sum += contrib[j] as number;
      }
      const first = tokens[i] as Token;
      const last = tokens[j] as Token;
      found.push({ begin: first.begin, end: Math.max(last.end, first.end), sum });
      i = j + 1;
    }
    const strongest = Math.max(...found.map((f) => f.sum));
    for (const f of found) {
      const score = Math.round(scores[attribute] * (f.sum / strongest) * 1000) / 1000;
      spans.push({ begin: f.begin, end: f.end, attribute, score });
    }
  });
  return spans;
}
