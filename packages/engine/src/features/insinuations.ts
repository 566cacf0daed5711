import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { endsInQuestion, keysAt } from '../text/sentence.ts';
import { keySet, type Token, wordKeys } from '../text/tokenise.ts';
import { type Demeaned, type GroupReader, namedGroups } from './group-talk.ts';

/**
 * Hate about a group insinuated with no hurtful word, in shapes that carry it whatever the words:
 * - crime pinned on a group as a habit: "comme par hasard, à chaque agression c'est un de ces …",
 *   "another …, another bomb" (not where the group is the victim or its defence is said);
 * - the antisemitic trope of control: Jews running or counted in the media, the banks, the
 *   government;
 * - a place in decline since a group arrived: "the street went downhill once the … moved in";
 * - a group kept from children, or imposing itself on them: "since when do we let … near our
 *   kids", "… imposent leur mode de vie à nos enfants".
 * Each reads a group named in the same sentence, not reported, not negated.
 */

const EVERY_TIME: readonly string[][] = [
  'always',
  'toujours',
  'every time',
  'each time',
  'a chaque',
  'chaque fois',
  'encore',
  'another',
  'once again',
  'as usual',
  "comme d'habitude",
  "comme d'hab",
  'comme toujours',
  'comme par hasard',
  'funny how',
  'strange how',
  'surprise surprise',
  'bizarrement',
  'curieusement',
  'coincidence',
].map(wordKeys);
const EVERY_TIME_OPENS = new Set(EVERY_TIME.map((keys) => keys[0] as string));
const CRIME = keySet(`
  crime crimes delinquance delinquants delinquant agression agressions attentat attentats bombe
  bombes bomb bombs bombing bombings viol viols rape rapes meurtre meurtres murder murders stabbing
  stabbings cambriolage cambriolages burglary burglaries robbery robberies theft thefts trafic
  trafics dealers drogue drugs terrorisme terrorism shooting shootings emeute emeutes riot riots
  gang gangs fusillade fusillades
`);
// The group as the victim, or its defence: "à chaque attentat, les musulmans sont stigmatisés".
const VICTIM = keySet(`
  victime victimes victim victims condamne condamnent condemn condemned condemns stigmatise
  stigmatises stigmatised stigmatized blamed accuse accuses accused blame targeted cible cibles
  against contre premiers first proteger protegent protect defend defendent solidarity solidarite
  haine hate racist raciste racistes antisemite antisemites amalgame survivors survivor
  survivantes survivants alleging allege allegations believe croire
`);
const CRIME_REACH = 10;
const NOT = keySet("ne n' pas not never jamais");
// "ne peuvent pas s'empêcher de …", "can't help …": a negation that asserts.
const HELP = keySet('empecher help');
/** Whether token `i` denies: a negation not part of "can't help" / "ne peut s'empêcher". */
function denies(tokens: readonly Token[], i: number): boolean {
  if (!NOT.has((tokens[i] as Token).key)) return false;
  return ![1, 2, 3, 4].some((k) => HELP.has(tokens[i + k]?.key ?? ''));
}

/** Crime pinned on a group as a habit: a group, a crime and a word of "every time". */
function crimePinned(tokens: readonly Token[], sentence: Int32Array, g: LexiconMatch): number {
  let crime = -1;
  let habit = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (sentence[i] !== sentence[g.first]) continue;
    const key = (tokens[i] as Token).key;
    if (VICTIM.has(key) || denies(tokens, i)) return -1;
    // The crime near the group, in a long sentence that names many things.
    if (CRIME.has(key) && Math.abs(i - g.first) <= CRIME_REACH) crime = i;
    if (EVERY_TIME_OPENS.has(key) && EVERY_TIME.some((keys) => keysAt(tokens, i, keys))) habit = i;
  }
  return crime >= 0 && habit >= 0 ? crime : -1;
}

const JEWS = keySet('juif juifs juive juives jew jews jewish sioniste sionistes zionist zionists');
const CONTROL = keySet(`
  run runs running control controls controlling controle controlent own owns dirigent dirige
  tiennent tient possedent possede tete strings ficeles behind derriere
`);
const COUNTED = keySet('many combien trop tant autant');
const INSTITUTIONS = keySet(`
  media medias banks banques finance hollywood government gouvernement presse press economy
  economie politics politique pouvoir power
`);
const WORLD = keySet('world monde');
const TROPE_REACH = 8;

/** Jews said to run, or counted in, the media, the banks, the government, the world. */
function controlTrope(tokens: readonly Token[], sentence: Int32Array, g: LexiconMatch): number {
  let jews = false;
  for (let i = g.first; i <= g.last; i++) jews ||= JEWS.has((tokens[i] as Token).key);
  if (!jews) return -1;
  const lo = Math.max(0, g.first - TROPE_REACH);
  const hi = Math.min(tokens.length - 1, g.last + TROPE_REACH);
  const within = (set: ReadonlySet<string>) => {
    for (let i = lo; i <= hi; i++) {
      if (sentence[i] === sentence[g.first] && set.has((tokens[i] as Token).key)) return i;
    }
    return -1;
  };
  for (let i = lo; i <= hi; i++) if (denies(tokens, i)) return -1;
  const place = within(INSTITUTIONS);
  if (within(CONTROL) >= 0 && (place >= 0 || within(WORLD) >= 0))
    return place >= 0 ? place : g.first;
  return within(COUNTED) >= 0 && place >= 0 ? place : -1;
}

const DECLINE: readonly string[][] = [
  'downhill',
  'went to hell',
  'gone to hell',
  'went to shit',
  'gone to the dogs',
  'went to the dogs',
  'ruined',
  'a coule',
  'declin',
  'degrade',
  "s'est degrade",
  'degringole',
  'plus pareil',
  'plus le meme',
  'plus la meme',
  'unsafe',
  'insecurite',
  'pourri',
].map(wordKeys);
const DECLINE_OPENS = new Set(DECLINE.map((keys) => keys[0] as string));
const SINCE = keySet("since once when after depuis qu' que quand apres");
const ARRIVED = keySet(`
  moved arrived came showed got arive arives arivees installes installe venus venues debarque
  debarques arivee
`);
const ARRIVAL_REACH = 5;

/** A place in decline since a group arrived: "… went downhill once the … moved in". */
function declineSince(tokens: readonly Token[], sentence: Int32Array, g: LexiconMatch): number {
  const same = (i: number) => sentence[i] === sentence[g.first];
  let since = false;
  for (let i = g.first - 1; i >= Math.max(0, g.first - 3) && same(i); i--) {
    if (SINCE.has((tokens[i] as Token).key)) since = true;
  }
  let arrived = false;
  for (let i = g.last + 1; i <= g.last + ARRIVAL_REACH && i < tokens.length && same(i); i++) {
    if (ARRIVED.has((tokens[i] as Token).key)) arrived = true;
  }
  // "depuis l'arrivée des …", "since the arrival of …".
  const arrival = [2, 3, 4].some((k) => ARRIVED.has(tokens[g.first - k]?.key ?? ''));
  if (!((since && arrived) || arrival)) return -1;
  let decline = -1;
  for (let i = 0; i < tokens.length && decline < 0; i++) {
    const key = (tokens[i] as Token).key;
    if (same(i) && DECLINE_OPENS.has(key) && DECLINE.some((keys) => keysAt(tokens, i, keys))) {
      decline = i;
    }
  }
  if (decline < 0) return -1;
  // A negation right before is the decline's own: "n'est plus le même".
  for (let i = 0; i < tokens.length; i++) {
    if (same(i) && (i < decline - 2 || i > decline) && denies(tokens, i)) return -1;
  }
  return decline;
}

const CHILDREN = keySet('children kids enfants gosses fils filles sons daughters');
const OUR = keySet('our my nos mes');
const LET = keySet('let allow laisse laisser laissons laise autorise autoriser keep garder gardez');
const KEEP = keySet('keep garder gardez');
const NEAR = keySet('near around approcher approchent pres autour away loin');
const IMPOSE = keySet(`
  impose imposer imposent imposing force forcer forcent forcing endoctriner endoctrinent
  indoctrinate indoctrinating indoctrinent recruit recruiting recruter recrutent push pushes
  pushing
`);
const CHILD_REACH = 10;

/** A group kept from "our" children, or imposing itself on them. */
function nearChildren(tokens: readonly Token[], sentence: Int32Array, g: LexiconMatch): number {
  const same = (i: number) => sentence[i] === sentence[g.first];
  let children = -1;
  for (let i = g.last + 1; i <= g.last + CHILD_REACH && i < tokens.length && same(i); i++) {
    const key = (tokens[i] as Token).key;
    if (denies(tokens, i)) return -1;
    if (CHILDREN.has(key) && OUR.has(tokens[i - 1]?.key ?? '')) children = i;
  }
  if (children < 0) return -1;
  const between = (set: ReadonlySet<string>) => {
    for (let i = g.last + 1; i < children; i++) if (set.has((tokens[i] as Token).key)) return i;
    return -1;
  };
  const imposed = between(IMPOSE);
  if (imposed >= 0) return imposed;
  // Letting the group near them is hostile asked ("since when do we let … near our kids?") or
  // refused ("never let … near our children"); "we should let … near our children's schools"
  // welcomes them.
  let allowed = -1;
  let refused = false;
  for (let i = g.first - 1; i >= Math.max(0, g.first - 4) && same(i); i--) {
    if (LET.has((tokens[i] as Token).key)) allowed = i;
    else if (allowed >= 0 && NOT.has((tokens[i] as Token).key)) refused = true;
  }
  if (allowed < 0 || between(NEAR) < 0) return -1;
  const kept = KEEP.has((tokens[allowed] as Token).key);
  return kept || refused || endsInQuestion(tokens, g.last) ? allowed : -1;
}

const READINGS = [crimePinned, controlTrope, declineSince, nearChildren];

export const insinuations: GroupReader = (tokens, matches, sentence, negated, reported) => {
  const out: Demeaned[] = [];
  for (const g of namedGroups(matches, reported)) {
    if (negated[g.first] === 1) continue;
    for (const read of READINGS) {
      const at = read(tokens, sentence, g);
      if (at >= 0 && reported[at] !== 1) {
        out.push({ group: g, by: { category: 'hostile', first: at, last: at } });
        break;
      }
    }
  }
  return out;
};
