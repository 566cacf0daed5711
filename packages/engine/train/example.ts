import { HEADS, type Head } from '../src/model/model.ts';
import type { Language } from '../src/types.ts';
import { ATTRIBUTES } from '../src/types.ts';

/** One labelled text; labels are NaN where its source says nothing about a head. */
export interface Example {
  text: string;
  lang: Language;
  source: string;
  /** Source item: every example of one item lands in the same split. */
  group: string;
  labels: Float32Array;
  weight: number;
  /** Labelled non-toxic by our weak rule, not by annotators: left out of toxicity metrics. */
  weak?: boolean;
  /** A masked-spelling copy made for training (`train/augment.ts`): never scored. */
  augmented?: boolean;
}

export const HEAD_INDEX: Readonly<Record<Head, number>> = Object.fromEntries(
  HEADS.map((h, i) => [h, i]),
) as Record<Head, number>;

/**
 * Builds an example. A text labelled not toxic is also labelled with no attribute at all, which
 * lets sets with only a binary label teach every attribute head what harmless text looks like.
 */
export function example(
  text: string,
  lang: Language,
  source: string,
  group: string,
  labels: Partial<Record<Head, number>>,
  weight = 1,
): Example {
  const out = new Float32Array(HEADS.length).fill(Number.NaN);
  if (labels.TOXICITY === 0) for (const a of ATTRIBUTES) out[HEAD_INDEX[a]] = 0;
  for (const [head, value] of Object.entries(labels)) {
    if (value !== undefined) out[HEAD_INDEX[head as Head]] = value;
  }
  out[HEAD_INDEX.LANG_FR] = lang === 'fr' ? 1 : 0;
  return { text, lang, source, group, labels: out, weight };
}
