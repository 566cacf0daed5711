import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContext } from '../src/features/context.ts';
import { HURTFUL as HURTFUL_CATEGORIES } from '../src/features/hurtful.ts';
import { buildLexicon, matchLexicon } from '../src/lexicon/lexicon.ts';
import { unmask } from '../src/lexicon/unmask.ts';
import { tokenise } from '../src/text/tokenise.ts';
import { ATTRIBUTES } from '../src/types.ts';
import { maskedCopies } from './augment.ts';
import { TOXICITY_LOADERS } from './datasets.ts';
import { MORE_LOADERS } from './datasets-more.ts';
import { NEW_LOADERS } from './datasets-new.ts';
import { type Example, HEAD_INDEX } from './example.ts';
import { deduplicate, splitOf } from './split.ts';
import { suiteTrainingExamples } from './suite.ts';
import { templateExamples } from './templates.ts';

/** `../shared/datasets` relative to the repository root. */
export function defaultDataDir(): string {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  return resolve(root, '..', 'shared', 'datasets');
}

export interface Corpus {
  train: Example[];
  dev: Example[];
  test: Example[];
  used: string[];
  missing: string[];
}

// No single set may outweigh this many training rows, so the biggest (and most tweet-specific)
// sets do not decide alone what "toxic" means.
const SOURCE_CAP = 20000;
// Everyday text from sets without toxicity labels (subtitles, neutral or positive tweets, polite
// requests) teaches what ordinary French and English look like; only texts without a single
// hurtful lexicon word are used, at a low weight, since nobody checked them for toxicity.
const WEAK_NEGATIVES = new Set(['xed-fr', 'xed-en', 'umsab-fr', 'umsab-en', 'tydip-fr']);
const WEAK_WEIGHT = 0.3;
// Hate-speech sets label "not hateful", which says nothing about toxicity; without a weak negative
// their group names would only ever be seen in toxic examples ("immigrants" → toxic).
const HATE_ONLY = new Set(['tweeteval-hate', 'ftr', 'stormfront']);
const HURTFUL = new Set(['insult', 'profanity', 'dismissal', 'threat', 'slur', 'dehumanising']);

function addWeakNegatives(examples: readonly Example[]): number {
  const lexicon = buildLexicon();
  let n = 0;
  for (const ex of examples) {
    const partial =
      HATE_ONLY.has(ex.source) && Number.isNaN(ex.labels[HEAD_INDEX.TOXICITY] as number);
    if (!WEAK_NEGATIVES.has(ex.source) && !partial) continue;
    const hits = matchLexicon(lexicon, tokenise(ex.text)).filter((m) => HURTFUL.has(m.category));
    if (hits.length > 0) continue;
    for (const a of ATTRIBUTES) {
      if (Number.isNaN(ex.labels[HEAD_INDEX[a]] as number)) ex.labels[HEAD_INDEX[a]] = 0;
    }
    ex.weak = true;
    if (Number.isNaN(ex.labels[HEAD_INDEX.anger] as number)) ex.weight = WEAK_WEIGHT;
    n++;
  }
  return n;
}

/** Training additions of our own, off unless asked for (the shipped weights were trained without). */
export interface CorpusOptions {
  /** Masked-spelling copies of training texts (`train/augment.ts`). */
  maskedCopies?: boolean;
  /** The training half of our template suite (`train/suite.ts`). */
  suite?: boolean;
  /** Folders of `NEW_LOADERS` to load (`--extra a,b`, `--extra all`); default `KEPT_NEW_SETS`. */
  extra?: readonly string[];
  /** Training rows a single set may weigh (default `SOURCE_CAP`); smaller balances the sets more. */
  sourceCap?: number;
  /** A weight for every training row of these sources (default `SOURCE_WEIGHTS`). */
  sourceWeights?: ReadonlyMap<string, number>;
  /** Hurtful labels dropped where the rules soften every hurtful word (`maskSoftened`). */
  maskSoftened?: boolean;
  /**
   * Instead of dropping them, those labels become this soft target (0–1): the sets' annotators
   * counted the row as toxic, the rules read it as vented, quoted or denied, and the model
   * learns the compromise rather than learning to undo the rules.
   */
  softenedLabel?: number;
}

const SOFTENED_HEADS = ['TOXICITY', 'SEVERE_TOXICITY', 'INSULT'] as const;
/**
 * Drops the hurtful labels of training rows labelled toxic whose every hurtful word the context
 * rules soften (vented, negated, quoted, reported, a homonym) and in which they read no attack:
 * trained on them, the model learns to undo the rules ("so fucking tired today" is toxic in
 * several sets). Returns how many rows lost their labels.
 */
export function maskSoftened(examples: readonly Example[], target = Number.NaN): number {
  const lexicon = buildLexicon();
  let n = 0;
  for (const ex of examples) {
    if (ex.labels[HEAD_INDEX.TOXICITY] !== 1) continue;
    const ctx = readContext(unmask(tokenise(ex.text), lexicon.masks, ex.text), lexicon);
    const hurtful = ctx.matches.filter((m) => HURTFUL_CATEGORIES.has(m.category));
    if (hurtful.length === 0 || hurtful.some((m) => (ctx.damping[m.first] as number) >= 1))
      continue;
    if (ctx.targeted.length + ctx.threats.length + ctx.identityAttacks.length > 0) continue;
    for (const head of SOFTENED_HEADS) {
      const i = HEAD_INDEX[head];
      if (Number.isNaN(target) || ex.labels[i] === 1) ex.labels[i] = target;
    }
    n++;
  }
  return n;
}

/** Sources whose rows the shipped recipe weighs more or less than one. */
export const SOURCE_WEIGHTS: ReadonlyMap<string, number> = new Map();

/** The newer sets the shipped recipe loads: those that leave-one-source-out kept (ADR 0018). */
export const KEPT_NEW_SETS: readonly string[] = [];

/** Loads every known set present under `dir`, deduplicates, splits by source item and balances. */
export function loadCorpus(
  dir: string,
  seed: number,
  log: (line: string) => void,
  options: CorpusOptions = {},
): Corpus {
  const all: Example[] = [];
  const used: string[] = [];
  const missing: string[] = [];
  const extra = new Set(options.extra ?? KEPT_NEW_SETS);
  const loaders = [
    ...TOXICITY_LOADERS,
    ...MORE_LOADERS,
    ...NEW_LOADERS.filter(([name]) => extra.has(name)),
  ];
  for (const [name, load] of loaders) {
    if (!existsSync(join(dir, name.split('/')[0] ?? name))) {
      missing.push(name);
      continue;
    }
    const rows = load(dir);
    log(`  ${name}: ${rows.length} rows`);
    all.push(...rows);
    used.push(name);
  }
  const templates = templateExamples();
  log(`  empathie-templates (our own sentences): ${templates.length} rows`);
  const unique = deduplicate([...all, ...templates]);
  log(`  ${all.length} rows, ${unique.length} after de-duplication on normalised text`);
  log(`  ${addWeakNegatives(unique)} weak non-toxic examples from sets without toxicity labels`);
  const corpus: Corpus = { train: [], dev: [], test: [], used, missing };
  for (const ex of unique) corpus[splitOf(ex.group, seed)].push(ex);
  if (options.maskedCopies === true) {
    const masked = maskedCopies(corpus.train, seed);
    log(`  ${masked.length} masked-spelling copies of training texts (train/augment.ts)`);
    corpus.train.push(...masked);
  }
  if (options.suite === true) {
    const suite = suiteTrainingExamples();
    log(`  ${suite.length} cases of the training half of our template suite (train/suite.ts)`);
    corpus.train.push(...suite);
  }
  if (options.maskSoftened === true || options.softenedLabel !== undefined) {
    const n = maskSoftened(corpus.train, options.softenedLabel);
    log(`  ${n} toxic rows whose hurtful words the rules all soften`);
  }
  const perSource = new Map<string, number>();
  for (const ex of corpus.train) perSource.set(ex.source, (perSource.get(ex.source) ?? 0) + 1);
  const weights = options.sourceWeights ?? SOURCE_WEIGHTS;
  for (const ex of corpus.train) {
    ex.weight *= Math.min(1, (options.sourceCap ?? SOURCE_CAP) / (perSource.get(ex.source) ?? 1));
    ex.weight *= weights.get(ex.source) ?? 1;
  }
  return corpus;
}
