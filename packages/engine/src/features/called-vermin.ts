import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { clauseEndsAfter, keysAt } from '../text/sentence.ts';
import { keySet, type Token, wordKeys } from '../text/tokenise.ts';

/**
 * A person called an animal or vermin: "tu es une vermine", "you're nothing but an animal",
 * "espèce de porc", "des singes, voilà ce qu'ils sont". The lexicon's dehumanising words are read
 * as an attack on a group only; said of the reader they were read as nothing at all ("you are
 * vermin" scored 0.17). The words are read here, not through the lexicon, because most of them
 * also name real animals ("j'ai vu un rat", "mon chien"): only the forms below aim them at people.
 */

// One word per entry: a hyphenated entry would add each of its parts ("sous-homme" adds "home",
// the folded "homme").

/** Names of animals and vermin that only insult when said of a person. */
const VERMIN = keySet(`
  vermine vermines vermin parasite parasites cafard cafards cancrelat cancrelats cockroach
  cockroaches roach roaches rat rats subhuman subhumans dechet dechets
  microbe microbes larve larves leech leeches sangsue sangsues porc porcs pig pigs cochon cochons
  truie swine singe singes monkey monkeys ape apes chien chiens dog dogs hyene hyenes hyena
  hyenas rodent rodents rongeur rongeurs
`);
// "Sous-homme": two tokens, "sous" and the folded "homme".
const HOMME = keySet('homme hommes');
/**
 * Words that also praise ("t'es une bête", "you're a beast on the pitch", "that's savage"):
 * an insult only when restricted ("nothing but an animal", "t'es qu'un animal").
 */
const PRAISE_TOO = keySet('animal animaux bete betes beast beasts sauvage sauvages savage savages');
// One lookup per token: which of the lists above a word is in.
const VERMIN_WORD = 1;
const PRAISE_WORD = 2;
const HOMME_WORD = 3;
const ANIMALS = new Map<string, number>([
  ...[...HOMME].map((k) => [k, HOMME_WORD] as const),
  ...[...PRAISE_TOO].map((k) => [k, PRAISE_WORD] as const),
  ...[...VERMIN].map((k) => [k, VERMIN_WORD] as const),
]);
/** Between "you are" and the word: articles and intensifiers, and the restrictive words. */
const FILLERS = keySet(`
  a an un une des de d' such real total complete utter absolute filthy dirty big vrai
  vraie sale gros grosse pauvre sacre sacree all tous toutes sous
`);
const RESTRICTIVE = keySet("nothing but just only merely simply rien que qu' juste simplement");
/** A negative "ne"/"n'" before "es" in "tu n'es qu'un animal" belongs to the restriction. */
const NE = keySet("ne n'");
const COPULAS = keySet('are is r re es etes est sont');
/** Vocatives that call the reader a name: "espèce de porc", "sale rat", "you pig". */
const VOCATIVES: readonly string[][] = ['espece de', "espece d'", 'bande de', 'you'].map(wordKeys);
// "Sale" before a noun is a vocative only opening its clause: "ce sale chien" is a dirty dog.
const SALE = wordKeys('sale');
/** Said of "them": "des singes, voilà ce qu'ils sont", "apes, that's what they are". */
const THAT_IS_WHAT: readonly string[][] = [
  "voila ce qu'ils sont",
  "voila ce qu'elles sont",
  "c'est tout ce qu'ils sont",
  "c'est ce qu'ils sont",
  "that's what they are",
  "that's all they are",
  'that is what they are',
  'that is all they are',
].map(wordKeys);
/** What may follow the word: nothing, or a clause going on ("a rat who…", "un porc et un…"). */
const AFTER = keySet('and or et ou who that qui comme like for pour');
const MAX_GAP = 4;

function wordEnds(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return clauseEndsAfter(tokens, i) || next?.kind !== 'word' || AFTER.has(next.key);
}

/** Whether "you are", or a "tu es" the lexicon read as second person, predicates token `i`. */
function predicated(
  tokens: readonly Token[],
  seconds: readonly LexiconMatch[],
  sentence: Int32Array,
  i: number,
): { restricted: boolean } | null {
  for (const s of seconds) {
    if (s.last >= i || sentence[s.last] !== sentence[i] || i - s.last > MAX_GAP + 2) continue;
    let restricted = false;
    let copula = false;
    let ok = true;
    for (let k = s.last + 1; k < i; k++) {
      const key = (tokens[k] as Token).key;
      if (COPULAS.has(key)) copula = true;
      else if (RESTRICTIVE.has(key)) restricted = true;
      else if (!FILLERS.has(key) && !NE.has(key)) ok = false;
    }
    // "tu es" is one second-person match: its copula is inside it.
    const spoken = copula || s.last > s.first;
    if (ok && spoken) return { restricted };
  }
  return null;
}

function vocative(tokens: readonly Token[], i: number): boolean {
  if (VOCATIVES.some((keys) => keysAt(tokens, i - keys.length, keys))) return true;
  return keysAt(tokens, i - 1, SALE) && (i === 1 || clauseEndsAfter(tokens, i - 2));
}

/** "Des singes, voilà ce qu'ils sont": the word ends its clause and the phrase follows. */
function thatIsWhat(tokens: readonly Token[], i: number): boolean {
  return clauseEndsAfter(tokens, i) && THAT_IS_WHAT.some((keys) => keysAt(tokens, i + 1, keys));
}

/**
 * The animal and vermin words said of the reader or of "them", as dehumanising matches on the
 * word itself (the caller drops those negated, reported or said of oneself).
 */
export function calledVermin(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
): LexiconMatch[] {
  let seconds: LexiconMatch[] | null = null;
  const out: LexiconMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const key = (tokens[i] as Token).key;
    const kind = ANIMALS.get(key);
    if (kind === undefined) continue;
    const vermin = kind === VERMIN_WORD || (kind === HOMME_WORD && tokens[i - 1]?.key === 'sous');
    if (!vermin && kind !== PRAISE_WORD) continue;
    seconds ??= matches.filter((m) => m.category === 'second');
    if (!wordEnds(tokens, i)) continue;
    const said = seconds.length > 0 ? predicated(tokens, seconds, sentence, i) : null;
    const called =
      (said !== null && (vermin || said.restricted)) ||
      (vermin && vocative(tokens, i)) ||
      thatIsWhat(tokens, i);
    if (called) out.push({ category: 'dehumanising', first: i, last: i });
  }
  return out;
}
