import type { LexiconCategory, LexiconMatch } from '../lexicon/lexicon.ts';
import { clauseEndsAfter, keysAt } from '../text/sentence.ts';
import { keySet, type Token, wordKeys } from '../text/tokenise.ts';

/**
 * Insults said of oneself or of a slip, not of a person: "I was such an idiot", "je suis
 * vraiment nulle en orthographe", "quelle idiote je suis", "a stupid mistake, let me fix it",
 * "une erreur bête". People write these about themselves every day; a coach that pauses them
 * teaches that it cannot read. The word keeps a quarter of its weight, as a negated insult does.
 *
 * The insult must sit right after a first-person copula or feeling verb ("I am", "I feel",
 * "je suis", "je me sens"), with only intensifiers and articles between, or right before
 * "je suis" / "I am" ("bête que je suis"); a slip noun must stand next to the insult, in a
 * sentence that speaks to no one ("your stupid mistake" stays hurtful).
 */

// Sequences of keys, folded by the tokeniser as the text is ("feel" → "fel").
const SELF_OPENERS: readonly string[][] = [
  'i am',
  'i was',
  'i feel',
  'i felt',
  'i look',
  'i looked',
  'i sound',
  'i have been',
  'je suis',
  "j'étais",
  "j'ai été",
  'je me sens',
  'je me sentais',
  'je me trouve',
  'je me suis senti',
  'je me suis sentie',
].map(wordKeys);
// "Bête que je suis", and a slur the speaker reclaims for themself: "as a fag myself".
const SELF_AFTER: readonly string[][] = [
  'i am',
  'je suis',
  'que je suis',
  'that i am',
  'myself',
  'moi même',
].map(wordKeys);
// After a slur, only these: "lil faggot, i'm guessing" calls someone a slur, then speaks.
const RECLAIMED_AFTER: readonly string[][] = ['que je suis', 'that i am', 'myself', 'moi même'].map(
  wordKeys,
);
const FILLERS = keySet(`
  a an the such so really very completely totally utterly absolutely biggest big little bit kind
  sort of just being like real total complete utter absolute proper
  un une le la vraiment tellement trop si complètement totalement très grand grande gros grosse
  pauvre peu plus vrai vraie véritable de d' comme parfois encore un peu
`);
const SLIPS = keySet(`
  mistake mistakes error errors typo typos oversight slip blunder question questions move idea
  thing erreur erreurs faute fautes coquille coquilles oubli bourde gaffe idée chose
`);
// Words that put the reader or someone else in the sentence: a slip of theirs is theirs.
const PEOPLE: ReadonlySet<LexiconCategory> = new Set(['second', 'person', 'identity', 'target']);
// A slur said of oneself is reclaimed: "je suis une gouine et fière de l'être".
const SAID_OF: ReadonlySet<LexiconCategory> = new Set(['insult', 'profanity', 'slur', 'loathing']);
const MAX_FILLERS = 3;

function endsWith(tokens: readonly Token[], end: number, seq: readonly string[]): boolean {
  const from = end - seq.length + 1;
  if (from < 0) return false;
  for (let k = 0; k < seq.length; k++) if ((tokens[from + k] as Token).key !== seq[k]) return false;
  return true;
}

/** The last token before `at` that is not an intensifier or article, within MAX_FILLERS. */
function beforeFillers(tokens: readonly Token[], at: number): number {
  let i = at - 1;
  for (let n = 0; i >= 0 && n < MAX_FILLERS && FILLERS.has((tokens[i] as Token).key); n++) i--;
  return i;
}

/**
 * Marks the first token of each insult or swear word said of oneself or of a slip (SAID_OF_SELF,
 * or OWNED when pride follows it); null when there is none, which is most texts: no array to
 * allocate.
 */
export function saidOfSelf(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
): Uint8Array | null {
  let self: Uint8Array | null = null;
  let peopled: Set<number> | undefined;
  for (const m of matches) {
    if (!SAID_OF.has(m.category)) continue;
    const s = sentence[m.first];
    const before = beforeFillers(tokens, m.first);
    const opener =
      before >= 0 &&
      sentence[before] === s &&
      SELF_OPENERS.some((seq) => endsWith(tokens, before, seq));
    // Loathing felt, of nothing named: "je suis dégoûté" is gutted ("… des Arabes" is not).
    if (m.category === 'loathing') {
      if (opener && clauseEndsAfter(tokens, m.last)) {
        self ??= new Uint8Array(tokens.length);
        self[m.first] = 1;
      }
      continue;
    }
    const afterList = m.category === 'slur' ? RECLAIMED_AFTER : SELF_AFTER;
    const after = afterList.some((seq) => keysAt(tokens, m.last + 1, seq));
    let slip = false;
    // A slip is called stupid; a swear word beside "thing" is only swearing.
    if (!opener && !after && m.category === 'insult') {
      const prev = tokens[m.first - 1];
      const next = tokens[m.last + 1];
      if ((prev && SLIPS.has(prev.key)) || (next && SLIPS.has(next.key))) {
        peopled ??= new Set(
          matches.filter((p) => PEOPLE.has(p.category)).map((p) => sentence[p.first] as number),
        );
        slip = !peopled.has(s as number);
      }
    }
    // "Moi, tarlouze assumée", "call me a tranny, I've reclaimed that word": a slur owned.
    const apposed = ME.has(tokens[before]?.key ?? '') && PRIDE.has(tokens[m.last + 1]?.key ?? '');
    if (m.category === 'slur' && (apposed || reclaims(tokens, sentence, s as number))) {
      self ??= new Uint8Array(tokens.length);
      self[m.first] = OWNED;
    } else if (opener || after || slip) {
      self ??= new Uint8Array(tokens.length);
      self[m.first] = opener && owned(tokens, m.last, sentence) ? OWNED : SAID_OF_SELF;
    }
  }
  return self;
}

/** A word said of oneself, as `saidOfSelf` marks it. */
export const SAID_OF_SELF = 1;
/** The same, owned with pride: "je suis une salope assumée", "I'm a bitch and proud of it". */
export const OWNED = 2;
const PRIDE = keySet('fier fière fiers fières proud assumé assumée assumés assumées');
const ME = keySet('moi me i');
const RECLAIM = keySet('reclaimed reclaim reclaiming revendique revendiquons réapproprié');
// "I'm" is keyed "i am": "i" is enough, and "am" would count anyone's copula.
const FIRST_PERSON = keySet("i me my myself je j' moi m' mon ma nous we us our");

/** A sentence where the speaker reclaims a word: "I've reclaimed that word", "je revendique ce mot". */
function reclaims(tokens: readonly Token[], sentence: Int32Array, s: number): boolean {
  let reclaim = false;
  let speaker = false;
  for (let i = 0; i < tokens.length; i++) {
    if (sentence[i] !== s && sentence[i] !== s + 1) continue;
    const key = (tokens[i] as Token).key;
    reclaim ||= RECLAIM.has(key);
    speaker ||= FIRST_PERSON.has(key);
  }
  return reclaim && speaker;
}

/** Whether pride follows token `last` in its sentence. */
function owned(tokens: readonly Token[], last: number, sentence: Int32Array): boolean {
  for (let i = last + 1; i < tokens.length && sentence[i] === sentence[last]; i++) {
    if (PRIDE.has((tokens[i] as Token).key)) return true;
  }
  return false;
}
