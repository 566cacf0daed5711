import type { Engine } from '../src/analyze.ts';
import { ATTRIBUTES } from '../src/types.ts';
import type { Example } from './example.ts';
import { POSITIVE_SHARE } from './metrics.ts';

/** A scored, labelled text: the highest of the six attribute scores, as `judge` reads them. */
interface Reading {
  lang: 'fr' | 'en';
  score: number;
  label: number;
}

function readings(engine: Engine, examples: readonly Example[]): Reading[] {
  return examples
    .filter((ex) => ex.weak !== true && !Number.isNaN(ex.labels[0] as number))
    .map((ex) => {
      const s = engine.analyze(ex.text, { language: ex.lang, coach: false }).scores;
      return {
        lang: ex.lang,
        score: Math.max(...ATTRIBUTES.map((a) => s[a])),
        label: ex.labels[0] as number,
      };
    });
}

/**
 * Recall, and precision as it would be if `share` of the texts were hurtful (the labelled sets
 * are about half hurtful; drafts on a platform far less).
 */
export function rates(items: readonly Reading[], t: number, share = POSITIVE_SHARE) {
  let tp = 0;
  let fp = 0;
  let pos = 0;
  let neg = 0;
  for (const r of items) {
    if (r.label === 1) {
      pos++;
      if (r.score >= t) tp++;
    } else {
      neg++;
      if (r.score >= t) fp++;
    }
  }
  const recall = tp / Math.max(1, pos);
  const fpr = fp / Math.max(1, neg);
  const precision =
    share * recall + (1 - share) * fpr === 0
      ? 1
      : (share * recall) / (share * recall + (1 - share) * fpr);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The coach's sensitivities and how each is chosen on the dev split. */
export const SENSITIVITY_RULES = {
  high: 'the highest threshold that still catches 85 % of hurtful texts',
  medium: 'the threshold with the best F1 when 20 % of texts are hurtful',
  low: 'the lowest threshold at which 90 % of what pauses is hurtful (20 % hurtful)',
} as const;

const GRID = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/** Chooses a threshold per sensitivity on dev readings. */
export function chooseSensitivities(
  dev: readonly Reading[],
): Record<'high' | 'medium' | 'low', number> {
  const at = GRID.map((t) => ({ t, ...rates(dev, t) }));
  const high = [...at].reverse().find((r) => r.recall >= 0.85)?.t ?? 0.5;
  const medium = at.reduce((best, r) => (r.f1 > best.f1 ? r : best)).t;
  const low = at.find((r) => r.precision >= 0.9)?.t ?? 0.95;
  return { high, medium, low };
}

const f3 = (x: number) => x.toFixed(3);

/**
 * Markdown: thresholds per coach sensitivity chosen on dev, with precision (at 20 % hurtful)
 * and recall per language on the test split, beside the thresholds the product uses today.
 */
export function sensitivityTable(
  engine: Engine,
  dev: readonly Example[],
  test: readonly Example[],
  current: Readonly<Record<'high' | 'medium' | 'low', number>>,
): string {
  const devR = readings(engine, dev);
  const testR = readings(engine, test);
  const chosen = chooseSensitivities(devR);
  const lines = [
    '### Coach sensitivities (pause when any attribute reaches the threshold)',
    '',
    'Chosen on the dev split; precision is what it would be if 20 % of texts were hurtful',
    '(`POSITIVE_SHARE`), recall is on the labelled hurtful texts; both on the test split.',
    '',
    '| sensitivity | rule | chosen | fr P / R | en P / R | in use today | fr P / R | en P / R |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const level of ['high', 'medium', 'low'] as const) {
    const cell = (t: number, lang: 'fr' | 'en') => {
      const r = rates(
        testR.filter((x) => x.lang === lang),
        t,
      );
      return `${f3(r.precision)} / ${f3(r.recall)}`;
    };
    lines.push(
      `| ${level} | ${SENSITIVITY_RULES[level]} | **${chosen[level]}** | ${cell(chosen[level], 'fr')} | ${cell(chosen[level], 'en')} | ${current[level]} | ${cell(current[level], 'fr')} | ${cell(current[level], 'en')} |`,
    );
  }
  return lines.join('\n');
}
