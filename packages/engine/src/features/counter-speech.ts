import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { clauseEndsAfter, keysAt } from '../text/sentence.ts';
import { keySet, type Token, wordKeys } from '../text/tokenise.ts';

/**
 * Counter-speech: words that condemn hatred, said in opposition to it ("non au racisme, non à
 * l'homophobie", "stop à la haine", "together against racism") or by a sentence that condemns
 * what it reports. The condemning words weigh towards hate in the labelled sets (texts about
 * racism are often racist), so a slogan against it scored 0.71; here they are read as
 * counter-speech.
 */

/** What opposes the word after it. */
const OPPOSING: readonly string[][] = [
  'non a',
  'non au',
  'non aux',
  'stop a',
  'stop au',
  'stop aux',
  'contre',
  'lutter contre',
  'lutte contre',
  'luttons contre',
  'combattre',
  'combattons',
  'combat contre',
  'en finir avec',
  'halte a',
  'halte au',
  'no to',
  'no more',
  'stop',
  'against',
  'fight',
  'fighting',
  'end',
  'ending',
  'stand up to',
  'denounce',
  'denoncer',
  'denoncons',
  'condemn',
  'condamner',
  'condamnons',
  'reject',
  'rejeter',
  'rejetons',
].map(wordKeys);
/** Articles that may stand between: "contre le racisme", "stop à l'homophobie". */
const ARTICLES = new Set(
  wordKeys("le la les l' the all toute tout toutes tous any forme formes of de d' form forms"),
);
const MAX_ARTICLES = 3;

/** After the condemning word: what the hatred is against ("la haine contre les homos"). */
const AGAINST = new Set(wordKeys('contre envers against towards toward'));
/** Before it: an article names the hatred as a thing ("la haine", "the hatred"). */
const NAMING = new Set(wordKeys("la le l' the cette this cet ce"));
/** Before the article: "j'ai de la haine contre…" has the hatred, it does not name it. */
const PARTITIVE = new Set(wordKeys('de du des'));

/**
 * Whether a condemning word names hatred as a thing and says whom it is against: "comment
 * peut-on encore tolérer la haine contre les homos ?", "hatred against gay people is rising".
 */
function namesHatred(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (!AGAINST.has(tokens[m.last + 1]?.key ?? '')) return false;
  const before = tokens[m.first - 1];
  if (before === undefined || before.kind === 'punct') return true;
  return NAMING.has(before.key) && !PARTITIVE.has(tokens[m.first - 2]?.key ?? '');
}

/** Condemning words that a word of opposition stands before, or that name hatred as a thing. */
function opposedCondemnations(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  for (const m of matches) {
    if (m.category !== 'condemn') continue;
    if (namesHatred(tokens, m)) {
      out.push(m);
      continue;
    }
    let end = m.first - 1;
    let articles = 0;
    while (end >= 0 && articles < MAX_ARTICLES && ARTICLES.has((tokens[end] as Token).key)) {
      end--;
      articles++;
    }
    if (OPPOSING.some((keys) => keysAt(tokens, end - keys.length + 1, keys))) out.push(m);
  }
  return out;
}

/** A quotation longer than a mention (`quotedTokens` in `context.ts`). */
const QUOTATION = 1;
/** Weight kept by a word that condemns what its sentence quotes or denies ("… is pure hatred"). */
const COUNTERED_DAMPING = 0.1;
// Report cues that tell someone to stop: "stop calling …", "arrête de dire que …".
const STOP = new Set(wordKeys('stop arrete arretez quit'));
// Weariness of what is reported: "I'm tired of people claiming …", "j'en ai marre qu'on dise …".
const WEARY: readonly string[][] = [
  'tired of',
  'sick of',
  'fed up with',
  'fed up of',
  'weary of',
  'en ai marre',
  'en a marre',
  'en avons marre',
  'en ai assez',
  'en a assez',
].map(wordKeys);
const WEARY_REACH = 3;
const OF = new Set(wordKeys("de d'"));
/** "Stop saying …", "arrête de publier que …": a report cue that is, or follows, a "stop". */
function told(tokens: readonly Token[], at: number): boolean {
  if (STOP.has((tokens[at] as Token).key)) return true;
  return STOP.has(tokens[at - 2]?.key ?? '') && OF.has(tokens[at - 1]?.key ?? '');
}
function weary(tokens: readonly Token[], at: number): boolean {
  for (let end = at - 1; end >= Math.max(0, at - WEARY_REACH); end--) {
    if (WEARY.some((keys) => keysAt(tokens, end - keys.length + 1, keys))) return true;
  }
  return false;
}
const BUT = new Set(wordKeys('but mais'));
const YOU = new Set(wordKeys('you tu toi'));
/** A clause that turns to the reader after a comma: "… I'm a bitch, you fucking bitch". */
function addressed(tokens: readonly Token[], i: number): boolean {
  return i > 0 && YOU.has((tokens[i] as Token).key) && clauseEndsAfter(tokens, i - 1);
}

// Verbs that put words on a wall or in a crowd's mouth, before the quotation they utter.
const UTTERED = keySet(
  'crier crie hurler hurle taguer tague ecrit scander scande tweeted posted chanted shouted yelled wrote painted sprayed',
);
// A quotation given as an example of what is condemned: "des phrases comme « … »", "lines like …".
const EXAMPLE = keySet('comme like');

/** The text as the context rules read it. */
interface Read {
  tokens: readonly Token[];
  matches: readonly LexiconMatch[];
  sentence: Int32Array;
}

/**
 * Damps what counter-speech condemns (`context.ts` runs this after negation and report): the
 * condemning word itself, and in a sentence that condemns what it reports, what it reports.
 */
export function dampCounterSpeech(
  { tokens, matches, sentence }: Read,
  negated: Uint8Array,
  reported: Uint8Array,
  damping: Float32Array,
  quoted: Uint8Array,
): void {
  // The word that condemns what is quoted or denied is counter-speech too: "saying they are
  // repulsive is pure hatred", "non, ils ne sont pas des sous-hommes, c'est honteux"; so is one
  // opposed ("non au racisme", opposedCondemnations above).
  const countered = new Set<number>();
  const reportedIn = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if ((damping[i] as number) < 1 && (negated[i] === 1 || reported[i] === 1)) {
      countered.add(sentence[i] as number);
      if (reported[i] === 1) reportedIn.add(sentence[i] as number);
    }
  }
  const opposed = opposedCondemnations(tokens, matches);
  // Sentences that condemn what they quote or report, or tell someone to stop saying it ("stop
  // calling refugees parasites"): what they quote keeps a tenth, as the condemning word does.
  const condemning = new Set<number>();
  for (const m of matches) {
    if (m.category === 'report' && (told(tokens, m.first) || weary(tokens, m.first))) {
      condemning.add(sentence[m.first] as number);
    }
    if (m.category !== 'condemn') continue;
    if (!countered.has(sentence[m.first] as number) && !opposed.includes(m)) continue;
    if (reportedIn.has(sentence[m.first] as number)) condemning.add(sentence[m.first] as number);
    for (let i = m.first; i <= m.last; i++) {
      damping[i] = Math.min(damping[i] as number, COUNTERED_DAMPING);
    }
  }
  dampCondemnedQuotes(tokens, matches, sentence, quoted, damping);
  dampCondemnedClaims(tokens, matches, sentence, { negated, reported, quoted }, damping);
  // What follows a "but" is the sentence's own message: "je ne suis pas homophobe, mais …".
  let turned = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (BUT.has((tokens[i] as Token).key) || addressed(tokens, i)) turned = sentence[i] as number;
    if (turned === sentence[i] || !condemning.has(sentence[i] as number)) continue;
    if (reported[i] === 1 && (damping[i] as number) < 1) {
      damping[i] = Math.min(damping[i] as number, COUNTERED_DAMPING);
    }
  }
}

/**
 * A claim reported and then condemned in its sentence ("Dire que les juifs sont avares, c'est de
 * l'antisémitisme", "saying gay people are sick is homophobic"): every word between the report
 * cue and the condemning word keeps a tenth, words of no list included (the group's name, "avares"),
 * since none is the writer's. What follows the condemning word is the writer's again.
 */
function dampCondemnedClaims(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  { negated, reported, quoted }: { negated: Uint8Array; reported: Uint8Array; quoted: Uint8Array },
  damping: Float32Array,
): void {
  for (const m of matches) {
    if (m.category !== 'condemn' || negated[m.first] === 1) continue;
    // A quoted claim is read by `dampCondemnedQuotes`: damping every word of a short text
    // would only raise the rest once the features are normalised.
    if (quoted.some((q, i) => q !== 0 && sentence[i] === sentence[m.first])) continue;
    // The claim reported in its sentence, or in the one before when the condemnation refers back
    // to it ("He wrote that gay people are a disease. That's disgusting.").
    const s = sentence[m.first] as number;
    const claimIn = refersBack(tokens, m.first, sentence) ? [s, s - 1] : [s];
    const cue = matches.find(
      (r) =>
        r.category === 'report' &&
        r.last < m.first &&
        claimIn.includes(sentence[r.first] as number),
    );
    if (cue === undefined) continue;
    // "People say I'm racist, but …": the sentence turns to its own message.
    let turns = false;
    for (
      let i = m.last + 1;
      !turns && i < tokens.length && sentence[i] === sentence[m.first];
      i++
    ) {
      turns = BUT.has((tokens[i] as Token).key);
    }
    if (turns) continue;
    // The condemning word with it: it speaks against the claim, not against anyone.
    for (let i = cue.last + 1; i <= m.last; i++) {
      if (reported[i] === 1 || i >= m.first) {
        damping[i] = Math.min(damping[i] as number, COUNTERED_DAMPING);
      }
    }
  }
}

// Words that open a sentence about what was just said: "That's …", "C'est …", "Ce qui est …".
const BACK = new Set(wordKeys("that this c' ce ca cela it"));
/** Whether the sentence of `at` opens, a word or two before it, on a word that refers back. */
function refersBack(tokens: readonly Token[], at: number, sentence: Int32Array): boolean {
  let first = at;
  while (first > 0 && sentence[first - 1] === sentence[at]) first--;
  return at - first <= 3 && BACK.has((tokens[first] as Token).key);
}

/**
 * A quotation condemned by its own sentence or the next one ('"Gay people are sick" is an awful
 * thing to say', '« Les X sont des rats. » Ces propos sont haineux.'): every word quoted keeps a
 * tenth, the group's name and what is said of it alike, since neither is the writer's.
 */
function dampCondemnedQuotes(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
  quoted: Uint8Array,
  damping: Float32Array,
): void {
  // Quotations of a whole statement that open their sentence, or follow a verb of saying ("Écrire
  // « … » sur un mur, c'est un crime"); a word or two in quotation marks may be what the reader
  // is called ('you are "scum" and racist').
  const said = new Set<number>();
  for (const m of matches) if (m.category === 'report' || m.category === 'saying') said.add(m.last);
  const opening = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    if (quoted[i] !== QUOTATION || quoted[i - 1] !== 0) continue;
    const before = tokens[i - 2];
    if (
      before === undefined ||
      before.kind === 'punct' ||
      said.has(i - 2) ||
      UTTERED.has(before.key) ||
      EXAMPLE.has(before.key)
    )
      opening.add(i);
  }
  if (opening.size === 0) return;
  const condemned = new Set<number>();
  for (const m of matches) {
    if (m.category !== 'condemn' || quoted[m.first] !== 0) continue;
    const s = sentence[m.first] as number;
    condemned.add(s);
    condemned.add(s - 1);
  }
  const damped = new Set<number>();
  for (const start of opening) {
    if (!condemned.has(sentence[start] as number)) continue;
    damped.add(sentence[start] as number);
    for (let i = start; i < tokens.length && quoted[i] === QUOTATION; i++) {
      damping[i] = Math.min(damping[i] as number, COUNTERED_DAMPING);
    }
  }
  // The condemning word too ("… est un argument transphobe"): it speaks against the quotation. A
  // word, not a phrase: damping "an awful thing to say" as well leaves too little undamped in a
  // short text, which normalising the features then raises.
  for (const m of matches) {
    const s = sentence[m.first] as number;
    if (m.category !== 'condemn' || quoted[m.first] !== 0 || m.first !== m.last) continue;
    if (!damped.has(s) && !damped.has(s - 1)) continue;
    for (let i = m.first; i <= m.last; i++) {
      damping[i] = Math.min(damping[i] as number, COUNTERED_DAMPING);
    }
  }
}
