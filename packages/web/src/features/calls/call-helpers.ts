import type { Call } from '../../api/collective-endpoints.ts';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** How long until `iso`, in the largest whole unit ("in 3 days"); null once it has passed. */
export function countdown(iso: string, now: number, language: string): string | null {
  const left = Date.parse(iso) - now;
  if (Number.isNaN(left) || left <= 0) return null;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  if (left >= 2 * day) return format.format(Math.floor(left / day), 'day');
  if (left >= 2 * hour) return format.format(Math.floor(left / hour), 'hour');
  return format.format(Math.max(1, Math.ceil(left / minute)), 'minute');
}

/** Joined / wanted over every skill, for one line of summary. */
export function totals(call: Pick<Call, 'skills'>): { joined: number; wanted: number } {
  return call.skills.reduce(
    (sum, s) => ({ joined: sum.joined + s.joined, wanted: sum.wanted + s.wanted }),
    { joined: 0, wanted: 0 },
  );
}

/** The skills of a call that a person listed on their profile, in the call's spelling. */
export function matchingSkills(call: Pick<Call, 'skills'>, mine: readonly string[]): string[] {
  const keys = new Set(mine.map((s) => s.trim().toLowerCase()));
  return call.skills.filter((s) => keys.has(s.name.trim().toLowerCase())).map((s) => s.name);
}

/** `datetime-local` input value (local time) → ISO instant; null when empty or invalid. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
