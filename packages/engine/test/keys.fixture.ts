import { buildLexicon } from '../src/lexicon/lexicon.ts';
import { unmask } from '../src/lexicon/unmask.ts';
import { tokenise } from '../src/text/tokenise.ts';

const lexicon = buildLexicon();
const wordKeysOf = (tokens: ReadonlyArray<{ kind: string; key: string }>): string =>
  tokens
    .filter((t) => t.kind === 'word')
    .map((t) => t.key)
    .join(' ');

/** The words' keys as the masked-spelling readers leave them, space-separated. */
export const readKeys = (text: string): string =>
  wordKeysOf(unmask(tokenise(text), lexicon.masks, text));

/** The words' keys as typed, before any masked spelling is read. */
export const typedKeys = (text: string): string => wordKeysOf(tokenise(text));
