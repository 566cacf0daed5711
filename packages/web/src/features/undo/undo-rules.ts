import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { Status } from '../../api/mastodon.types.ts';

/** When a held post leaves: the end of its undo window, else its scheduled time. */
export function closesAt(held: ScheduledStatus): number {
  return Date.parse(held.empathie?.undo_until ?? held.scheduled_at);
}

/** Whole seconds left, rounded up so "0 s" is shown only once the window has closed. */
export function secondsLeft(held: ScheduledStatus, now: number): number {
  const left = closesAt(held) - now;
  return Number.isFinite(left) ? Math.max(0, Math.ceil(left / 1000)) : 0;
}

/** "30 s", "1 min 05 s": short enough for a toast, the same in French and English. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${String(rest).padStart(2, '0')} s`;
}

/**
 * The countdown shown on screen changes every second, but a screen reader would be flooded if
 * each change were announced: the live region speaks only when the window opens, at 10 s, and
 * when it closes. Returns the seconds value to announce, or null to stay quiet.
 */
export function announcedSeconds(seconds: number, total: number): number | null {
  if (seconds <= 0) return 0;
  if (seconds <= 10 && total > 10) return 10;
  return total;
}

/**
 * The published post among the author's latest ones: the newest created once the window closed
 * with the same reply target and visibility. Posts come newest first, as the API lists them.
 */
export function pickPublished(statuses: readonly Status[], held: ScheduledStatus): Status | null {
  // The publishing job runs at or after the closing time; a small margin covers clock skew.
  const earliest = closesAt(held) - 5000;
  for (const status of statuses) {
    if (status.reblog) continue;
    if (Date.parse(status.created_at) < earliest) continue;
    if ((status.in_reply_to_id ?? null) !== (held.params.in_reply_to_id ?? null)) continue;
    if (status.visibility !== held.params.visibility) continue;
    return status;
  }
  return null;
}
