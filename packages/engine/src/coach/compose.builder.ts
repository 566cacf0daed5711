import type { CoachFinding, CoachInput, Language, OfnrScaffold } from '../types.ts';
import {
  asObserved,
  type Clause,
  contentWords,
  isWellFormed,
  splitClauses,
} from './clause.util.ts';
import { MODEL_SPAN_MIN } from './findings.detector.ts';
import { foldWord } from './fold.util.ts';
import { nounReplacement } from './harsh-words.rules.ts';
import { PROFANITY_ALT, STRONG_ALT } from './lexicon.data.ts';
import type { Feeling, Need } from './vocabulary.data.ts';
import { testWords, wordStartRegex } from './word-start.util.ts';

/**
 * The rewrite and the scaffold, composed from what the coach understood rather than edited out
 * of the author's words: what happened (whole clauses of the draft that hurt no one, or nothing),
 * the feeling, the need and a request, each from a template that is a complete sentence.
 */

const HARSH = new RegExp(`(?<![a-z])(?:${STRONG_ALT}|${PROFANITY_ALT})(?![a-z])`);
const HARSH_TWIN = wordStartRegex(HARSH);
/** True when the folded text holds an insult or a swear word. */
const isHarsh = (folded: string): boolean => testWords(HARSH, HARSH_TWIN, folded);

// A swear word or harsh adjective between a determiner and its noun is an optional modifier:
// "the fucking picture" → "the picture", "ce putain de film" → "ce film". Nothing else is cut.
const MODIFIERS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:the|a|an|this|that|these|those|my|your|his|her|our|their|its) ((?:fucking|fuckin|freaking|bloody|damn|goddamn|damned|shitty|crappy|stupid|idiotic|dumb) )(?=\p{L}{3,})/giu,
  fr: /(?<![\p{L}])(?:ce|cet|cette|ces|le|la|les|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|votre|leur) ((?:putain de|foutu|foutue|foutus|foutues|maudit|maudite|satané|satanée) )(?=\p{L}{3,})/giu,
};

// Sweeping adverbs that can be softened in place: an adverb for an adverb keeps the sentence whole.
const SOFTER: ReadonlyArray<{ re: RegExp; fr?: string; en?: string }> = [
  { re: /(?<![\p{L}])toujours(?![\p{L}])/giu, fr: 'souvent' },
  { re: /(?<![\p{L}])tout le temps(?![\p{L}])/giu, fr: 'souvent' },
  { re: /(?<![\p{L}])(?:à )?chaque fois(?![\p{L}])/giu, fr: 'plusieurs fois' },
  { re: /(?<![\p{L}])always(?![\p{L}])/giu, en: 'often' },
  { re: /(?<![\p{L}])all the time(?![\p{L}])/giu, en: 'often' },
  { re: /(?<![\p{L}])every (?:single )?time(?![\p{L}])/giu, en: 'several times' },
  { re: /(?<![\p{L}])never(?![\p{L}])/giu, en: 'rarely' },
];
// "ne … jamais" → "ne … pas" keeps the negation whole.
const FR_NEVER = /(?<![\p{L}])jamais(?![\p{L}])/giu;
const SOFTENABLE =
  /^(?:toujours|tout le temps|a chaque fois|chaque fois|always|al the time|every time|every single time|never|jamais)$/;

const PREDICATE_BEFORE =
  /(?<![a-z])(?:sont|est|es|etes|etait|etaient|sera|seront|are|is|am|was|were|be)\s+(?:[a-z']+\s+){0,2}$/;

export interface Observed {
  /** Up to two clauses, ready to follow "Quand je vois que" / "When I see that"; '' when none. */
  clause: string;
  /** True when a part of the draft that carried a subject could not be kept. */
  lost: boolean;
  /** True when a clause was left out or softened: the observation says less than the draft. */
  changed: boolean;
}

const overlaps = (a: { begin: number; end: number }, b: { begin: number; end: number }) =>
  a.begin < b.end && b.begin < a.end;

/** True when one of the edits covers `r` whole. */
function inEdit(
  edits: readonly { begin: number; end: number }[],
  r: { begin: number; end: number },
) {
  return edits.some((e) => e.begin <= r.begin && r.end <= e.end);
}

// Cheap tests before the Unicode regexes above: most clauses have neither.
const MODIFIER_HINT: Record<Language, RegExp> = {
  en: /fuck|freak|bloody|damn|shitty|crappy|stupid|idiotic|dumb/i,
  fr: /putain|foutu|maudit|satan/i,
};
const SWEEPING_HINT = /toujours|tout le temps|chaque fois|always|all the time|every|never|jamais/i;

function soften(text: string, language: Language): string {
  if (!SWEEPING_HINT.test(text)) return text;
  let out = text;
  for (const s of SOFTER) {
    const softer = s[language];
    if (softer) out = out.replace(s.re, softer);
  }
  return language === 'fr' ? out.replace(FR_NEVER, 'pas') : out;
}

/** Content words of a dropped clause that no finding covers: its subject, if it had one. */
function leftover(input: CoachInput, clause: Clause, covering: readonly CoachFinding[]): string[] {
  let rest = '';
  let at = clause.begin;
  const sorted = [...covering].sort((a, b) => a.begin - b.begin);
  for (const f of sorted) {
    if (f.begin > at) rest += ` ${input.text.slice(at, f.begin)}`;
    at = Math.max(at, f.end);
  }
  if (at < clause.end) rest += ` ${input.text.slice(at, clause.end)}`;
  return contentWords(rest).filter((w) => !isHarsh(w));
}

/**
 * The clauses of the draft that can be said as they are: no finding, no confident model span,
 * no insult or swear word in them, and well formed. Sweeping adverbs are softened.
 */
export function observe(input: CoachInput, findings: readonly CoachFinding[]): Observed {
  const kept: string[] = [];
  let lost = false;
  let changed = false;
  for (const clause of splitClauses(input.text)) {
    const touching = findings.filter((f) => overlaps(f, clause) && f.kind !== 'shouting');
    // Capitals lowered are a change worth offering ("TU AS CASSÉ LE BUILD" → "tu as cassé…").
    if (findings.some((f) => f.kind === 'shouting' && overlaps(f, clause))) changed = true;
    // What may be edited in place: an optional modifier, a softened adverb, an insult used as a
    // noun renamed ("ces abrutis" → "ces gens"). Anything else leaves the clause out.
    const edits: { begin: number; end: number; text: string }[] = [];
    const modifiers = MODIFIER_HINT[input.language].test(clause.text)
      ? clause.text.matchAll(MODIFIERS[input.language])
      : [];
    for (const m of modifiers) {
      const begin = clause.begin + m.index + m[0].length - (m[1] as string).length;
      edits.push({ begin, end: begin + (m[1] as string).length, text: '' });
    }
    const editable = touching.every((f) => {
      if (f.kind === 'generalisation') {
        return SOFTENABLE.test(foldWord(input.text.slice(f.begin, f.end)).replace(/[\s-]+/g, ' '));
      }
      if (f.kind !== 'insult') return false;
      // "les femmes sont des chiennes" → "… sont des gens" would keep the claim's shape: an
      // insult said of someone (after "is/sont + a/des") is the claim itself, never renamed.
      if (PREDICATE_BEFORE.test(foldWord(input.text.slice(Math.max(0, f.begin - 24), f.begin)))) {
        return false;
      }
      const r = nounReplacement(input, f);
      // French nouns carry a gender that "personne" may not match: only "gens" is safe.
      if (!r || (input.language === 'fr' && !r.text.endsWith('gens'))) return false;
      edits.push(r);
      return true;
    });
    const spanned = input.spans.some(
      (s) =>
        s.score >= MODEL_SPAN_MIN &&
        s.attribute !== 'PROFANITY' &&
        overlaps(s, clause) &&
        !inEdit(edits, s),
    );
    const text = applyEdits(input.text, clause, edits);
    if (!editable || spanned || isHarsh(foldWord(text))) {
      changed = true;
      if (lost) continue; // already known: no need to read what this clause leaves
      if (leftover(input, clause, touching).length > 0) lost = true;
      continue;
    }
    if (edits.length > 0 || touching.length > 0) changed = true;
    const said = asObserved(soften(text, input.language), input.language);
    if (isWellFormed(said, input.language)) kept.push(said);
    else if (!lost && contentWords(clause.text).length > 0) lost = true;
    // A long draft: two clauses to show are all the observation uses, and a third means more
    // was said than it can hold.
    if (kept.length > 2) {
      lost = true;
      break;
    }
    if (lost && kept.length === 2) break;
  }
  const [first, second] = kept;
  if (!first) return { clause: '', lost, changed };
  if (!second) return { clause: first, lost, changed };
  return {
    clause:
      input.language === 'fr' ? `${first} et ${that('fr', second)}` : `${first} and ${second}`,
    lost,
    changed,
  };
}

/** The clause with its in-place edits applied (ranges in the draft's offsets). */
function applyEdits(
  text: string,
  clause: Clause,
  edits: readonly { begin: number; end: number; text: string }[],
): string {
  let out = '';
  let at = clause.begin;
  for (const e of [...edits].sort((a, b) => a.begin - b.begin)) {
    if (e.begin < at) continue;
    out += text.slice(at, e.begin) + e.text;
    at = e.end;
  }
  return (out + text.slice(at, clause.end)).replace(/\s{2,}/g, ' ').trim();
}

// "que il" → "qu’il": French elides que before a vowel.
const ELIDES = /^(?:il|ils|elle|elles|on|un|une|en|aucun|aucune)(?![\p{L}])/iu;
function that(language: Language, clause: string): string {
  if (language === 'en') return `that ${clause}`;
  return ELIDES.test(clause) ? `qu’${clause}` : `que ${clause}`;
}

// "When I see that I will not sell…" says nothing: the author's own acts are said as they are.
const FIRST_PERSON: Record<Language, RegExp> = { fr: /^(?:je|j['’])/i, en: /^I(?![\p{L}])/u };
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Quand je vois que …, je me sens … J’ai besoin … ?" — every part a whole sentence. */
export function composeRewrite(
  language: Language,
  clause: string,
  feeling: Feeling,
  need: Need,
): string {
  const own = clause && FIRST_PERSON[language].test(clause);
  if (language === 'fr') {
    const first = !clause
      ? `Je me sens ${feeling.fr}.`
      : own
        ? `${capitalise(clause)}, et je me sens ${feeling.fr}.`
        : `Quand je vois ${that('fr', clause)}, je me sens ${feeling.fr}.`;
    return `${first} J’ai besoin ${need.fr}. ${need.request.fr}`;
  }
  const first = !clause
    ? `I feel ${feeling.en}.`
    : own
      ? `${capitalise(clause)}, and I feel ${feeling.en}.`
      : `When I see ${that('en', clause)}, I feel ${feeling.en}.`;
  return `${first} I need ${need.en}. ${need.request.en}`;
}

/** The four OFNR steps; the observation is a prompt when no clause could be kept. */
export function composeScaffold(
  language: Language,
  clause: string,
  feeling: Feeling,
  need: Need,
): OfnrScaffold {
  const own = clause && FIRST_PERSON[language].test(clause);
  if (language === 'fr') {
    return {
      observation: own
        ? capitalise(clause)
        : clause
          ? `Quand je vois ${that('fr', clause)}`
          : 'Quand [décris ce qui s’est passé, sans jugement]',
      feeling: `je me sens ${feeling.fr}`,
      need: `parce que j’ai besoin ${need.fr}.`,
      request: need.request.fr,
    };
  }
  return {
    observation: own
      ? capitalise(clause)
      : clause
        ? `When I see ${that('en', clause)}`
        : 'When [describe what happened, without judgment]',
    feeling: `I feel ${feeling.en}`,
    need: `because I need ${need.en}.`,
    request: need.request.en,
  };
}
