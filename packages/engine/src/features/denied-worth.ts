import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { endsInQuestion } from '../text/sentence.ts';
import { keySet, type Token, wordKeys } from '../text/tokenise.ts';
import { type Demeaned, type GroupReader, namedGroups } from './group-talk.ts';
import { HURTFUL } from './hurtful.ts';

// How far after the denied word a hurtful word or a defence makes the sentence defend the group.
const DEFENCE_REACH = 3;
const WORTH_SUBJECT_REACH = 5;
const WORTH_OBJECT_REACH = 3;
const NOTHING = new Set(['rien', 'nothing', 'anything']);
// "less" folds to "les": read from the text.
const less = (t: Token | undefined) => t?.key === 'moins' || t?.text.toLowerCase() === 'less';
const ZERO = new Set(wordKeys('zero'));
const NONE = new Set(['no', 'aucun', 'aucune']);
// "No woman should be denied the right to vote": denying the denial defends the group.
const DENY = new Set(wordKeys('denied deprived refused robbed prive privee prives privees refuse'));
const BUT = new Set(['but', 'que', "qu'", 'else']);
const CLAUSE = new Set(['que', "qu'", 'that', 'si', 'if']);
// Subjects that open a clause after "que": "… mérite qu'on l'écoute", "… que tu leur parles".
const SUBJECT_PRONOUNS = new Set(wordKeys('on je tu il elle nous vous ils elles'));
// What a group "does not deserve" when the sentence defends it: "this", "la haine", "such abuse".
// Demonstratives defend only right after the word: "they don't deserve this", not "not smart
// enough for this job".
const NEGATIONS_AFTER = new Set(['pas', 'plus', 'jamais', 'point']);
const DEMONSTRATIVES = new Set(['this', 'that', 'such', 'ca', 'cela', 'ce', 'cet', 'cete']);
const DEFENCE = new Set([
  'hate',
  'hatred',
  'haine',
  'violence',
  'racism',
  'racisme',
  'discrimination',
  'abuse',
  'harasment',
  'harcelement',
  'insults',
  'insultes',
  'treatment',
  'traitement',
  'sort',
]);

const INTRANSITIVE = new Set(wordKeys('compte comptent matter matters'));
const ADVERBIAL = new Set(wordKeys('du at a to for pour ici here anymore vraiment really'));
// Keys as the tokeniser folds them ("all" reads "al").
const ALL = new Set(wordKeys('all tous toutes'));
const NOT = new Set(wordKeys('not pas'));
const SINGLE = new Set(wordKeys('single seul'));
/** "Not all …", "pas tous les …" right before the group. */
function notAll(tokens: readonly Token[], group: number): boolean {
  for (let k = group - 1; k >= Math.max(0, group - 3); k--) {
    if (ALL.has((tokens[k] as Token).key)) return NOT.has(tokens[k - 1]?.key ?? '');
  }
  return false;
}

/**
 * Groups denied worth, trust or rights: "ils ne valent rien", "they do not deserve respect",
 * "I will never trust them", "good for nothing". The group is the subject a few words before the
 * negated word, or its object just after; no hurtful word is needed. A hurtful word right after
 * the denial ("they do not deserve hatred") makes it a defence, not an attack.
 */
export const deniedWorth: GroupReader = (tokens, matches, sentence, negated, reported) => {
  const out: Demeaned[] = [];
  // "No Black person has ever been smart", "aucun Noir n'a jamais été…": the group itself negated.
  // "Not a single Arab…", "pas un seul Arabe…": none of the group either.
  const single = (g: LexiconMatch) =>
    SINGLE.has(tokens[g.first - 1]?.key ?? '') && NOT.has(tokens[g.first - 3]?.key ?? '');
  const noneOf = matches.filter(
    (m) => m.category === 'identity' && (NONE.has(tokens[m.first - 1]?.key ?? '') || single(m)),
  );
  for (const w of matches) {
    if (w.category !== 'worth' || reported[w.first] === 1) continue;
    const next = tokens[w.last + 1];
    const ofNone = noneOf.some(
      (g) =>
        sentence[g.first] === sentence[w.first] &&
        g.last < w.first &&
        w.first - g.last <= WORTH_SUBJECT_REACH,
    );
    // "Nothing but joy" praises: "nothing" followed by "but" denies nothing.
    const nothing =
      next !== undefined && NOTHING.has(next.key) && !BUT.has(tokens[w.last + 2]?.key ?? '');
    // "Zero respect for …" denies as "no respect" does.
    const zero = ZERO.has(tokens[w.first - 1]?.key ?? '');
    if (negated[w.first] !== 1 && !ofNone && !nothing && !zero) continue;
    if (ofNone && [1, 2].some((k) => DENY.has(tokens[w.first - k]?.key ?? ''))) continue;
    // "Pas moins intelligentes", "not less equal": a comparison denied, no worth.
    if (less(tokens[w.first - 1])) continue;
    // "Les réfugiés n'apportent que du bonheur": "ne … que" restricts, it denies nothing; but a
    // clause with its own subject is what is denied ("n'a jamais mérité qu'on l'écoute").
    if (BUT.has(next?.key ?? '') && !SUBJECT_PRONOUNS.has(tokens[w.last + 2]?.key ?? '')) continue;
    // A question doubts rather than denies ("Women are not smart enough? That is a myth");
    // hostile questions have their own reader.
    if (endsInQuestion(tokens, w.last)) continue;
    const defended = matches.some(
      (h) =>
        HURTFUL.has(h.category) &&
        h.first > w.last &&
        h.first - w.last <= DEFENCE_REACH &&
        sentence[h.first] === sentence[w.first],
    );
    const after = tokens.slice(w.last + 1, w.last + 1 + DEFENCE_REACH);
    // Right after the word, or after the negation that follows it ("ne méritent pas ça").
    const skip = NEGATIONS_AFTER.has(next?.key ?? '') ? 2 : 1;
    const demonstrative = DEMONSTRATIVES.has(tokens[w.last + skip]?.key ?? '');
    if (defended || demonstrative || after.some((t) => DEFENCE.has(t.key))) continue;
    // "Count" and "matter" deny worth without an object: "ils ne comptent pas" does, "ils ne
    // comptent pas les heures" does not.
    if (INTRANSITIVE.has((tokens[w.last] as Token).key)) {
      const then = tokens[w.last + skip];
      if (then !== undefined && then.kind !== 'punct' && !ADVERBIAL.has(then.key)) continue;
    }
    for (const m of matches) {
      if (m.category !== 'identity' || sentence[m.first] !== sentence[w.first]) continue;
      if (reported[m.first] === 1) continue;
      // "Not all Muslims are…" denies a generalisation, not the group's worth.
      if (notAll(tokens, m.first)) continue;
      const subject = m.last < w.first && w.first - m.last <= WORTH_SUBJECT_REACH;
      // A clause between makes the group no object: "ce n'est pas normal que les migrants…".
      const object =
        m.first > w.last &&
        m.first - w.last <= WORTH_OBJECT_REACH &&
        !tokens.slice(w.last + 1, m.first).some((t) => CLAUSE.has(t.key));
      if ((subject || object) && !out.some((d) => d.group === m)) out.push({ group: m, by: w });
    }
  }
  return out;
};

// "No woman should ever be allowed to vote": a right denied to every one of a group.
const NO = keySet('no aucun aucune');
const SHOULD = keySet('should devrait');
const ALLOWED = keySet('allowed permitted autorise autorisee droit');
const DENIED_REACH = 5;

/** A group quantified by "no", then "should (ever) be allowed": every one of it denied a right. */
export const deniedToEvery: GroupReader = (tokens, matches, sentence, _negated, reported) => {
  const out: Demeaned[] = [];
  for (const g of namedGroups(matches, reported)) {
    if (!NO.has(tokens[g.first - 1]?.key ?? '') || reported[g.first] === 1) continue;
    let should = false;
    for (let i = g.last + 1; i <= g.last + DENIED_REACH && i < tokens.length; i++) {
      if (sentence[i] !== sentence[g.first]) break;
      const key = (tokens[i] as Token).key;
      if (SHOULD.has(key)) should = true;
      else if (should && ALLOWED.has(key)) {
        out.push({ group: g, by: { category: 'hostile', first: i, last: i } });
        break;
      }
    }
  }
  return out;
};
