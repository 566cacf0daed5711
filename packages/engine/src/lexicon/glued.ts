import { keySet, skeleton } from '../text/tokenise.ts';
import {
  GLUED_GROUP_MIN,
  LETTER_WORDS,
  type MaskIndex,
  marked,
  PIECE_MIN,
  plainKey,
  SHORT_WORDS,
  target,
  wordOf,
} from './mask-index.ts';

// Words that are also prefixes: glued before a word of no harm, they make a derived word
// ("unallowed", "maltraitent", "disarm", "prédisent").
const PREFIXES = new Set(['un', 'dis', 'mal', 'pre', 'non', 'anti', 'sur', 'over', 'out', 're']);
// Verbs a group's name may be glued to: "jewsare", "noirssont".
const VERBS = new Set(['are', 'were', 'have', 'sont', 'ont', 'etaient', 'me', 'make', 'font']);
// Words that open the object of a hurtful verb: "niqueles", "hatethe". As keys: "all" is "al".
const OBJECT_OPENERS = keySet('les des ces tous the all these those');
// A glued word is read as three words at most ("les femmes sont").
const MAX_GLUED = 3;
// The most frequent words ending in "s" or "x", which the lists hold without it ("dans" as
// "dan"): looked up as typed, so that a plural noun is not taken for them ("outs" for "out").
const FUNCTION_S = new Set([
  'dans',
  'sous',
  'vous',
  'nous',
  'plus',
  'tous',
  'sans',
  'mais',
  'aux',
  'eux',
  'ceux',
  'this',
  'was',
  'always',
]);
const functionWord = (index: MaskIndex, piece: string): boolean =>
  index.function.has(piece) || FUNCTION_S.has(piece);

/**
 * Splits a glued word into the words it was typed as, or returns null: up to three pieces, one
 * of them at least a word the readers look for (the target), everyday words before it, and
 * after it another target or one of the most frequent words when a word came before
 * ("youidiot", "espèce deconnard", "lesfemmessont", "notwelcome", "immigrantsdeserve"). Never an
 * everyday word itself ("assassin", "therapist"). A target followed by an everyday word with
 * nothing before it is left whole, as are two words of neither kind glued together: those are
 * mostly derived words ("stupidement", "idiotic", "accordent"). A letter, or two, before a
 * target only when the target is hurtful or a group's name ("amère" is not "a mère"), or long.
 * Keys have their doubled letters collapsed, so two words may share the letter at the seam
 * ("vraiimbécile" → "vraimbecile" → "vrai" + "imbecile"). When several readings fit, the longest
 * target wins ("les bienvenus", not "lesbien venus").
 */
export function splitGlued(index: MaskIndex, key: string): readonly string[] | null {
  const whole = plainKey(key);
  if (key.length < PIECE_MIN + 1 || index.common.has(whole) || wordOf(index, whole)) return null;
  let best: readonly string[] = [];
  let bestLength = 0;
  let bestTail = 0;
  const pieces: string[] = [];
  // kinds[k]: 0 a word before the target, 1 a target, 2 a frequent word after it.
  const kinds: number[] = [];
  const accept = (): void => {
    const first = kinds.indexOf(1);
    const targets = pieces.filter((_, k) => kinds[k] === 1);
    if (first < 0) return;
    // A group's name may open the glued word before a verb: "jewsare", "muslimsdisgustme"
    // (not "arabes que": "arabesque").
    const group = first === 0 && index.groups.has(plainKey(pieces[0] as string));
    const tail = pieces.filter((_, k) => kinds[k] === 2);
    // A hurtful word before a determiner is a verb and its object ("niqueles").
    // Typed in full, no letter shared at the seam ("connardes" is no "connard des").
    const whole = pieces.join('').length === key.length;
    const object = whole && tail.length === 1 && OBJECT_OPENERS.has(tail[0] as string);
    const opens = group
      ? tail.every((p) => VERBS.has(p))
      : object && marked(index, pieces[0] as string);
    if (kinds.includes(2) && first === 0 && !opens) return;
    if (targets.length > 1 && !targets.some((t) => marked(index, t))) return;
    // A glued word that opens on a group's name and goes on with a short word of no harm is one
    // word with its ending: "trans" + "pire" ("lesfemmespuent" opens on "les", "dickface" on an
    // insult).
    const ending = (t: string, k: number) => k > 0 && !marked(index, t) && plainKey(t).length < 6;
    if (first === 0 && index.groups.has(plainKey(pieces[0] as string)) && targets.some(ending))
      return;
    const goal = pieces[first] as string;
    // Everyday words glued before a word of no harm need more proof than before an insult:
    // only the most frequent words, no prefix, and a target of six letters at least ("pré
    // disent" and "accor dent" are verbs, "a mère" is "amère", "mal traitent" "maltraitent").
    const weak = !marked(index, goal);
    if (weak && first > 0 && plainKey(goal).length < 6) return;
    let leads = 0;
    for (let k = 0; k < first; k++) {
      const p = pieces[k] as string;
      // A group's name before "people" or "gens" reads as the group ("gaypeople").
      const everyday = p.length >= 3 && !index.function.has(p) && !index.groups.has(plainKey(p));
      if (weak && (p.length === 1 || PREFIXES.has(p) || (everyday && p.length < 4))) return;
      if (weak && p.length === 2 && goal.length < 6) return;
      // A rarer word before the target needs a longer target ("touc hait" is "touchait").
      if (everyday && plainKey(goal).length < 5) return;
      if (everyday) leads++;
    }
    // Two words before the target only if the first is a word of its own ("mécanique" is not
    // "me can nique"), and one everyday word at most ("mec a nique").
    if (leads > 1 || (first > 1 && (leads > 0 || (pieces[0] as string).length < 3))) return;
    // A frequent word after the target only after a long one ("ma arab out" is "marabout").
    if (kinds.includes(2) && goal.length < 5 && !group) return;
    const longest = Math.max(...targets.map((t) => t.length));
    // Between readings as long and in as many words, the one whose words after the target are
    // longer, sharing the letter at the seam: the doubled letter was folded ("lesfemmessont" is
    // "les femmes sont", not "… ont").
    const tailLetters = tail.join('').length;
    if (
      longest > bestLength ||
      (longest === bestLength &&
        (pieces.length < best.length || (pieces.length === best.length && tailLetters > bestTail)))
    ) {
      best = [...pieces];
      bestLength = longest;
      bestTail = tailLetters;
    }
  };
  const search = (from: number): void => {
    if (from === key.length) {
      if (pieces.length >= 2) accept();
      return;
    }
    if (pieces.length === MAX_GLUED) return;
    const previous = pieces[pieces.length - 1];
    const afterTarget = kinds.includes(1);
    // The seam letter may be shared only between two real words, not a letter and a word.
    const starts = previous !== undefined && previous.length >= 2 ? [from, from - 1] : [from];
    for (const start of starts) {
      for (let end = from + 1; end <= key.length; end++) {
        const piece = key.slice(start, end);
        pieces.push(piece);
        if (target(index, piece)) {
          kinds.push(1);
          search(end);
          kinds.pop();
        }
        const kind = afterTarget
          ? piece.length >= 3 && functionWord(index, piece)
            ? 2
            : commonAfterGroup(index, pieces, kinds, piece, end === key.length)
              ? 3
              : -1
          : (pieces.length === 1 && (piece.length === 1 ? LETTER_WORDS : SHORT_WORDS).has(piece)) ||
              (piece.length >= 3 && index.frequent.has(plainKey(piece))) ||
              (piece.length >= 3 && index.groups.has(plainKey(piece)))
            ? 0
            : -1;
        if (kind >= 0 && end < key.length + (kind >= 2 ? 1 : 0)) {
          kinds.push(kind);
          search(end);
          kinds.pop();
        }
        pieces.pop();
      }
    }
  };
  search(0);
  return bestLength > 0 ? best : null;
}

// An everyday word of this many letters may follow a group's name it is glued to.
const COMMON_AFTER_GROUP_MIN = 5;
// Colours and prefixes open compounds of their own ("blackboard", "blacksmith", "transporting",
// "transracial", "homosexual").
const COMPOUND_OPENERS = new Set(
  [...keySet('black blacks white whites noir noirs blanc blancs trans homo homos bi')].map(
    plainKey,
  ),
);
/**
 * Whether `piece` is an everyday word that may end a glued word opened by a group's name alone:
 * "womenyesterday", "muslimsstink" (the seam's letter shared). Five letters at least, so that a
 * name's derived words stay whole ("arabesque"), and never after a colour or a prefix.
 */
function commonAfterGroup(
  index: MaskIndex,
  pieces: readonly string[],
  kinds: readonly number[],
  piece: string,
  last: boolean,
): boolean {
  return (
    last &&
    pieces.length === 2 &&
    kinds[0] === 1 &&
    index.groups.has(plainKey(pieces[0] as string)) &&
    !COMPOUND_OPENERS.has(plainKey(pieces[0] as string)) &&
    piece.length >= COMMON_AFTER_GROUP_MIN &&
    index.common.has(plainKey(piece))
  );
}

// Longer glued words are no typed sentence: a URL, a hashtag of many words, a key.
const GLUED_MAX = 40;

/** A glued piece of no substance of its own: a frequent word, a group's name, a letter word. */
function gluedWord(index: MaskIndex, piece: string): boolean {
  if (piece.length === 1) return LETTER_WORDS.has(piece);
  if (piece.length === 2) return SHORT_WORDS.has(piece) || index.function.has(piece);
  return index.frequent.has(piece) || functionWord(index, piece) || target(index, piece);
}

/**
 * `text` read as nothing, one glued word, or two: the pieces, or null. After the run, only the
 * most frequent words: "trans" + "nationaux" is "transnationaux", "black" + "berry" a fruit.
 * After a group's name with a word glued before it, one frequent word of three letters or more,
 * or a word the readers look for, too ("some" + "jews" + "yesterday", "find" + "gay people" +
 * "disgusting").
 */
function gluedWords(
  index: MaskIndex,
  text: string,
  after: boolean,
  afterGroup = false,
): string[] | null {
  if (text === '') return [];
  const word = (piece: string) =>
    after ? functionWord(index, piece) || LETTER_WORDS.has(piece) : gluedWord(index, piece);
  if (word(text)) return [text];
  // One word only: "team" + "black" + "ber" + "y" is a brand.
  if (afterGroup && text.length >= 3 && (index.frequent.has(text) || target(index, text))) {
    return [text];
  }
  for (let cut = 1; cut < text.length; cut++) {
    const [a, b] = [text.slice(0, cut), text.slice(cut)];
    if (word(a) && word(b)) return [a, b];
  }
  return null;
}

/**
 * Words of a lexicon phrase typed glued, with a word or two glued on either side ("aplague",
 * "notstandwomen", "womendisgustme", "unehontepour"), where `splitGlued` finds no reading: the
 * words, or null. Never an everyday word itself. The longest run of a phrase wins.
 */
export function splitGluedPhrase(index: MaskIndex, key: string): readonly string[] | null {
  if (key.length < GLUED_GROUP_MIN + 2 || key.length > GLUED_MAX) return null;
  if (index.common.has(plainKey(key)) || wordOf(index, plainKey(key))) return null;
  let best: readonly string[] | null = null;
  let bestRun = 0;
  for (let start = 0; start + GLUED_GROUP_MIN <= key.length; start++) {
    for (const length of index.gluedStarts.get(key.slice(start, start + 3)) ?? []) {
      const end = start + length;
      if (end > key.length || length <= bestRun) continue;
      const run = index.glued.get(key.slice(start, end));
      // Nothing glued around: the word itself, not a glued one.
      if (run === undefined || (start === 0 && end === key.length && run.length < 2)) continue;
      const before = gluedWords(index, key.slice(0, start), false);
      // Only with a word glued before it too: "whiteboard" and "womenswear" are words.
      const group = start > 0 && run.some((w) => index.groups.has(plainKey(w)));
      const after = before && gluedWords(index, key.slice(end), true, group);
      if (before === null || !after) continue;
      best = [...before, ...run, ...after];
      bestRun = end - start;
    }
  }
  return best;
}

// The speaker glued to a verb of loathing: "jehais", "ihate", "wedespise".
const GLUED_SPEAKERS = ['je', 'j', 'i', 'we', 'on', 'nous'];

/**
 * The speaker glued to a verb of loathing, a determiner after it or not ("jehais", "jehaisles",
 * "idespisethe"): the words, or null. The verb is read whole (`loathing`), as typed.
 */
export function splitSpeakerVerb(
  loathing: readonly string[],
  key: string,
): readonly string[] | null {
  for (const speaker of GLUED_SPEAKERS) {
    if (!key.startsWith(speaker)) continue;
    const rest = key.slice(speaker.length);
    for (const verb of loathing) {
      if (!rest.startsWith(verb)) continue;
      const after = rest.slice(verb.length);
      if (after === '') return [speaker, verb];
      if (OBJECT_OPENERS.has(after)) return [speaker, verb, after];
    }
  }
  return null;
}

// What may follow a verb of harm in the same glued word: its object ("vaisbuterles",
// "hurteveryone"). As keys, like the glued word they are cut from: "all" is "al". Without an
// intent before the verb, only objects no word ends with (`WHOLE_OBJECTS`).
const WHOLE_OBJECTS = keySet('everyone everybody every them tous toutes');
const HARM_OBJECTS: ReadonlySet<string> = new Set([
  ...OBJECT_OPENERS,
  ...WHOLE_OBJECTS,
  ...keySet('te vous leur leurs eux you him her'),
]);

/**
 * A marker of intent glued to a verb of harm, the speaker before them or not, the object after
 * or not ("jevaistuer", "vaisbuterles", "wilkil"), or a verb of harm glued to its object
 * ("hurteveryone"): the words, or null. The whole glued word must
 * be read; the rules then judge the threat as they would with the spaces.
 */
export function splitIntentHarm(index: MaskIndex, key: string): readonly string[] | null {
  // A verb of harm and its object alone, an object no word ends with: "hurteveryone" ("slit" +
  // "her" is "slither", "pendu" + "les" "pendules").
  for (let end = 3; end < key.length; end++) {
    if (index.harms.has(key.slice(0, end)) && WHOLE_OBJECTS.has(key.slice(end))) {
      return [key.slice(0, end), key.slice(end)];
    }
  }
  for (const speaker of ['', ...GLUED_SPEAKERS]) {
    if (!key.startsWith(speaker)) continue;
    const afterSpeaker = key.slice(speaker.length);
    for (const intent of index.intents) {
      if (!afterSpeaker.startsWith(intent)) continue;
      const rest = afterSpeaker.slice(intent.length);
      // The verb may share the intent's last letter, folded with its double ("wil" + "lynch").
      for (const from of [rest, `${intent.at(-1)}${rest}`]) {
        for (let end = 3; end <= from.length; end++) {
          const harm = from.slice(0, end);
          if (!index.harms.has(harm)) continue;
          const object = from.slice(end);
          if (object !== '' && !HARM_OBJECTS.has(object)) continue;
          const words = speaker === '' ? [intent, harm] : [speaker, intent, harm];
          return object === '' ? words : [...words, object];
        }
      }
    }
  }
  return null;
}

/**
 * Two of the most frequent words typed without the space between them ("allthe", "tousles",
 * "sontjuste"), in a word that is no word: read as the two words, so that the words around them
 * are read as a sentence again ("Kill allthe immigrants", "Tuez tousles immigrés"). Each word has
 * three letters as typed at least: "lennon" is no "le non", "nonce" no "non ce", "wassup" no
 * "was up".
 */
export function splitFunctionPair(index: MaskIndex, text: string): readonly string[] | null {
  if (text.length < 6 || !/^[a-z]+$/.test(text)) return null;
  const whole = plainKey(skeleton(text));
  if (index.common.has(whole) || wordOf(index, whole)) return null;
  const frequent = (w: string) => index.function.has(w) || index.function.has(plainKey(w));
  for (let cut = 3; cut <= text.length - 3; cut++) {
    const first = skeleton(text.slice(0, cut));
    const second = skeleton(text.slice(cut));
    if (frequent(first) && frequent(second)) return [first, second];
  }
  return null;
}
