import type { Language } from '../types.ts';

/**
 * Turns a draft into a plain observation: the attacks are cut out, an insult used as a noun
 * becomes "person"/"personne", sweeping words are softened, shouting is lowered. What remains is
 * the subject of the draft, in the author's own words.
 */
export interface Cut {
  begin: number;
  end: number;
}

export interface Replacement extends Cut {
  text: string;
}

export interface ObservationEdits {
  cuts: readonly Cut[];
  replacements: readonly Replacement[];
  /** Cuts that give way to a replacement (swear words, model spans, harsh adjectives). */
  softCuts: readonly Cut[];
  /** Ranges written in capitals that should read in lower case. */
  lower: readonly Cut[];
}

/** Applies the edits: finding cuts win over replacements, which win over soft cuts. */
export function applyEdits(text: string, edits: ObservationEdits): string {
  const keep = new Uint8Array(text.length).fill(1);
  const lower = new Uint8Array(text.length);
  // Every character some replacement covers, applied or not: a soft cut leaves those alone.
  const replaced = new Uint8Array(text.length);
  const inserts = new Map<number, string>();
  for (const r of edits.replacements) replaced.fill(1, Math.max(0, r.begin), Math.max(0, r.end));
  for (const cut of edits.cuts) keep.fill(0, cut.begin, cut.end);
  for (const r of edits.replacements) {
    if (keep.subarray(r.begin, r.end).includes(0)) continue;
    keep.fill(0, r.begin, r.end);
    inserts.set(r.begin, r.text);
  }
  for (const cut of edits.softCuts) {
    for (let i = cut.begin; i < cut.end; i++) if (!inserts.has(i) && !replaced[i]) keep[i] = 0;
  }
  for (const l of edits.lower) lower.fill(1, l.begin, l.end);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const insert = inserts.get(i);
    if (insert !== undefined) out += ` ${insert} `;
    if (keep[i] && !lower[i]) {
      // Copy a run of kept characters at once, up to the next insert or lowered character.
      let j = i + 1;
      while (j < text.length && keep[j] && !lower[j] && !inserts.has(j)) j++;
      out += text.slice(i, j);
      i = j;
      continue;
    }
    if (keep[i]) out += (text[i] as string).toLowerCase();
    i++;
  }
  return out;
}

const CONNECTOR =
  /^(?:et|mais|donc|alors|puis|ou|and|but|so|or|then|because|parce que|car)(?=[\s,.!?]|$)/i;
const FUNCTION_WORDS = new Set(
  (
    'les des une que qui quoi est sont ton ta tes toi vous moi mon mes nous ils elles lui leur ' +
    'cette ces pas plus tout tous avec pour dans sur par mais donc car encore deja aussi bien ' +
    'the and but you your are was were this that these those with for not all just really very ' +
    'have has had him her his she they them their what who its too yes yeah are also such'
  ).split(' '),
);

// Runs of white space other than a lone " ": replacing them with " " is what /\s+/g → " " does,
// without rewriting every single space between two words (ten times slower on a long draft).
const SPACES = /\s{2,}|[^\S ]/g;
const SPACE = /\s/;

/**
 * `text` without its trailing white space and characters of `set`: what /[\s…]+$/ removes,
 * read from the end instead of trying that regex at every space of a long draft.
 */
function dropTrailing(text: string, set: string): string {
  let end = text.length;
  while (end > 0) {
    const ch = text[end - 1] as string;
    if (!set.includes(ch) && !SPACE.test(ch)) break;
    end--;
  }
  return text.slice(0, end);
}

/** Tidies what the cuts left: spaces, dangling commas and connectors, empty brackets. */
export function tidy(text: string): string {
  let out = text
    .replace(SPACES, ' ')
    .replace(/\(\s*\)|\[\s*\]|"\s*"|«\s*»/g, ' ')
    .replace(/\s+([,.])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/,\s*([.!?])/g, '$1')
    .replace(SPACES, ' ')
    .trim();
  for (let i = 0; i < 4; i++) {
    const before = out;
    out = out
      .replace(/^[\s,.;:!?…\-–—)]+/, '')
      .replace(CONNECTOR, '')
      .trim();
    out = dropTrailing(out, ',;:-–—(').trim();
    if (out === before) break;
  }
  return out;
}

/** True when at least one word carries meaning (not only "you", "et toi", "!!!"). */
export function hasContent(text: string): boolean {
  for (const m of text.toLowerCase().matchAll(/\p{L}{3,}/gu)) {
    const word = m[0].normalize('NFD').replace(/\p{M}/gu, '');
    if (!FUNCTION_WORDS.has(word)) return true;
  }
  return false;
}

/** Drops the closing punctuation and lower-cases the first letter, to follow "Je suis … :". */
export function asClause(text: string, language: Language): string {
  const body = dropTrailing(text, '.!…');
  const first = body.match(/^\p{L}+/u)?.[0] ?? '';
  const keepCase =
    (language === 'en' && first === 'I') || (first.length > 1 && first === first.toUpperCase());
  return keepCase ? body : body.charAt(0).toLowerCase() + body.slice(1);
}
