import { sigmoid } from '../src/model/model.ts';

/** ROC-AUC by the rank-sum formula, ties averaged; NaN when one class is missing. */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1] as number] === scores[idx[i] as number]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k] as number] === 1) {
        pos++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prfAt(
  scores: readonly number[],
  labels: readonly number[],
  threshold: number,
): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const predicted = s >= threshold;
    if (predicted && labels[i] === 1) tp++;
    else if (predicted) fp++;
    else if (labels[i] === 1) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * The share of hurtful texts the toxicity thresholds are chosen for. Our labelled dev split is
 * about half toxic; drafts on a general platform are hurtful far less often, so F1 is computed as
 * if only this share were, which raises the thresholds and cuts false positives on everyday text.
 */
export const POSITIVE_SHARE = 0.2;

/** The threshold with the best F1 among the observed scores (coarse grid, enough for 3 decimals). */
export function bestThreshold(
  scores: readonly number[],
  labels: readonly number[],
  positiveShare?: number,
): number {
  // Negatives count more when the labelled share of positives is above the share expected in use:
  // precision is then what a platform where hurtful text is rarer would see.
  const pos = labels.filter((y) => y === 1).length;
  const neg = labels.length - pos;
  const share = pos / Math.max(1, labels.length);
  const negWeight =
    positiveShare !== undefined && share > positiveShare && neg > 0
      ? (pos * (1 - positiveShare)) / (positiveShare * neg)
      : 1;
  let best = 0.5;
  let bestF1 = -1;
  for (let k = 5; k <= 95; k++) {
    const f1 = weightedF1(scores, labels, k / 100, negWeight);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = k / 100;
    }
  }
  return best;
}

function weightedF1(
  scores: readonly number[],
  labels: readonly number[],
  threshold: number,
  negWeight: number,
): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const flagged = s >= threshold;
    if (labels[i] === 1) {
      if (flagged) tp++;
      else fn++;
    } else if (flagged) fp += negWeight;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Platt scaling: fits p = sigmoid(a × logit + b) by Newton's method on log loss. */
export function fitPlatt(logits: readonly number[], labels: readonly number[]): [number, number] {
  let a = 1;
  let b = 0;
  if (logits.length === 0) return [1, 0];
  for (let it = 0; it < 50; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    logits.forEach((z, i) => {
      const p = sigmoid(a * z + b);
      const g = p - (labels[i] as number);
      const w = p * (1 - p);
      ga += g * z;
      gb += g;
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    a -= (hbb * ga - hab * gb) / det;
    b -= (haa * gb - hab * ga) / det;
  }
  return [Math.round(a * 1e4) / 1e4, Math.round(b * 1e4) / 1e4];
}
