import {
  FRENCH_GROUP_HARM_FUTURES,
  FRENCH_GROUP_HARM_PRESENTS,
  FRENCH_HARM_FORMS,
  FRENCH_HARM_FUTURES,
  FRENCH_HARM_PRESENTS,
  HARM_COMMAND,
  HARM_TENSE,
} from '../lexicon/french-tenses.ts';
import type { LexiconCategory, LexiconMatch } from '../lexicon/lexicon.ts';
import { clauseEndsAfter } from '../text/sentence.ts';
import { keySet, type Token, wordKeys } from '../text/tokenise.ts';
import { BODY, intendedByNorm, theirBody } from './harm-frames.ts';
import { atGame, offered, playful } from './harmless-threats.ts';

/**
 * Threats read from their parts when no listed phrase says them: a verb of harm, a marker of
 * intent before it (or the verb opening its sentence as a command), and the reader, a group or a
 * pronoun for people as its object (`readContext` in `context.ts` runs this).
 */

const INTENT_REACH = 4;
const OBJECT_REACH = 3;
// A group is often named after more words: "hurt every one of the …", "burn the houses of …".
const GROUP_OBJECT_REACH = 6;

const HARM_OBJECTS: ReadonlySet<LexiconCategory> = new Set(['second', 'identity', 'target']);
const SUBJECT_YOU = new Set(wordKeys('you u ya tu yourself yourselves'));
const PASSIVE = new Set(wordKeys('be been being get got getting etre'));
const YOURSELF = new Set(wordKeys('yourself yourselves'));
/**
 * "will be beaten", "get stabbed": "be" or "get" right before the verb, or before an adverb
 * before it; not "get yourself
 * killed", a warning, nor "get a shot", a noun.
 */
function passive(between: readonly Token[]): boolean {
  let k = between.length - 1;
  // One adverb may stand between: "you will be brutally beaten".
  if (k > 0 && /(ly|ment)$/.test((between[k] as Token).key)) k--;
  const be = between[k];
  return be !== undefined && PASSIVE.has(be.key) && !between.some((t) => YOURSELF.has(t.key));
}
// Harm a group undergoes as the subject, often named further back: "make sure every Muslim in
// this town suffers".
const UNDERGO = new Set(wordKeys('suffer suffers souffre souffrent'));
const UNDERGO_INTENT_REACH = 8;
const SEE = new Set(wordKeys('see voir watch regarder'));
const DESERVE = new Set(wordKeys('deserve deserves merite meritent meriteraient meriterait'));
// A possessive and a part of the body name who is harmed further on: "break every bone in your
// body" ("destroy every argument in your essay" harms no one).
const YOUR = new Set(wordKeys('your ton ta tes votre vos'));
function yourBody(tokens: readonly Token[], m: LexiconMatch): boolean {
  return YOUR.has((tokens[m.first] as Token).key) && BODY.has(tokens[m.last + 1]?.key ?? '');
}
const FROM = new Set(wordKeys("from of de du des d'"));
const GROUP_HARM_OBJECTS: ReadonlySet<LexiconCategory> = new Set(['second', 'identity']);
const GROUPS_ONLY: ReadonlySet<LexiconCategory> = new Set(['identity']);
const ABOUT = new Set(wordKeys('about with sur avec concerning featuring'));
// What a command of harm says before its group: "kill all …", "deport every …", "tuez tous les …".
const ALL_OF = new Set(
  wordKeys('all every each the these those this that tous toutes les ces ce cet cette chaque'),
);
const SPEAKER_DATIVE = new Set(wordKeys('moi me'));

const AND = new Set(wordKeys('and et'));
const CLITICS = new Set(wordKeys("les te t' vous"));
const JOINED_INTENT_REACH = 12;

// French tenses that say the act will be done, by the speaker: "on vous brûlera", "je te crève";
// plural commands: "tuez tous les …".
const PRESENTS = keySet([...FRENCH_HARM_PRESENTS, ...FRENCH_GROUP_HARM_PRESENTS].join(' '));
const FUTURES = keySet([...FRENCH_HARM_FUTURES, ...FRENCH_GROUP_HARM_FUTURES].join(' '));
// "arracher la tête" is a lexicon phrase; its present may be read in place as the infinitive.
const TEARING_NOW = keySet('arrache arracher');
const TEARING_LATER = keySet('arracherai arracherons arracherais');
const SPEAKER = keySet("je j' on");
const DYING = keySet('creve');
const WE_EN = keySet('we');
const WE_HARM = keySet(
  'kill shoot stab burn torch hang lynch gas slaughter exterminate murder butcher bomb behead bash',
);
const GO_OUT = keySet('go');
const WE = keySet('nous');
const OBJECT_CLITICS = keySet("te t' vous lui leur les");
const SPEAKER_REACH = 3;

/**
 * A harm verb whose form carries the intent, no marker before it: in French, the future or the
 * conditional with the speaker as subject a few words before ("on vous brûlera", "nous les
 * pendrons"; not "l'ignorance nous tuera"), or the present right after "je" and the object ("je te
 * crève", "je lui arrache la tête") or the speaker ("ce soir on gaze les …"); in English, the
 * present after "we" ("tonight we torch …").
 */
function intendedByTense(tokens: readonly Token[], at: number, sentence: Int32Array): boolean {
  const key = (tokens[at] as Token).key;
  // "Tonight we torch …", "the day we hang every last one of …": the present after "we".
  // Only verbs that harm whoever they fall on: "we find you", "we beat them" say other things.
  // "Tonight we go out and bash …": "we" and a verb of going, then "and".
  const weAt = AND.has(tokens[at - 1]?.key ?? '') ? at - 4 : at - 1;
  const went = weAt === at - 1 || GO_OUT.has(tokens[at - 3]?.key ?? '');
  if (went && WE_EN.has(tokens[weAt]?.key ?? '') && WE_HARM.has(key)) return true;
  if (PRESENTS.has(key) || TEARING_NOW.has(key)) {
    // "je te crève", or the speaker right before: "cette nuit on brûle le camp des …" ("je
    // crève" alone is dying of heat or of laughter, "je brûle d'impatience" longing).
    const clitic = OBJECT_CLITICS.has(tokens[at - 1]?.key ?? '');
    if (!clitic && (DYING.has(key) || FROM.has(tokens[at + 1]?.key ?? ''))) return false;
    const speaker = clitic ? at - 2 : at - 1;
    return SPEAKER.has(tokens[speaker]?.key ?? '') && sentence[speaker] === sentence[at];
  }
  if (!FUTURES.has(key) && !TEARING_LATER.has(key)) return false;
  const we = key.endsWith('ons');
  for (let i = at - 1; i >= Math.max(0, at - SPEAKER_REACH); i--) {
    const before = (tokens[i] as Token).key;
    if (sentence[i] === sentence[at] && (SPEAKER.has(before) || (we && WE.has(before)))) {
      return true;
    }
  }
  return false;
}

/** Conjugated verbs of harm no list names, said by the speaker: "on vous brûlera", "je te crève". */
function tenseVerbs(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const form = FRENCH_HARM_FORMS.get((tokens[i] as Token).key);
    if (form === undefined) continue;
    // A command in the plural ("Tuez tous les …") is read as a command where it opens a clause.
    const command = form >= HARM_COMMAND;
    if (command ? i > 0 && !clauseEndsAfter(tokens, i - 1) : i === 0) continue;
    if (!command && !intendedByTense(tokens, i, sentence)) continue;
    const harm = form === HARM_TENSE || form === HARM_COMMAND;
    if (
      matches.some((m) => m.first === i && (m.category === 'harm' || m.category === 'group-harm'))
    )
      continue;
    out.push({ category: harm ? 'harm' : 'group-harm', first: i, last: i });
  }
  return out;
}

/**
 * A harm verb with an intent marker shortly before it (or opening its sentence as a command) and
 * a second-person word or a group near it is a threat even when no listed phrase says so: "je
 * vais te défoncer", "I am going to find you", "kill all …".
 */
export function patternThreats(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  for (const verb of [...matches, ...tenseVerbs(tokens, matches, sentence)]) {
    if (verb.category !== 'harm' && verb.category !== 'group-harm') continue;
    // A verb with everyday objects threatens only the reader or a group, not "les" or "them".
    // A command opening its sentence ("kill all …") threatens only a group: "destroy them, team!"
    // cheers, "find your peace" soothes; "drowned", "burning" there are no command.
    const key = (tokens[verb.first] as Token).key;
    // "Virez-moi ces …", "son air, mon dieu, virez moi ce …": after a comma, and a "moi" between.
    const commandObject = SPEAKER_DATIVE.has(tokens[verb.last + 1]?.key ?? '') ? 2 : 1;
    const commands =
      (verb.first === 0 ||
        sentence[verb.first - 1] !== sentence[verb.first] ||
        clauseEndsAfter(tokens, verb.first - 1)) &&
      !/(ed|ing)$/.test(key) &&
      ALL_OF.has(tokens[verb.last + commandObject]?.key ?? '');
    const objects = commands
      ? GROUPS_ONLY
      : verb.category === 'harm'
        ? HARM_OBJECTS
        : GROUP_HARM_OBJECTS;
    const near = (m: LexiconMatch, before: number, after: number) =>
      sentence[m.first] === sentence[verb.first] &&
      m.last < verb.first + after + 1 &&
      m.first >= verb.first - before &&
      m !== verb;
    // An intent before the verb, or the verb opening its sentence as a command ("kill all …").
    const intent =
      commands ||
      intendedByTense(tokens, verb.first, sentence) ||
      intendedByNorm(tokens, verb.first, sentence) ||
      matches.some(
        // A wish to see, or harm a group undergoes, is counted from the intent's last word: "I
        // would love to see all … burn", "faire en sorte que chaque … de cette ville souffre".
        (m) =>
          m.category === 'intent' &&
          m.last < verb.first &&
          verb.first -
            (SEE.has((tokens[m.last] as Token).key) || UNDERGO.has(key) ? m.last : m.first) <=
            (UNDERGO.has(key) ? UNDERGO_INTENT_REACH : INTENT_REACH) &&
          sentence[m.first] === sentence[verb.first],
      );
    // A verb joined by "and" to one the intent governs: "someone should line up all the … and
    // shoot them", "je vais les attraper et les tuer".
    const joined =
      !intent &&
      (AND.has(tokens[verb.first - 1]?.key ?? '') ||
        (CLITICS.has(tokens[verb.first - 1]?.key ?? '') &&
          AND.has(tokens[verb.first - 2]?.key ?? ''))) &&
      matches.some(
        (m) =>
          m.category === 'intent' &&
          m.last < verb.first &&
          verb.first - m.first <= JOINED_INTENT_REACH &&
          sentence[m.first] === sentence[verb.first],
      );
    const subjectYou = (m: LexiconMatch) =>
      m.last < verb.first && SUBJECT_YOU.has((tokens[m.first] as Token).key);
    // A group said to deserve a passive harm: "les trans mériteraient d'être tabassés".
    const deservedBy = (m: LexiconMatch) =>
      m.category === 'identity' &&
      m.last < verb.first &&
      passive(tokens.slice(m.last + 1, verb.first)) &&
      tokens.slice(m.last + 1, verb.first).some((t) => DESERVE.has(t.key));
    // The target: the reader, a group, or a third person ("je vais les tuer", "kill them all").
    const object = matches.some(
      (m) =>
        objects.has(m.category) &&
        // "les" is a pronoun right before the verb ("les tuer"); anywhere else an article
        // ("traquer les bugs", "les antibiotiques vont noyer l'infection").
        ((tokens[m.first] as Token).key !== 'les' || m.last === verb.first - 1) &&
        // A group after "about / with / sur / avec" is what the act concerns, not its object:
        // "shoot a documentary about refugees".
        !(
          m.first > verb.last && tokens.slice(verb.last + 1, m.first).some((t) => ABOUT.has(t.key))
        ) &&
        // "you" or "tu" before the verb is who acts, not who is harmed ("you'll hang for it"),
        // unless the verb is passive ("you will be beaten"); then the intent may stand between
        // them ("you deserve to get beaten").
        !(subjectYou(m) && !passive(tokens.slice(m.last + 1, verb.first))) &&
        near(
          m,
          subjectYou(m) || deservedBy(m)
            ? OBJECT_REACH + INTENT_REACH
            : m.category === 'identity' && UNDERGO.has(key)
              ? GROUP_OBJECT_REACH
              : OBJECT_REACH,
          m.category === 'identity' || yourBody(tokens, m) ? GROUP_OBJECT_REACH : OBJECT_REACH,
        ),
    );
    const bodied = verb.category === 'harm' && theirBody(tokens, verb);
    // "Les femmes qui me refusent, je les frapperai": "les" takes up a group named before it.
    const resumed =
      (tokens[verb.first - 1]?.key ?? '') === 'les' &&
      matches.some(
        (m) =>
          m.category === 'identity' &&
          m.last < verb.first - 1 &&
          sentence[m.first] === sentence[verb.first],
      );
    // "No Muslim suffers from hunger": what is suffered from is no harm done.
    const sufferedFrom = UNDERGO.has(key) && FROM.has(tokens[verb.last + 1]?.key ?? '');
    const benign = playful(tokens, verb) || offered(tokens, verb) || atGame(tokens, verb);
    if ((intent || joined) && (object || bodied || resumed) && !sufferedFrom && !benign) {
      out.push(verb);
    }
  }
  return out;
}
