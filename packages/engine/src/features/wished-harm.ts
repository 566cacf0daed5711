import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { keyKinds, keySet, type Token } from '../text/tokenise.ts';

/**
 * Harm wished on someone: "j'espère qu'il va se faire défoncer", "pourvu qu'elle se fasse
 * agresser", "vivement qu'ils crèvent", "I hope he gets stabbed". A wish, then someone other than
 * the speaker who undergoes a verb of harm ("se faire …", "gets …") or dies. Not a fear
 * ("j'espère qu'il ne va pas se faire agresser"), nor the speaker's own lot ("j'espère que je vais
 * pas me faire défoncer au boss"), nor harm someone does ("j'espère qu'il va tuer ce boss").
 */

// "espère que", "pourvu qu'", "vivement que", "souhaite que"; "hope", "hopefully".
const WISH_FR = 'espere esperons souhaite souhaitons pourvu vivement';
const THAT_FR = keySet("que qu'");
const WISH_EN = 'hope hoping hopefully';
// The harm falls on the subject: "se faire …", "se fasse …", "gets …", "be …".
const UNDERGOES = keySet('faire fase fasent fais fait get gets getting be');
// Verbs of harm read only when undergone: "se faire éclater" is a beating, "éclater" alone a burst.
const UNDERGONE = keySet('eclater exploser demolir degommer allumer niquer');
// Dying needs no one to do it: "j'espère qu'il va crever", "hope they all die".
const DYING = keySet('crever creve crevent creves mourir meure meurent die dies rot pourir');
// "mourir de rire", "die laughing", "crever de chaud": dying as a figure.
const FIGURES = keySet('rire laughing laughter honte ennui chaud froid faim envie');
const OF = keySet('de of');
// The speaker, or a thing: "j'espère que ça va crever l'écran", "I hope it dies".
const NOT_SOMEONE = keySet("je j' me m' moi nous i we us myself it ca cela");
// A demonstrative names someone only before a word for a person: "that guy", "that clown", not
// "this trend".
const DEMONSTRATIVES = keySet('this that ce cette cet');
const PEOPLE: ReadonlySet<string> = new Set(['person', 'identity', 'target']);
const CALLED: ReadonlySet<string> = new Set(['insult', 'slur']);
const NEGATIONS = keySet("ne n' pas not never jamais dont doesnt wont isnt");
// How far the verb may follow the wish: "j'espère d'autant plus qu'il va se faire éclater".
const REACH = 8;

function harmAt(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  at: number,
): LexiconMatch | null {
  const key = (tokens[at] as Token).key;
  const undergone = UNDERGOES.has(tokens[at - 1]?.key ?? '');
  if (DYING.has(key)) {
    const next = tokens[at + 1]?.key ?? '';
    const figure = FIGURES.has(next) || (OF.has(next) && FIGURES.has(tokens[at + 2]?.key ?? ''));
    return figure ? null : { category: 'threat', first: at, last: at };
  }
  if (!undergone) return null;
  if (UNDERGONE.has(key)) return { category: 'threat', first: at, last: at };
  const verb = matches.find(
    (m) => m.first === at && (m.category === 'harm' || m.category === 'group-harm'),
  );
  return verb === undefined ? null : { category: 'threat', first: verb.first, last: verb.last };
}

/**
 * Whether the word after the demonstrative at `at` names someone: a word for a person, or an
 * insult whose verb follows it ("that clown gets …", not "this shitty phone dies").
 */
function namesSomeoneAfter(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  at: number,
): boolean {
  return matches.some((m) => {
    if (m.first !== at + 1) return false;
    if (PEOPLE.has(m.category)) return true;
    const verb = tokens[m.last + 1]?.key ?? '';
    return CALLED.has(m.category) && (UNDERGOES.has(verb) || DYING.has(verb));
  });
}

/** The verb of harm wished on someone by the wish at `w`, as a match of category 'threat'. */
function wishAt(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  w: number,
  french: boolean,
): LexiconMatch | null {
  let from = w + 1;
  if (french) {
    // "espère d'autant plus qu'il …": the "que" may come a few words on.
    while (from < tokens.length && from <= w + 4 && !THAT_FR.has((tokens[from] as Token).key))
      from++;
    if (!THAT_FR.has(tokens[from]?.key ?? '')) return null;
    from++;
  }
  for (let i = from; i < tokens.length && i <= from + REACH; i++) {
    const t = tokens[i] as Token;
    if (sentence[i] !== sentence[w] || t.kind === 'punct') return null;
    if (NOT_SOMEONE.has(t.key) || NEGATIONS.has(t.key)) return null;
    if (DEMONSTRATIVES.has(t.key) && !namesSomeoneAfter(tokens, matches, i)) return null;
    const harm = harmAt(tokens, matches, i);
    if (harm !== null) return harm;
  }
  return null;
}

// "seront", "vont être", "will be": what is foretold to be done to someone.
const FUTURE_BE = 'seront sera serez seras will shall';
const BE = keySet('etre be');
const GOING = 'vont va';
const SPEAKER_BEFORE = keySet("we nous on je j' i");
const ALL = keySet('tous toutes all every one of them');
// Participles of putting to death, said only of the living: "seront pendus", "will be gassed"
// ("les bâtiments seront détruits" destroys a thing; photos are shot, trees "abattus", works
// "exécutés").
const PUT_TO_DEATH = keySet(`
  pendu pendus pendue pendues fusille fusilles fusillee fusillees deporte deportes deportee
  deportees extermine extermines exterminee exterminees gaze gazes gazee gazees crucifie crucifies
  crucifiee crucifiees egorge egorges egorgee egorgees lynche lynches lynchee lynchees massacre
  massacres massacree massacrees guillotine guillotines vitrifie vitrifies atomise atomises
  hanged deported exterminated gassed crucified lynched slaughtered massacred butchered beheaded
`);

/**
 * Death foretold for people after "seront" / "will" at `i` (`going`: "vont" or "va" before
 * "être"): "ils seront tous déportés", "les traîtres seront pendus", "they will all be gassed".
 * Not negated ("ils ne seront pas expulsés"), not foretold to the speaker ("or we'll all be
 * slaughtered": a fear), and not of things: only verbs of putting to death are read.
 */
function foretoldAt(
  tokens: readonly Token[],
  sentence: Int32Array,
  i: number,
  going: boolean,
): LexiconMatch | null {
  if (going && !BE.has(tokens[i + 1]?.key ?? '')) return null;
  const before = tokens[i - 1]?.key ?? '';
  if (SPEAKER_BEFORE.has(before) || NEGATIONS.has(before)) return null;
  let at = going ? i + 2 : i + 1;
  if (NEGATIONS.has(tokens[at]?.key ?? '')) return null;
  // "will all be gassed", "seront tous déportés".
  while (at < i + 6 && (ALL.has(tokens[at]?.key ?? '') || BE.has(tokens[at]?.key ?? ''))) at++;
  if (!PUT_TO_DEATH.has(tokens[at]?.key ?? '') || sentence[at] !== sentence[i]) return null;
  return { category: 'threat', first: at, last: at };
}

// What opens a reading, by kind: one lookup per word, most words open none.
const WISH_FR_OPENS = 1;
const WISH_EN_OPENS = 2;
const FUTURE_OPENS = 3;
const GOING_OPENS = 4;
const OPENERS = keyKinds([
  [WISH_FR, WISH_FR_OPENS],
  [WISH_EN, WISH_EN_OPENS],
  [FUTURE_BE, FUTURE_OPENS],
  [GOING, GOING_OPENS],
]);
const NONE: readonly LexiconMatch[] = [];

/**
 * Harm wished on someone other than the speaker, and death foretold for people, as matches of
 * category 'threat'.
 */
export function wishedOrForetold(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
): readonly LexiconMatch[] {
  let out: LexiconMatch[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const opens = OPENERS.get((tokens[i] as Token).key);
    if (opens === undefined) continue;
    const found =
      opens === WISH_FR_OPENS || opens === WISH_EN_OPENS
        ? wishAt(tokens, matches, sentence, i, opens === WISH_FR_OPENS)
        : foretoldAt(tokens, sentence, i, opens === GOING_OPENS);
    if (found === null) continue;
    out ??= [];
    out.push(found);
  }
  return out ?? NONE;
}
