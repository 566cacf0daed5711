import type { Token } from '../text/tokenise.ts';

/**
 * Languages the engine recognises in order to refuse them: it scores French and English only, and
 * a German or Spanish comment read as French gets scores for words it does not know.
 */
export type ForeignLanguage =
  | 'de'
  | 'es'
  | 'it'
  | 'pt'
  | 'nl'
  | 'ru'
  | 'el'
  | 'ar'
  | 'he'
  | 'hi'
  | 'th'
  | 'zh'
  | 'ja'
  | 'ko';

type Profiled = 'fr' | 'en' | 'de' | 'es' | 'it' | 'pt' | 'nl';
const PROFILED: readonly Profiled[] = ['fr', 'en', 'de', 'es', 'it', 'pt', 'nl'];

// Function words, written by us, in the folded form the tokeniser gives (lower case, no accents).
// A word frequent in several languages ("la", "de", "in") is listed in each: what decides is
// the words a language has and the others lack.
const FUNCTION_WORDS: Readonly<Record<Profiled, string>> = {
  fr: `le la les des est et je tu il elle nous vous ils elles que qui pas ne une un du au aux ce
    cette ces mais ou donc sur pour dans avec sont suis es fait tres bien plus moi toi lui leur
    mon ton son ma ta sa mes tes ses on comme tout rien quand parce oui non merci alors aussi
    encore deja jamais toujours ici cest jai quil etait ete avoir etre faire va vais de en te me se
    y a ai as vas vraiment sont ca meme apres avant sans chez entre sous`,
  en: `the and is are you your it this that to of in not was were have has be for with on at they
    we he she what who why how but or just so do does don can will would my me him her them their
    there from an all no yes if about get like thanks please am been its dont im youre really a i
    very here now never always because`,
  de: `und der die das ist nicht ich du sie wir ihr ein eine einen einem einer mit auf fur von zu
    den dem des auch sich aber wie noch nur wenn oder kein keine keinen bist sind habe hast haben
    wird werden mich mir dich dir uns euch schon sehr doch immer jetzt hier wer warum weil dass
    nach bei aus uber zum zur im vom diese dieser dieses mein meine dein deine er es nein danke
    bitte etwas alle kann muss soll wirklich halt mal gibt gut heute nichts viel`,
  es: `el la los las del al lo de en un una unos unas es esta estan estoy eres soy somos son fue
    por para pero muy tambien como mas yo tu ella ellos ellas nosotros que porque cuando donde
    hay esto este eso ese sin sobre entre hasta desde todo nada algo siempre nunca ya aqui ahora
    bien gracias hola si mi su sus nos y o no le se me te tiene tengo hace puede`,
  it: `il lo la i gli le un una uno di da in con su per tra fra che non e sono sei siamo ho hai
    ha abbiamo hanno io tu lui lei noi voi loro mi ti ci vi si del della dei delle nel nella al
    alla questo questa quello quella ma anche come perche quando dove molto piu sempre mai gia
    ancora tutto niente cosa grazie ciao bene essere fare stato solo ora qui sta sto`,
  pt: `o a os as um uma de do da dos das em no na nos nas por para com sem que nao e sao sou esta
    estou eu voce ele ela eles elas meu minha seu sua isso isto este essa esse mas tambem como
    mais muito quando onde porque sempre nunca ja aqui agora obrigado obrigada tudo nada bem foi
    tem ter vai vou pra`,
  nl: `de het een en is niet ik je jij hij zij we wij jullie ze van in op met voor naar aan dat die
    dit deze wat wie waarom hoe maar ook als dan nog wel geen zijn ben bent heb hebt heeft hebben
    was waren wordt worden kan kunnen moet zal zou er hier daar nu al niets iets alles heel erg
    veel bedankt dank ja nee mijn jouw haar ons onze hun om bij uit over tot door omdat want`,
};

// word → bit set of the profiled languages that use it (bit i = PROFILED[i]).
const WORD_LANGUAGES = new Map<string, number>();
PROFILED.forEach((language, i) => {
  for (const word of FUNCTION_WORDS[language].split(/\s+/)) {
    if (word === '') continue;
    WORD_LANGUAGES.set(word, (WORD_LANGUAGES.get(word) ?? 0) | (1 << i));
  }
});

/** Scripts other than Latin that name a language (or the likeliest one) by themselves. */
function scriptOf(code: number): ForeignLanguage | null {
  if (code < 0x370) return null;
  if (code <= 0x3ff) return 'el';
  if (code <= 0x52f) return 'ru';
  if (code >= 0x590 && code <= 0x5ff) return 'he';
  if (code >= 0x600 && code <= 0x6ff) return 'ar';
  if (code >= 0x900 && code <= 0x97f) return 'hi';
  if (code >= 0xe00 && code <= 0xe7f) return 'th';
  // Folding decomposes Hangul syllables into their jamo.
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) return 'ko';
  if (code >= 0x3040 && code <= 0x30ff) return 'ja';
  if (code >= 0x4e00 && code <= 0x9fff) return 'zh';
  if (code >= 0xac00 && code <= 0xd7af) return 'ko';
  return null;
}

/** The foreign language's function words must be at least this share of the words… */
const MIN_SHARE = 0.2;
/** …outnumber French's and English's by this factor… */
const MIN_RATIO = 1.5;
/** …and by this many words, so that one borrowed phrase never decides. */
const MIN_LEAD = 2;

/**
 * A language other than French and English, told by the words every sentence needs (articles,
 * pronouns, auxiliaries) or by a script of its own; null when the text reads as French, English,
 * or too little to tell. Names from a script are the likeliest language (Cyrillic → `ru`). A few
 * Cyrillic or Greek look-alike letters inside Latin words (masked spellings) do not count: the
 * script decides only when most letters are in it.
 *
 * @example
 * foreignLanguage(tokenise('Das ist wirklich nicht gut, und du weißt es.')); // 'de'
 * foreignLanguage(tokenise("T'es vraiment nul.")); // null
 */
export function foreignLanguage(tokens: readonly Token[]): ForeignLanguage | null {
  const counts = new Array<number>(PROFILED.length).fill(0);
  let words = 0;
  let latinLetters = 0;
  const scripts = new Map<ForeignLanguage, number>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words++;
    const first = t.text.charCodeAt(0);
    const script = scriptOf(first);
    if (script !== null) {
      scripts.set(script, (scripts.get(script) ?? 0) + t.text.length);
      continue;
    }
    latinLetters += t.text.length;
    const bits = WORD_LANGUAGES.get(t.text);
    if (bits === undefined) continue;
    for (let i = 0; i < PROFILED.length; i++) if (bits & (1 << i)) counts[i]++;
  }
  let scriptBest: ForeignLanguage | null = null;
  let scriptLetters = 0;
  for (const [script, letters] of scripts) {
    scriptLetters += letters;
    if (scriptBest === null || letters > (scripts.get(scriptBest) ?? 0)) scriptBest = script;
  }
  if (scriptBest !== null && scriptLetters >= 2 && scriptLetters > latinLetters) {
    // Japanese writes with Han characters too: any kana says Japanese.
    return scriptBest === 'zh' && scripts.has('ja') ? 'ja' : scriptBest;
  }
  const home = Math.max(counts[0] as number, counts[1] as number);
  let best = -1;
  for (let i = 2; i < PROFILED.length; i++) {
    if (best < 0 || (counts[i] as number) > (counts[best] as number)) best = i;
  }
  const top = counts[best] as number;
  if (top < MIN_SHARE * words || top < MIN_RATIO * home || top - home < MIN_LEAD) return null;
  return PROFILED[best] as ForeignLanguage;
}
