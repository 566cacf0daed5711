import { createRequire } from 'node:module';
import type { Engine } from '../src/analyze.ts';
import { ATTRIBUTES, EMOTIONS } from '../src/types.ts';
import { type Example, HEAD_INDEX } from './example.ts';
import { evaluateFunctional, loadFunctional } from './functional.ts';
import { prfAt, rocAuc } from './metrics.ts';

const require = createRequire(import.meta.url);

/** The word-list baseline: leo-profanity's English list plus french-badwords-list. */
export function makeBaseline(): (text: string) => number {
  const leo = require('leo-profanity') as {
    add(words: string[]): void;
    badWordsUsed(s: string): string[];
  };
  const french = require('french-badwords-list') as { array: string[] };
  leo.add(french.array);
  return (text) => leo.badWordsUsed(text.toLowerCase()).length;
}

interface Scored {
  ex: Example;
  scores: number[];
  language: string;
  baseline: number;
}

const f3 = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));

function toxicityRows(name: string, items: readonly Scored[], engine: Engine): string | null {
  const labelled = items.filter(
    (s) => s.ex.weak !== true && !Number.isNaN(s.ex.labels[0] as number),
  );
  const labels = labelled.map((s) => s.ex.labels[0] as number);
  const pos = labels.filter((y) => y === 1).length;
  if (labelled.length === 0 || pos === 0 || pos === labelled.length) return null;
  const ours = labelled.map((s) => s.scores[0] as number);
  const base = labelled.map((s) => s.baseline);
  const o = prfAt(ours, labels, engine.thresholds.TOXICITY);
  const b = prfAt(base, labels, 1);
  const attrs = ATTRIBUTES.slice(1)
    .map((a) => {
      const withLabel = labelled.filter((s) => !Number.isNaN(s.ex.labels[HEAD_INDEX[a]] as number));
      const auc = rocAuc(
        withLabel.map((s) => s.scores[HEAD_INDEX[a]] as number),
        withLabel.map((s) => s.ex.labels[HEAD_INDEX[a]] as number),
      );
      return Number.isNaN(auc) ? '' : `${a} ${f3(auc)}`;
    })
    .filter((x) => x !== '')
    .join(', ');
  return `| ${name} | ${labelled.length} | ${pos} | **${f3(rocAuc(ours, labels))}** | ${f3(o.precision)} / ${f3(o.recall)} / ${f3(o.f1)} | ${f3(rocAuc(base, labels))} | ${f3(b.precision)} / ${f3(b.recall)} / ${f3(b.f1)} | ${attrs} |`;
}

function emotionRow(name: string, items: readonly Scored[], engine: Engine): string | null {
  const f1s: string[] = [];
  let sum = 0;
  for (const e of EMOTIONS) {
    const h = HEAD_INDEX[e];
    const withLabel = items.filter((s) => !Number.isNaN(s.ex.labels[h] as number));
    const labels = withLabel.map((s) => s.ex.labels[h] as number);
    if (!labels.includes(1)) continue;
    const { f1 } = prfAt(
      withLabel.map((s) => s.scores[h] as number),
      labels,
      engine.meta.thresholds[h] as number,
    );
    f1s.push(`${e} ${f3(f1)}`);
    sum += f1;
  }
  if (f1s.length === 0) return null;
  return `| ${name} | ${items.length} | **${f3(sum / f1s.length)}** | ${f1s.join(', ')} |`;
}

/**
 * Scores held-out examples with the engine and the word-list baseline and formats the tables:
 * toxicity per language and per dataset, emotion macro-F1, language identification.
 */
export function evaluate(
  engine: Engine,
  test: readonly Example[],
  progress: (n: number) => void,
): string {
  const baseline = makeBaseline();
  const scored: Scored[] = test.map((ex, i) => {
    if (i % 5000 === 0) progress(i);
    const a = engine.analyze(ex.text, { coach: false });
    return {
      ex,
      scores: [...ATTRIBUTES.map((x) => a.scores[x]), ...EMOTIONS.map((x) => a.emotions[x])],
      language: a.language,
      baseline: baseline(ex.text),
    };
  });
  const lines = [
    '### Toxicity (held-out test split)',
    '',
    '| set | n | toxic | ROC-AUC (ours) | P / R / F1 (ours) | ROC-AUC (word list) | P / R / F1 (word list) | other attributes, AUC (ours) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const lang of ['fr', 'en'] as const) {
    const row = toxicityRows(
      `**all ${lang}**`,
      scored.filter((s) => s.ex.lang === lang),
      engine,
    );
    if (row !== null) lines.push(row);
  }
  const sources = [...new Set(scored.map((s) => s.ex.source))].sort();
  for (const source of sources) {
    const row = toxicityRows(
      source,
      scored.filter((s) => s.ex.source === source),
      engine,
    );
    if (row !== null) lines.push(row);
  }
  lines.push('', '### Emotions (held-out test split, macro-F1 at shipped thresholds)', '');
  lines.push('| set | n | macro-F1 | per emotion F1 |', '|---|---|---|---|');
  for (const source of ['goemotions', 'xed-fr', 'xed-en', 'emodift', 'tweeteval-emotion']) {
    const row = emotionRow(
      source,
      scored.filter((s) => s.ex.source === source),
      engine,
    );
    if (row !== null) lines.push(row);
  }
  lines.push('', '### Language identification (held-out test split)', '');
  lines.push('| language | n | correct | und |', '|---|---|---|---|');
  for (const lang of ['fr', 'en'] as const) {
    const items = scored.filter((s) => s.ex.lang === lang && s.ex.source !== 'feel');
    const correct = items.filter((s) => s.language === lang).length;
    const und = items.filter((s) => s.language === 'und').length;
    lines.push(
      `| ${lang} | ${items.length} | ${f3(correct / items.length)} | ${f3(und / items.length)} |`,
    );
  }
  lines.push('', evaluateFunctional(engine, loadFunctional()));
  return lines.join('\n');
}
