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
  mieux meilleur meilleure
`);
// "If only …", "si seulement …".
const ONLY = keySet('only seulement');
const IF = keySet('if si');
const VANISH = keySet(`
  disappear disappeared disappears vanish vanished gone extinct disparaissent disparaissaient
  disparaitre
`);
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
    // A wish before the group, a vanishing after it.
    let wished = false;
    for (let i = g.first - 1; i >= 0 && sentence[i] === s; i--) {
      const key = (tokens[i] as Token).key;
      const ifOnly = ONLY.has(key) && IF.has(tokens[i - 1]?.key ?? '');
      if ((WISHES.has(key) || ifOnly) && said(i)) {
        wished = true;
        break;
      }
    }
    for (let i = g.last + 1; i <= g.last + VANISH_REACH && i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (sentence[i] !== s) break;
      if (OUGHT.has(t.key) && reported[i] !== 1) wished = true;
      if (!wished) continue;
      // "Exist" says a group should vanish only when negated ("should not exist", "si les
      // migrants n'existaient pas"); a verb of vanishing only when it is not.
      const gone = VANISH.has(t.key) ? negated[i] !== 1 : EXIST.has(t.key) && negated[i] === 1;
      if (gone && reported[i] !== 1) {
        out.push({ group: g, by: { category: 'hostile', first: i, last: i } });
        break;
      }
    }
  }
  return out;
};
