/**
 * More cues of reported speech and counter-speech (French and English), our own list beside
 * `REPORT_CUES` in `lexicon.data.ts`: what follows them is someone else's words, quoted to be
 * answered, reported or condemned.
 */
import { words } from './word-list.ts';

// Said by someone else, not by the speaker or the reader ("je t'ai dit que…", "I can tell you
// that…" are one's own words).
export const MORE_REPORT_CUES: readonly string[] = words(`
  il dit que, elle dit que, on dit que, il disait que, elle disait que, disent que,
  disent encore que, says that, anyone tell you that, anyone tells you that,
  who tells you that, people tell you that, the idea that, l'idee que, l'idee selon laquelle,
  le mensonge selon lequel, the lie that, the myth that, le mythe selon lequel, traitait,
  traitaient, qui traitait, someone calling, somebody calling, comment calling, post calling,
  tweet calling, message calling, posts calling, comments calling, commentaire qui traitait,
  message qui traitait
`);
