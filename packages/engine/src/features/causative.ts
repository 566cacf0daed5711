import type { LexiconCategory, LexiconMatch } from '../lexicon/lexicon.ts';
import { clauseEndsAfter } from '../text/sentence.ts';
import { keySet, type Token } from '../text/tokenise.ts';

/**
 * Threats said through what the speaker will make someone undergo, with no verb of harm in them:
 * "we'll make them pay", "I'm going to make every Muslim suffer", "on va leur faire payer",
 * "on va faire souffrir les juifs", and a group that "will pay": "ces Arabes vont payer".
 *
 * Each needs a marker of intent shortly before ("will", "going to", "on va") and someone to
 * undergo it: the reader, a group, or a pronoun for people. "Pay" is a threat only when nothing is
 * paid: "they will make immigrants pay taxes", "make women pay less", "leur faire payer le
 * parking" stay harmless.
 */

const MAKE = keySet('make makes');
// What one "makes" someone do or undergo, as a threat.
const CAUSED = keySet('pay suffer bleed regret die disappear beg');
const FAIRE = keySet('faire');
const FR_CAUSED = keySet('payer souffrir saigner regretter disparaitre crever mourir');
// Object pronouns before "faire": "on va leur faire payer", "je vais les faire souffrir".
const FR_PRONOUNS = keySet("leur les lui te t' vous");
const PAY = keySet('pay payer');
// Verbs that take what is paid or regretted: a threat only with nothing after, or "it", "for this".
const OPEN = keySet('pay payer regret regretter');
const PAID_FOR = keySet('for pour dearly cher');
const PAID_WHAT = keySet("this that it everything what ca cela ce tout what's");
// After the verb, a threat no more: "suffer less", "die laughing", "mourir de rire".
const MILDER = keySet("less moins fewer laughing rire of de du d'");

// Whom a threat reaches: the reader, a group, a pronoun for people ("them", "her").
const UNDERGOERS: ReadonlySet<LexiconCategory> = new Set(['second', 'identity', 'target']);
// "make every one of those … pay".
const MAKE_REACH = 6;
const INTENT_REACH = 4;
const GROUP_REACH = 6;

/**
 * Whether what token `i` says is undergone as harm: nothing paid or regretted ("pay", "regret it",
 * "pay for this", "payer cher"), nothing that softens it ("suffer less", "die laughing").
 */
function undergone(tokens: readonly Token[], i: number): boolean {
  if (clauseEndsAfter(tokens, i)) return true;
  const next = (tokens[i + 1] as Token).key;
  if (!OPEN.has((tokens[i] as Token).key)) return !MILDER.has(next);
  if (PAID_WHAT.has(next)) return clauseEndsAfter(tokens, i + 1);
  if (!PAID_FOR.has(next)) return false;
  return clauseEndsAfter(tokens, i + 1) || PAID_WHAT.has((tokens[i + 2] as Token).key);
}

/**
 * Causative threats as lexicon matches of category 'harm', from the causing word to what is
 * undergone; the caller drops those that are negated or reported.
 */
export function causedHarm(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  sentence: Int32Array,
): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const same = (m: LexiconMatch, i: number) => sentence[m.first] === sentence[i];
  const intentBefore = (at: number) =>
    matches.some(
      (m) => m.category === 'intent' && m.last < at && m.last >= at - INTENT_REACH && same(m, at),
    );
  const undergoer = (from: number, to: number) =>
    matches.some((m) => UNDERGOERS.has(m.category) && m.first >= from && m.last <= to);
  const group = (at: number) =>
    matches.some(
      (m) => m.category === 'identity' && same(m, at) && Math.abs(m.first - at) <= GROUP_REACH,
    );
  for (let i = 1; i < tokens.length; i++) {
    const key = (tokens[i] as Token).key;
    if (CAUSED.has(key)) {
      // "make <someone> suffer": the one made to undergo it stands between.
      let make = -1;
      for (let j = i - 2; j >= Math.max(0, i - MAKE_REACH); j--) {
        const t = tokens[j] as Token;
        if (t.kind === 'punct') break;
        if (MAKE.has(t.key)) {
          make = j;
          break;
        }
      }
      if (make >= 0 && undergone(tokens, i) && undergoer(make + 1, i - 1) && intentBefore(make)) {
        out.push({ category: 'harm', first: make, last: i });
        continue;
      }
    }
    if (FR_CAUSED.has(key) && FAIRE.has((tokens[i - 1] as Token).key)) {
      const pronoun = i >= 2 && FR_PRONOUNS.has((tokens[i - 2] as Token).key);
      const start = pronoun ? i - 2 : i - 1;
      // "faire payer les …" is read as a verb of harm with its group already (lexicon).
      const reached = pronoun
        ? undergone(tokens, i)
        : !PAY.has(key) && undergoer(i + 1, i + GROUP_REACH);
      if (reached && intentBefore(start)) {
        out.push({ category: 'harm', first: start, last: i });
        continue;
      }
    }
    // A group that "will pay", with nothing paid: "ces Arabes vont payer", "Muslims will pay for this".
    if (PAY.has(key) && undergone(tokens, i) && intentBefore(i) && group(i)) {
      out.push({ category: 'harm', first: i, last: i });
    }
  }
  return out;
}
