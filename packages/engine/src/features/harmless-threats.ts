import type { LexiconMatch } from '../lexicon/lexicon.ts';
import { clauseEndsAfter, keysAt } from '../text/sentence.ts';
import { keySet, type Token, wordKeys } from '../text/tokenise.ts';

/**
 * Harm said in play, as a favour, out of care or as a figure of speech: knocking at a door,
 * killing at chess, smothering with hugs, "je vais te trouver une place", "tu vas finir à
 * l'hôpital, fais attention", "je kiffe à mort" (`threat-patterns.ts`, `context.ts`).
 */

const FROM = new Set(wordKeys("from of de du des d'"));
const KNOCK = new Set(wordKeys('frapper frappe knock'));
const AT = new Set(wordKeys('a au aux at on'));
const BEAT = new Set(wordKeys('beat battre bats'));
const HANG = new Set(wordKeys('hang'));
const HANG_OUT = new Set(wordKeys('out around on up'));
const IN_A_GAME = new Set(wordKeys('at in au aux a'));
// "Je vais t'étouffer de bisous", "smother you with kisses": harm made of affection.
const OF_WITH = new Set(wordKeys('de with'));
const AFFECTION = new Set(
  wordKeys('calins bisous baisers caresses hugs kisses cuddles love amour tendresse compliments'),
);
/** A harm verb used in play: knocking at a door, a game, hanging out, hugs. */
export function playful(tokens: readonly Token[], verb: LexiconMatch): boolean {
  const key = (tokens[verb.first] as Token).key;
  const next = (k: number) => tokens[verb.last + k]?.key ?? '';
  if (OF_WITH.has(next(1)) && AFFECTION.has(next(2))) return true;
  if (KNOCK.has(key)) return AT.has(next(1));
  if (HANG.has(key)) return HANG_OUT.has(next(1));
  return BEAT.has(key) && verb.first === verb.last && [2, 3].some((k) => IN_A_GAME.has(next(k)));
}

const GIVES = new Set(wordKeys('find get fetch trouver chercher shoot drop'));
const READER = new Set(wordKeys("you te t'"));
// The reader as the object before the verb, as French places it: "te trouver une place".
const READER_BEFORE = new Set(wordKeys("te t'"));
const GIVEN = new Set(wordKeys('a an the some something another une un des du quelque'));
// Games a player is "killed" at: "je vais te tuer au Scrabble", "I'll destroy you at chess".
const GAMES = new Set(
  wordKeys(`
    scrabble echecs chess poker tennis foot football cartes cards belote tarot monopoly fifa
    babyfoot billard pool golf bowling mario fortnite jeu game partie match quiz round rounds manche
    level niveau ping pong pingpong badminton squash
  `),
);
/** A threat or harm followed by "at / au" and a game: play, not a threat. */
export function atGame(tokens: readonly Token[], m: LexiconMatch): boolean {
  for (const k of [1, 2]) {
    if (!IN_A_GAME.has(tokens[m.last + k]?.key ?? '')) continue;
    // "at chess", "au Scrabble", "in the next round".
    for (const j of [1, 2, 3]) if (GAMES.has(tokens[m.last + k + j]?.key ?? '')) return true;
  }
  return false;
}

// Verbs and adjectives that "à mort" intensifies in speech: "je kiffe à mort", "ça me saoule à
// mort", "ce film est gore à mort".
const INTENSIFIED = new Set(
  wordKeys(`
    recommande kiffe kiff kif kiffer adore aime saoule soule gave galere bosse taffe flippe stresse
    rigole ennuie ennuye fatigue charge delire rire ri marre joue
    gore style stylee chaud chaude bon bonne beau belle drole marrant sympa flippant cool relou
  `),
);
/** "à mort" closing its clause after a verb it intensifies ("je recommande à mort"): no threat. */
function intensified(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (m.last - m.first !== 1 || (tokens[m.last] as Token).key !== 'mort') return false;
  if ((tokens[m.first] as Token).key !== 'a') return false;
  // A comma is no token: the gap it leaves ends the clause too ("gore à mort, y'a du sang").
  if (!clauseEndsAfter(tokens, m.last)) return false;
  return INTENSIFIED.has(tokens[m.first - 1]?.key ?? '');
}

const EXIT = keySet('sortie');
/** "Je t'attends à la sortie de l'école": a meeting at a place, not a fight after class. */
function meetingPlace(tokens: readonly Token[], m: LexiconMatch): boolean {
  return EXIT.has((tokens[m.last] as Token).key) && FROM.has(tokens[m.last + 1]?.key ?? '');
}

/** A threat phrase said in play, as a favour, as an intensifier or of a meeting place. */
function harmlessThreat(tokens: readonly Token[], m: LexiconMatch): boolean {
  return (
    offered(tokens, m) ||
    atGame(tokens, m) ||
    playful(tokens, m) ||
    intensified(tokens, m) ||
    meetingPlace(tokens, m)
  );
}

/**
 * "I'll find you a better seat", "je vais te trouver une place": a verb of finding with the reader,
 * then something found for them, is a favour, not a threat.
 */
export function offered(tokens: readonly Token[], m: LexiconMatch): boolean {
  for (let i = m.first; i <= m.last; i++) {
    if (!GIVES.has((tokens[i] as Token).key)) continue;
    const after = READER.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
    if (after === i + 1 && !READER_BEFORE.has(tokens[i - 1]?.key ?? '')) continue;
    if (GIVEN.has(tokens[after]?.key ?? '')) return true;
  }
  return false;
}

/** Words of a threat phrase that also warns: "you'll end up in hospital", "you'll get hurt". */
const WARNABLE = new Set(
  wordKeys('end finir finiras finirez hurt blesse blessee blesser regret regretter regretteras'),
);
/**
 * Words of care: beside them, "you'll end up in hospital" is a warning, not a threat, and "you'll
 * regret it" advice.
 */
const CARE: readonly string[][] = [
  'be careful',
  'careful',
  'take care',
  'stay safe',
  'slow down',
  'helmet',
  'seatbelt',
  'seat belt',
  'fais attention',
  'faites attention',
  'prends soin',
  'prenez soin',
  'sois prudent',
  'sois prudente',
  'soyez prudents',
  'prudence',
  'casque',
  'ceinture',
  'ralentis',
  // "You will regret it if you miss this concert": advice, a chance not to miss.
  'if you miss',
  'if you skip',
  'si tu rates',
  'si tu manques',
  'si vous ratez',
  'si vous manquez',
].map(wordKeys);

/**
 * Threat phrases and verbs of harm that threaten no one: said as a warning, out of care ("you are
 * going to end up in hospital if you keep skating without a helmet", "tu vas finir aux urgences,
 * fais attention"), in play, as a favour, as an intensifier or of a meeting place.
 */
export function harmlessHarm(
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
): Set<LexiconMatch> {
  const out = new Set<LexiconMatch>();
  let cares: boolean | undefined;
  for (const m of matches) {
    if (m.category === 'harm' || m.category === 'group-harm') {
      // "Je vais te massacrer au ping-pong", "je vais t'étrangler de câlins".
      if (atGame(tokens, m) || playful(tokens, m)) out.add(m);
      continue;
    }
    if (m.category !== 'threat') continue;
    if (harmlessThreat(tokens, m)) out.add(m);
    else if (tokens.slice(m.first, m.last + 1).some((t) => WARNABLE.has(t.key))) {
      cares ??= tokens.some((_, i) => CARE.some((keys) => keysAt(tokens, i, keys)));
      if (cares) out.add(m);
    }
  }
  return out;
}
