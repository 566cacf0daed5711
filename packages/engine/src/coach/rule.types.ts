import type { CoachFindingKind } from '../types.ts';

/** A deterministic rule over folded text. */
export interface Rule {
  kind: CoachFindingKind;
  /** Global regex over folded text; the whole match is the span. */
  re: RegExp;
  /** Context check on folded text; the match is kept only when it returns true. */
  keep?: (folded: string, begin: number, end: number) => boolean;
}

/** A match in folded offsets, before it is mapped back to the original text. */
export interface RuleHit {
  kind: CoachFindingKind;
  begin: number;
  end: number;
}

/** Runs every rule over the folded text; `matchAll` copies each regex, so rules hold no state. */
export function runRules(rules: readonly Rule[], folded: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const rule of rules) {
    for (const m of folded.matchAll(rule.re)) {
      const begin = m.index;
      const end = begin + m[0].length;
      if (end === begin) continue;
      if (rule.keep && !rule.keep(folded, begin, end)) continue;
      hits.push({ kind: rule.kind, begin, end });
    }
  }
  return hits;
}
