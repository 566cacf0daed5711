import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../src/analyze.ts';
import type { Attribute } from '../src/types.ts';
import { KEPT_NEW_SETS } from './corpus.ts';
import { NEW_LOADERS } from './datasets-new.ts';
import { type Example, HEAD_INDEX } from './example.ts';
import { prfAt, rocAuc } from './metrics.ts';
import { dedupKey, deduplicate } from './split.ts';

/**
 * A labelled set the shipped weights never trained on, scored whole with its own label:
 * transfer to sources the model has never seen, beside the leave-one-source-out figures (which
 * measure the recipe on folds, not the weights that ship).
 */
export interface UnseenSet {
  /** Folder under the datasets directory, as named in `NEW_LOADERS`. */
  folder: string;
  name: string;
  /** The set's own label the TOXICITY score is read against (IDENTITY_ATTACK for hate-only sets). */
  label: Attribute;
}

/**
 * Toxic-spans (Civil Comments) is left out: every one of its posts is toxic, so it ranks nothing.
 * Stormfront's "noHate" sentences may still be rude: read against its hate label.
 */
export const UNSEEN_SETS: readonly UnseenSet[] = [
  { folder: 'openai-moderation-samples', name: 'openai-moderation-samples', label: 'TOXICITY' },
  {
    folder: 'stormfront-hate-forum',
    name: 'stormfront-hate-forum (sentences)',
    label: 'IDENTITY_ATTACK',
  },
  {
    folder: 'toxigen-demonstrations',
    name: 'toxigen (statements about groups)',
    label: 'TOXICITY',
  },
  {
    folder: 'jigsaw-sentence-templates-en',
    name: 'jigsaw-sentence-templates-en (1 in 19)',
    label: 'TOXICITY',
  },
];

const f3 = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));

/**
 * Scores each unseen set with the engine's TOXICITY (coach off) and returns a Markdown table:
 * texts, hurtful ones, ROC-AUC, and precision / recall at the TOXICITY threshold. A text also
 * found (same normalised words) among `trainedOn` is left out, so no figure scores a text the
 * weights saw under another set's name.
 */
export function evaluateUnseen(engine: Engine, dir: string, trainedOn: readonly Example[]): string {
  const seen = new Set(trainedOn.map((ex) => dedupKey(ex.text)));
  const rows: string[] = [];
  for (const set of UNSEEN_SETS) {
    const loader = NEW_LOADERS.find(([folder]) => folder === set.folder)?.[1];
    if (loader === undefined || !existsSync(join(dir, set.folder))) {
      rows.push(`| ${set.name} | not found | | | | | |`);
      continue;
    }
    if (KEPT_NEW_SETS.includes(set.folder)) {
      rows.push(`| ${set.name} | trained on | | | | | |`);
      continue;
    }
    const head = HEAD_INDEX[set.label];
    const labelled = deduplicate(loader(dir)).filter(
      (ex) => !Number.isNaN(ex.labels[head] as number),
    );
    const items = labelled.filter((ex) => !seen.has(dedupKey(ex.text)));
    const labels = items.map((ex) => ex.labels[head] as number);
    const scores = items.map((ex) => engine.analyze(ex.text, { coach: false }).scores.TOXICITY);
    const at = prfAt(scores, labels, engine.thresholds.TOXICITY);
    const hurtful = labels.filter((l) => l === 1).length;
    rows.push(
      `| ${set.name} | ${set.label} | ${items.length} | ${hurtful} | ${labelled.length - items.length} | ${f3(rocAuc(scores, labels))} | ${f3(at.precision)} / ${f3(at.recall)} |`,
    );
  }
  return [
    '### Sets the shipped weights never trained on',
    '',
    'The TOXICITY score read against each set’s own label, at the shipped threshold. A text also',
    'found in the training or calibration rows (same normalised words) is left out and counted.',
    'These sets measure transfer to sources the model never saw: read them as figures only, never',
    'case by case, so that they keep measuring it.',
    '',
    '| set | label | texts | hurtful | left out (seen) | ROC-AUC | precision / recall at the threshold |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
