import type { Status } from '../../api/mastodon.types.ts';

/**
 * The title of the first filter that warns about a status (on a share, the shared post's),
 * or null when none matched. A `hide` filter never reaches the app: the server leaves the post out.
 */
export function warningFilterTitle(status: Status): string | null {
  const results = status.reblog?.filtered?.length ? status.reblog.filtered : status.filtered;
  const first = results?.[0];
  return first ? first.filter.title : null;
}

/** `"a\nb, c"` → `['a', 'b, c']`: one keyword per non-empty line, trimmed, without repeats. */
export function keywordsFromText(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  ];
}
