import type { CoachFinding, CoachRegister } from '../types.ts';
import { alt, list } from './lexicon.data.ts';

/**
 * Strong words aimed at no one: joy that swears ("Putain, quel but !") and a harsh review of a
 * thing ("the plot was stupid"). The model scores their words as toxic; a reader does not feel
 * attacked. Read on folded text, after the rules: any attack on a person rules both out.
 */

const W = '(?<![a-z])';
const E = '(?![a-z])';

const JOY = new RegExp(
  `${W}(?:${alt(
    list(`
      quel but|quel match|quel concert|quel film|quel spectacle|quel arrêt|quelle frappe|
      quelle soirée|quelle vue|quelle journée|quelle perf|quelle performance|quel moment|
      quelle victoire|quelle course|quel album|quel talent|what a goal|what a game|what a match|
      what a show|what a movie|what a save|what a shot|what a night|what a view|what a day|
      what a performance|what a moment|what a win|what a race|what a concert|what an album|
      incroyable|dingue|de ouf|génial|géniale|magnifique|énorme|trop bien|trop fort|trop beau|
      trop bon|trop content|trop contente|trop heureux|trop heureuse|la classe|on a gagné|
      victoire|champions|j'adore|amazing|awesome|incredible|insane|unbelievable|fantastic|
      brilliant|wow|let's go|lets go|we won|hell yeah|fuck yeah|so good|so happy|love it|
      i love|best day|best game|best match|meilleur match|meilleure soirée|vive|allez les|
      come on you|yes|ouais|magique|magic|magical|que c'est beau|c'est beau|so beautiful|
      that's beautiful|how beautiful|on l'a fait|we did it|we made it|on a réussi|quelle vue|
      what a view|what a day
    `),
  )})${E}`,
);

const NEGATIVE = new RegExp(
  `${W}(?:${alt(
    list(`
      stupid|awful|terrible|horrible|bad|boring|disaster|garbage|trash|crappy|shitty|
      sucks|suck|worst|idiotic|dumb|lame|mediocre|pathetic|ridiculous|disappointing|overrated|
      sucked|mess|joke|waste|nul|nulle|nuls|débile|naze|pourri|pourrie|bidon|ennuyeux|ennuyeuse|raté|
      ratée|à chier|de merde|merdique|ridicule|mauvais|mauvaise|dégueulasse|dégueu|infâme|
      catastrophe|catastrophique|lamentable|pathétique|décevant|décevante|insupportable|honteux|
      honte|bâclé|bâclée|fade|immangeable|inregardable|unwatchable|inedible|bland|broken|cassé|
      moche|moches|ugly|laid|laide|silly
    `),
  )})${E}`,
);

const THINGS = new RegExp(
  `${W}(?:${alt(
    list(`
      film|films|movie|movies|plot|acting|scénario|script|intrigue|jeu des acteurs|dialogues|
      dialogue|fin|ending|série|series|show|épisode|episode|saison|season|livre|book|novel|
      roman|album|chanson|song|concert|match|game|jeu|repas|meal|plat|dish|food|bouffe|cuisine|
      restaurant|resto|service|pizza|burger|café|coffee|bière|beer|vin|wine|dessert|sauce|app|
      appli|application|update|mise à jour|logiciel|software|site|website|wifi|internet|
      téléphone|phone|train|trains|bus|métro|trafic|traffic|météo|weather|hôtel|hotel|room|
      chambre|produit|product|design|interface|menu|prix|price|billet|ticket|tournoi|musique|
      music|soundtrack|bande son|graphismes|graphics|gameplay|niveau|level|voiture|car|vol|
      flight|spectacle|pièce|play|exposition|exhibition|expo|opéra|theatre|théâtre|decor|décor|
      suite|sequel|remake|trailer|bande-annonce|emission|émission|podcast|article|update|patch|
      version|console|ordi|ordinateur|computer|laptop|imprimante|printer|colis|parcel|delivery|
      livraison|hamburger|frites|fries|steak|soupe|soup|salade|salad|logo|affiche|poster|
      photo|réunion|meeting|examen|exam|rapport|report|présentation|presentation|décision|
      decision|réforme|reform|police d'écriture|font|couleur|colour|color
    `),
  )})${E}`,
);

// Swearing that judges only when a thing is named ("this movie is shit"); in joy it is not.
const SWEAR = new RegExp(`${W}(?:${alt(list('shit|crap|merde|bullshit'))})${E}`);

// Someone addressed or a group named: then harsh words may be about people after all.
const ADDRESSED =
  /(?:^|[^a-z'])(?:tu|t'|te|toi|ton|ta|tes|vous|votre|vos|you|your|ur|u|ya|yours)(?![a-z])/;
const PEOPLE =
  /(?<![a-z])(?:il|elle|ils|elles|he|she|they|him|her|them|mec|type|gars|meuf|guy|girl|dude|people|gens|acteur|actrice|actor|actress|realisateur|director|serveur|waiter|chef|arbitre|referee|prof|teacher)(?![a-z])/;

const ATTACKS = new Set(['insult', 'label', 'judgment', 'threat', 'command', 'sarcasm']);

// Swearing that cheers ("putain de merde, quel match") is not a verdict on anything.
const CHEERING_SWEARS = /(?<![a-z])(?:putain de merde|holy shit|holy crap|oh shit)(?![a-z])/g;

// Harsh adjectives our insult rules catch anywhere, which are verdicts on things when a thing is
// named and nobody is addressed ("ce repas était débile").
const THING_VERDICT = new RegExp(
  `^(?:${alt(list('débile|débiles|stupide|stupid|idiot|idiote|idiotic|dumb|nul|nulle|pathetic|pathétique|minable|naze'))})$`,
);

/** An insult finding that is one harsh adjective: a verdict on a thing if a thing is named. */
export function isThingVerdict(foldedWord: string): boolean {
  return THING_VERDICT.test(foldedWord);
}

/**
 * `enthusiasm` when the draft cheers and attacks no one, `criticism` when its harsh words are
 * about a thing and no person is addressed or named, else null.
 *
 * @example
 * readRegister(foldString('Holy shit, what a goal!'), []); // 'enthusiasm'
 * readRegister(foldString('the plot was stupid'), []); // 'criticism'
 */
export function readRegister(
  folded: string,
  findings: readonly CoachFinding[],
  verdicts: number = 0,
): CoachRegister {
  const attacks = findings.filter((f) => ATTACKS.has(f.kind) || f.kind === 'generalisation');
  if (attacks.length > verdicts) return null;
  const negative = NEGATIVE.test(folded.replace(CHEERING_SWEARS, ' '));
  if (verdicts === 0 && JOY.test(folded) && !negative) return 'enthusiasm';
  if (
    (negative || verdicts > 0 || SWEAR.test(folded)) &&
    THINGS.test(folded) &&
    !ADDRESSED.test(folded) &&
    !PEOPLE.test(folded)
  ) {
    return 'criticism';
  }
  return null;
}
