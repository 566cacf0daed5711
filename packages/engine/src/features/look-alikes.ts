import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { DOUBLED_HOMOGRAPHS, SENSES, SPELT_HOMONYMS } from '../lexicon/senses.data.ts';
import type { Token } from '../text/tokenise.ts';
import { gueuleIdioms } from './idioms.ts';

/**
 * Harmless look-alikes of hurtful words, read from the sentence around them:
 * - homonyms: a word that is also an insult or a slur, with a word of its everyday sense in the
 *   same sentence ("la chienne a eu six chiots", "faggots of firewood", "a Maine Coon kitten");
 * - reclaimed words: a slur said of oneself by the group it once targeted ("nous, les gouines",
 *   "we dykes", "je suis pédé et fier"), when nothing else in the sentence attacks, denies or
 *   speaks to the reader.
 * A reclaimed word keeps a quarter of its weight, as a negated or quoted insult does; a homonym
 * in its everyday sense keeps a tenth: it is another word that happens to be spelt the same.
 */

const plainKey = (key: string): string => {
  const last = key[key.length - 1];
  return key.length > 3 && (last === 's' || last === 'x') ? key.slice(0, -1) : key;
};

/** Word → words of its everyday sense, in lexicon-key form (folded, no doubled letter, no -s). */
export function buildSenses(
  normalise: (word: string) => string,
): ReadonlyMap<string, ReadonlySet<string>> {
  const senses = new Map<string, Set<string>>();
  for (const line of SENSES) {
    const [word, cues] = line.split(':');
    if (word === undefined || cues === undefined) continue;
    senses.set(normalise(word.trim()), new Set(cues.trim().split(/\s+/).map(normalise)));
  }
  return senses;
}

// Words that say the speaker belongs to the group the slur names, right before it.
const SELF = new Set(['we', 'us', 'my', 'our', 'nous', 'ma', 'mes', 'mon', 'nos', 'notre']);
const PROUD = new Set(['proud', 'fier', 'fiere']);
// "I am a …", "as a …", "je suis …", "en tant que …", "on est …", "entre … on se comprend": with a
// first person in the sentence.
const COPULA = new Set([
  'am',
  'as',
  'being',
  'suis',
  'sommes',
  'est',
  'que',
  'etre',
  'entre',
  'among',
]);
const FIRST_PERSON = new Set(['i', 'je', "j'", 'moi', 'me', 'myself', 'we', 'nous', 'on']);
const AFTER_SELF = new Set(['myself', 'moi', 'meme']);
const REACH_BEFORE = 3;
const REACH_AFTER = 3;
// Anything else in the sentence that attacks, denies or aims at the reader keeps the slur hurtful.
const SPOILERS = new Set([
  'insult',
  'hostile',
  'dehumanising',
  'threat',
  'harm',
  'group-harm',
  'negation',
  'second',
  'dismissal',
]);

function reclaimed(tokens: readonly Token[], at: number, sentence: Int32Array): boolean {
  const s = sentence[at];
  let copula = false;
  let self = false;
  for (let i = Math.max(0, at - REACH_BEFORE); i < at; i++) {
    if (sentence[i] !== s) continue;
    const key = (tokens[i] as Token).key;
    if (SELF.has(key) || PROUD.has(key)) self = true;
    if (COPULA.has(key)) copula = true;
  }
  // Pride reaches one word further: "proud to be a …".
  const farther = at - REACH_BEFORE - 1;
  if (sentence[farther] === s && PROUD.has(tokens[farther]?.key ?? '')) self = true;
  for (let i = at + 1; i <= at + REACH_AFTER && i < tokens.length; i++) {
    if (sentence[i] === s && AFTER_SELF.has((tokens[i] as Token).key)) self = true;
  }
  if (self) return true;
  if (!copula) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (sentence[i] === s && FIRST_PERSON.has((tokens[i] as Token).text)) return true;
  }
  return false;
}

// Nouns of praise said to the reader, within a few words of "you" or "t'es": banter.
const PRAISE = new Set([
  'legend',
  'legende',
  'genius',
  'genie',
  'hero',
  'heros',
  'champion',
  'champ',
  'king',
  'queen',
  'boss',
]);
const YOU = new Set(['you', 'u', 'es', 'tu']);
const BANTER_SPOILERS = new Set(['insult', 'hostile', 'dehumanising', 'threat', 'harm', 'slur']);
const PRAISE_REACH = 3;

/** Whether the sentence of `m` calls the reader a noun of praise ("you legend", "t'es un génie"). */
function praised(tokens: readonly Token[], m: LexiconMatch, sentence: Int32Array): boolean {
  const s = sentence[m.first];
  for (let i = 0; i < tokens.length; i++) {
    const key = (tokens[i] as Token).key;
    if (sentence[i] !== s || !(PRAISE.has(key) || PRAISE.has(plainKey(key)))) continue;
    for (let k = i - 1; k >= Math.max(0, i - PRAISE_REACH); k--) {
      if (YOU.has((tokens[k] as Token).key)) return true;
    }
  }
  return false;
}

// What keeps a homonym hurtful even beside a word of its everyday sense.
const AIMING = new Set(['insult', 'hostile', 'dehumanising', 'threat', 'second', 'dismissal']);

/** A homonym read in its everyday sense. */
export const HOMONYM = 1;
/** A slur said of oneself. */
export const RECLAIMED = 2;

/** Marks the tokens that are harmless look-alikes of a hurtful word: HOMONYM, RECLAIMED or 0. */
export function innocentUses(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  senses: ReadonlyMap<string, ReadonlySet<string>>,
): Uint8Array {
  const innocent = new Uint8Array(tokens.length);
  const spoilers = matches.filter((m) => SPOILERS.has(m.category));
  // Another word of the sentence attacks, denies or aims at the reader: the word itself does not count.
  const spoilt = (i: number) =>
    spoilers.some((m) => sentence[m.first] === sentence[i] && (i < m.first || i > m.last));
  const aimed = (i: number) =>
    spoilers.some(
      (m) =>
        AIMING.has(m.category) && sentence[m.first] === sentence[i] && (i < m.first || i > m.last),
    );
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    // "la baisse des prix": the model's weight for "baise" must not fall on "baisse".
    if (DOUBLED_HOMOGRAPHS.get(plainKey(t.key))?.test(t.text) === true) {
      innocent[i] = HOMONYM;
      continue;
    }
    const cues = senses.get(plainKey(t.key));
    if (cues === undefined) continue;
    if (SPELT_HOMONYMS.get(plainKey(t.key))?.test(t.text) === false) continue;
    // A cue within a word or two names the thing itself ("une tapette à mouches"): only words
    // that attack someone or aim at the reader keep it hurtful then, not a negation or a verb
    // of harm ("cette tapette à mouches est cassée", "ne sert à rien").
    const named = [i - 2, i - 1, i + 1, i + 2].some(
      (k) => sentence[k] === sentence[i] && cues.has(plainKey(tokens[k]?.key ?? '')),
    );
    if (named ? aimed(i) : spoilt(i)) continue;
    for (let k = 0; k < tokens.length; k++) {
      if (k !== i && sentence[k] === sentence[i] && cues.has(plainKey((tokens[k] as Token).key))) {
        innocent[i] = HOMONYM;
        break;
      }
    }
  }
  // Banter: "shut up, you legend", "ta gueule, t'es une légende" tell a friend they amaze.
  for (const m of matches) {
    if (
      (m.category !== 'dismissal' && m.category !== 'profanity') ||
      !praised(tokens, m, sentence)
    ) {
      continue;
    }
    // An insult beside the praise keeps the dismissal hurtful ("shut up, you idiot legend").
    const insulted = matches.some(
      (h) => BANTER_SPOILERS.has(h.category) && sentence[h.first] === sentence[m.first],
    );
    if (insulted) continue;
    // Its words keep a tenth, as a homonym's: they are not what the sentence means.
    for (let i = m.first; i <= m.last; i++) innocent[i] = HOMONYM;
  }
  // "se casser la gueule", "du foutage de gueule": idioms that call no one anything.
  gueuleIdioms(tokens, innocent, HOMONYM);
  for (const m of matches) {
    if (m.category !== 'slur' || spoilt(m.first)) continue;
    if (reclaimed(tokens, m.first, sentence))
      for (let i = m.first; i <= m.last; i++) innocent[i] = 1;
  }
  return innocent;
}
