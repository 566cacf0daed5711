/**
 * Weekly figures group on the Monday (UTC) of each row's week, stored as YYYY-MM-DD when the row
 * is written: a plain text column groups the same way on SQLite and PostgreSQL.
 */
export function weekOf(date: Date): string {
  const day = (date.getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day),
  );
  return monday.toISOString().slice(0, 10);
}

/** The Mondays of the last `count` weeks up to `now`'s, oldest first. */
export function lastWeeks(now: Date, count: number): string[] {
  const current = new Date(`${weekOf(now)}T00:00:00.000Z`);
  const weeks: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    weeks.push(new Date(current.getTime() - i * 7 * 86_400_000).toISOString().slice(0, 10));
  }
  return weeks;
}
