import type { NotificationType } from '../db/schema.ts';

/** Mastodon's alert names, plus `empathie` for Empathie's own notifications (shield, calls…). */
export const ALERT_NAMES = [
  'mention',
  'status',
  'reblog',
  'follow',
  'follow_request',
  'favourite',
  'poll',
  'update',
  'admin.sign_up',
  'admin.report',
  'empathie',
] as const;
export type AlertName = (typeof ALERT_NAMES)[number];
export type Alerts = Map<AlertName, boolean>;

/** Which alert lets a notification through: a reply is a mention to Mastodon apps. */
export function alertFor(type: NotificationType): AlertName {
  switch (type) {
    case 'mention':
    case 'reply':
      return 'mention';
    case 'follow':
    case 'follow_request':
    case 'favourite':
    case 'reblog':
    // A poll one voted in, or wrote, has ended.
    case 'poll':
      return type;
    default:
      return 'empathie';
  }
}

/** The Mastodon type a client understands: Empathie's own keep their dotted names. */
export function mastodonType(type: NotificationType): string {
  return type === 'reply' ? 'mention' : type;
}

/** Alerts as stored and as Mastodon's WebPushSubscription shows them (every name, false unless asked). */
export function alertsJson(alerts: Alerts): Record<AlertName, boolean> {
  const out = {} as Record<AlertName, boolean>;
  for (const name of ALERT_NAMES) out[name] = alerts.get(name) ?? false;
  return out;
}

/** Reads stored alerts back; unknown names are ignored (a Map, since names came from clients). */
export function parseAlerts(stored: string): Alerts {
  const raw = JSON.parse(stored) as unknown;
  const alerts: Alerts = new Map();
  if (typeof raw !== 'object' || raw === null) return alerts;
  for (const name of ALERT_NAMES) {
    // lookup-safe: names come from ALERT_NAMES, and only own properties are read
    const value = Object.hasOwn(raw, name) ? (raw as Record<string, unknown>)[name] : undefined;
    if (value === true) alerts.set(name, true);
  }
  return alerts;
}
