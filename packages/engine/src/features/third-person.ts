import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { clauseEndsAfter } from '../text/sentence.ts';
import { keySet, type Token } from '../text/tokenise.ts';
import type { Context } from './context.ts';
import { thingClause } from './unaimed.ts';

/**
 * An insult said of someone who is not the reader, as what they are: "the keynote speaker was a
 * fat cow", "l'auteur du topic c'est un vrai débile". The reader's insult has a floor of its own
 * (`analyze.ts`); a person talked about is insulted as plainly, and in a long comment of
 * everyday words the weights fade it (0.09 in four sentences).
 *
 * The insult must be the noun the sentence ends on or goes on from ("… who", ", il …"), after a
 * copula and an article, with only intensifiers between: "this is an idiot move" qualifies a
 * thing, "il est con" may be "c'est con" (a thing is dumb). The speaker saying it of themself,
 * a negation, a quotation or a report already damp the word (`context.ts`), which leaves it out;
 * the damping of words aimed at no one (`unaimed.ts`) does not.
 */

const COPULAS = keySet("is was 's est etait sera become became devenu devenue");
const ARTICLES = keySet('a an un une such quel quelle');
const INTENSIFIERS = keySet(`
  total complete real absolute utter proper fucking bloody big huge little old
  vrai vraie veritable sacre sacree gros grosse grand grande pauvre petit petite espece de putain
`);
// A thing or the speaker as subject: "this is a joke", "I was an idiot".
const NOT_PEOPLE = keySet("it this that ca cela ceci i i'm je j' me");
// Words that go on from the insult as its noun: a relative clause, another clause, a laugh.
const GOES_ON = keySet('who that which qui que and et but mais lol mdr ptdr haha');
const MAX_INTENSIFIERS = 2;

const EXCLAIMERS = keySet('quel quelle quels quelles');
const WHAT = keySet('what');
const A = keySet('a an');
const THAT_ONE = keySet('celui celle celle-la celui-la');
/**
 * "Quel con ce mec", "what an idiot, that guy": an exclamation that calls a person named right
 * after it an insult ("J'ai oublié mes clés, quel con !" names no one but the speaker).
 */
function exclaimedOf(
  tokens: readonly Token[],
  at: number,
  m: LexiconMatch,
  matches: readonly LexiconMatch[],
): boolean {
  const key = tokens[at]?.key ?? '';
  const exclaims = EXCLAIMERS.has(key) || (A.has(key) && WHAT.has(tokens[at - 1]?.key ?? ''));
  if (!exclaims) return false;
  if (THAT_ONE.has(tokens[m.last + 1]?.key ?? '')) return true;
  return matches.some(
    (p) => p.category === 'person' && (p.first === m.last + 1 || p.first === m.last + 2),
  );
}

/** The insult matches said of a third person, as the noun after "is a" / "est un". */
export function insultedPeople(tokens: readonly Token[], context: Context): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  // The damping before the rule of words aimed at no one, which takes a person talked about for
  // no one: what softened the word before it (a negation, a report) still counts.
  const softened = context.beforeVenting ?? context.damping;
  for (const m of context.matches) {
    if (m.category !== 'insult' || (softened[m.first] ?? 1) !== 1) continue;
    if (context.targeted.includes(m)) continue;
    let i = m.first - 1;
    for (let n = 0; n < MAX_INTENSIFIERS && INTENSIFIERS.has(tokens[i]?.key ?? ''); n++) i--;
    if (exclaimedOf(tokens, i, m, context.matches)) {
      out.push(m);
      continue;
    }
    if (!ARTICLES.has(tokens[i]?.key ?? '')) continue;
    // "c'est" is two tokens, "c'" and "est".
    const copula = tokens[i - 1];
    if (copula === undefined || !COPULAS.has(copula.key)) continue;
    const subject = tokens[i - 2];
    if (subject !== undefined && NOT_PEOPLE.has(subject.key)) continue;
    const next = tokens[m.last + 1];
    if (!clauseEndsAfter(tokens, m.last) && !GOES_ON.has(next?.key ?? '')) continue;
    // "Cette série c'est une bouse": a demonstrative and a noun of no person open the clause.
    if (thingClause(tokens, m, context.matches) === 'thing') continue;
    out.push(m);
  }
  return out;
}
