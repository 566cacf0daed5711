import { lookupTable } from '../text/lookup-table.ts';
import { prefixTree } from './alternation.util.ts';
import { foldWord } from './fold.util.ts';

/** Lists are written one after another, separated by "|"; line breaks and "// fr" notes are ignored. */
export function list(source: string): string[] {
  return source
    .replace(/\/\/ (?:fr|en)\n/g, '')
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/**
 * Our own word lists, written in natural spelling; `alt` folds them like a draft.
 * Split by how sure we are: a "strong" insult hurts wherever it stands, a "weak" one ("nul",
 * "clown", "trash") only when it is pinned on a person ("tu es nul", "what a clown").
 */
export const STRONG_INSULTS = list(`
  // fr
  connard|connasse|conasse|abruti|imbécile|crétin|débile|enfoiré|enculé|salaud|salope|pute|
  bâtard|ordure|raclure|tocard|bouffon|baltringue|gogol|teubé|glandu|trouduc|sous-merde|
  pauvre type|pauvre conne|pauvre con|gros con|grosse conne|sale con|bande de cons|bolosse|
  boloss|mongol|attardé|demeuré|cassos|pétasse|pouffiasse|fils de pute|ta race|tête de con
  // en
  idiot|moron|imbecile|cretin|asshole|arsehole|dumbass|jackass|bitch|bastard|dickhead|
  prick|cunt|twat|wanker|douchebag|douche|scumbag|dipshit|shithead|halfwit|nitwit|
  numbskull|knucklehead|airhead|piece of shit|piece of crap|piece of garbage|piece of trash|son of a bitch|motherfucker|
  fuckface|degenerate|dimwit|twit|numpty|pillock|plonker|tosser
`);

export const WEAK_INSULTS = list(`
  // fr
  con|conne|nul|nulle|naze|nase|minable|crétin|idiot|bête|guignol|charlot|pitre|merde|
  déchet|parasite|porc|vache|chien|chienne|ringard|looser|loser|mytho|menteur|menteuse|
  hypocrite|lâche|incapable|incompétent|pathétique|pitoyable|misérable|taré|psychopathe|
  stupide|ignare|inculte|nullité|rigolo|blaireau|beauf|plouc|facho|gamin|gamine|zéro|
  honte|boulet|plaie|calamité|raté|ratée|profiteur|profiteuse|feignasse|charlot|pignouf|
  buse|andouille|cruche|nouille|truffe|quiche|gland|crétine|abrutie
  // en
  stupid|dumb|fool|loser|jerk|clown|joke|trash|garbage|scum|pig|freak|creep|liar|hypocrite|
  coward|pathetic|worthless|useless|failure|idiotic|brainless|psycho|lunatic|nutjob|weirdo|
  disgrace|disgusting|ugly|fat|ignorant|incompetent|clueless|dick|retard|snake|rat|troll|
  dumbo|dummy|dope|muppet|buffoon|dingbat|prat|doofus|dunce
`);

/** Traits pinned on a person: a judgment of who they are instead of what they did. */
export const JUDGMENTS = list(`
  // fr
  égoïste|paresseux|paresseuse|fainéant|feignant|feignasse|irresponsable|méchant|immature|
  arrogant|prétentieux|prétentieuse|naïf|naïve|jaloux|jalouse|radin|malhonnête|ingrat|
  insupportable|pénible|relou|chiant|lourd|toxique|ridicule|égocentrique|négligent|
  bordélique|manipulateur|manipulatrice|hystérique|agressif|agressive|lent|borné|têtu|
  odieux|odieuse|mesquin|sans cervelle|danger public|pas fiable|bon à rien|bonne à rien|irrécupérable
  // en
  selfish|lazy|irresponsible|rude|mean|arrogant|immature|naive|slow|hopeless|annoying|
  boring|toxic|ridiculous|weak|ungrateful|dishonest|fake|unbearable|careless|spoiled|
  stubborn|manipulative|hysterical|aggressive|obnoxious|petty|narrow-minded|
  a waste of space|good for nothing|a lost cause|a mess|insufferable|delusional|entitled
`);

/** Swearing that is not aimed at anyone: dropped from a rewrite, never a finding on its own. */
export const PROFANITY = list(`
  putain de|putain|bordel de merde|bordel|de merde|merde|foutu|foutue|fait chier|chier|ptn|
  bordel de|nom de dieu|fucking|fuckin|fuck|fucked|the fuck|the hell|the heck|shitty|shit|
  bullshit|crap|crappy|damn|goddamn|damned|bloody|freaking|frigging|wtf|ffs|pissed|sucks|
  suck
`);

/** Words that make a sentence about a person, for telling "tout le monde est invité" from
 * "tout le monde te déteste". */
export const PERSON_ADDRESS = list(`
  tu|te|t'|toi|ton|ta|tes|vous|votre|vos|il|elle|ils|elles|you|your|ur|u|ya|he|she|they|
  him|her|them|his|their
`);

/** Warm words that turn "toujours" or "always" into kindness ("tu es toujours la bienvenue"). */
export const POSITIVE_CUES = list(`
  bienvenu|bienvenue|bienvenus|merci|aime|adore|génial|super|bravo|là pour toi|
  là pour vous|content|contente|heureux|heureuse|fier|fière|welcome|thanks|thank|love|
  great|awesome|there for you|proud|happy|glad|help|aider|amazing|beautiful|kind|gentil|
  gentille
`);

const SUFFIX = '(?:e|s|es|x)?';

const GLUE = lookupTable<string>({
  ' ': '[\\s-]+',
  '-': '[\\s-]*',
  "'": "(?:'\\s*|\\s+)?",
});

const SPECIAL = /[.*+?^${}()|[\]\\/]/;

/** A folded word as regex atoms: its letters, with glue for spaces, hyphens and apostrophes. */
function atomsOf(word: string, inflect: boolean): string[] {
  const atoms: string[] = [];
  for (const ch of word) atoms.push(GLUE[ch] ?? (SPECIAL.test(ch) ? `\\${ch}` : ch));
  if (inflect && !word.includes(' ')) atoms.push(SUFFIX);
  return atoms;
}

/**
 * A regex alternation of folded words, longest first so "pauvre con" wins over "con".
 * `inflect` lets single words take a plural or feminine ending. Written as a prefix tree
 * (`alternation.util.ts`): same matches, a fraction of the time on long drafts.
 */
export function alt(words: readonly string[], inflect = false): string {
  const folded = [...new Set(words.map(foldWord))].sort((a, b) => b.length - a.length);
  return prefixTree(folded.map((w) => atomsOf(w, inflect)));
}

export const INSULT_ALT = alt([...STRONG_INSULTS, ...WEAK_INSULTS], true);
export const STRONG_ALT = alt(STRONG_INSULTS, true);
export const JUDGMENT_ALT = alt(JUDGMENTS, true);
export const PROFANITY_ALT = alt(PROFANITY);
export const PERSON_RE = new RegExp(`(?:^|[^a-z'])(?:${alt(PERSON_ADDRESS)})(?![a-z])`);
export const POSITIVE_RE = new RegExp(`\\b(?:${alt(POSITIVE_CUES, true)})\\b`);
