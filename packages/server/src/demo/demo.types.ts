/** The subjects people of the demo write about; each has sentence pieces in both languages. */
export type Topic =
  | 'garden'
  | 'reading'
  | 'solidarity'
  | 'local'
  | 'volunteering'
  | 'cooking'
  | 'science'
  | 'tech'
  | 'care'
  | 'school';

export type Lang = 'fr' | 'en';

/**
 * Sentence pieces for one topic in one language. Every piece is a whole sentence, so any opener,
 * middle and closer read well together: an observation, what it made the author feel, an
 * invitation to the reader.
 */
export interface TopicPhrases {
  openers: readonly string[];
  middles: readonly string[];
  closers: readonly string[];
  /** Hashtags without `#`. */
  tags: readonly string[];
  /** A content warning some posts on this topic carry. */
  warning?: string;
}

export interface LanguagePhrases {
  topics: Record<Topic, TopicPhrases>;
  /** Answers to someone else's post; `{who}` is the username answered. */
  replies: readonly string[];
  /** What the author of a post says back in the thread. */
  answers: readonly string[];
  /** Sentences that thank or call in a friend; `{who}` is a username. */
  mentions: readonly string[];
}

export interface DemoPerson {
  username: string;
  displayName: string;
  age: number | null;
  /** The language of their posts; bilingual people write in both. */
  languages: readonly Lang[];
  uiLanguage: Lang;
  bio: string;
  intention: string;
  topics: readonly Topic[];
  locked: boolean;
  /** How much they post, relative to the others (1 = average). */
  activity: number;
}
