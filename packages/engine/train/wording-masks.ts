import type { Engine } from '../src/analyze.ts';
import type { MaskKind } from './suite-masked.data.ts';
import { applyMask } from './suite-masks.ts';
import { SINGULAR, WORDING_GROUPS, type WordingSet } from './wording.data.ts';

/**
 * Masked spellings of the fresh-wording set's hurtful cases: the group's name, or the longest
 * other word of the sentence (the one a writer would disguise: "méprise", "welcome",
 * "exterminés"), typed with two letters swapped, one deleted, spaces added inside, the space
 * before it removed, or symbols for letters (the masks of `suite-masks.ts`). Each figure is the
 * share of the cases flagged when plain that are still flagged when masked.
 */
export const WORDING_MASKS: readonly MaskKind[] = [
  'swap',
  'delete',
  'spaceAdd',
  'spaceRemove',
  'leet',
];
export type MaskedWord = 'group' | 'word';

export interface MaskedWordingCase {
  lang: 'fr' | 'en';
  where: MaskedWord;
  kind: MaskKind;
  plain: string;
  masked: string;
}

/** The template with its longest word outside the group placeholders in brackets. */
function bracketWord(template: string): string {
  const hidden = template.replace(/\{g1?\}/g, (m) => '\u0000'.repeat(m.length));
  let best = { at: -1, word: '' };
  for (const m of hidden.matchAll(/\p{L}+/gu)) {
    if (m[0].length > best.word.length) best = { at: m.index, word: m[0] };
  }
  if (best.at < 0) return template;
  return `${template.slice(0, best.at)}[${best.word}]${template.slice(best.at + best.word.length)}`;
}

export function maskedWordingCases(set: WordingSet): MaskedWordingCase[] {
  const out: MaskedWordingCase[] = [];
  for (const lang of ['fr', 'en'] as const) {
    for (const [, label, templates] of set[lang]) {
      if (label !== 1) continue;
      for (const template of templates) {
        for (const group of WORDING_GROUPS[lang]) {
          const one = SINGULAR.get(group) ?? group;
          const fill = (text: string, brackets: boolean): string => {
            const filled = text
              .replaceAll('{g1}', brackets ? `[${one}]` : one)
              .replaceAll('{g}', brackets ? `[${group}]` : group);
            return lang === 'en' ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled;
          };
          const plain = fill(template, false);
          const sources: [MaskedWord, string][] = [
            ['group', fill(template, true)],
            ['word', fill(bracketWord(template), false)],
          ];
          for (const [where, source] of sources) {
            if (!source.includes('[')) continue;
            for (const kind of WORDING_MASKS) {
              out.push({ lang, where, kind, plain, masked: applyMask(source, kind) });
            }
          }
        }
      }
    }
  }
  return out;
}

/** Writes the table of masked figures for one half of the set. */
export function maskedWordingTable(engine: Engine, set: WordingSet): string {
  const t = engine.thresholds.TOXICITY;
  const flagged = new Map<string, boolean>();
  const score = (text: string): boolean => {
    let hit = flagged.get(text);
    if (hit === undefined) {
      hit = engine.analyze(text, { coach: false }).scores.TOXICITY >= t;
      flagged.set(text, hit);
    }
    return hit;
  };
  const kept = maskedWordingCases(set).filter((c) => score(c.plain));
  const rows = ['| mask | fr, group | fr, word | en, group | en, word |', '|---|---|---|---|---|'];
  for (const kind of WORDING_MASKS) {
    const cells = (['fr', 'en'] as const).flatMap((lang) =>
      (['group', 'word'] as const).map((where) => {
        const items = kept.filter((c) => c.lang === lang && c.where === where && c.kind === kind);
        const share = items.filter((c) => score(c.masked)).length / items.length;
        return `${items.length}, ${share.toFixed(3)}`;
      }),
    );
    rows.push(`| ${kind} | ${cells.join(' | ')} |`);
  }
  return `${rows.join('\n')}\n`;
}
