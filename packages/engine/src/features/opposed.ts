import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { keysAt } from '../text/sentence.ts';
import { type Token, wordKeys } from '../text/tokenise.ts';

/**
 * Words that condemn hatred, said in opposition to it: "non au racisme, non à l'homophobie",
 * "stop à la haine", "together against racism". The condemning words weigh towards hate in the
 * labelled sets (texts about racism are often racist), so a slogan against it scored 0.71; here
 * they are read as counter-speech.
 */

/** What opposes the word after it. */
const OPPOSING: readonly string[][] = [
  'non a',
  'non au',
  'non aux',
  'stop a',
  'stop au',
  'stop aux',
  'contre',
  'lutter contre',
  'lutte contre',
  'luttons contre',
  'combattre',
  'combattons',
  'combat contre',
  'en finir avec',
  'halte a',
  'halte au',
  'no to',
  'no more',
  'stop',
  'against',
  'fight',
  'fighting',
  'end',
  'ending',
  'stand up to',
  'denounce',
  'denoncer',
  'denoncons',
  'condemn',
  'condamner',
  'condamnons',
  'reject',
  'rejeter',
  'rejetons',
].map(wordKeys);
/** Articles that may stand between: "contre le racisme", "stop à l'homophobie". */
const ARTICLES = new Set(
  wordKeys("le la les l' the all toute tout toutes tous any forme formes of de d' form forms"),
);
const MAX_ARTICLES = 3;

/** After the condemning word: what the hatred is against ("la haine contre les homos"). */
const AGAINST = new Set(wordKeys('contre envers against towards toward'));
/** Before it: an article names the hatred as a thing ("la haine", "the hatred"). */
const NAMING = new Set(wordKeys("la le l' the cette this cet ce"));
/** Before the article: "j'ai de la haine contre…" has the hatred, it does not name it. */
const PARTITIVE = new Set(wordKeys('de du des'));

/**
 * Whether a condemning word names hatred as a thing and says whom it is against: "comment
 * peut-on encore tolérer la haine contre les homos ?", "hatred against gay people is rising".
 */
function namesHatred(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (!AGAINST.has(tokens[m.last + 1]?.key ?? '')) return false;
  const before = tokens[m.first - 1];
  if (before === undefined || before.kind === 'punct') return true;
  return NAMING.has(before.key) && !PARTITIVE.has(tokens[m.first - 2]?.key ?? '');
}

/** Condemning words that a word of opposition stands before, or that name hatred as a thing. */
export function opposedCondemnations(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  for (const m of matches) {
    if (m.category !== 'condemn') continue;
    if (namesHatred(tokens, m)) {
      out.push(m);
      continue;
    }
    let end = m.first - 1;
    let articles = 0;
    while (end >= 0 && articles < MAX_ARTICLES && ARTICLES.has((tokens[end] as Token).key)) {
      end--;
      articles++;
    }
    if (OPPOSING.some((keys) => keysAt(tokens, end - keys.length + 1, keys))) out.push(m);
  }
  return out;
}
