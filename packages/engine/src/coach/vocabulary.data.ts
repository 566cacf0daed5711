import type { Emotion } from '../types.ts';

/**
 * Our own feelings and needs vocabularies for the OFNR scaffold. French uses the inclusive
 * middle dot (frustré·e) because the coach does not know who is writing.
 */
export interface Feeling {
  fr: string;
  en: string;
}

export const FEELINGS: Record<Exclude<Emotion, 'neutral'>, { mild: Feeling; strong: Feeling }> = {
  anger: { mild: { fr: 'frustré·e', en: 'frustrated' }, strong: { fr: 'en colère', en: 'angry' } },
  disgust: {
    mild: { fr: 'mal à l’aise', en: 'uneasy' },
    strong: { fr: 'consterné·e', en: 'dismayed' },
  },
  fear: { mild: { fr: 'inquiet·ète', en: 'worried' }, strong: { fr: 'effrayé·e', en: 'scared' } },
  sadness: {
    mild: { fr: 'déçu·e', en: 'disappointed' },
    strong: { fr: 'triste et blessé·e', en: 'sad and hurt' },
  },
  joy: {
    mild: { fr: 'content·e', en: 'glad' },
    strong: { fr: 'très heureux·se', en: 'delighted' },
  },
  surprise: {
    mild: { fr: 'surpris·e', en: 'surprised' },
    strong: { fr: 'déconcerté·e', en: 'taken aback' },
  },
};

export const CALM_FEELING: Feeling = { fr: 'préoccupé·e', en: 'concerned' };

/** Words that say the feeling outright, used when the model gives no clear emotion. */
export const FEELING_CUES: ReadonlyArray<{ emotion: Exclude<Emotion, 'neutral'>; re: RegExp }> = [
  { emotion: 'fear', re: /(?<![a-z])(?:peur|inquiet|angois|scared|afraid|worried|frightened)/ },
  { emotion: 'sadness', re: /(?<![a-z])(?:triste|decu|blese|sad|hurt|disapointed|upset)/ },
  {
    emotion: 'anger',
    re: /(?<![a-z])(?:enerve|colere|rage|mare|ras le bol|angry|mad|pised|sick of|fed up)/,
  },
];

export type NeedId =
  | 'respect'
  | 'heard'
  | 'fairness'
  | 'safety'
  | 'rest'
  | 'understanding'
  | 'cooperation'
  | 'honesty'
  | 'consideration';

export interface Need {
  id: NeedId;
  /** With its preposition, as it follows "j'ai besoin". */
  fr: string;
  /** As it follows "I need". */
  en: string;
  request: Feeling;
  /** Folded cue stems that point to this need. */
  cues: RegExp;
}

/** Ordered: on a tie, the first need wins. */
export const NEEDS: readonly Need[] = [
  {
    id: 'safety',
    fr: 'de sécurité',
    en: 'to feel safe',
    request: {
      fr: 'Est-ce qu’on peut faire une pause et en reparler au calme ?',
      en: 'Can we take a break and talk about it again calmly?',
    },
    cues: /(?<![a-z])(?:peur|menac|danger|securi|agres|frap|scared|afraid|threat|unsafe|safe)/g,
  },
  {
    id: 'rest',
    fr: 'de repos',
    en: 'rest',
    request: {
      fr: 'Est-ce qu’on peut trouver un arrangement pour que je puisse me reposer ?',
      en: 'Can we find an arrangement so that I can rest?',
    },
    cues: /(?<![a-z])(?:fatig|dormir|dors|someil|bruit|nuit|epuis|tired|sleep|noise|night|exhaust)/g,
  },
  {
    id: 'heard',
    fr: 'd’être entendu·e',
    en: 'to be heard',
    request: {
      fr: 'Est-ce que tu serais d’accord pour m’écouter jusqu’au bout ?',
      en: 'Would you be willing to hear me out?',
    },
    cues: /(?<![a-z])(?:ecout|ignor|repond|coupe la parole|listen|answer|reply|interupt|hear)/g,
  },
  {
    id: 'fairness',
    fr: 'd’équité',
    en: 'fairness',
    request: {
      fr: 'Est-ce qu’on pourrait répartir les choses autrement ?',
      en: 'Could we share things out differently?',
    },
    cues: /(?<![a-z])(?:injust|partag|equit|unfair|fair(?!e)|share|equal|favorit)/g,
  },
  {
    id: 'honesty',
    fr: 'd’honnêteté',
    en: 'honesty',
    request: {
      fr: 'Est-ce qu’on pourrait se dire les choses franchement ?',
      en: 'Could we be straight with each other?',
    },
    cues: /(?<![a-z])(?:ment|mens|mytho|verite|cache|lie(?!u)|liar|lying|truth|hid)/g,
  },
  {
    id: 'consideration',
    fr: 'de considération',
    en: 'consideration',
    request: {
      fr: 'Est-ce que tu pourrais me prévenir la prochaine fois ?',
      en: 'Could you let me know next time?',
    },
    cues: /(?<![a-z])(?:retard|oubli|promi|atend|prevenu|late|forgot|forget|promis|waiting|wait)/g,
  },
  {
    id: 'cooperation',
    fr: 'de coopération',
    en: 'cooperation',
    request: {
      fr: 'Est-ce qu’on peut regarder ensemble comment avancer ?',
      en: 'Could we look together at how to move forward?',
    },
    cues: /(?<![a-z])(?:code|bug|plant|crash|projet|project|travail|boulot|taf|equipe|team|reunion|meting|deadline|tache|task|merge|comit|review|build|test|client|work|job|aide|help)/g,
  },
  {
    id: 'understanding',
    fr: 'de compréhension',
    en: 'understanding',
    request: {
      fr: 'Peux-tu m’expliquer ce qui s’est passé de ton côté ?',
      en: 'Could you tell me what happened on your side?',
    },
    cues: /(?<![a-z])(?:comprend|expliq|pourquoi|understand|why|explain)/g,
  },
  {
    id: 'respect',
    fr: 'de respect',
    en: 'respect',
    request: {
      fr: 'Est-ce qu’on peut continuer cette discussion sans se blesser ?',
      en: 'Can we go on with this conversation without hurting each other?',
    },
    cues: /(?<![a-z])(?:respect|insult|mepris|rabaiss|humili|disrespect|contempt|belittl)/g,
  },
];
