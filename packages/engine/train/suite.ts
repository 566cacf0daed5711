import type { Engine } from '../src/analyze.ts';
import { type Example, example } from './example.ts';
import { prfAt, rocAuc } from './metrics.ts';
import { FILLERS, SUITE, type SuiteLanguage } from './suite.data.ts';
import { MASKED_SUITE, type MaskedCategory } from './suite-masked.data.ts';
import { applyMask } from './suite-masks.ts';

/** Every category: the original ones, then masked spellings and harmless look-alikes. */
export const ALL_CATEGORIES: readonly MaskedCategory[] = [...SUITE, ...MASKED_SUITE];

/** One generated case. */
export interface SuiteCase {
  lang: SuiteLanguage;
  category: string;
  label: 0 | 1;
  /** Which half its template belongs to. */
  half: 'train' | 'test';
  template: string;
  text: string;
}

const SLOT = /\{([a-z])\}/g;

/** Every filling of a template's slots (the cross product, in a fixed order). */
function fill(template: string, lang: SuiteLanguage, category: MaskedCategory): string[] {
  let texts = [template];
  for (const [, slot] of template.matchAll(SLOT)) {
    const values = FILLERS[lang][slot as string] ?? [];
    texts = texts.flatMap((t) => values.map((v) => t.replace(`{${slot}}`, v)));
  }
  // "{g} sont…" at the start of a sentence reads better with a capital.
  const masked = texts.map((t) => applyMask(t, category.mask));
  return [...new Set(masked.map((t) => t.charAt(0).toUpperCase() + t.slice(1)))];
}

/**
 * Generates the suite: every template of every category, with its slots filled in every way.
 *
 * @example
 * generateSuite().filter((c) => c.half === 'test' && c.lang === 'fr').length; // hundreds
 */
export function generateSuite(): SuiteCase[] {
  const cases: SuiteCase[] = [];
  for (const category of ALL_CATEGORIES) {
    for (const lang of ['fr', 'en'] as const) {
      category.templates[lang].forEach((template, k) => {
        const half = k % 2 === 0 ? 'train' : 'test';
        for (const text of fill(template, lang, category)) {
          cases.push({
            lang,
            category: category.name,
            label: category.label,
            half,
            template,
            text,
          });
        }
      });
    }
  }
  return cases;
}

/** The training half as training examples (a low weight: templates repeat themselves). */
export function suiteTrainingExamples(): Example[] {
  return generateSuite()
    .filter((c) => c.half === 'train')
    .map((c) =>
      example(
        c.text,
        c.lang,
        'empathie-suite',
        `suite-${c.lang}-${c.template}`,
        { TOXICITY: c.label },
        0.3,
      ),
    );
}

const f3 = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));

/** Per category and language, on the test half only: accuracy at the TOXICITY threshold. */
export function evaluateSuite(
  engine: Engine,
  cases: readonly SuiteCase[] = generateSuite(),
): string {
  const test = cases.filter((c) => c.half === 'test');
  const threshold = engine.thresholds.TOXICITY;
  const scored = test.map((c) => ({
    ...c,
    score: engine.analyze(c.text, { coach: false }).scores.TOXICITY,
  }));
  const lines = [
    '### Functional suite from our templates (test half: templates never used in training)',
    '',
    `TOXICITY at the shipped threshold ${threshold}: a hurtful case counts when flagged, the others when not.`,
    '',
    '| category | expected | fr: cases, accuracy | en: cases, accuracy |',
    '|---|---|---|---|',
  ];
  for (const category of ALL_CATEGORIES) {
    const cell = (lang: SuiteLanguage) => {
      const items = scored.filter((s) => s.category === category.name && s.lang === lang);
      const right = items.filter((s) => (s.score >= threshold ? 1 : 0) === s.label).length;
      return `${items.length}, **${f3(right / Math.max(1, items.length))}**`;
    };
    lines.push(
      `| ${category.name} | ${category.label === 1 ? 'hurtful' : 'not hurtful'} | ${cell('fr')} | ${cell('en')} |`,
    );
  }
  for (const lang of ['fr', 'en'] as const) {
    const items = scored.filter((s) => s.lang === lang);
    const labels = items.map((s) => s.label);
    const prf = prfAt(
      items.map((s) => s.score),
      labels,
      threshold,
    );
    lines.push(
      `| **all ${lang}** | ROC-AUC **${f3(
        rocAuc(
          items.map((s) => s.score),
          labels,
        ),
      )}** | P / R / F1 ${f3(prf.precision)} / ${f3(prf.recall)} / ${f3(prf.f1)} | |`,
    );
  }
  return lines.join('\n');
}
