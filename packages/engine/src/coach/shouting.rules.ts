/**
 * Shouting is read on the original text, since folding throws case away: a run of words in
 * capitals, or a burst of "!!!". A lone acronym ("CNN", "SNCF") is not shouting.
 */
export interface ShoutHit {
  begin: number;
  end: number;
}

const LETTER = /^\p{L}$/u;
const BURST = /(?:[!?]\s*){3,}/g;
const MIN_RUN_LETTERS = 8;

/** UTF-16 width of the letter (`\p{L}`) starting at `i`, or 0 when none starts there. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  return LETTER.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

function isUpperWord(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Runs of two or more capitalised words, with at least one longer than an acronym.
 * Words are the runs of `\p{L}` (what `/\p{L}+/gu` finds), read by hand: a word that starts with
 * a lower-case ASCII letter can be neither in capitals nor a capital letter alone, so it only
 * closes a run and is never copied out of the text.
 */
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
  const length = text.length;
  let i = 0;
  while (i < length) {
    let width = letterWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const begin = i;
    while (width > 0) {
      i += width;
      width = i < length ? letterWidth(text, i) : 0;
    }
    const first = text.charCodeAt(begin);
    if (first >= 97 && first <= 122) {
      close();
      continue;
    }
    const word = text.slice(begin, i);
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
