// Pure rules of "load more": pages may overlap when new posts arrive between two requests, so
// items are merged by id; the end is reached when the server offers no older page or an empty one.

export function appendPage<T extends { id: string }>(
  current: readonly T[],
  page: readonly T[],
): T[] {
  const seen = new Set(current.map((item) => item.id));
  return [...current, ...page.filter((item) => !seen.has(item.id))];
}

export function hasMorePages(page: readonly unknown[], next: string | undefined): boolean {
  return next !== undefined && page.length > 0;
}
