/**
 * Shouting is read on the original text, since folding throws case away: a run of words in
 * capitals, or a burst of "!!!". A lone acronym ("CNN", "SNCF") is not shouting.
 */
export interface ShoutHit {
  begin: number;
  end: number;
}

const WORD = /\p{L}+/gu;
const BURST = /(?:[!?]\s*){3,}/g;
const MIN_RUN_LETTERS = 8;

function isUpperWord(word: string): boolean {
  // Most words start with a lower-case ASCII letter: they cannot be in capitals, and the check
  // spares two case conversions per word.
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Runs of two or more capitalised words, with at least one longer than an acronym. */
function capitalRuns(text: string): ShoutHit[] {
  const hits: ShoutHit[] = [];
  let run: { begin: number; end: number; words: number; letters: number; long: boolean } | null =
    null;
  const close = () => {
    if (run && run.words >= 2 && run.letters >= MIN_RUN_LETTERS && run.long) {
      hits.push({ begin: run.begin, end: run.end });
    }
    run = null;
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const begin = m.index;
    if (word.length === 1 && run) {
      // "JE T'AI DIT": one-letter words (a, à, I, t') neither break nor make a run.
      if (word === word.toUpperCase()) continue;
    }
    if (isUpperWord(word)) {
      if (!run) run = { begin, end: begin, words: 0, letters: 0, long: false };
      run.end = begin + word.length;
      run.words++;
      run.letters += word.length;
      run.long ||= word.length >= 4;
    } else {
      close();
    }
  }
  close();
  return hits;
}

export function findShouting(text: string): ShoutHit[] {
  const hits = capitalRuns(text);
  for (const m of text.matchAll(BURST)) {
    const trimmed = m[0].trimEnd();
    hits.push({ begin: m.index, end: m.index + trimmed.length });
  }
  return hits;
}
