import type { Notification } from '../../api/mastodon.types.ts';

// Identifiers are fixed-width decimal strings sortable by time, but compare by length first so a
// server that ever emits shorter ids still orders correctly.
export function isNewer(id: string, than: string | null | undefined): boolean {
  if (!than) return true;
  if (id.length !== than.length) return id.length > than.length;
  return id > than;
}

export type NotificationKind =
  | 'mention'
  | 'reply'
  | 'follow'
  | 'follow_request'
  | 'favourite'
  | 'reblog'
  | 'status'
  | 'update'
  // The shield switched on (mine), on for a person I help, or off again (mine).
  | 'shield'
  | 'shield_ally'
  | 'shield_off'
  // Someone asks me to be their ally.
  | 'ally_invitation'
  // A moderation decision about me, and the outcome of my appeal against one.
  | 'statement'
  | 'appeal'
  // A call to action I joined: an update, a message, the reminder, the flash moment, its end.
  | 'call_update'
  | 'call_message'
  | 'call_reminder'
  | 'call_flash'
  | 'call_closed'
  // Support circles and spotlights.
  | 'circle_suggested'
  | 'circle_request'
  | 'circle_message'
  | 'circle_thanks'
  | 'spotlight'
  // A poll I voted in has ended, or my own poll has.
  | 'poll'
  | 'poll_own'
  | 'other';

/** Mastodon sends a reply as a mention; we tell them apart because people read them differently. */
export function notificationKind(notification: Notification, myId: string): NotificationKind {
  switch (notification.type) {
    case 'mention':
      return notification.status?.in_reply_to_account_id === myId ? 'reply' : 'mention';
    case 'follow':
    case 'follow_request':
    case 'favourite':
    case 'reblog':
    case 'status':
    case 'update':
      return notification.type;
    case 'empathie.shield':
      return 'shield';
    case 'empathie.shield.ally':
      return 'shield_ally';
    case 'empathie.shield.off':
      return 'shield_off';
    case 'empathie.ally.invitation':
      return 'ally_invitation';
    case 'empathie.statement':
      return 'statement';
    case 'empathie.appeal':
      return 'appeal';
    case 'empathie.call.update':
      return 'call_update';
    case 'empathie.call.message':
      return 'call_message';
    case 'empathie.call.reminder':
      return 'call_reminder';
    case 'empathie.call.flash':
      return 'call_flash';
    case 'empathie.call.closed':
      return 'call_closed';
    case 'empathie.circle.suggested':
      return 'circle_suggested';
    case 'empathie.circle.request':
      return 'circle_request';
    case 'empathie.circle.message':
      return 'circle_message';
    case 'empathie.circle.thanks':
      return 'circle_thanks';
    case 'empathie.spotlight':
      return 'spotlight';
    case 'poll':
      return notification.account.id === myId ? 'poll_own' : 'poll';
    default:
      return 'other';
  }
}

export function countUnread(
  notifications: readonly Notification[],
  lastReadId: string | null,
): number {
  return notifications.filter((notification) => isNewer(notification.id, lastReadId)).length;
}
