import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/analyze.ts';
import { prfAt, rocAuc } from './metrics.ts';

/**
 * Our own functional test set: short everyday sentences, written by us, labelled hurtful (1) or not
 * (0) with the case they exercise (rudeness, spelling variants, threats, criticism of things,
 * negation, counter-speech …). It is a development set that we read while working on the model:
 * it never enters training, and it is not the hidden evaluation.
 */
export interface FunctionalCase {
  lang: 'fr' | 'en';
  label: 0 | 1;
  category: string;
  text: string;
}

export function parseFunctional(tsv: string, lang: 'fr' | 'en'): FunctionalCase[] {
  return tsv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [label, category, text] = line.split('\t');
      return { lang, label: label === '1' ? 1 : 0, category: category ?? '', text: text ?? '' };
    });
}

export function loadFunctional(): FunctionalCase[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return (['fr', 'en'] as const).flatMap((lang) =>
    parseFunctional(readFileSync(join(here, `functional-${lang}.tsv`), 'utf8'), lang),
  );
}

const f3 = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));

/**
 * Per-category accuracy at the shipped TOXICITY threshold, and ROC-AUC per language, as a
 * markdown table.
 */
export function evaluateFunctional(engine: Engine, cases: readonly FunctionalCase[]): string {
  const threshold = engine.thresholds.TOXICITY;
  const scored = cases.map((c) => ({
    ...c,
    score: engine.analyze(c.text, { language: c.lang, coach: false }).scores.TOXICITY,
  }));
  const lines = [
    '### Functional set of our own (development set, not the hidden evaluation)',
    '',
    `TOXICITY at the shipped threshold ${threshold}. Hurtful categories count a hit when flagged,`,
    'the others when not flagged.',
    '',
    '| category | expected | fr accuracy | en accuracy |',
    '|---|---|---|---|',
  ];
  const categories = [...new Set(scored.map((s) => s.category))];
  const accuracy = (items: typeof scored) =>
    items.filter((s) => (s.score >= threshold ? 1 : 0) === s.label).length / items.length;
  for (const category of categories) {
    const items = scored.filter((s) => s.category === category);
    const fr = items.filter((s) => s.lang === 'fr');
    const en = items.filter((s) => s.lang === 'en');
    lines.push(
      `| ${category} | ${items[0]?.label === 1 ? 'hurtful' : 'not hurtful'} | ${f3(accuracy(fr))} (${fr.length}) | ${f3(accuracy(en))} (${en.length}) |`,
    );
  }
  for (const lang of ['fr', 'en'] as const) {
    const items = scored.filter((s) => s.lang === lang);
    const scores = items.map((s) => s.score);
    const labels = items.map((s) => s.label);
    const { precision, recall, f1 } = prfAt(scores, labels, threshold);
    lines.push(
      `| **all ${lang}** | ROC-AUC **${f3(rocAuc(scores, labels))}** | accuracy ${f3(accuracy(items))} | P / R / F1 ${f3(precision)} / ${f3(recall)} / ${f3(f1)} |`,
    );
  }
  return lines.join('\n');
}
