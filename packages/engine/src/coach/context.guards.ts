import { PERSON_RE, POSITIVE_RE } from './lexicon.data.ts';

/**
 * Context checks that keep rules from firing on counter-speech, denials and kind sentences.
 * All work on folded text and look only inside the clause around the match.
 */

const MAX_LOOKBACK = 80;

// Char codes of . ! ? ; : and newline; a code check per character beats a regex test per character.
const isClauseBreak = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10;

/** The folded text of the clause before `at` (up to a sentence break). */
export function clauseBefore(folded: string, at: number): string {
  const from = Math.max(0, at - MAX_LOOKBACK);
  let start = at;
  while (start > from && !isClauseBreak(folded.charCodeAt(start - 1))) start--;
  return folded.slice(start, at);
}

/** The folded text of the clause after `at`. */
export function clauseAfter(folded: string, at: number): string {
  const to = Math.min(folded.length, at + MAX_LOOKBACK);
  let end = at;
  while (end < to && !isClauseBreak(folded.charCodeAt(end))) end++;
  return folded.slice(at, end);
}

// "je ne dis pas que tu es nul", "I never said you are stupid", "I'm not saying you're an idiot".
const SAY =
  '(?:dis|dit|disais|pense|crois|trouve|traite|pretend|afirme|insinue|say|says|saying|said|think|thought|mean|meant|cal|caling|caled|sugest|sugesting|implying)';
const NEG = "(?:ne|n'|not|n't|never|jamais|pas)";
const DENIED_SAYING = new RegExp(
  `(?:^|[^a-z])(?:${NEG}\\s*(?:[a-z']+\\s+){0,2}?${SAY}|${SAY}\\s+(?:[a-z']+\\s+)?(?:pas|not|jamais|never))(?![a-z])`,
);
// "t'es pas un connard", "not an idiot": the negation sits right before the word.
const NEGATION = /(?:^|[^a-z])(?:pas|not|n't|never|jamais|aucun|aucune|ni)(?![a-z])/;
// "il m'a traité de connard", "he called me an idiot", "the word 'idiot'".
const REPORTED =
  /(?:trait[a-z]*\s+(?:de|d')|cal(?:ed|ing|s)?\s+(?:me|him|her|them|you|us|someone|people)(?:\s+(?:an?|the|of))?|le mot|the word|dire\s+(?:a|à)\s+quelqu|say(?:ing)?\s+to\s+someone)\s*[^a-z]*$/;

/** True when the clause before the match denies or reports it, or the match sits in quotes. */
export function isDeniedOrReported(folded: string, begin: number): boolean {
  const before = clauseBefore(folded, begin);
  if (DENIED_SAYING.test(before)) return true;
  const sinceComma = before.slice(before.lastIndexOf(',') + 1);
  if (NEGATION.test(sinceComma.trim().split(/\s+/).slice(-2).join(' '))) return true;
  if (REPORTED.test(before)) return true;
  return insideQuotes(folded, Math.max(0, begin - 200), begin);
}

/** True when a quotation opened in `folded[from, to)` is still open at `to`. */
function insideQuotes(folded: string, from: number, to: number): boolean {
  let straight = 0;
  let guillemets = 0;
  let curly = 0;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0xab) guillemets++;
    else if (c === 0xbb) guillemets--;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
  }
  return straight % 2 === 1 || guillemets > 0 || curly > 0;
}

const NEGATED =
  /(?<![a-z])(?:ne|n'|pas|not|n't|no|nobody|persone|jamais|never|rien|nothing)(?![a-z])/;
const FIRST_PERSON =
  /(?:^|[^a-z'])(?:je|j'|i|i'm|i've|i'd|i'l|me|moi|we|nous|my|mon|ma|mes)(?![a-z])/;
const SECOND_OR_THIRD = PERSON_RE;

/**
 * A generalisation hurts when it is pinned on someone ("tu ne m'écoutes jamais", "nobody likes
 * you"), not when it is about oneself ("I never said…") or kind ("you are always welcome").
 */
export function isHurtfulGeneralisation(folded: string, begin: number, end: number): boolean {
  const before = clauseBefore(folded, begin);
  const after = clauseAfter(folded, end);
  const clause = `${before} ${folded.slice(begin, end)} ${after}`;
  if (!SECOND_OR_THIRD.test(clause)) return false;
  // Kind words count only when nothing negates them: "personne ne t'aime" stays hurtful.
  if (POSITIVE_RE.test(clause) && !NEGATED.test(clause)) return false;
  // The nearest pronoun before the word decides whose habit it describes.
  const words = before.trim().split(/\s+/).slice(-3).join(' ');
  if (FIRST_PERSON.test(words) && !SECOND_OR_THIRD.test(words)) return false;
  return true;
}

const IMPERATIVE_LEAD = new Set([
  '',
  ...'just now so oh please and then you seriously dude man bro pls plz lol'.split(' '),
  ...'et alors allez bon maintenant toi vous hop juste eh mais tu stp franchement'.split(' '),
  ...'hey ok okay well but y va vas'.split(' '),
]);

/** An order stands at the start of its clause, or after a word like "just" or "allez". */
export function isImperativePosition(folded: string, begin: number): boolean {
  const before = clauseBefore(folded, begin).replace(/[^a-z'\s]/g, ' ');
  const words = before.trim().split(/\s+/);
  return IMPERATIVE_LEAD.has(words[words.length - 1] ?? '');
}

/** "I'll find you." is a threat; "I'll find you a seat" is not: the clause must end there. */
export function endsClause(folded: string, end: number): boolean {
  const after = clauseAfter(folded, end).trim();
  return after === '' || /^(?:,|et\b|and\b|[^a-z0-9\s])/.test(after);
}

// Folded forms ("feel" → "fel", "really" → "realy"), as `foldString` writes them.
const SELF_FILLERS =
  'a|an|the|such|so|realy|very|completely|totaly|utterly|absolutely|bigest|big|litle|bit|kind|sort|of|just|being|like|real|total|complete|utter|absolute|proper|un|une|le|la|vraiment|telement|trop|si|completement|totalement|tres|grand|grande|gros|grose|pauvre|peu|plus|vrai|vraie|veritable|de|comme|parfois|encore';
const SELF_BEFORE = new RegExp(
  `(?:^|[^a-z'])(?:i am|i'm|im|i was|i fel|i felt|i lok|i loked|i sound|i have ben|i've ben|je suis|j'etais|j'ai ete|je me sens|je me sentais|je me trouve|je me suis senti|je me suis sentie)\\s+(?:(?:${SELF_FILLERS})\\s+){0,3}$`,
);
const SELF_AFTER = /^\s*(?:que\s+|that\s+)?(?:je suis|i am|i'm)(?![a-z])/;
const SLIPS =
  '(?:mistake|eror|typo|oversight|slip|blunder|question|move|idea|thing|ereur|faute|coquile|oubli|bourde|gafe|idee|chose)s?';
const SLIP_BEFORE = new RegExp(`(?:^|[^a-z])${SLIPS}\\s+$`);
const SLIP_AFTER = new RegExp(`^\\s+${SLIPS}(?![a-z])`);

/**
 * True when the insult at [begin, end) is said of oneself ("I was such an idiot", "je me sens
 * bête", "quelle idiote je suis") or of a slip in a clause that names no one ("a stupid mistake",
 * "une erreur idiote"): self-talk, not an attack (the engine reads it the same way,
 * `features/self-talk.ts`).
 */
export function isSaidOfSelf(folded: string, begin: number, end: number): boolean {
  const before = clauseBefore(folded, begin);
  const after = clauseAfter(folded, end);
  if (SELF_BEFORE.test(before) || SELF_AFTER.test(after)) return true;
  if (!SLIP_BEFORE.test(before) && !SLIP_AFTER.test(after)) return false;
  return !PERSON_RE.test(before) && !PERSON_RE.test(after);
}
