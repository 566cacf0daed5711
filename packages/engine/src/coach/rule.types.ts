import type { Bilingual, CoachFindingKind } from '../types.ts';
import { hasHiddenWordStart, wordStartRegex } from './word-start.util.ts';

/** A deterministic rule over folded text. */
export interface Rule {
  kind: CoachFindingKind;
  /** Global regex over folded text; the whole match is the span. */
  re: RegExp;
  /** Context check on folded text; the match is kept only when it returns true. */
  keep?: (folded: string, begin: number, end: number) => boolean;
  /** What to say instead of the kind's usual explanation (a group attack is a judgment too). */
  explanation?: Bilingual;
}

/** A match in folded offsets, before it is mapped back to the original text. */
export interface RuleHit {
  kind: CoachFindingKind;
  begin: number;
  end: number;
  explanation?: Bilingual;
}

/**
 * Calls `visit` with every match of a global regex, like `matchAll` but without the copy of the
 * regex `matchAll` makes on every call (measurable with our large alternations). `lastIndex` is
 * reset before and after, so the shared regex holds no state between calls.
 * Stops early when `visit` returns true.
 */
export function eachMatch(
  re: RegExp,
  text: string,
  visit: (begin: number, end: number) => boolean | undefined,
): void {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const begin = m.index;
      const end = begin + m[0].length;
      if (end === begin) {
        // Same step as matchAll past an empty match.
        const code = text.codePointAt(begin) ?? 0;
        re.lastIndex = begin + (re.unicode && code > 0xffff ? 2 : 1);
        continue;
      }
      if (visit(begin, end)) return;
    }
  } finally {
    re.lastIndex = 0;
  }
}

// The `\b` twin of each rule's regex (`word-start.util.ts`), worked out on first use.
const TWINS = new WeakMap<Rule, RegExp | null>();

/** The regex to run for `rule`: its faster twin when `plain` says the text allows it. */
function regexOf(rule: Rule, plain: boolean): RegExp {
  if (!plain) return rule.re;
  let twin = TWINS.get(rule);
  if (twin === undefined) {
    twin = wordStartRegex(rule.re);
    TWINS.set(rule, twin);
  }
  return twin ?? rule.re;
}

/**
 * Runs every rule over the folded text. `plain` is `!hasHiddenWordStart(folded)`, which a caller
 * running several lists of rules over one text works out once.
 */
export function runRules(
  rules: readonly Rule[],
  folded: string,
  plain = !hasHiddenWordStart(folded),
): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const rule of rules) collectHits(rule, folded, plain, hits);
  return hits;
}

/** Adds to `hits` every match of `rule` in `folded` that its context check keeps. */
function collectHits(rule: Rule, folded: string, plain: boolean, hits: RuleHit[]): void {
  eachMatch(regexOf(rule, plain), folded, (begin, end) => {
    if (!rule.keep || rule.keep(folded, begin, end)) {
      hits.push({ kind: rule.kind, begin, end, explanation: rule.explanation });
    }
    return false;
  });
}

/**
 * `runRules` over many texts at once, rule by rule: each rule's compiled regex (our largest are
 * hundreds of kilobytes of machine code) runs over every text while it is still in the processor's
 * caches, instead of all the rules being fetched again for each text. Each text gets exactly the
 * hits, in the same order, that `runRules(rules, texts[i], plains[i])` gives it.
 */
export function runRulesMany(
  rules: readonly Rule[],
  texts: readonly string[],
  plains: readonly boolean[],
): RuleHit[][] {
  const hits: RuleHit[][] = texts.map(() => []);
  for (const rule of rules) {
    texts.forEach((folded, i) => {
      collectHits(rule, folded, plains[i] === true, hits[i] as RuleHit[]);
    });
  }
  return hits;
}

/** True as soon as one rule keeps a match: a candidate rewrite needs no full list of hits. */
export function anyRuleHit(rules: readonly Rule[], folded: string): boolean {
  let found = false;
  const plain = !hasHiddenWordStart(folded);
  for (const rule of rules) {
    eachMatch(regexOf(rule, plain), folded, (begin, end) => {
      found = !rule.keep || rule.keep(folded, begin, end);
      return found;
    });
    if (found) return true;
  }
  return false;
}
