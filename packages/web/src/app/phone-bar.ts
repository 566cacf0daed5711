/** The most places a phone's bottom bar holds, "more" included: five share 320 px. */
export const PHONE_BAR_PLACES = 5;

/**
 * Splits the navigation for a phone: the bottom bar, and the places behind "more". Places marked
 * `phoneMore` always go behind it; if the others are still too many for the bar, the last of them
 * go too, so a new place can never wrap the bar. Signed out, the few places all fit.
 */
export function phoneBar<T extends { phoneMore?: boolean }>(
  items: readonly T[],
  signedIn: boolean,
): { bar: T[]; more: T[] } {
  if (!signedIn && items.length <= PHONE_BAR_PLACES) return { bar: [...items], more: [] };
  // One place of the bar is "more" itself.
  const bar = items.filter((item) => !item.phoneMore).slice(0, PHONE_BAR_PLACES - 1);
  return { bar, more: items.filter((item) => !bar.includes(item)) };
}
