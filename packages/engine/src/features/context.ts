import type { Lexicon, LexiconMatch } from '../lexicon/lexicon.ts';
import { matchLexicon } from '../lexicon/lexicon.ts';
import { clauseEndsAfter, endsInQuestion, keysAt, sentenceIds } from '../text/sentence.ts';
import { type Token, wordKeys } from '../text/tokenise.ts';
import { calledVermin } from './called-vermin.ts';
import { causedHarm } from './causative.ts';
import { dampCounterSpeech } from './counter-speech.ts';
import { deniedToEvery, deniedWorth } from './denied-worth.ts';
import { goingHomeWhen } from './going-home.ts';
import { aboutTreatment, type Demeaned, groupAttacks } from './group-talk.ts';
import { harmlessHarm } from './harmless-threats.ts';
import { hostileQuestions } from './hostile-questions.ts';
import { HURTFUL } from './hurtful.ts';
import { insinuations } from './insinuations.ts';
import { HOMONYM, innocentUses } from './look-alikes.ts';
import { menaces } from './menaces.ts';
import { OWNED, saidOfSelf } from './self-talk.ts';
import { patternThreats } from './threat-patterns.ts';
import { markUnaimed } from './unaimed.ts';
import { wishedAway } from './wished-away.ts';
import { wishedOrForetold } from './wished-harm.ts';

/** Weight kept by hurtful words that are negated, quoted or reported rather than aimed at someone. */
export const DAMPING = 0.25;
/** Weight kept by a homonym of an insult or slur read in its everyday sense ("a litter of puppies"). */
const HOMONYM_DAMPING = 0.1;
/**
 * Weight kept by a hurtful word inside quotation marks that no one is called: a word mentioned,
 * not used ("j'en ai marre de lire « connard » partout", 'calling migrants "parasites"…'). At a
 * quarter those still scored 0.71–0.84, the words' own weights being that large.
 */
const QUOTED_DAMPING = 0.1;
const NEGATION_REACH = 4;
// "nobody", "no", "aucun" negate the noun right after them, not the rest of the clause:
// "nobody asked for your stupid opinion" still insults.
const SHORT_NEGATIONS = new Set('nobody no none aucun aucune neither nor ni non'.split(' '));
const MODALS: ReadonlySet<string> = new Set(
  wordKeys('should can could would must will devrait doit peut pourrait ose'),
);
const MODAL_ADVERBS: ReadonlySet<string> = new Set(wordKeys('ever even really actually vraiment'));
const SAYING_REACH = 4;
const TARGET_REACH = 3;
// Words that end a negation's reach: "tu n'es qu'un idiot" negates nothing.
const NEGATION_STOPS = new Set(['mais', 'but', 'que', "qu'", 'than', 'just', 'only', 'juste']);

/** Lexicon hits plus, per token, how much of its weight it keeps in context. */
export interface Context {
  matches: LexiconMatch[];
  /** 1 for ordinary tokens, DAMPING for hurtful words under negation, quotation or report. */
  damping: Float32Array;
  /**
   * The damping before venting was read (`unaimed`), or null when nothing was vented: a swear
   * word aimed at no one hurts no reader, but it is still profanity (`analyze.ts`).
   */
  beforeVenting: Float32Array | null;
  /** Hurtful matches aimed at the reader ("t'es nul", "you idiot"). */
  targeted: LexiconMatch[];
  /** Harm verbs said as an intent, aimed at the reader ("I'm going to find you"). */
  threats: LexiconMatch[];
  /** Identity terms in a sentence that also attacks (insult, slur, dehumanising word, threat). */
  identityAttacks: LexiconMatch[];
  /** Insults and swear words that aim at no one (see markUnaimed). */
  unaimed: LexiconMatch[];
  /**
   * Groups denied worth or demeaned by what the sentence says of them (`group-talk.ts`): a subset
   * of identityAttacks read by rules precise enough to count even where the model hesitates.
   */
  demeaned: Demeaned[];
  /**
   * Animal and vermin words said of the reader or of "them" (`called-vermin.ts`), also in
   * `targeted`: read precisely enough to count where the model hesitates.
   */
  vermin: LexiconMatch[];
}

const TREAT = new Set(wordKeys('traiter traite traites traitee traitees traitent'));
const IF = new Set(wordKeys('if si'));
const OPENING_ONLY = new Set(wordKeys('calling claiming'));
const AS_LIKE = new Set(wordKeys('comme'));
const CALLED = new Set(wordKeys("de d'"));

/**
 * "Traiter les X de parasites" reports a name someone is called; "traiter les X comme des
 * parasites" says how to treat them: a call to act, not a report.
 */
function treatedLike(tokens: readonly Token[], m: LexiconMatch, sentence: Int32Array): boolean {
  if (!TREAT.has((tokens[m.first] as Token).key)) return false;
  for (let i = m.last + 1; i < tokens.length && sentence[i] === sentence[m.last]; i++) {
    const key = (tokens[i] as Token).key;
    if (CALLED.has(key)) return false;
    if (AS_LIKE.has(key)) return true;
  }
  return false;
}

/** Longest quotation read as a word mentioned ("« gros lard »"), not as speech reported. */
const MENTION_LENGTH = 3;
const QUOTED = 1;
const MENTIONED = 2;

/**
 * Marks tokens between a pair of quotation marks: MENTIONED inside a short quotation, QUOTED
 * inside a longer one. A mark left open quotes nothing ("Cam« ille est un vrai…" is a name typed
 * with a stray character).
 */
function quotedTokens(tokens: readonly Token[]): Uint8Array {
  const quoted = new Uint8Array(tokens.length);
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'punct' || t.text !== '"') continue;
    if (open < 0) open = i;
    else {
      quoted.fill(i - open - 1 <= MENTION_LENGTH ? MENTIONED : QUOTED, open + 1, i);
      open = -1;
    }
  }
  return quoted;
}

// Words that take up what a sentence reports as true.
const ENDORSED: readonly string[][] = [
  "c'est vrai",
  'is true',
  "it's true",
  'i agree',
  "je suis d'accord",
  "c'est un fait",
  "it's a fact",
  'is a fact',
  'they are right',
  'ils ont raison',
  'he is right',
  'she is right',
  'il a raison',
  'elle a raison',
].map(wordKeys);
function endorsed(tokens: readonly Token[], sentence: Int32Array, at: number): boolean {
  for (let i = at + 1; i < tokens.length && sentence[i] === sentence[at]; i++) {
    if (ENDORSED.some((keys) => keysAt(tokens, i, keys))) return true;
  }
  return false;
}

/** Marks tokens after a reported-speech cue until the sentence ends. */
function reportedTokens(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
): Uint8Array {
  const reported = new Uint8Array(tokens.length);
  for (const m of matches) {
    if (m.category !== 'report' || treatedLike(tokens, m, sentence)) continue;
    // What the sentence reports and then endorses is said: "on dit que … et c'est vrai".
    if (endorsed(tokens, sentence, m.first)) continue;
    // "Calling them rats is racist": a gerund that opens its sentence names what it judges; in
    // "he keeps calling me…" or "who you calling a…" it may be the insult itself.
    const opens = m.first === 0 || sentence[m.first - 1] !== sentence[m.first];
    if (OPENING_ONLY.has((tokens[m.first] as Token).key) && m.first === m.last && !opens) continue;
    // "If you say …" reports only its own clause: "if you say that again, I'll hurt you".
    const clause = [0, 1, 2].some((k) => IF.has(tokens[m.first - k]?.key ?? ''));
    for (let i = m.last + 1; i < tokens.length && sentence[i] === sentence[m.last]; i++) {
      reported[i] = 1;
      if (clause && clauseEndsAfter(tokens, i)) break;
    }
  }
  return reported;
}

/**
 * A negation before a verb of saying or thinking covers the whole clause it introduces, past the
 * "que/that": "je ne pense pas que tu sois bête", "nobody here thinks you are dumb".
 */
function negatedClauses(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  negated: Uint8Array,
): void {
  const saying = new Set(matches.filter((m) => m.category === 'saying').map((m) => m.first));
  for (const m of matches) {
    if (m.category !== 'negation' || rhetorical(tokens, m)) continue;
    let verb = -1;
    for (let i = m.last + 1; i <= m.last + SAYING_REACH && i < tokens.length; i++) {
      if ((tokens[i] as Token).kind === 'punct') break;
      if (saying.has(i)) {
        verb = i;
        break;
      }
    }
    if (verb < 0) continue;
    for (let i = verb + 1; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'punct' || t.key === 'mais' || t.key === 'but') break;
      negated[i] = 1;
      // A comma ends the clause: "je ne dirai jamais que tu es gentil, connard".
      if (clauseEndsAfter(tokens, i)) break;
    }
  }
}

// Subjects inverted around the negation of a question that asserts: "n'est-il pas temps de…",
// "isn't it time to…", "don't you think…".
const INVERTED = new Set(wordKeys('il elle on ce ils elles it they you we he she'));
const NE = new Set(["n'", 'ne']);

/** A negation inside a question that asserts what it seems to deny. */
function rhetorical(tokens: readonly Token[], m: LexiconMatch): boolean {
  const before = tokens[m.first - 1];
  const after = tokens[m.last + 1];
  const inverted =
    (before !== undefined &&
      INVERTED.has(before.key) &&
      (tokens[m.first - 2]?.kind ?? '') === 'word') ||
    (after !== undefined && INVERTED.has(after.key) && m.first > 0) ||
    // "Ne serait-ce pas…", "n'est-il pas…": "ne", the verb, then its subject.
    (NE.has((tokens[m.first] as Token).key) && INVERTED.has(tokens[m.last + 2]?.key ?? ''));
  return inverted && endsInQuestion(tokens, m.last);
}

const NAMES: ReadonlySet<string> = new Set(['insult', 'slur']);
/** An insult at `i` that ends its clause: what the reader is called. */
const vocative = (tokens: readonly Token[], matches: readonly LexiconMatch[], i: number) =>
  clauseEndsAfter(tokens, i) && matches.some((m) => m.first === i && NAMES.has(m.category));
function negatedTokens(tokens: readonly Token[], matches: readonly LexiconMatch[]): Uint8Array {
  const negated = new Uint8Array(tokens.length);
  negatedClauses(tokens, matches, negated);
  // "Bah non, conasse" answers the reader and denies nothing ("non retarded club" denies).
  for (const m of matches) {
    if (m.category !== 'negation' || rhetorical(tokens, m)) continue;
    if ((tokens[m.first] as Token).key === 'non' && vocative(tokens, matches, m.last + 1)) continue;
    // "Nobody should hate …": a short negation before a modal covers the verb after it.
    const next = tokens[m.last + 1];
    const short = SHORT_NEGATIONS.has((tokens[m.first] as Token).key);
    const modal = next !== undefined && MODALS.has(next.key);
    // "Nobody should ever listen to…": an adverb after the modal, and the verb is still reached.
    const adverb = modal && MODAL_ADVERBS.has(tokens[m.last + 2]?.key ?? '');
    const reach = !short ? NEGATION_REACH : modal ? (adverb ? 3 : 2) : 1;
    for (let i = m.last + 1; i <= m.last + reach && i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'punct' || NEGATION_STOPS.has(t.key)) break;
      negated[i] = 1;
    }
  }
  return negated;
}

// Words that add no distance between "you" and the insult: "you are nothing but a waste of space",
// "t'es rien qu'un minable", "you're just a total joke".
const FILLERS: ReadonlySet<string> = new Set(
  wordKeys("nothing but just only rien que qu' un une a an such real total complete vrai vraie"),
);

/** Tokens from `from` to `to`, fillers not counted. */
function reach(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to; i++) if (!FILLERS.has((tokens[i] as Token).key)) n++;
  return n + 1;
}

/**
 * Reads the context around lexicon hits: negation ("I am not saying you are stupid"), quotation
 * and reported speech (counter-speech quoting an insult to condemn it), second-person targeting and
 * identity attacks without slurs.
 */
export function readContext(tokens: readonly Token[], lexicon: Lexicon): Context {
  const matches = matchLexicon(lexicon, tokens);
  const sentence = sentenceIds(tokens);
  const quoted = quotedTokens(tokens);
  // Said by someone else: quoted, or after a cue of reported speech.
  const cued = reportedTokens(tokens, matches, sentence);
  const reported = cued.slice();
  for (let i = 0; i < quoted.length; i++) if (quoted[i] !== 0) reported[i] = 1;
  const negated = negatedTokens(tokens, matches);
  const self = saidOfSelf(tokens, matches, sentence);
  const damping = new Float32Array(tokens.length).fill(1);
  // Homonyms in their everyday sense and reclaimed slurs, lexicon words or not.
  const innocent = innocentUses(tokens, matches, sentence, lexicon.senses);
  for (let i = 0; i < tokens.length; i++) {
    if (innocent[i] !== 0) damping[i] = innocent[i] === HOMONYM ? HOMONYM_DAMPING : DAMPING;
  }
  const threats = [
    ...patternThreats(tokens, matches, sentence),
    ...causedHarm(tokens, matches, sentence),
    ...wishedOrForetold(tokens, matches, sentence),
  ].filter((m) => negated[m.first] !== 1 && reported[m.first] !== 1);
  // These readings read their own negation ("je n'en laisserai aucun en vie" threatens).
  for (const m of menaces(tokens, matches, sentence)) if (reported[m.first] !== 1) threats.push(m);
  const targeted: LexiconMatch[] = [];
  const identityAttacks: LexiconMatch[] = [];
  const seconds = matches.filter((m) => m.category === 'second' && reported[m.first] !== 1);
  const attacks = matches.filter(
    (m) =>
      m.category === 'insult' ||
      m.category === 'hostile' ||
      m.category === 'slur' ||
      m.category === 'dehumanising' ||
      m.category === 'threat',
  );
  const harmless = harmlessHarm(tokens, matches);
  const goingHome = goingHomeWhen(tokens, matches);
  for (const m of matches) {
    if (!HURTFUL.has(m.category)) continue;
    // Only the first token decides: a cue inside the phrase ("nobody likes you") is part of it.
    const aimed = seconds.some(
      (s) =>
        sentence[s.last] === sentence[m.first] &&
        ((s.last < m.first && reach(tokens, s.last, m.first) <= TARGET_REACH) ||
          s.first === m.last + 1),
    );
    // Quotation marks around a word the reader is called are scare quotes: "tu es un « connard »".
    const scare = quoted[m.first] === MENTIONED && aimed && cued[m.first] !== 1;
    const softened =
      harmless.has(m) ||
      goingHome.has(m) ||
      // "Aucun pédé n'enseignera…", "no fag is going to…": a slur negated as a determiner is used.
      (negated[m.first] === 1 &&
        !(m.category === 'slur' && SHORT_NEGATIONS.has(tokens[m.first - 1]?.key ?? ''))) ||
      (reported[m.first] === 1 && !scare) ||
      innocent[m.first] === 1 ||
      (self?.[m.first] ?? 0) > 0;
    if (softened) {
      // A word quoted alone and said of no one is mentioned, not used; one owned, reclaimed.
      const mentioned = quoted[m.first] === MENTIONED && !aimed;
      const kept = mentioned
        ? QUOTED_DAMPING
        : self?.[m.first] === OWNED
          ? HOMONYM_DAMPING
          : DAMPING;
      for (let i = m.first; i <= m.last; i++) damping[i] = Math.min(damping[i] as number, kept);
      continue;
    }
    if (aimed && m.category !== 'dehumanising') targeted.push(m);
  }
  // A verb of harm in play or made of hugs keeps a little: "je vais te massacrer au ping-pong".
  for (const m of harmless) {
    if (HURTFUL.has(m.category)) continue;
    for (let i = m.first; i <= m.last; i++) damping[i] = Math.min(damping[i] as number, DAMPING);
  }
  const vermin = calledVermin(tokens, matches, sentence).filter(
    ({ first: i }) => negated[i] !== 1 && reported[i] !== 1 && innocent[i] === 0 && !self?.[i],
  );
  targeted.push(...vermin);
  // Said of no one in particular, but not meant either: "saying they are repulsive is hatred".
  for (const m of matches) {
    if (m.category !== 'pejorative' && m.category !== 'loathing') continue;
    if (negated[m.first] !== 1 && reported[m.first] !== 1 && !self?.[m.first]) continue;
    for (let i = m.first; i <= m.last; i++) damping[i] = Math.min(damping[i] as number, DAMPING);
  }
  dampCounterSpeech({ tokens, matches, sentence }, negated, reported, damping, quoted);
  const { unaimed, beforeVenting } = markUnaimed(tokens, matches, sentence, damping);
  for (const m of matches) {
    if (m.category !== 'identity' || reported[m.first] === 1) continue;
    // "I hate the way refugees are treated": the way, not the group, is what the word attacks.
    const across = (a: LexiconMatch) =>
      aboutTreatment(
        tokens,
        Math.min(a.last, m.last) + 1,
        Math.max(a.first, m.first),
        m.first,
        m.last,
      );
    const attacked = (a: LexiconMatch) =>
      sentence[a.first] === sentence[m.first] && damping[a.first] === 1 && !across(a);
    if (attacks.some(attacked)) {
      identityAttacks.push(m);
    }
  }
  // Read by rules of their own, precise enough to be trusted beyond the model (`analyze.ts`).
  const demeaned = [
    ...deniedWorth(tokens, matches, sentence, negated, reported),
    ...groupAttacks(
      tokens,
      matches,
      sentence,
      negated,
      reported,
      damping,
      (i) => innocent[i] === 0 && !self?.[i],
    ),
    ...wishedAway(tokens, matches, sentence, negated, reported),
    ...deniedToEvery(tokens, matches, sentence, negated, reported),
    ...hostileQuestions(tokens, matches, sentence, negated, reported),
    ...insinuations(tokens, matches, sentence, negated, reported),
  ];
  for (const { group } of demeaned) {
    if (!identityAttacks.includes(group)) identityAttacks.push(group);
  }
  return {
    matches,
    damping,
    beforeVenting,
    targeted,
    threats,
    identityAttacks,
    unaimed,
    demeaned,
    vermin,
  };
}
