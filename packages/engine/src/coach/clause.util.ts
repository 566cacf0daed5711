import type { Language } from '../types.ts';
import { foldWord } from './fold.util.ts';

/**
 * Whole clauses of a draft and the checks that say whether one can follow "Quand je vois que" /
 * "When I see that" as it stands. The coach keeps a clause whole or leaves it out; it never cuts
 * words inside one, so what it keeps is as grammatical as what the author wrote.
 */

export interface Clause {
  begin: number;
  end: number;
  text: string;
}

// A clause ends at . ! ? ; : … , and new lines; the punctuation is not part of it.
const BREAK = /[.!?;:…,\n]+/g;

/** The draft cut at punctuation into trimmed, non-empty clauses with their UTF-16 range. */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    pushClause(out, text, start, m.index);
    start = m.index + m[0].length;
  }
  pushClause(out, text, start, text.length);
  return out;
}

/** Adds `text[from, to)`, trimmed, unless nothing is left of it. */
function pushClause(out: Clause[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) out.push({ begin: from + lead, end: from + lead + body.length, text: body });
}

// Folded like the draft's words, so "très" meets "tres" and "really" meets "realy".
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map(foldWord));

/** Words that carry no subject of their own. */
export const FUNCTION_WORDS = words(`
  le la les l un une des de du d au aux a à en et ou mais que qu qui dont ce cet cette ces c ca ça
  cela mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je j tu t il elle on nous
  vous ils elles me m te se s lui y ne n pas plus tout tous toute toutes est es sont suis etre être
  avec pour par sans sur sous dans tres très trop si aussi bien encore deja déjà juste vraiment
  the a an of to in on at for with and or but that this these those which who whom what my your
  his her its our their i you he she it we they me him us them is are was were be been am do
  does did not no so too very just really all any some also even still again already ever
`);

/** Interjections and intensifiers: said around an attack, they are not a subject either. */
export const FILLERS = words(`
  allez bon ok okay lol mdr ptdr bro dude mec wow oh hey eh bravo merci thanks thank super great
  yeah yes oui non nope well alors bref hein quoi serieux sérieux franchement honnetement
  honnêtement honestly seriously literally genre like man please pls plz stp svp vas va go
  maintenant now then puis enfin voila voilà donc just already ya yo hein quand meme même sure
  right omg putain merde fuck shit damn bordel
`);

const SUBJECTS: Record<Language, Set<string>> = {
  fr: words(`je j tu t il elle on nous vous ils elles le la les l un une ce cet cette ces mon ma mes
    ton ta tes son sa ses notre nos votre vos leur leurs c ça ca cela`),
  en: words(`i you he she it we they the this that these those my your his her our their there
    all some many most both several`),
};

const PRONOUNS: Record<Language, Set<string>> = {
  fr: words('je j tu t il elle on nous vous ils elles c ça ca cela'),
  en: words('i you he she it we they there'),
};

// A clause never ends on a word that announces more.
const DANGLING: Record<Language, Set<string>> = {
  fr: words(`le la les l un une des de du d au aux à a en et ou mais que qu qui dont ce cet cette
    ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs pour par avec sans sur
    sous dans très trop plus ne n me te se m t s comme car donc si`),
  en: words(`the a an of to in on at for with and or but that which who whose my your his her
    their our this these those is are was were very so too not if as than because from by`),
};

// French verb endings and English verb forms that can follow a noun subject.
const FR_VERB = /(?:e|es|ent|ait|aient|it|ut|a|as|ont|ons|ez)$/;
const FR_AUX = words('est sont a ont était étaient sera seront va vont fait font peut doit');
const EN_VERB = words(`is are was were has have had keeps kept will would can could did does do
  doesn don didn won can isn aren wasn weren hasn haven broke breaks
  crashed crashes failed fails forgot forgets took takes went goes made makes left leaves`);
const EN_VERB_END = /(?:s|ed)$/;

/**
 * The folded words of a text: folded once (lower case, no accents, "'" for every apostrophe),
 * then split; elisions ("t'as", "j'ai") give two words.
 */
export function foldedWords(text: string): string[] {
  // The runs of a–z, 0–9 and "-", read by hand: what `.split(/[^a-z0-9-]+/).filter(Boolean)`
  // keeps, without the regex and the empty strings (this runs on every clause of a draft).
  const folded = foldWord(text);
  const out: string[] = [];
  let begin = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45) {
      if (begin < 0) begin = i;
    } else if (begin >= 0) {
      out.push(folded.slice(begin, i));
      begin = -1;
    }
  }
  return out;
}

/** A word that can be the verb after a noun subject. */
function isVerb(w: string, language: Language): boolean {
  return language === 'fr'
    ? FR_AUX.has(w) || (FR_VERB.test(w) && !DANGLING.fr.has(w))
    : EN_VERB.has(w) || (EN_VERB_END.test(w) && !DANGLING.en.has(w));
}

/**
 * True when the clause can follow "Quand je vois que" / "When I see that": it starts with a
 * subject, has a verb after a noun subject, and does not end on a word that announces more.
 */
export function isWellFormed(clause: string, language: Language): boolean {
  const t = foldedWords(clause);
  if (t.length < 3 || t.length > 30) return false;
  const first = t[0] as string;
  if (!SUBJECTS[language].has(first)) return false;
  if (DANGLING[language].has(t[t.length - 1] as string)) return false;
  // "t'as", "t'es": an elided "tu" stands before a verb that starts with a vowel, never in
  // "t ki toi" (texting for "t'es qui toi").
  if (first === 't' && !/^[aeiouyh]/.test(t[1] as string)) return false;
  if (PRONOUNS[language].has(first)) {
    // "tu as oublié", "you broke": what follows a pronoun is its verb, not a determiner.
    const next = t[1] as string;
    return !DANGLING[language].has(next) || next === 'a' || next === 'ne' || next === 'n';
  }
  // A noun subject: a verb must come right after its noun (or after one adjective).
  // A noun subject ("ton code", "all the other people"): its verb comes within a few words,
  // with no preposition or conjunction before it ("le bruit la nuit" has none).
  for (let i = 1; i < Math.min(t.length, 6); i++) {
    const w = t[i] as string;
    if (i >= 2 && isVerb(w, language)) return true;
    // Only "all the …" may put a determiner second; later it starts another noun phrase.
    if (DANGLING[language].has(w) && !(i === 1 && SUBJECTS[language].has(w))) return false;
  }
  return false;
}

/** Folded words of `text` that carry a subject (not function words nor fillers). */
export function contentWords(text: string): string[] {
  return foldedWords(text).filter(
    (w) => w.length >= 3 && !FUNCTION_WORDS.has(w) && !FILLERS.has(w),
  );
}

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const FIRST_WORD = /^\p{L}+/u;

/**
 * UTF-16 units of the letters (`\p{L}`) of `text` and of its capitals (`\p{Lu}`), what
 * `text.replace(/[^\p{L}]/gu, '').length` and the same for `\p{Lu}` give, in one loop that
 * only asks the Unicode tables about non-ASCII characters.
 */
function letterCounts(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) letters++;
      else if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      }
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (LETTER.test(ch)) {
      letters += ch.length;
      if (UPPER.test(ch)) upper += ch.length;
    }
  }
  return { letters, upper };
}

/** Lower-cases a clause typed in capitals, and the first letter of any other ("Ton code…"). */
export function asObserved(clause: string, language: Language): string {
  const lower = clause.toLowerCase();
  if (lower === clause) return clause;
  const { letters, upper } = letterCounts(clause);
  if (letters >= 6 && upper / letters > 0.6) return lower;
  // Only "I" alone keeps its case: a clause that does not start with "I" needs no word read.
  if (language === 'en' && clause.charCodeAt(0) === 73) {
    const first = clause.match(FIRST_WORD)?.[0] ?? '';
    if (first === 'I') return clause;
  }
  return clause.charAt(0).toLowerCase() + clause.slice(1);
}
