import { keyKinds, keySet, type Token } from '../text/tokenise.ts';

/**
 * French idioms built on "gueule" that insult no one: a fall ("le serveur s'est cassé la
 * gueule", "je me suis pété la gueule en vélo"), getting drunk or laughing ("se bourrer, se fendre
 * la gueule"), sulking ("il fait la gueule"), a hangover ("la gueule de bois"), a snack
 * ("amuse-gueule"); and a complaint of being mocked or swindled ("ils se foutent de notre
 * gueule", "c'est du foutage de gueule"), which calls no one anything. The words keep a tenth, as
 * a homonym's: "gueule" is not the word "ta gueule" aims at the reader.
 * "Je vais te casser la gueule" is a threat: "te" is no reflexive there, its subject is "je".
 * Also "putain de sa mère", "putain de sa race": an exclamation, said of no one ("ta race" is).
 */

const THE = keySet('la');
const AT = keySet('a');
const OF = keySet("de d'");
// Whose face is mocked: the speaker's, someone's, the world's ("de la gueule du monde"). Not the
// reader's: "ils vont se foutre de ta gueule" taunts.
const OWNER = keySet('la ma sa notre leur nos leurs');
// Reflexive pronouns, and the subject each needs before it to be one ("tu vas te casser …").
const THIRD = keySet("se s'");
const REFLEXIVE_OF: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [keySet("me m'"), keySet("je j'")],
  [keySet("te t'"), keySet("tu t'")],
  [keySet('nous'), keySet('nous on')],
  [keySet('vous'), keySet('vous')],
];
// Verbs of falling, drinking and laughing with "la gueule", by the start of their key.
const FALL = ['cas', 'pet', 'ramas', 'vautr', 'eclat', 'fend', 'bour'];
// Mocking: "se foutre de la gueule de", by the start of the key ("fout", "fous", "foutent").
const MOCK = ['fou'];
const SULK = keySet('faire fais fait font faisait faisais faisaient fera ferait feras');
const SNACK = keySet('amuse');
const BOIS = keySet('bois');
// The words an idiom is read from: "gueule", or "putain" opening "putain de sa mère".
const MOUTH_ANCHOR = 1;
const EXCLAMATION = 2;
const ANCHORS = keyKinds([
  ['gueule', MOUTH_ANCHOR],
  ['putain', EXCLAMATION],
]);
const HIS = keySet('sa');
const KIN = keySet('mere race vie');
const FOUTAGE = keySet('foutage');
// "se faire casser la gueule" is a beating undergone, not a fall.
const UNDERGO = keySet('faire fais fait fase fasent');
// Auxiliaries and adverbs between the pronoun and the verb: "s'est encore cassé".
const BETWEEN = 3;

function startsWithAny(key: string, stems: readonly string[]): boolean {
  return stems.some((s) => key.startsWith(s));
}

/** Whether the token at `at` is a reflexive pronoun whose subject is the same person. */
function reflexive(tokens: readonly Token[], at: number): boolean {
  const key = tokens[at]?.key ?? '';
  if (THIRD.has(key)) return true;
  for (const [pronoun, subjects] of REFLEXIVE_OF) {
    if (!pronoun.has(key)) continue;
    for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
      if (subjects.has((tokens[k] as Token).key)) return true;
    }
  }
  return false;
}

/** A reflexive pronoun within a few words before the verb at `verb`. */
function reflexiveBefore(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - BETWEEN); k--) {
    if (reflexive(tokens, k)) return true;
  }
  return false;
}

/** Marks the tokens of the idioms above with `value` in `marks`. */
export function gueuleIdioms(tokens: readonly Token[], marks: Uint8Array, value: number): void {
  const mark = (from: number, to: number) => {
    for (let i = Math.max(0, from); i <= to; i++) marks[i] = value;
  };
  for (let g = 0; g < tokens.length; g++) {
    // One lookup per word: most words anchor no idiom.
    const anchor = ANCHORS.get((tokens[g] as Token).key);
    if (anchor === undefined) continue;
    if (anchor === EXCLAMATION) {
      const exclaims = OF.has(tokens[g + 1]?.key ?? '') && HIS.has(tokens[g + 2]?.key ?? '');
      if (exclaims && KIN.has(tokens[g + 3]?.key ?? '')) mark(g, g + 3);
      continue;
    }
    const before = (k: number) => tokens[g - k]?.key ?? '';
    const after = tokens[g + 1]?.key ?? '';
    if (SNACK.has(before(1))) mark(g - 1, g);
    else if (OF.has(after) && BOIS.has(tokens[g + 2]?.key ?? '')) mark(g, g + 2);
    else if (THE.has(before(1)) && SULK.has(before(2))) mark(g - 2, g);
    else if (
      THE.has(before(1)) &&
      startsWithAny(before(2), FALL) &&
      !UNDERGO.has(before(3)) &&
      reflexiveBefore(tokens, g - 2)
    )
      mark(g - 2, g);
    else if (OF.has(before(1)) && FOUTAGE.has(before(2))) mark(g - 2, g);
    // "ça m'a pété à la gueule": blown up in one's face.
    else if (THE.has(before(1)) && AT.has(before(2)) && startsWithAny(before(3), FALL))
      mark(g - 3, g);
    else if (
      OWNER.has(before(1)) &&
      OF.has(before(2)) &&
      startsWithAny(before(3), MOCK) &&
      reflexiveBefore(tokens, g - 3)
    )
      mark(g - 3, g);
  }
}
