import { describeMachine, readMachine } from '../cli/machine.ts';
import { loadEngine } from '../src/analyze.ts';
import { rocAuc } from './metrics.ts';
import { SINGULAR, WORDING_GROUPS, type WordingSet } from './wording.data.ts';
import { DEVELOPMENT } from './wording-development.data.ts';
import { HELD_OUT } from './wording-held-out.data.ts';
import { maskedWordingTable } from './wording-masks.ts';

/**
 * Scores our fresh-wording set (`wording.data.ts`) with the shipped engine: per category, the
 * share of cases on the right side of the TOXICITY threshold, and ROC-AUC per language; then how
 * many of its flagged hurtful cases stay flagged when a word is masked (`wording-masks.ts`).
 */
export interface WordingCase {
  lang: 'fr' | 'en';
  category: string;
  label: 0 | 1;
  text: string;
}

export function wordingCases(set: WordingSet): WordingCase[] {
  const out: WordingCase[] = [];
  for (const lang of ['fr', 'en'] as const) {
    for (const [category, label, templates] of set[lang]) {
      for (const template of templates) {
        for (const group of WORDING_GROUPS[lang]) {
          let text = template
            .replaceAll('{g1}', SINGULAR.get(group) ?? group)
            .replaceAll('{g}', group);
          if (lang === 'en') text = text.charAt(0).toUpperCase() + text.slice(1);
          out.push({ lang, category, label, text });
        }
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const engine = await loadEngine();
  const t = engine.thresholds.TOXICITY;
  process.stdout.write(`${describeMachine(readMachine())}\nTOXICITY threshold ${t}\n`);
  for (const [name, set] of [
    ['development (read while writing the rules)', DEVELOPMENT],
    ['held out (figures only)', HELD_OUT],
  ] as const) {
    const scored = wordingCases(set).map((c) => ({
      ...c,
      score: engine.analyze(c.text, { coach: false }).scores.TOXICITY,
    }));
    const right = (c: (typeof scored)[number]) => (c.score >= t ? 1 : 0) === c.label;
    process.stdout.write(`\n## ${name}\n\n| category | expected | fr | en |\n|---|---|---|---|\n`);
    const categories = [...new Set(scored.map((c) => c.category))];
    for (const category of categories) {
      const cells = (['fr', 'en'] as const).map((lang) => {
        const items = scored.filter((c) => c.lang === lang && c.category === category);
        return `${items.length}, ${(items.filter(right).length / items.length).toFixed(3)}`;
      });
      const label = scored.find((c) => c.category === category)?.label === 1;
      process.stdout.write(
        `| ${category} | ${label ? 'hurtful' : 'not hurtful'} | ${cells.join(' | ')} |\n`,
      );
    }
    for (const lang of ['fr', 'en'] as const) {
      const items = scored.filter((c) => c.lang === lang);
      const auc = rocAuc(
        items.map((c) => c.score),
        items.map((c) => c.label),
      );
      const accuracy = items.filter(right).length / items.length;
      process.stdout.write(
        `| **all ${lang}** | ROC-AUC **${auc.toFixed(3)}** | accuracy ${accuracy.toFixed(3)} | ${items.length} cases |\n`,
      );
    }
    process.stdout.write(
      `\n### ${name}, masked: hurtful cases flagged plain, still flagged masked\n\n${maskedWordingTable(engine, set)}`,
    );
  }
}

if (process.argv[1]?.endsWith('wording.ts')) await main();
