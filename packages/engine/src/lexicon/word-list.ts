/**
 * A word list written by hand: entries separated by commas, multi-word entries matched as phrases.
 *
 * @example
 * words('tu, toi, espece de'); // ['tu', 'toi', 'espece de']
 */
export function words(list: string): readonly string[] {
  return list
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');
}
