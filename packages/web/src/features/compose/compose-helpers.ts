import type { Visibility } from '../../api/mastodon.types.ts';

/** A post of at most this many characters is marked "short" (the classic microblog length). */
export const shortPostLimit = 280;

export const visibilities: readonly Visibility[] = ['public', 'unlisted', 'private', 'direct'];

/**
 * Characters as a person counts them: an emoji or an accented letter is one, whatever its
 * UTF-16 length. The server counts the same way.
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export interface DraftMeasure {
  count: number;
  remaining: number;
  short: boolean;
  overLimit: boolean;
  empty: boolean;
}

export function measureDraft(text: string, maxCharacters: number): DraftMeasure {
  const count = countCharacters(text);
  return {
    count,
    remaining: maxCharacters - count,
    short: count <= shortPostLimit,
    overLimit: count > maxCharacters,
    empty: text.trim() === '',
  };
}

/** Replies start by naming the people in the conversation, as Mastodon clients do. */
export function replyPrefix(
  authorAcct: string,
  mentioned: readonly string[],
  myAcct: string,
): string {
  const names = [authorAcct, ...mentioned].filter(
    (acct, index, all) => acct !== myAcct && all.indexOf(acct) === index,
  );
  return names.length ? `${names.map((acct) => `@${acct}`).join(' ')} ` : '';
}
