import type { UiLanguage } from '../api/mastodon.types.ts';
import { isUiLanguage, pickLanguage } from './i18n.ts';

export const languageKey = 'empathie.language';

/** A language chosen in settings wins; otherwise the browser's preferences decide. */
export function initialLanguage(
  storage: Pick<Storage, 'getItem'>,
  preferred: readonly string[],
): UiLanguage {
  let saved: string | null = null;
  try {
    saved = storage.getItem(languageKey);
  } catch {
    saved = null;
  }
  return isUiLanguage(saved) ? saved : pickLanguage(preferred);
}
