import { buildLexicon, matchLexicon } from '../src/lexicon/lexicon.ts';
import { tokenise } from '../src/text/tokenise.ts';
import type { Example } from './example.ts';
import { mulberry32 } from './random.ts';

/** Share of eligible training examples that get one masked copy. */
const SHARE = 0.15;
/** Masked copies weigh less than annotated text. */
const WEIGHT = 0.5;
const HURTFUL = new Set(['insult', 'profanity', 'slur', 'dehumanising']);

/**
 * Masks the normaliser cannot undo (it undoes leetspeak, look-alike letters, invisible characters,
 * elongation and letters spelled out): two neighbouring letters swapped, one letter left out, the
 * word cut in two by a space.
 */
export function maskWord(word: string, random: () => number): string {
  const chars = [...word];
  if (chars.length < 4) return word;
  const i = 1 + Math.floor(random() * (chars.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0 && i < chars.length - 1) {
    [chars[i], chars[i + 1]] = [chars[i + 1] as string, chars[i] as string];
  } else if (kind === 1) {
    chars.splice(i, 1);
  } else {
    chars.splice(i, 0, ' ');
  }
  return chars.join('');
}

/**
 * Training-time augmentation: for a fixed share of the training texts, a copy with one word
 * masked. In a toxic text the masked word is a hurtful word of our lexicon, so the model learns to
 * read "cnonard" or "idoit" as the word; in a non-toxic text it is any word of five letters or
 * more, so that a typo alone never reads as hostility. Deterministic for a seed; copies keep their
 * source and source item, so they stay on the training side of every split.
 */
export function maskedCopies(train: readonly Example[], seed: number): Example[] {
  const lexicon = buildLexicon();
  const random = mulberry32(seed ^ 0x6d61736b);
  const out: Example[] = [];
  for (const ex of train) {
    const toxic = ex.labels[0];
    if (Number.isNaN(toxic as number) || ex.weak === true) continue;
    if (random() >= SHARE) continue;
    const tokens = tokenise(ex.text);
    let target: { begin: number; end: number } | undefined;
    if (toxic === 1) {
      const hit = matchLexicon(lexicon, tokens).find(
        (m) => HURTFUL.has(m.category) && m.first === m.last,
      );
      target = hit === undefined ? undefined : tokens[hit.first];
    } else {
      const long = tokens.filter((t) => t.kind === 'word' && t.end - t.begin >= 5);
      target = long[Math.floor(random() * long.length)];
    }
    if (target === undefined) continue;
    const word = ex.text.slice(target.begin, target.end);
    const masked = maskWord(word, random);
    if (masked === word) continue;
    out.push({
      ...ex,
      text: ex.text.slice(0, target.begin) + masked + ex.text.slice(target.end),
      labels: ex.labels,
      weight: ex.weight * WEIGHT,
      augmented: true,
    });
  }
  return out;
}
