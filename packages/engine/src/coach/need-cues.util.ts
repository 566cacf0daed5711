import type { Need } from './vocabulary.data.ts';

/**
 * Counts every need's cues in one scan of the draft instead of one scan per need.
 *
 * One combined regex, a capture group per need, finds the same matches as the needs' own regexes
 * only when no two needs have cues that could match at the same place (one stem a prefix of the
 * other, also from a word inside a stem such as "coupe la parole"). `combineCues` checks that
 * once, from the regexes' sources; when it does not hold, or a cue regex has another shape than
 * `(?<![a-z])(?:stem|stem(?!x)|…)` with the `g` flag, it returns null and each need is counted
 * on its own, as before.
 */
const CUE_SHAPE = /^\(\?<!\[a-z\]\)\(\?:(.*)\)$/;
const STEM_SHAPE = /^[a-z ]+(?:\(\?![a-z]\))?$/;

/** Where a cue can start inside a stem: the stem itself and what follows each of its spaces. */
function starts(stem: string): string[] {
  const out = [stem];
  for (let i = stem.indexOf(' '); i >= 0; i = stem.indexOf(' ', i + 1)) out.push(stem.slice(i + 1));
  return out;
}

function collide(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export function combineCues(needs: readonly Need[]): RegExp | null {
  const inners: string[] = [];
  const stems: string[][] = [];
  for (const need of needs) {
    const inner = CUE_SHAPE.exec(need.cues.source)?.[1];
    if (inner === undefined || need.cues.flags !== 'g') return null;
    const alternatives = inner.split('|');
    if (!alternatives.every((a) => STEM_SHAPE.test(a))) return null;
    inners.push(inner);
    stems.push(alternatives.map((a) => a.replace(/\(.*$/, '')));
  }
  for (let i = 0; i < stems.length; i++) {
    for (let j = 0; j < stems.length; j++) {
      if (i === j) continue;
      for (const a of stems[i] as string[]) {
        for (const b of stems[j] as string[]) if (starts(a).some((s) => collide(s, b))) return null;
      }
    }
  }
  return new RegExp(`(?<![a-z])(?:${inners.map((inner) => `(${inner})`).join('|')})`, 'g');
}

/** How many cues of each need `folded` holds, in the order of `needs`. */
export function countCues(
  needs: readonly Need[],
  combined: RegExp | null,
  folded: string,
): number[] {
  if (!combined) return needs.map((need) => folded.match(need.cues)?.length ?? 0);
  const counts = needs.map(() => 0);
  combined.lastIndex = 0;
  for (let m = combined.exec(folded); m !== null; m = combined.exec(folded)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    counts[group - 1] = (counts[group - 1] as number) + 1;
  }
  combined.lastIndex = 0;
  return counts;
}
