import { MORE_AROUND } from '../lexicon/frames.data.ts';
import { AROUND } from '../lexicon/implicit.data.ts';
import type { LexiconCategory, LexiconMatch } from '../lexicon/lexicon.ts';
import { clauseEndsAfter, endsInQuestion, keysAt } from '../text/sentence.ts';
import { keySet, type Token, wordKeys } from '../text/tokenise.ts';
import { affirmsGender } from './gender-denial.ts';

/**
 * What a sentence says of a group it names. Hate about a group rarely needs a slur: "les Roms
 * sont malhonnêtes", "I can't stand Muslims", "Les trans ? Ils sont tous pourris". The model sees
 * the words but not that they are said of the group (group names are hidden from most heads, so
 * that a group's name alone is never toxic), and the labelled sets hold few such sentences.
 *
 * Three shapes are read, in one sentence unless said otherwise:
 * - the group, then within SUBJECT_REACH words something demeaning said of it: a pejorative
 *   word, an insult, a dehumanising word, a slur, a hostile phrase, or a verb of disgust
 *   ("les juifs me dégoûtent");
 * - loathing, then the group within OBJECT_REACH words ("je méprise les …", "too many …"), or a
 *   frame of blame, then the group within BLAME_REACH ("c'est la faute des …");
 * - a group named, then "ils/elles/they" at the start of the next sentence with something
 *   demeaning after it ("Les trans ? Ils sont pourris").
 * The demeaning word must not be negated, quoted, reported or softened, and nothing that makes
 * the group the one harmed ("victims of", "accused of", "seen as") may stand between.
 */

const SUBJECT_REACH = 6;
const OBJECT_REACH = 4;

// Said of the group as its subject, with no copula needed: verbs, threats, slurs, hostile phrases.
const DEMEANING_VERBS: ReadonlySet<LexiconCategory> = new Set([
  'pejorative-verb',
  'threat',
  'slur',
  'hostile',
]);
// Adjectives and nouns: only after a copula ("les X sont sales"), so that "les femmes sortent les
// poubelles" or "refugees take dangerous routes" say nothing of the group.
const DEMEANING_WORDS: ReadonlySet<LexiconCategory> = new Set([
  'pejorative',
  'insult',
  'dehumanising',
]);
const COPULAS = keySet(`
  sont est etaient etait seront sera restent reste deviennent devient semblent semble resteront restera
  are is were was be been being remain remains become becomes seem seems look looks like comme
  que but tous all servent sert
`);
// Passive phrases carry their own copula: "devraient être exterminés", "should be executed"; so
// do predicates the lexicon lists with theirs, where the word alone is another ("sont sales",
// "comme des cochons", "are property").
const OWN_COPULA = keySet('etre be sont comme are');
// Loathing said with the group as subject: "ils me dégoûtent", "they disgust me".
const SUBJECT_LOATHING = keySet(`
  degoute degoutent repugne repugnent ecoeure ecoeurent horripile horripilent font fait
  disgust disgusts repel repels repulse repulses horrify horrifies sicken sickens donnent donne
  make makes
`);
// Words after which the group is the one harmed, compared, or someone else's view of it.
const TURNS = keySet(`
  victim victims victime victimes face faced facing subissent subit suffer suffers against
  contre by par from targeted cibles ciblees called appeles appelees traites traitees treated
  seen vus vues considered consideres considerees described decrits portrayed accused accuses
  accusees labelled labeled blamed less moins rarely rarement protect proteger defend defendre
  about sur afraid fear fears peur risk risque risquent
`);
// Words that take up a group named just before: "ils", "they", "quelle bande de…", "these…".
const PRONOUNS = keySet("ils elles they quelle quel what ces these those ce c'");
const ELISIONS = keySet("qu'");
const ARTICLES = keySet('les the des ces those these');
const EXCLAIMS = keySet('quelle quel what');
const SUBJECTS = keySet('ils elles they');
const CROWDS = keySet('gens people folks');
const INVERSIONS = keySet('are is were was sont est do does');

const POINTED = keySet('ces these those you such ce cette');
const LIKE = keySet('like comme');
const LINKS = keySet('and et but mais because car parce since puisque so donc');

// "I hate the way refugees are treated": what is loathed is how the group is treated, said by a
// word of manner between the loathing and the group and a verb of treatment beside the group
// ("I hate how Muslims always lie" still loathes the group).
const THE_WAY = new Set(wordKeys('way how manner facon maniere dont'));
const TREATED = new Set(
  wordKeys(
    'treated treat treating portrayed depicted described shown seen talked spoken welcomed housed traite traites traitee traitees traiter traitent decrits decrites montres montrees accueillis accueillies presentes presentees loges',
  ),
);
const TREATMENT_REACH = 3;

/**
 * Whether the words between `from` and `to` (exclusive) say "the way" and a verb of treatment
 * stands within TREATMENT_REACH of the group at [groupFirst, groupLast].
 */
export function aboutTreatment(
  tokens: readonly Token[],
  from: number,
  to: number,
  groupFirst: number,
  groupLast: number,
): boolean {
  if (!tokens.slice(from, to).some((t) => THE_WAY.has(t.key))) return false;
  const start = Math.max(0, groupFirst - TREATMENT_REACH);
  const end = Math.min(tokens.length, groupLast + TREATMENT_REACH + 1);
  return tokens.slice(start, end).some((t) => TREATED.has(t.key));
}
const ONLY = keySet("que qu' but only");
const OWN_NEGATION = keySet('pas jamais never not');
// How far after a frame of blame its group may start: "the problem is the Jews".
const BLAME_REACH = 2;
// What may follow a blamed group: its clause ends, or a link goes on ("… des immigrés si tout va
// mal", "… les juifs ici"). Any other word makes the group a qualifier ("typical Jewish food").
const BLAMED_ENDS = keySet(`
  and or et ou are is were was sont est etaient etait qui who that si if here ici again encore
  because parce car qu' in into near around dans chez behaviour behavior behaviours comportement
  comportements attitude
`);

// How far after a group a loathing that takes it up with a pronoun may come.
const TAKEN_UP_REACH = 8;
const TAKEN_UP = keySet('les them');

/** A loathing phrase holding a pronoun for its object ("peux pas les voir", "hate them"). */
function takesUp(tokens: readonly Token[], l: LexiconMatch): boolean {
  for (let i = l.first; i <= l.last; i++) if (TAKEN_UP.has((tokens[i] as Token).key)) return true;
  return false;
}

function demeaning(
  m: LexiconMatch,
  copula: boolean,
  tokens: readonly Token[],
  negated: Uint8Array,
  reported: Uint8Array,
  damping: Float32Array,
): boolean {
  if (negated[m.first] === 1 || reported[m.first] === 1 || (damping[m.first] ?? 1) < 1) {
    return false;
  }
  if (DEMEANING_VERBS.has(m.category)) return true;
  const key = (tokens[m.first] as Token).key;
  if (DEMEANING_WORDS.has(m.category)) return copula || OWN_COPULA.has(key);
  return m.category === 'loathing' && SUBJECT_LOATHING.has(key);
}

const FRAMES = [...AROUND, ...MORE_AROUND].map((f) => {
  const [before = '', after = ''] = f.split('…');
  return { before: wordKeys(before), after: wordKeys(after), ends: after.trim().endsWith('$') };
});

const PEOPLE_AFTER = keySet('people folks persons gens personnes teens teenagers kids families');

/** The frame around group `g` ("keep … away"), as a match on its first words, or null. */
function framed(
  tokens: readonly Token[],
  g: LexiconMatch,
  negated: Uint8Array,
  reported: Uint8Array,
): LexiconMatch | null {
  // "people" after a group's name belongs to it: "let trans people near".
  const last = PEOPLE_AFTER.has(tokens[g.last + 1]?.key ?? '') ? g.last + 1 : g.last;
  for (const { before, after, ends } of FRAMES) {
    if (after.length > 0 ? !keysAt(tokens, last + 1, after) : !clauseEndsAfter(tokens, last))
      continue;
    if (ends && !clauseEndsAfter(tokens, last + after.length)) continue;
    // A frame that opens on the group ("… dehors", "… place is in the kitchen") is its words after.
    if (before.length === 0) {
      if (after.length === 0 || reported[g.last + 1] === 1) continue;
      return { category: 'hostile', first: last + 1, last: last + after.length };
    }
    // The frame's words end right before the group, or one word before ("the", "des").
    for (const gap of [0, 1]) {
      const start = g.first - gap - before.length;
      if (!keysAt(tokens, start, before) || reported[start] === 1) continue;
      const own = before.some((k) => OWN_NEGATION.has(k) || k === "don't" || k === "won't");
      if (negated[start] === 1 && !own) continue;
      return { category: 'hostile', first: start, last: g.first - gap - 1 };
    }
  }
  return null;
}

/** Whether the group is all its sentence says ("Les immigrés ?", "Muslims."), an article aside. */
function alone(tokens: readonly Token[], g: LexiconMatch): boolean {
  const opens = g.first === 0 || (g.first === 1 && ARTICLES.has((tokens[0] as Token).key));
  return opens && (tokens[g.last + 1]?.kind ?? 'punct') === 'punct';
}

/** A group demeaned, and the words that demean it. */
export interface Demeaned {
  group: LexiconMatch;
  by: LexiconMatch;
}

/** A rule that reads what a sentence says of the groups it names (context.ts runs each). */
export type GroupReader = (
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  negated: Uint8Array,
  reported: Uint8Array,
) => Demeaned[];

/**
 * The groups a text names, not inside quotation or reported speech: by a group's name, or by a
 * slur in the plural ("no dykes allowed", "pas de gouines ici"), which names the group too.
 */
export function namedGroups(
  matches: readonly LexiconMatch[],
  reported: Uint8Array,
  slurs?: { tokens: readonly Token[]; used: (i: number) => boolean },
): LexiconMatch[] {
  return matches.filter(
    (m) =>
      reported[m.first] !== 1 &&
      (m.category === 'identity' ||
        // A slur read in full: not a homonym in its everyday sense, nor said of oneself.
        (slurs !== undefined &&
          m.category === 'slur' &&
          m.first === m.last &&
          slurs.used(m.first) &&
          plural(slurs.tokens[m.last]))),
  );
}
const plural = (t: Token | undefined): boolean =>
  t !== undefined && t.key.length > 3 && (t.key.endsWith('s') || t.key.endsWith('x'));

/** The demeaning match from `from` on, before any turn and within reach, or null. */
function saysOf(
  from: number,
  bare: boolean,
  tokens: readonly Token[],
  byStart: ReadonlyMap<number, LexiconMatch[]>,
  sentence: Int32Array,
  negated: Uint8Array,
  reported: Uint8Array,
  damping: Float32Array,
): LexiconMatch | null {
  const s = sentence[from] ?? sentence[from - 1];
  let copula = bare;
  for (let i = from; i < from + SUBJECT_REACH && i < tokens.length; i++) {
    if (sentence[i] !== s) return null;
    const t = tokens[i] as Token;
    // A demeaning phrase may open with a word that turns elsewhere ("moins intelligents").
    for (const m of byStart.get(i) ?? []) {
      if (demeaning(m, copula, tokens, negated, reported, damping)) return m;
    }
    if (t.kind === 'word' && TURNS.has(t.key)) return null;
    if (t.kind === 'word' && COPULAS.has(t.key)) copula = true;
  }
  return null;
}

/** The group names a text demeans, with the words that do it (see the module comment). */
export function groupAttacks(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  negated: Uint8Array,
  reported: Uint8Array,
  damping: Float32Array,
  /** Whether a slur at this token is used, not a homonym nor said of oneself; none if absent. */
  slurUsed: (i: number) => boolean = () => false,
): Demeaned[] {
  const groups = namedGroups(matches, reported, { tokens, used: slurUsed });
  // "Ces gens sont des sous-hommes", "these people are subhuman": people unnamed, as a group.
  // "ces gens", "these people", "you people", "people like them", "disabled people"; not
  // "some people".
  const named = new Set(groups.map((g) => g.last));
  const crowds = matches.filter(
    (m) =>
      m.category === 'person' &&
      reported[m.first] !== 1 &&
      CROWDS.has((tokens[m.last] as Token).key) &&
      (POINTED.has(tokens[m.first - 1]?.key ?? '') ||
        LIKE.has(tokens[m.last + 1]?.key ?? '') ||
        named.has(m.first - 1)),
  );
  // "They are beasts, not humans": a pronoun with no group before it, and a dehumanising word.
  const bareSubjects: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (SUBJECTS.has(t.key) && (i === 0 || sentence[i - 1] !== sentence[i])) bareSubjects.push(i);
  }
  if (groups.length === 0 && crowds.length === 0 && bareSubjects.length === 0) return [];
  const byStart = new Map<number, LexiconMatch[]>();
  for (const m of matches) {
    const list = byStart.get(m.first);
    if (list === undefined) byStart.set(m.first, [m]);
    else list.push(m);
  }
  const out: Demeaned[] = [];
  const loathings = matches.filter((m) => m.category === 'loathing');
  const blames = matches.filter((m) => m.category === 'blame');
  const negations = matches.filter((m) => m.category === 'negation');
  const says = (from: number, bare = false) =>
    saysOf(from, bare, tokens, byStart, sentence, negated, reported, damping);
  for (const g of groups) {
    // "Why are Jews so greedy?", "pourquoi sont-ils…": the copula before the group in a question.
    const inverted =
      INVERSIONS.has(tokens[g.first - 1]?.key ?? '') && endsInQuestion(tokens, g.last);
    let by = says(g.last + 1, inverted);
    if (by !== null && affirmsGender(tokens, g, by)) by = null;
    // Loathing, then the group: "je hais les …", "nothing disgusts me more than …".
    for (const l of loathings) {
      if (by !== null) break;
      // The group alone as a topic, then the loathing: "Immigrants? I can't stand them."
      const next = sentence[l.first] === (sentence[g.first] as number) + 1;
      const topic = next && alone(tokens, g);
      // Or taken up by a pronoun in the next sentence: "I met Muslims today. I can't stand them."
      if (sentence[l.first] !== sentence[g.first] && !topic && !(next && takesUp(tokens, l))) {
        continue;
      }
      // Or the group first, taken up by a pronoun inside the loathing: "les Arabes, je ne peux
      // pas les voir", "Muslims, I can't stand them".
      const near = l.first - g.last <= TAKEN_UP_REACH || next;
      const after = l.first > g.last && near && takesUp(tokens, l);
      if (!after && (l.last >= g.first || g.first - l.last > OBJECT_REACH)) continue;
      // "I hate the way refugees are treated": what is loathed is how the group is treated.
      if (!after && aboutTreatment(tokens, l.last + 1, g.first, g.first, g.last)) continue;
      // "I can't stand them being treated like this": what is loathed is, again, the treatment.
      if (after && TREATED.has(tokens[l.last + 2]?.key ?? '')) continue;
      // "Nothing worse than racism against Black people": what is loathed is the racism.
      if (
        !after &&
        matches.some((c) => c.category === 'condemn' && c.first > l.last && c.last < g.first)
      )
        continue;
      const phrase = tokens.slice(l.first, l.last + 1).map((t) => t.key);
      const saysNot = phrase.some((k) => k === 'pas' || k === 'plus' || k === 't' || k === 'not');
      if (reported[l.first] === 1 || (negated[l.first] === 1 && !saysNot)) continue;
      // "Nobody should hate …": a negation shortly before denies the loathing.
      // ("Je n'ai que du mépris pour …": "ne … que" restricts, it does not deny.)
      const denied = negations.some(
        (n) =>
          sentence[n.first] === sentence[l.first] &&
          n.last < l.first &&
          l.first - n.last <= OBJECT_REACH &&
          !tokens.slice(n.last + 1, l.first + 1).some((t) => ONLY.has(t.key)),
      );
      if (denied && !saysNot) continue;
      by = l;
    }
    // Blame, then the group right after it: "c'est la faute des …", "never trust …".
    for (const b of blames) {
      if (by !== null) break;
      if (sentence[b.first] !== sentence[g.first] || b.last >= g.first) continue;
      if (g.first - b.last > BLAME_REACH) continue;
      if (!clauseEndsAfter(tokens, g.last) && !BLAMED_ENDS.has(tokens[g.last + 1]?.key ?? '')) {
        continue;
      }
      // A frame that holds its own negation ("je ne louerai jamais à des …") is not denied by it.
      const own = tokens.slice(b.first, b.last + 1).some((t) => OWN_NEGATION.has(t.key));
      if (reported[b.first] !== 1 && (negated[b.first] !== 1 || own)) by = b;
    }
    // A frame around the group: "keep … away", "pas de … ici".
    if (by === null) by = framed(tokens, g, negated, reported);
    // "Les trans ? Ils sont tous pourris.": a pronoun opening the next sentence or a later clause.
    for (let i = g.last + 1; by === null && i < tokens.length; i++) {
      if ((sentence[i] as number) > (sentence[g.last] as number) + 1) break;
      const t = tokens[i] as Token;
      const before = tokens[i - 1] as Token;
      const next = sentence[i] !== sentence[g.last];
      const opens =
        sentence[i - 1] !== sentence[i] || before.kind === 'punct' || ELISIONS.has(before.key);
      if (next && opens && PRONOUNS.has(t.key)) {
        // "Quelle bande de nuisibles.", "What a bunch of pests.": an exclamation needs no verb.
        // A phrase that opens on the elision holds the pronoun itself: "Qu'ils dégagent tous."
        by = says(i + 1, EXCLAIMS.has(t.key)) ?? (ELISIONS.has(before.key) ? says(i - 1) : null);
      } else if (next && sentence[i - 1] !== sentence[i] && alone(tokens, g)) {
        // The group alone as a topic, then what is said of it: "Gypsies? Hide your wallets."
        by = says(i, true);
      } else if (
        !next &&
        SUBJECTS.has(t.key) &&
        (before.kind === 'punct' || LINKS.has(before.key) || clauseEndsAfter(tokens, i - 1))
      ) {
        // "… les immigrés, et ils sont tous sales": a later clause of the same sentence.
        by = says(i + 1);
      }
    }
    if (by !== null) out.push({ group: g, by });
  }
  for (const c of crowds) {
    const by = says(c.last + 1);
    if (by !== null) out.push({ group: c, by });
  }
  for (const i of bareSubjects) {
    if (out.length > 0) break;
    const by = says(i + 1);
    if (by !== null && by.category === 'dehumanising') {
      out.push({ group: { category: 'person', first: i, last: i }, by });
    }
  }
  return out;
}
