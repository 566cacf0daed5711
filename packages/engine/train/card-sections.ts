import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Sections of the model card written by `eval` rather than by `train`: the leave-one-source-out
 * figures (which measure the training recipe, in a run of their own) and the figures read from
 * the shipped weights (template suite, coach sensitivities). Training keeps them when it rewrites
 * the card; each says when and how it was measured.
 */
export type CardSection = 'loso' | 'eval';

const marks = (name: CardSection) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;

/** Puts `body` in the named section of `card`: in place, or after the card's first paragraph. */
export function spliceSection(card: string, name: CardSection, body: string): string {
  const [start, end] = marks(name);
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = card.indexOf(start);
  const to = card.indexOf(end);
  if (from >= 0 && to > from) return card.slice(0, from) + block + card.slice(to + end.length);
  // The leave-one-source-out figures lead; the others follow them.
  const anchor = name === 'eval' ? card.indexOf(marks('loso')[1]) : -1;
  const at =
    anchor >= 0 ? anchor + marks('loso')[1].length : card.indexOf('\n\n', card.indexOf('\n\n') + 2);
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
