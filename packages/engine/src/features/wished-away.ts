import { keySet, type Token } from '../text/tokenise.ts';
import { type Demeaned, type GroupReader, namedGroups } from './group-talk.ts';

/**
 * A group wished away: "the world would be better without Muslims", "le monde serait meilleur
 * sans les juifs", "I wish all immigrants would just vanish", "ce serait mieux si les migrants
 * n'existaient pas". No hurtful word is said; what hurts is the wish.
 *
 * Two shapes, in one sentence: a word of betterment, then "without / sans" and the group; or a
 * wish (or a betterment) before the group, and after it, within VANISH_REACH words, a verb of
 * vanishing (or "exist" negated). A wish that is itself negated or reported is not the speaker's.
 * "It would be better if my headache disappeared" names no group and stays harmless.
 */

const BETTER = keySet('better nicer safer happier meilleur meilleure meilleurs mieux');
const WITHOUT = keySet('without sans');
const WISHES = keySet(`
  wish hope better nicer safer happier aimerais voudrais souhaite souhaiterais espere vivement
  mieux meilleur meilleure ensure
`);
// "Make sure …", "faire en sorte que …": a wish the speaker will see to.
const SEE_TO: ReadonlyArray<readonly string[]> = [
  ['make', 'sure'],
  ['en', 'sorte'],
];
// "If only …", "si seulement …".
const ONLY = keySet('only seulement');
const IF = keySet('if si');
const VANISH = keySet(`
  disappear disappeared disappears vanish vanished gone extinct disparaissent disparaissaient
  disparaitre disparaisse
`);
// "They" or "ils" opening a wish about a group named in the sentence before: "Encore des homos à
// la télé. J'aimerais qu'ils disparaissent tous."
const TAKEN_UP = keySet('they ils elles');
// "Exist" only says a group should vanish when negated: "if they did not exist", "n'existaient pas".
const EXIST = keySet('exist existed existaient existent existait exister');
// Said as what ought to be: "disabled people should not exist", "ils devraient disparaître".
const OUGHT = keySet('should ought must devraient devrait doivent doit');

const DETERMINERS = keySet('the all les des ces tous toutes');
const VANISH_REACH = 4;
const WITHOUT_REACH = 2;

export const wishedAway: GroupReader = (tokens, matches, sentence, negated, reported) => {
  const out: Demeaned[] = [];
  const groups = namedGroups(matches, reported);
  if (groups.length === 0) return out;
  const said = (i: number) => negated[i] !== 1 && reported[i] !== 1;
  for (const g of groups) {
    const s = sentence[g.first];
    // "better without (the) X": the group follows "without" after a word of betterment.
    let without = g.first - 1;
    while (without >= 0 && DETERMINERS.has((tokens[without] as Token).key)) without--;
    const w = tokens[without];
    if (w !== undefined && WITHOUT.has(w.key) && g.first - without <= WITHOUT_REACH + 1) {
      for (let i = without - 1; i >= 0 && sentence[i] === s; i--) {
        if (BETTER.has((tokens[i] as Token).key) && said(i)) {
          out.push({ group: g, by: { category: 'hostile', first: without, last: g.last } });
          break;
        }
      }
      continue;
    }
    // A wish before the group, a vanishing after it; or before "they" in the next sentence.
    const vanishing = wishedGone(tokens, sentence, negated, reported, g.first, g.last);
    if (vanishing >= 0) {
      out.push({ group: g, by: { category: 'hostile', first: vanishing, last: vanishing } });
      continue;
    }
    for (let p = g.last + 1; p < tokens.length && sentence[p] !== undefined; p++) {
      if (sentence[p] === s) continue;
      if (sentence[p] !== (s as number) + 1) break;
      if (!TAKEN_UP.has((tokens[p] as Token).key)) continue;
      const gone = wishedGone(tokens, sentence, negated, reported, p, p);
      if (gone >= 0) out.push({ group: g, by: { category: 'hostile', first: gone, last: gone } });
      break;
    }
  }
  return out;
};

/**
 * The token that says the people at `first`..`last` should vanish, after a wish before them
 * in their sentence or an "ought" after them, or -1.
 */
function wishedGone(
  tokens: readonly Token[],
  sentence: Int32Array,
  negated: Uint8Array,
  reported: Uint8Array,
  first: number,
  last: number,
): number {
  const s = sentence[first];
  const said = (i: number) => negated[i] !== 1 && reported[i] !== 1;
  let wished = false;
  for (let i = first - 1; i >= 0 && sentence[i] === s; i--) {
    const key = (tokens[i] as Token).key;
    const ifOnly = ONLY.has(key) && IF.has(tokens[i - 1]?.key ?? '');
    const seeTo = SEE_TO.some(([a, b]) => b === key && tokens[i - 1]?.key === a);
    if ((WISHES.has(key) || ifOnly || seeTo) && said(i)) {
      wished = true;
      break;
    }
  }
  for (let i = last + 1; i <= last + VANISH_REACH && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (sentence[i] !== s) break;
    if (OUGHT.has(t.key) && reported[i] !== 1) wished = true;
    if (!wished) continue;
    // "Exist" says a group should vanish only when negated ("should not exist", "si les
    // migrants n'existaient pas"); a verb of vanishing only when it is not.
    const gone = VANISH.has(t.key) ? negated[i] !== 1 : EXIST.has(t.key) && negated[i] === 1;
    if (gone && reported[i] !== 1) return i;
  }
  return -1;
}
