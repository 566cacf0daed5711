import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { NewStatus } from '../../api/endpoints.ts';

// The server refuses a time less than 10 s ahead when the request arrives (docs/api.md); one
// second more absorbs the trip, so "send now" is never refused as too soon.
export const MIN_LEAD_SECONDS = 10;
export const SEND_NOW_LEAD_SECONDS = MIN_LEAD_SECONDS + 1;
/** The instance's built-in cool-down, used while the person's own setting is unknown. */
export const DEFAULT_COOL_DOWN_MINUTES = 10;

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** The ISO time `minutes` after `now`. */
export function timeAfterMinutes(minutes: number, now: number): string {
  return new Date(now + minutes * minute).toISOString();
}

/** "Send now": the earliest time the server accepts. */
export function sendNowTime(now: number): string {
  return new Date(now + SEND_NOW_LEAD_SECONDS * second).toISOString();
}

/** A post to send after a cool-down of `minutes` (at least one minute). */
export function buildSendLater(params: NewStatus, minutes: number, now: number): NewStatus {
  const lead = Number.isFinite(minutes) && minutes >= 1 ? minutes : DEFAULT_COOL_DOWN_MINUTES;
  return { ...params, scheduled_at: timeAfterMinutes(lead, now) };
}

export type NewTimeCheck =
  | { ok: true; iso: string }
  | { ok: false; reason: 'invalid' | 'too_soon' };

/** A time typed in a `datetime-local` field (local time), checked before it is sent. */
export function checkNewTime(localValue: string, now: number): NewTimeCheck {
  const at = parseLocalInput(localValue);
  if (at === null) return { ok: false, reason: 'invalid' };
  if (at < now + MIN_LEAD_SECONDS * second) return { ok: false, reason: 'too_soon' };
  return { ok: true, iso: new Date(at).toISOString() };
}

/** `YYYY-MM-DDTHH:MM` in local time, as a `datetime-local` field wants it. */
export function toLocalInput(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

function parseLocalInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, date, hours, minutes] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const at = new Date(year, month - 1, date, hours, minutes);
  // Rejects 2026-02-31 and the like, which Date would roll over silently.
  if (at.getMonth() !== month - 1 || at.getDate() !== date) return null;
  return at.getTime();
}

/** "in 5 min", "in 2 h", "tomorrow"… in the UI language; "now" once due. */
export function formatUntil(iso: string, now: number, language: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const left = at - now;
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' });
  if (left < minute) return relative.format(Math.max(0, Math.ceil(left / second)), 'second');
  if (left < hour) return relative.format(Math.round(left / minute), 'minute');
  if (left < day) return relative.format(Math.round(left / hour), 'hour');
  return relative.format(Math.round(left / day), 'day');
}

/**
 * The scheduled posts page lists what was sent for later; posts held only for the undo window
 * pass by in a few seconds, so they appear only when their publication was refused.
 */
export function isListed(item: ScheduledStatus): boolean {
  return item.empathie?.kind !== 'undo' || Boolean(item.empathie.failure);
}

export const FAILURES = ['not_found', 'too_long', 'empty', 'awaiting_review'] as const;
export type Failure = (typeof FAILURES)[number] | 'other';

/** Sent later after the coach's pause, its time has come: it waits for its author's last look. */
export function awaitsReview(item: ScheduledStatus): boolean {
  return item.empathie?.failure === 'awaiting_review';
}

export function failureOf(item: ScheduledStatus): Failure | null {
  const failure = item.empathie?.failure;
  if (!failure) return null;
  return (FAILURES as readonly string[]).includes(failure) ? (failure as Failure) : 'other';
}
