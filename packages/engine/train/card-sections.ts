import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Sections of the model card that `train` does not write: the leave-one-source-out figures
 * (which measure the training recipe, in a run of their own) and the figures read from the shipped
 * weights (template suite, coach sensitivities), both written by `eval`, and the history of the
 * engine's changes, written by hand. Training keeps them when it rewrites the card; each says when
 * and how it was measured.
 */
export type CardSection = 'loso' | 'eval' | 'history';

/** In the card's order: a section that is missing goes after the last of those before it. */
export const CARD_SECTIONS: readonly CardSection[] = ['loso', 'eval', 'history'];

const marks = (name: CardSection) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;

/** Puts `body` in the named section of `card`: in place, or after the card's first paragraph. */
export function spliceSection(card: string, name: CardSection, body: string): string {
  const [start, end] = marks(name);
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = card.indexOf(start);
  const to = card.indexOf(end);
  if (from >= 0 && to > from) return card.slice(0, from) + block + card.slice(to + end.length);
  // The leave-one-source-out figures lead; the others follow them in CARD_SECTIONS' order.
  let at = card.indexOf('\n\n', card.indexOf('\n\n') + 2);
  for (const before of CARD_SECTIONS.slice(0, CARD_SECTIONS.indexOf(name))) {
    const endMark = marks(before)[1];
    const found = card.indexOf(endMark);
    if (found >= 0) at = found + endMark.length;
  }
  return `${card.slice(0, at)}\n\n${block}${card.slice(at)}`;
}

/** The named section of `card`, markers included, or null. */
export function readSection(card: string, name: CardSection): string | null {
  const [start, end] = marks(name);
  const from = card.indexOf(start);
  const to = card.indexOf(end);
  return from >= 0 && to > from ? card.slice(from + start.length, to).trim() : null;
}

/** Writes a section into the card file at `path`. */
export function writeSection(path: string, name: CardSection, body: string): void {
  if (!existsSync(path)) return;
  writeFileSync(path, spliceSection(readFileSync(path, 'utf8'), name, body));
}
