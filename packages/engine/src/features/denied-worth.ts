import type { Demeaned, GroupReader } from './group-talk.ts';
import { HURTFUL } from './hurtful.ts';

// How far after the denied word a hurtful word or a defence makes the sentence defend the group.
const DEFENCE_REACH = 3;
const WORTH_SUBJECT_REACH = 5;
const WORTH_OBJECT_REACH = 3;
const NOTHING = new Set(['rien', 'nothing', 'anything']);
const NONE = new Set(['no', 'aucun', 'aucune']);
const CLAUSE = new Set(['que', "qu'", 'that', 'si', 'if']);
// What a group "does not deserve" when the sentence defends it: "this", "la haine", "such abuse".
const DEFENCE = new Set([
  'this',
  'that',
  'such',
  'ca',
  'cela',
  'ce',
  'cet',
  'cete',
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

/**
 * Groups denied worth, trust or rights: "ils ne valent rien", "they do not deserve respect",
 * "I will never trust them", "good for nothing". The group is the subject a few words before the
 * negated word, or its object just after; no hurtful word is needed. A hurtful word right after
 * the denial ("they do not deserve hatred") makes it a defence, not an attack.
 */
export const deniedWorth: GroupReader = (tokens, matches, sentence, negated, reported) => {
  const out: Demeaned[] = [];
  // "No Black person has ever been smart", "aucun Noir n'a jamais été…": the group itself negated.
  const noneOf = matches.filter(
    (m) => m.category === 'identity' && NONE.has(tokens[m.first - 1]?.key ?? ''),
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
    if (negated[w.first] !== 1 && !ofNone && !(next !== undefined && NOTHING.has(next.key))) {
      continue;
    }
    const defended = matches.some(
      (h) =>
        HURTFUL.has(h.category) &&
        h.first > w.last &&
        h.first - w.last <= DEFENCE_REACH &&
        sentence[h.first] === sentence[w.first],
    );
    const after = tokens.slice(w.last + 1, w.last + 1 + DEFENCE_REACH);
    if (defended || after.some((t) => DEFENCE.has(t.key))) continue;
    for (const m of matches) {
      if (m.category !== 'identity' || sentence[m.first] !== sentence[w.first]) continue;
      if (reported[m.first] === 1) continue;
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
