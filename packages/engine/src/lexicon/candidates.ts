/**
 * The phrases that start with one key, narrowed by the key that follows: "je" starts 77 phrases
 * of the lexicon and "tu" 32, and `matchLexicon` compared the second word of every one of them at
 * every "je" of a text. The narrowed list keeps the lexicon's order (the first phrase of a category
 * that matches is the one counted), and holds every phrase that could match there: the one-word
 * phrases, and those whose second key is the one that follows.
 */
interface Keyed {
  readonly keys: readonly string[];
}

interface Narrowed<P extends Keyed> {
  /** Second key → the one-word phrases and the phrases with that second key, in order. */
  byNext: Map<string, readonly P[]>;
  /** The one-word phrases alone: what may match before any other key, or at the end. */
  alone: readonly P[];
}

// Built on first use for each list of phrases, which the lexicon never changes once built.
const NARROWED = new WeakMap<readonly Keyed[], Narrowed<Keyed>>();

function narrow<P extends Keyed>(phrases: readonly P[]): Narrowed<P> {
  const byNext = new Map<string, readonly P[]>();
  for (const p of phrases) {
    const next = p.keys[1];
    if (next === undefined || byNext.has(next)) continue;
    byNext.set(
      next,
      phrases.filter((q) => q.keys.length === 1 || q.keys[1] === next),
    );
  }
  return { byNext, alone: phrases.filter((q) => q.keys.length === 1) };
}

/** The phrases of `phrases` (all starting with one key) that can match before `next`. */
export function phrasesBefore<P extends Keyed>(
  phrases: readonly P[],
  next: string | undefined,
): readonly P[] {
  let narrowed = NARROWED.get(phrases) as Narrowed<P> | undefined;
  if (narrowed === undefined) {
    narrowed = narrow(phrases);
    NARROWED.set(phrases, narrowed);
  }
  return (next === undefined ? undefined : narrowed.byNext.get(next)) ?? narrowed.alone;
}
