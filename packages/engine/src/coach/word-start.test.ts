import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEMPT_RULES } from './contempt.rules.ts';
import { foldText } from './fold.util.ts';
import { PERSON_RULES } from './person.rules.ts';
import { SPEECH_RULES } from './speech.rules.ts';
import { hasHiddenWordStart, wordStartRegex } from './word-start.util.ts';

/** Every match of a global regex, as [index, text]. */
function matches(re: RegExp, text: string): [number, string][] {
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
}

const RULES = [...PERSON_RULES, ...SPEECH_RULES, ...CONTEMPT_RULES];
// Words of our rules and what sits around them, so generated drafts often almost match one.
const PIECES = [
  ...`tu es t'es you are you're t es con conard idiot nul stupid la ferme shut up je vais te
    tuer i'll kill you personne ne t'aime nobody cares les femmes sont toujours jamais bravo
    genie quel what a sale pauvre espece de vraiment so fucking honte shame on you`.split(/\s+/),
  ...[' ', ' ', '  ', '-', "'", ',', '.', '!', '2', '_', 'é', 'A', '0', '😡', '/s', 'x'],
];
const draft = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
const anyText = fc.oneof(draft, fc.string({ unit: 'binary', maxLength: 40 }));

describe('word rules run with \\b', () => {
  it('finds the same matches as the rules as written, on any text it is used for', () => {
    const twins = RULES.map((r) => [r.re, wordStartRegex(r.re)] as const);
    // Every word rule of the coach has a twin today; a rule that loses it still runs as written.
    expect(twins.filter(([, twin]) => twin === null)).toHaveLength(1);
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = foldText(text).text;
        for (const source of [folded, text]) {
          if (hasHiddenWordStart(source)) continue;
          for (const [re, twin] of twins) {
            if (twin) expect(matches(twin, source)).toEqual(matches(re, source));
          }
        }
      }),
      { numRuns: 200, seed: 20261127 },
    );
  });

  it('is not used where a word starts after a digit, "_" or a capital', () => {
    const re = /(?<![a-z])con(?![a-z])/g;
    const twin = wordStartRegex(re) as RegExp;
    // "2con": the rule as written matches, \b would not.
    expect(matches(re, '2con')).toHaveLength(1);
    expect(matches(twin, '2con')).toHaveLength(0);
    expect(hasHiddenWordStart('2con')).toBe(true);
    expect(hasHiddenWordStart('tu es 2 cons')).toBe(false);
  });

  it('gives no twin to a rule whose match may start otherwise', () => {
    expect(wordStartRegex(/(?<![a-z])(?:-?con)/g)).toBeNull(); // may start with "-"
    expect(wordStartRegex(/(?<![a-z])(?:[a-z']+)/g)).toBeNull(); // may start with "'"
    expect(wordStartRegex(/(?<![a-z])(?:con)?/g)).toBeNull(); // may match nothing
    expect(wordStartRegex(/(?<![\w/])\/s/g)).toBeNull(); // another start
    expect(wordStartRegex(/(?<![a-z])con/gi)).toBeNull(); // another flag
    expect(wordStartRegex(new RegExp('(?<![a-z])(?=x)?con\\1', 'g'))).toBeNull(); // a back-reference
    expect(wordStartRegex(/(?<![a-z])(?:(?<=')\s*|a)b/g)).toBeNull(); // \s may come first
    expect(wordStartRegex(/(?<![a-z])(?:a|b)(?:[\s-]+c){0,4}/g)?.source).toBe(
      '\\b(?:a|b)(?:[\\s-]+c){0,4}',
    );
  });
});
