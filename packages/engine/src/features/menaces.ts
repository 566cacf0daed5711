import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { keysAt } from '../text/sentence.ts';
import { keyKinds, keySet, type Token, wordKeys } from '../text/tokenise.ts';

/**
 * Threats said without a verb of harm aimed by an intent (`threat-patterns.ts` reads those):
 * - death promised, with the speaker's word on it: "vous allez tous crever, je m'en charge",
 *   "every one of them is going down, I swear";
 * - the reader told to brace for death or a bullet: "préparez-vous à prendre des balles",
 *   "expect a bullet";
 * - the speaker armed against a group: "j'ai un fusil et je sais où trouver les …", "un … de plus
 *   et je sors la machette", "I'll deal with every … with a bat";
 * - none of a group left alive: "je n'en laisserai aucun en vie", "I won't leave one … alive";
 * - "casser du …", beating up members of a group.
 * Each is returned as a match of category 'threat'; the caller drops those reported.
 */

const GROUP = 'identity';
const IF = keySet('si if unless sauf');
const NOT = keySet("ne n' pas not never jamais nt");

// Dying, said of the reader or of a group as the subject of a future.
const DIE = keySet(`
  mourir crever souffrir die suffer bleed saigner mourez mourrez mourras mourront creverez
  creveras creveront souffrirez souffriras souffriront
`);
// "y passer", "go down": dying said as a figure, read only after a future.
const PASS = keySet('y');
const PASSING = keySet('paser paserez paseras paseront');
const DOWN = keySet('down');
const GOING_DOWN = keySet('go going');
const FIGURES = keySet('rire laughing laughter honte ennui boredom chaud froid faim envie de of');
const FUTURE = keySet('allez vas vont va going gona wil shal');
const DIER = keySet('vous tu ils elles you they');
const THEY = keySet('ils elles they');
const SUBJECT_REACH = 8;
// The speaker's word on it: "je m'en charge", "je le jure", "I'll make sure of it".
const PLEDGES: readonly string[][] = [
  "je m'en charge",
  "je m'en occupe",
  "je m'en occuperai",
  "on s'en charge",
  "on s'en occupe",
  'je le jure',
  'je te le jure',
  'je vous le jure',
  'je te le promets',
  'je vous le promets',
  'crois moi',
  'croyez moi',
  'i swear',
  'we swear',
  'i promise',
  'i will make sure of it',
  'we will make sure of it',
  'i will see to it',
  'we will see to it',
  'mark my words',
  'count on it',
].map(wordKeys);
const PLEDGE_OPENS = new Set(PLEDGES.map((keys) => keys[0] as string));
const SPEAKER = keySet("je j' i on we nous");

/** Whether the sentence at `at`, or the one after it, holds the speaker's pledge. */
function pledged(tokens: readonly Token[], sentence: Int32Array, at: number): boolean {
  const s = sentence[at] as number;
  for (let i = 0; i < tokens.length; i++) {
    const own = sentence[i] as number;
    if (own < s || own > s + 1) continue;
    const first = (tokens[i] as Token).key;
    if (PLEDGE_OPENS.has(first) && PLEDGES.some((keys) => keysAt(tokens, i, keys))) return true;
  }
  return false;
}

/** Death promised at token `i`: "vous allez tous crever, je m'en charge", "… going down, I swear". */
function promisedAt(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  i: number,
): LexiconMatch | null {
  const key = (tokens[i] as Token).key;
  const before = tokens[i - 1]?.key ?? '';
  const verb =
    DIE.has(key) ||
    (PASSING.has(key) && PASS.has(before)) ||
    (DOWN.has(key) && GOING_DOWN.has(before));
  if (!verb || i === 0 || FIGURES.has(tokens[i + 1]?.key ?? '')) return null;
  // Who dies, a few words before: the reader, "they", or a group named.
  let subject = -1;
  let future = /(ez|as|ont)$/.test(key) ? i : -1;
  for (let k = i - 1; k >= Math.max(0, i - SUBJECT_REACH) && sentence[k] === sentence[i]; k--) {
    const word = (tokens[k] as Token).key;
    if (NOT.has(word)) return null;
    if (FUTURE.has(word)) future = k;
    if (DIER.has(word) || matches.some((m) => m.category === GROUP && m.last === k)) {
      subject = k;
      break;
    }
  }
  if (subject < 0 || future < 0) return null;
  // "they" is people only beside a group or an insult: "they're all going to die" of plants.
  const they = THEY.has((tokens[subject] as Token).key);
  if (they && !namedIn(matches, sentence, sentence[i] as number)) return null;
  if (tokens.some((t, k) => sentence[k] === sentence[i] && IF.has(t.key))) return null;
  return pledged(tokens, sentence, i) ? { category: 'threat', first: i, last: i } : null;
}

const NAMING: ReadonlySet<string> = new Set([GROUP, 'insult', 'slur']);
/** Whether sentence `s` names a group or calls someone an insult or a slur. */
function namedIn(matches: readonly LexiconMatch[], sentence: Int32Array, s: number): boolean {
  return matches.some((m) => NAMING.has(m.category) && sentence[m.first] === s);
}

// "Prépare-toi à …", "attendez-vous à …", "get ready to …", "expect …", "brace for …".
const BRACE_FR = keySet('prepare preparez attends attendez');
const SELF_FR = keySet('toi vous');
const BRACE_EN: readonly string[][] = ['get ready to', 'get ready for', 'expect', 'brace for'].map(
  wordKeys,
);
const LETHAL = keySet('mourir crever saigner die bleed balle bales bulet bulets plomb');
const POINTS = keySet('point points');
const SUFFER = keySet('souffrir suffer');
const BRACE_REACH = 4;

/** A bracing at token `i`: "préparez-vous à prendre des balles", "expect a bullet". */
function bracedAt(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  i: number,
): LexiconMatch | null {
  let from = -1;
  if (BRACE_FR.has((tokens[i] as Token).key)) {
    if (SELF_FR.has(tokens[i + 1]?.key ?? '')) from = i + 2;
  } else {
    const phrase = BRACE_EN.find((keys) => keysAt(tokens, i, keys));
    if (phrase !== undefined) from = i + phrase.length;
  }
  if (from < 0) return null;
  for (let k = from; k < from + BRACE_REACH && k < tokens.length; k++) {
    if (sentence[k] !== sentence[i]) return null;
    const word = (tokens[k] as Token).key;
    const next = tokens[k + 1]?.key ?? '';
    if (FIGURES.has(next) || POINTS.has(next)) return null;
    // Suffering is a threat said to a group or an insulted reader ("get ready to suffer, leg day"
    // is training).
    const suffer = SUFFER.has(word) && namedIn(matches, sentence, sentence[k] as number);
    if (LETHAL.has(word) || suffer) return { category: 'threat', first: k, last: k };
  }
  return null;
}

const WEAPONS = keySet(`
  fusil fusils flingue flingues kalash kalach kalachnikov kalashnikov machete machetes batte
  battes hache haches grenade grenades explosifs pistolet revolver gun guns rifle rifles shotgun
  shotguns ak47 ar15 glock pistol axe bat
`);
const BAT = keySet('bat');
const BASEBALL = keySet('baseball');
// A weapon taken out or fetched: "je sors la machette", "I'm getting the machete".
const DRAWN = keySet(`
  sors sort sortir prends prendre ramene ramener charge charger recupere get geting grab grabing
  bring bringing load loading fetch fetching
`);
const WITH = keySet('avec with');
const KNOW = keySet('sais sait know knows');
const WHERE = keySet('ou where');
const EVERY = keySet('chaque tous toutes every each al');

/**
 * The speaker with a weapon in a sentence that names a group: the weapon drawn, the group's
 * whereabouts known, or the weapon what the speaker deals with every member of the group
 * ("je m'occuperai de chaque … avec une batte"). A hunter's rifle beside friends of a group is
 * none of these.
 */
function armedAt(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  w: number,
): LexiconMatch | null {
  const s = sentence[w];
  const same = (k: number) => sentence[k] === s;
  // "bat" is a weapon only after "with a / with my" or "baseball".
  const bat = BAT.has((tokens[w] as Token).key);
  if (bat && !WITH.has(tokens[w - 2]?.key ?? '') && !BASEBALL.has(tokens[w - 1]?.key ?? '')) {
    return null;
  }
  let speaker = -1;
  for (let k = w - 1; k >= 0 && same(k); k--) {
    if (NOT.has((tokens[k] as Token).key)) break;
    if (SPEAKER.has((tokens[k] as Token).key)) {
      speaker = k;
      break;
    }
  }
  if (speaker < 0) return null;
  const groups = matches.filter((m) => m.category === GROUP && same(m.first));
  if (groups.length === 0) return null;
  const drawn = DRAWN.has(tokens[w - 1]?.key ?? '') || DRAWN.has(tokens[w - 2]?.key ?? '');
  const known = tokens.some(
    (t, k) => same(k) && KNOW.has(t.key) && WHERE.has(tokens[k + 1]?.key ?? ''),
  );
  // "with a bat", "avec ma hache", "with a baseball bat"; "chaque …", "each of the …".
  const near = (set: ReadonlySet<string>, at: number) =>
    [1, 2, 3].some((k) => set.has(tokens[at - k]?.key ?? ''));
  const dealt = near(WITH, w) && groups.some((g) => g.last < w && near(EVERY, g.first));
  return drawn || known || dealt ? { category: 'threat', first: w, last: w } : null;
}

const LEAVE = keySet('laiserai laiserons laisera leave');
const ALIVE = keySet('vie vivant vivants vivante vivantes alive standing breathing');
const LEAVE_REACH = 7;

/** "Je ne laisserai aucun … en vie", "I won't leave a single … alive": none left alive. */
function leftAliveAt(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  i: number,
): LexiconMatch | null {
  if (![1, 2].some((k) => NOT.has(tokens[i - k]?.key ?? ''))) return null;
  for (let k = i + 1; k <= i + LEAVE_REACH && k < tokens.length; k++) {
    if (sentence[k] !== sentence[i] || !ALIVE.has((tokens[k] as Token).key)) continue;
    const who = matches.some(
      (m) => (m.category === GROUP || m.category === 'second') && m.first > i && m.last < k,
    );
    return who ? { category: 'threat', first: k, last: k } : null;
  }
  return null;
}

const BREAK = keySet('caser caserai caserons');
// Not "des": "caser des … dans un logement" finds them a home.
const PARTITIVE = keySet("du de l'");

/**
 * "Casser du …", a group or a slur for it: beating up its members ("casser du sucre" speaks ill of
 * someone).
 */
function beatenAt(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  _sentence: Int32Array,
  i: number,
): LexiconMatch | null {
  if (!PARTITIVE.has(tokens[i + 1]?.key ?? '')) return null;
  const named = (m: LexiconMatch) => m.category === GROUP || m.category === 'slur';
  return matches.some((m) => named(m) && m.first === i + 2)
    ? { category: 'threat', first: i, last: i + 2 }
    : null;
}

type Reading = (
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  i: number,
) => LexiconMatch | null;
// The word each reading starts from, by kind: one lookup per word, most words open none.
const OPENERS = keyKinds<Reading>([
  [[...DIE, ...PASSING, ...DOWN].join(' '), promisedAt],
  [[...BRACE_FR, ...BRACE_EN.map((keys) => keys[0])].join(' '), bracedAt],
  [[...WEAPONS].join(' '), armedAt],
  [[...LEAVE].join(' '), leftAliveAt],
  [[...BREAK].join(' '), beatenAt],
]);

/** Every threat these readings find, negation read by each of them. */
export function menaces(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const read = OPENERS.get((tokens[i] as Token).key);
    const found = read === undefined ? null : read(tokens, matches, sentence, i);
    if (found !== null) out.push(found);
  }
  return out;
}
