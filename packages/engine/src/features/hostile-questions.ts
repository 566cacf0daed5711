import type { LexiconCategory } from '../lexicon/lexicon.ts';
import { clauseEndsAfter, endsInQuestion, keysAt } from '../text/sentence.ts';
import { keySet, type Token, wordKeys } from '../text/tokenise.ts';
import { type Demeaned, type GroupReader, namedGroups } from './group-talk.ts';

/**
 * Questions that attack a group while asserting nothing: the question is the assertion.
 * "Are Jews really human?", "Les Roms ont-ils seulement un cerveau ?", "When do we kick out the
 * immigrants?", "Comment peut-on encore tolérer les …", "Is there a single honest …?".
 *
 * Read only in a sentence that ends in a question mark and names a group, in three shapes:
 * - the group's humanity or most basic abilities doubted: "really / even / seulement / vraiment"
 *   with "human", "a brain", "read", "think";
 * - "we / on" letting the group in, tolerating or accepting it "still / really / encore", or doing
 *   to it what a verb of exclusion or harm says ("quand est-ce qu'on vire les …");
 * - its worth denied: "good for anything", "servent à quelque chose", "a single honest …",
 *   "why should anyone respect …".
 * A question that is negated or reported is not the speaker's ("I never asked whether…"). Asked
 * of things ("can robots even read?") or by "they" about history ("why did they deport the Jews?")
 * it names no group, or no "we", and stays harmless.
 */

// How far before the group a verb that takes it as object may be: "kick out all the …".
const OBJECT_REACH = 3;
// How far from the group a phrase denying its worth may start or end.
const WORTH_REACH = 5;
const phrases = (text: string): readonly string[][] =>
  text
    .split(',')
    .map((p) => wordKeys(p))
    .filter((p) => p.length > 0);

// Words that make a question doubt what everyone takes for granted.
const DOUBT = keySet('vraiment seulement meme even really actually');
const HUMAN = keySet(
  'humain humains humaine humaines human humans normal normaux normales natural naturels',
);
const ABILITIES = keySet(`
  cerveau cervelle brain brains lire read penser think ecrire write compter count parler speak
`);
const WE = keySet('on nous we us');
const STILL = keySet('encore still really vraiment even');
// Letting a group in, or putting up with it, asked by "we": hostile when asked "still / really".
const TOLERATE = keySet(`
  tolerer tolere toleres tolerate tolerating accepter accepte acceptons accept accepting supporter
  supporte put
`);
// Letting in is hostile in a question even without "still": "why do we let them in?".
const LET_IN = phrases('laisse entrer, laisser entrer, laissons entrer, laisse rentrer, let in');
const LET = keySet('let letting laisse laisser laissons laissent');
const IN = keySet('in entrer rentrer');
// "… into this country at all?", "… dans ce pays ?": where the group is let in.
const INTO = keySet('into in dans');
const COUNTRY = keySet('country pays nation europe france');
// "Who even wants disabled people around?": the group's presence wanted by no one.
const WHO = keySet('who qui');
const WANTS = keySet('wants want envie veut veulent voudrait');
const AROUND = keySet('around autour');
const US = keySet('us me here ici');
const SELF = keySet('soi nous moi');

/** "Around" at the end of its clause, or around us: "… around?", "… autour de soi ?". */
function aroundUs(tokens: readonly Token[], at: number): boolean {
  if (at < 0) return false;
  const next = tokens[at + 1]?.key ?? '';
  if (clauseEndsAfter(tokens, at) || US.has(next)) return true;
  return next === 'de' && SELF.has(tokens[at + 2]?.key ?? '');
}
// Excluding or harming asked as what "we" will do: "when do we kick out …", "on vire les …".
const ACTS: ReadonlySet<LexiconCategory> = new Set(['group-harm', 'harm']);
const EXCLUDE = keySet(`
  vire virer virons expulse expulser expulsons chasse chasser chassons renvoie renvoyer renvoyons
  kick deport expel
`);
// Worth denied by the question itself.
const WORTHLESS = phrases(`
  servent a quelque chose, servent ils a quelque chose, sert a quelque chose, bons a quelque chose,
  good for anything, done anything useful, ever done anything, ever contributed, a single honest,
  un seul honnete, une seule honnete, should anyone respect, should we respect, faudrait il respecter,
  faut il respecter, a single decent, un seul intelligent, a single intelligent,
  can anyone trust, could anyone trust, can you trust, peut on faire confiance,
  peut on avoir confiance, faire confiance a un, faire confiance a une, faire confiance aux,
  ever brought, a apporte de bon, ont apporte de bon
`);
// "Do we really need more …?": the group's presence itself questioned.
const NEED_MORE = phrases(`
  do we really need more, do we need more, do we need any more, a on vraiment besoin de plus de,
  a on besoin de plus de, avons nous vraiment besoin de plus de
`);
// Rights questioned: what "we" let the group do or should ban it from ("why do we even let
// Muslims vote?", "shouldn't gay people be banned from teaching?", "pourquoi les juifs ont-ils le
// droit de…"), or whether it is time it stopped ("isn't it time women stopped working?").
const RIGHTS_BEFORE = phrases(`
  why do we let, why do we even let, why do we still let, pourquoi laisse on,
  pourquoi laisse on encore, pourquoi laissons nous, ne devrait on pas interdire aux,
  ne devrait on pas interdire, should not we ban, should we not ban
`);
// What "we" let a group do, as a right withheld: "why do we let … vote", not "… sleep in the
// street".
const RIGHTS = keySet(`
  vote voter work travailler teach enseigner stay rester marry marier adopt adopter own posseder
  run diriger lead buy acheter come venir live vivre sortir
`);
const TIME_BEFORE = phrases(
  `is not it time, is it not time, n'est il pas temps que, il est temps que`,
);
// After the group, in a question opened by "why" or "should": banned (the question's own
// negation does not cancel it), or given a right (a negation does: "pourquoi les réfugiés
// n'ont-ils pas le droit de travailler ?" defends them).
const BANNED_AFTER = phrases(
  'be banned, be baned, etre interdits, etre interdites, even allowed, still allowed, encore autorises',
);
const RIGHT_AFTER = phrases('ont ils le droit, ont elles le droit');
const STOPPED_AFTER = phrases(`
  stoped, stopped, quit, left, leave, aretent, arretent, arreter, partent, quittent, rentrent
`);
const WHY = keySet('why pourquoi should devrait');
// "Why do Jews always complain?": a fault asked as a habit of the whole group.
const ALWAYS = keySet('always toujours');
const FAULTS = keySet(`
  complain complains lie lies steal steals whine whines cheat cheats moan moans plaignent mentent
  volent trichent pleurnichent ralent
`);
const RIGHTS_REACH = 4;
const SINGLE = keySet('seul seule single');
const GOOD = keySet(`
  honnete honest intelligent intelligente smart decent bon bonne good useful utile gentil nice
`);

/** The start of a phrase of `list` ending within RIGHTS_REACH before `group`, or -1. */
function phraseBefore(
  tokens: readonly Token[],
  from: number,
  group: number,
  list: readonly string[][],
): number {
  for (let i = from; i < group; i++) {
    for (const p of list) {
      const end = i + p.length - 1;
      if (end < group && group - end <= RIGHTS_REACH && keysAt(tokens, i, p)) return i;
    }
  }
  return -1;
}

function hasPhrase(
  tokens: readonly Token[],
  from: number,
  to: number,
  list: readonly string[][],
): number {
  for (let i = from; i <= to; i++) {
    if (list.some((p) => i + p.length - 1 <= to && keysAt(tokens, i, p))) return i;
  }
  return -1;
}

// The English preposition "on" ("attacks on refugees", "on the news") is no French "on".
const ARTICLES = keySet('the a an our their these those this that all my your his her its');
function we(
  tokens: readonly Token[],
  from: number,
  to: number,
  groupStarts: ReadonlySet<number>,
  said: (i: number) => boolean,
): boolean {
  for (let i = from; i <= to; i++) {
    const key = (tokens[i] as Token).key;
    if (!WE.has(key) || !said(i)) continue;
    if (key !== 'on') return true;
    const next = tokens[i + 1];
    if (next !== undefined && !ARTICLES.has(next.key) && !groupStarts.has(i + 1)) return true;
  }
  return false;
}

export const hostileQuestions: GroupReader = (tokens, matches, sentence, negated, reported) => {
  const out: Demeaned[] = [];
  const groups = namedGroups(matches, reported);
  const groupStarts = new Set(groups.map((g) => g.first));
  for (const g of groups) {
    if (!endsInQuestion(tokens, g.last)) continue;
    const s = sentence[g.first];
    let from = g.first;
    let to = g.last;
    while (from > 0 && sentence[from - 1] === s) from--;
    while (to + 1 < tokens.length && sentence[to + 1] === s) to++;
    const said = (i: number) => negated[i] !== 1 && reported[i] !== 1;
    const at = (i: number): Demeaned => ({
      group: g,
      by: { category: 'hostile', first: i, last: i },
    });
    const has = (set: ReadonlySet<string>, lo = from, hi = to) => {
      for (let i = lo; i <= hi; i++) if (set.has((tokens[i] as Token).key) && said(i)) return i;
      return -1;
    };
    // Humanity or basic abilities doubted.
    // The doubted word ends the question: "… even read?", not "… even read the forms?".
    const doubt = has(DOUBT);
    const doubted = Math.max(has(HUMAN, g.last + 1), has(ABILITIES, g.last + 1));
    if (doubt >= 0 && doubted >= 0 && clauseEndsAfter(tokens, doubted)) {
      out.push(at(doubted));
      continue;
    }
    // "We" letting in, tolerating, excluding or harming the group.
    if (we(tokens, from, to, groupStarts, said)) {
      const letIn = hasPhrase(tokens, from, g.first - 1, LET_IN);
      // "Why do we let them in?": "in" right after the group, ending the question.
      const inAfter = IN.has(tokens[g.last + 1]?.key ?? '') && clauseEndsAfter(tokens, g.last + 1);
      const letAt = has(LET, from, g.first - 1);
      const intoCountry =
        INTO.has(tokens[g.last + 1]?.key ?? '') &&
        has(COUNTRY, g.last + 2, Math.min(to, g.last + 3)) >= 0;
      // "laisse encore entrer des …": what is let follows "let", the group after it.
      const entering = letAt >= 0 && has(IN, letAt + 1, g.first - 1) >= 0;
      const letThenIn = letAt >= 0 && (inAfter || intoCountry || entering);
      // The group is what is tolerated or excluded: "tolérer les Roms", "tolère encore les
      // homos", not "tolérer le racisme envers les Roms".
      const near = Math.max(from, g.first - OBJECT_REACH);
      const stillBefore = STILL.has(tokens[g.first - 2]?.key ?? '') ? 1 : 0;
      const tolerated = has(TOLERATE, Math.max(from, g.first - 2 - stillBefore), g.first - 1);
      const excluded = has(EXCLUDE, near, g.first - 1);
      const act = matches.find(
        (m) => ACTS.has(m.category) && m.last < g.first && m.first >= near && said(m.first),
      );
      if (letIn >= 0 || letThenIn) {
        out.push(at(Math.max(letIn, from)));
        continue;
      }
      if ((tolerated >= 0 && has(STILL) >= 0) || excluded >= 0 || act !== undefined) {
        out.push(at(act?.first ?? Math.max(tolerated, excluded)));
        continue;
      }
    }
    // Rights questioned. Their negations are the question's own ("shouldn't … be banned", "n'est-il
    // pas temps que …"): only a report cancels them, except for a right given.
    const lets = phraseBefore(tokens, from, g.first, RIGHTS_BEFORE);
    const time = phraseBefore(tokens, from, g.first, TIME_BEFORE);
    const reach = Math.min(to, g.last + RIGHTS_REACH);
    const banned = hasPhrase(tokens, g.last + 1, reach, BANNED_AFTER);
    const right = hasPhrase(tokens, g.last + 1, reach, RIGHT_AFTER);
    const stopped = hasPhrase(tokens, g.last + 1, reach, STOPPED_AFTER);
    const why = has(WHY, from, g.first - 1) >= 0;
    const withheld = (i: number) => i >= 0 && has(RIGHTS, Math.max(from, g.first - 2), reach) >= 0;
    const fault =
      why && has(ALWAYS, from, to) >= 0 ? has(FAULTS, g.last + 1, Math.min(to, g.last + 4)) : -1;
    const rights = [
      phraseBefore(tokens, from, g.first, NEED_MORE),
      fault,
      withheld(lets) ? lets : -1,
      time >= 0 && stopped >= 0 ? time : -1,
      why && banned >= 0 ? banned : -1,
      why && right >= 0 && said(right) ? right : -1,
    ].find((i) => i >= 0 && reported[i] !== 1);
    if (rights !== undefined) {
      out.push(at(rights));
      continue;
    }
    // No one wants the group around: "who even wants … around?", "qui a envie d'avoir des …
    // autour de soi ?".
    const who = has(WHO, from, g.first - 1);
    const around = has(AROUND, g.last + 1, to);
    if (who >= 0 && has(WANTS, who + 1, g.first - 1) >= 0 && aroundUs(tokens, around)) {
      out.push(at(who));
      continue;
    }
    // Worth denied: "good for anything", "a single honest …".
    // The worth phrase holds the group close: "should anyone respect Jews?", not "… respect a
    // law that bans …".
    const worthless = hasPhrase(
      tokens,
      Math.max(from, g.first - WORTH_REACH),
      Math.min(to, g.last + WORTH_REACH),
      WORTHLESS,
    );
    const single = has(SINGLE, from, g.first - 1);
    const good = has(GOOD, Math.max(g.first - 2, from));
    if ((worthless >= 0 && said(worthless)) || (single >= 0 && good >= 0)) {
      out.push(at(worthless >= 0 ? worthless : single));
    }
  }
  return out;
};
