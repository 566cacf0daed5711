import type { LexiconCategory, LexiconMatch } from '../lexicon/lexicon.ts';
import { plainKey } from '../lexicon/mask-index.ts';
import { clauseEndsAfter } from '../text/sentence.ts';
import { type Token, wordKeys } from '../text/tokenise.ts';
import {
  closingExclamation,
  EXCLAMATIONS,
  exclaimed,
  interjected,
  SWEARING,
} from './exclamations.ts';

/**
 * Weight kept by an insult or swear word that aims at no one: a sentence with an impersonal or
 * first-person opener and no person in it ("ce match était nul", "merde, j'ai raté le bus").
 * A quarter, not a half: at a half, "Fuck, I missed the bus again" still scored 0.96 and "I hate
 * broccoli, it is disgusting" 0.99 (ADR 0018, sixth round).
 */
export const UNAIMED = 0.25;
/**
 * An insult used as a noun for someone left unnamed ("what a moron", "un vrai connard") keeps
 * half: it is aimed at a person, only not at one the sentence names.
 */
export const UNAIMED_NOUN = 0.5;
/** Weight kept by a swear word said as an interjection before the sentence it opens. */
export const INTERJECTED = 0.1;
const SPEAKER: ReadonlySet<string> = new Set(wordKeys("me moi m'"));
// Words of contempt for a person, mostly for women ("an army of hoes"): never venting.
const NAMES_PEOPLE: ReadonlySet<string> = new Set(
  wordKeys(
    'hoe hoes ho hos slut sluts whore whores cunt cunts twat twats salope salopes pute putes poufiasse poufiasses chienne chiennes',
  ),
);
// Words that make a sentence about someone: with one of them, an insult keeps its full weight.
const PERSONAL: ReadonlySet<LexiconCategory> = new Set([
  'second',
  'person',
  'identity',
  'target',
  'intent',
  'threat',
  'harm',
  'dismissal',
]);
// Hurtful words whose weight depends on whether someone is there to be hurt.
const VENTING: ReadonlySet<LexiconCategory> = new Set(['insult', 'profanity', 'hostile']);

// Words after which "les" is a pronoun standing for people ("je vais les", "on les", "il faut
// les"); after anything else it is an article ("je déteste les lundis").
const CLITIC_HOSTS: ReadonlySet<string> = new Set([
  ...wordKeys(
    'je tu il elle on nous vous ils elles faut vais va vas allons allez vont veux veut voulons veulent peux peut pouvons peuvent dois doit devons doivent devrait devraient ne',
  ),
  "n'",
]);

// "toute" before an article is a determiner too: "toute la journée" ("à tous les deux" is people).
const ALL_OF = new Set(wordKeys('toute'));
const ARTICLES = new Set(wordKeys("le la les l' ces mes nos"));

/** "les" used as an article, not as a pronoun for people. */
function article(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (ALL_OF.has(t.key)) return ARTICLES.has(tokens[i + 1]?.key ?? '');
  if (t.key !== 'les') return false;
  const before = tokens[i - 1];
  return before === undefined || !CLITIC_HOSTS.has(before.key);
}

// An insult after these, with no noun after it, names someone: "what a moron", "entouré d'idiots",
// "that scum".
// (An elided "d'" is a token of its own, "d'", only inside text: written alone it reads "d".)
const INDEFINITE: ReadonlySet<string> = new Set([
  ...wordKeys(
    'a an un une des de quel quelle quels quelles such ce cet cette ces this that these those',
  ),
  "d'",
]);
// What may follow a noun for someone: a conjunction, or a verb it is the subject of ("that scum
// is…", "ce connard a…").
const JOINS: ReadonlySet<string> = new Set(
  wordKeys('and or et ou is was are were has had will should must est etait sont a ont va doit'),
);
// Words between the article and the insult ("un vrai connard", "a total idiot"); any other word
// there is the noun the insult qualifies ("quelle règle débile").
const INTENSIFIERS: ReadonlySet<string> = new Set(
  wordKeys(
    'vrai vraie gros grosse sale pauvre sacre sacree petit petite real total complete absolute utter big little fucking',
  ),
);

/**
 * An insult used as a noun for a person ("what a moron", "un vrai connard", "a total idiot"), not
 * an adjective ("a stupid rule", "quelle règle débile"): an indefinite article before it, or
 * an article and an intensifier, and no noun after it.
 */
function namesSomeone(tokens: readonly Token[], m: LexiconMatch): boolean {
  // "une vraie merde", "a total shitshow": an exclamation names a thing, never a person.
  if (m.first === m.last && EXCLAMATIONS.has((tokens[m.first] as Token).key)) return false;
  const before = tokens[m.first - 1];
  const further = tokens[m.first - 2];
  const article =
    (before !== undefined && INDEFINITE.has(before.key)) ||
    (before !== undefined &&
      INTENSIFIERS.has(before.key) &&
      further !== undefined &&
      INDEFINITE.has(further.key));
  if (!article) return false;
  const after = tokens[m.last + 1];
  return (
    clauseEndsAfter(tokens, m.last) ||
    (after as Token).kind !== 'word' ||
    JOINS.has((after as Token).key)
  );
}

const THANK = new Set(wordKeys('thank merci'));
const OF_A = new Set(wordKeys('a an'));
const SOMEONE: ReadonlySet<LexiconCategory> = new Set(['person', 'identity', 'second', 'target']);
// People an insult may be said of after "of a", beyond the lexicon's words for a person.
const KIN = new Set(
  wordKeys(
    `sister brother mother father mum mom dad wife husband girlfriend boyfriend woman man teacher
    boss neighbour neighbor colleague friend child son daughter cousin aunt uncle human referee
    president minister streamer journalist cop mayor voisin voisine ministre president presidente
    prof professeur patron patronne chef collegue arbitre flic mec type meuf gars journaliste
    maire depute politicien frere soeur mere pere femme mari copain copine cousin cousine`,
  ),
);
const OF = new Set(wordKeys('de of'));

/** An insult followed by "de" / "of a" and a word for a person: "ce con de voisin". */
function ofAPerson(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (m.category !== 'insult' || !OF.has(tokens[m.last + 1]?.key ?? '')) return false;
  const at = OF_A.has(tokens[m.last + 2]?.key ?? '') ? m.last + 3 : m.last + 2;
  return KIN.has(tokens[at]?.key ?? '');
}

/**
 * An insult that qualifies the thing named after "of a": "that bitch of a printer", "a hell of a
 * game". Not a person: "that bitch of a sister" keeps its weight.
 */
function ofAThing(
  tokens: readonly Token[],
  m: LexiconMatch,
  matches: readonly LexiconMatch[],
): boolean {
  if (tokens[m.last + 1]?.key !== 'of' || !OF_A.has(tokens[m.last + 2]?.key ?? '')) return false;
  const noun = m.last + 3;
  if (tokens[noun]?.kind !== 'word' || KIN.has((tokens[noun] as Token).key)) return false;
  return !matches.some((o) => SOMEONE.has(o.category) && o.first <= noun && o.last >= noun);
}

const DEMONSTRATIVES = new Set(wordKeys('ce cet cette ces this that these those'));
const LIKE = new Set(wordKeys('comme like'));
const COPULAS = new Set(wordKeys('est etait sont etaient is was are were'));
const SELF = new Set([...wordKeys('je me moi i im'), "j'", "m'"]);

/** The clause around match `m`: its first and last tokens. */
function clauseOf(tokens: readonly Token[], m: LexiconMatch): [number, number] {
  let first = m.first;
  while (first > 0 && !clauseEndsAfter(tokens, first - 1)) first--;
  let last = m.last;
  while (!clauseEndsAfter(tokens, last)) last++;
  return [first, last];
}

/**
 * A clause that opens on a thing and names no one: 'thing' when a demonstrative and a noun of no
 * person open it ("cette série c'est une bouse"), 'impersonal' when another impersonal word does
 * ("c'est de la merde"), for a swear word only; null otherwise.
 */
export function thingClause(
  tokens: readonly Token[],
  m: LexiconMatch,
  matches: readonly LexiconMatch[],
): 'thing' | 'impersonal' | null {
  if (m.category !== 'profanity' && m.category !== 'insult') return null;
  const [first, last] = clauseOf(tokens, m);
  const named = namesThing(tokens, first, m.first);
  let opens = named;
  for (const o of matches) {
    if (o.first < first || o.last > last) continue;
    // "Les derniers épisodes sont des bouses": "les" is an article there.
    if (named && o.category === 'target' && article(tokens, o.first)) continue;
    if (PERSONAL.has(o.category)) return null;
    if (o.category === 'impersonal' && o.first === first) opens = true;
  }
  for (let i = first; i <= last; i++) if ((tokens[i] as Token).kind === 'user') return null;
  if (!opens) return null;
  const noun = tokens[first + 1];
  // The thing is the subject of a copula before the word ("ce film était nul", "this restaurant
  // is trash"), not an adjective of it ("that crazy bastard").
  let copula = false;
  for (let i = first + 2; i < m.first; i++) copula ||= COPULAS.has((tokens[i] as Token).key);
  const thing =
    named ||
    (DEMONSTRATIVES.has((tokens[first] as Token).key) &&
      noun !== undefined &&
      noun.kind === 'word' &&
      copula &&
      !KIN.has(noun.key));
  if (thing) return 'thing';
  // Without a thing named, only a word that swears and names no one ("merde", not "asshole").
  const swears = m.first === m.last && SWEARING.has((tokens[m.first] as Token).key);
  return m.category === 'profanity' && swears ? 'impersonal' : null;
}

// Things people criticise: media, games, software, devices, food, transport, the weather.
const THINGS = new Set(
  wordKeys(`
    film serie episode saison jeu jeux patch maj update version adaptation appli application app
    site serveur topic musique album chanson livre bouquin roman spectacle emission ordinateur
    ordi pc telephone portable voiture bagnole resto restaurant bouffe repas plat pizza burger
    cafe biere vin meteo trafic wifi connexion reseau logiciel programme interface graphisme
    scenario fin suite remake mise movie show season game website server song book phone
    computer laptop car food meal coffee beer weather traffic internet software graphic plot
    ending sequel
  `),
);
const THING_DETERMINERS = new Set([
  ...wordKeys(`le la les un une des mon ma mes ton ta tes son sa ses notre nos votre vos leur
    leurs the my your his her our their`),
  "l'",
]);
const ALL_THE = new Set(wordKeys('tous toutes tout toute all'));

/**
 * A clause whose subject names a thing people criticise, then a copula before the word at `end`:
 * "Les derniers épisodes de la série sont des bouses", "Mon ordinateur est une vraie poubelle".
 * Not when a word for a person stands in the subject ("le patron du resto est un con").
 */
function namesThing(tokens: readonly Token[], first: number, end: number): boolean {
  let i = first;
  if (ALL_THE.has(tokens[i]?.key ?? '')) i++;
  if (!THING_DETERMINERS.has(tokens[i]?.key ?? '')) return false;
  // The thing heads the subject, right after its determiner or one adjective ("les derniers
  // épisodes"): "les fans de la série" are people.
  const heads = (k: number) => {
    const key = tokens[k]?.key ?? '';
    return THINGS.has(key) || THINGS.has(plainKey(key));
  };
  if (!heads(i + 1) && !heads(i + 2)) return false;
  for (let k = i + 1; k < end; k++) {
    const key = (tokens[k] as Token).key;
    if (COPULAS.has(key)) return true;
    if (KIN.has(key) || KIN.has(plainKey(key))) return false;
  }
  return false;
}

/** An insult the speaker compares themself to: "je me suis fait avoir comme un con". */
function likeSelf(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (!OF_A.has(tokens[m.first - 1]?.key ?? '') && tokens[m.first - 1]?.key !== 'un') return false;
  if (!LIKE.has(tokens[m.first - 2]?.key ?? '')) return false;
  const [first] = clauseOf(tokens, m);
  for (let i = first; i < m.first - 2; i++) if (SELF.has((tokens[i] as Token).key)) return true;
  return false;
}

// "Je me suis fait défoncer", "I got wrecked": harm the speaker underwent, at a game or a boss.
const UNDERGO = new Set(wordKeys('fait got get'));
const FIRST_PERSON = new Set(wordKeys("me m' nous i je we on"));
function undergoneBySpeaker(tokens: readonly Token[], at: number): boolean {
  if (!UNDERGO.has(tokens[at - 1]?.key ?? '')) return false;
  for (let k = at - 2; k >= Math.max(0, at - 4); k--) {
    if (FIRST_PERSON.has((tokens[k] as Token).key)) return true;
  }
  return false;
}

/**
 * Insults and swear words in a sentence that names no person and opens impersonally or in the
 * first person keep UNAIMED of their weight: criticism of a thing, or venting, hurts no reader.
 * Also returns the damping as it was before (null when nothing was vented), which PROFANITY reads.
 */
export function markUnaimed(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  damping: Float32Array,
): { unaimed: LexiconMatch[]; beforeVenting: Float32Array | null } {
  const unaimed: LexiconMatch[] = [];
  // The damping as it was, copied only when venting changes it (most texts vent nothing).
  let beforeVenting: Float32Array | null = null;
  const personal = new Set<number>();
  // Sentences made personal by something other than a group's name: joy about a group
  // ("fuck yeah, I love Muslim food") cheers all the same.
  const aimedBeyondGroups = new Set<number>();
  const impersonal = new Set<number>();
  for (const m of matches) {
    if (m.category === 'target' && article(tokens, m.first)) continue;
    // Harm done to the speaker is a figure of speech: "this traffic is killing me", "ce boulot me
    // tue".
    if (m.category === 'harm') {
      // Undergone at a game or at work, the verb is a figure too: it keeps a quarter.
      const undergone = undergoneBySpeaker(tokens, m.first);
      if (undergone) {
        beforeVenting ??= damping.slice();
        for (let i = m.first; i <= m.last; i++) {
          damping[i] = Math.min(damping[i] as number, UNAIMED);
        }
      }
      const said =
        SPEAKER.has(tokens[m.last + 1]?.key ?? '') || SPEAKER.has(tokens[m.first - 1]?.key ?? '');
      if (undergone || said) continue;
    }
    // "thank you" thanks the reader, it aims nothing at them: "this shit is amazing, thank you".
    if (m.category === 'second' && THANK.has(tokens[m.first - 1]?.key ?? '')) continue;
    if (PERSONAL.has(m.category)) personal.add(sentence[m.first] as number);
    if (PERSONAL.has(m.category) && m.category !== 'identity') {
      aimedBeyondGroups.add(sentence[m.first] as number);
    }
    if (m.category === 'impersonal') impersonal.add(sentence[m.first] as number);
  }
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).kind !== 'user') continue;
    personal.add(sentence[i] as number);
    aimedBeyondGroups.add(sentence[i] as number);
  }
  const cheering = new Set<number>();
  const insulting = new Set<number>();
  for (const m of matches) {
    if (m.category === 'cheer') cheering.add(sentence[m.first] as number);
    if (m.category === 'insult' || m.category === 'hostile')
      insulting.add(sentence[m.first] as number);
  }
  for (const m of matches) {
    const s = sentence[m.first] as number;
    if (!VENTING.has(m.category)) continue;
    // "ce bouffon de ministre", "that idiot of a neighbour": said of the person named after it.
    if (ofAPerson(tokens, m)) continue;
    // A clause of its own about a thing ("Ce patch c'est de la merde, ils ont tout cassé"): the
    // people of another clause are not who the word is said of.
    const ownClause = thingClause(tokens, m, matches);
    if (aimedBeyondGroups.has(s) && ownClause === null) continue;
    const joyAboutGroup =
      personal.has(s) && m.category === 'profanity' && cheering.has(s) && !insulting.has(s);
    if (personal.has(s) && !joyAboutGroup && ownClause === null) continue;
    // A word for a person said in contempt is aimed at someone, whatever surrounds it (a word
    // already softened, by a negation or a report, is read as before).
    const contempt = m.first === m.last && NAMES_PEOPLE.has((tokens[m.first] as Token).key);
    if (contempt && damping[m.first] === 1) continue;
    // A swear word among words of joy, aimed at no one, cheers, whatever the sentence opens with.
    const cheer = m.category === 'profanity' && cheering.has(s);
    // A swear word in a sentence with no insult and no one in it vents, whatever it opens with:
    // "so fucking tired today" ("fucking idiot" keeps its insult, and the swear word with it).
    const alone =
      m.category === 'profanity' &&
      !insulting.has(s) &&
      m.first === m.last &&
      SWEARING.has((tokens[m.first] as Token).key);
    // Said of a thing named before it, or of oneself ("comme un con"), the word only intensifies.
    const thing = ofAThing(tokens, m, matches) || ownClause === 'thing' || likeSelf(tokens, m);
    if (
      !cheer &&
      !alone &&
      !thing &&
      ownClause === null &&
      !impersonal.has(s) &&
      !exclaimed(tokens, m)
    )
      continue;

    // Said of a thing after "of a", the word only intensifies, as an interjection does.
    const kept =
      interjected(tokens, m, matches) || thing || closingExclamation(tokens, m)
        ? INTERJECTED
        : !cheer && namesSomeone(tokens, m)
          ? UNAIMED_NOUN
          : UNAIMED;
    beforeVenting ??= damping.slice();
    for (let i = m.first; i <= m.last; i++) damping[i] = Math.min(damping[i] as number, kept);
    unaimed.push(m);
  }
  return { unaimed, beforeVenting };
}
