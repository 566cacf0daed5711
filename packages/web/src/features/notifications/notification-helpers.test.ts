import { describe, expect, it } from 'vitest';
import type { Notification } from '../../api/mastodon.types.ts';
import { countUnread, isNewer, notificationKind } from './notification-helpers.ts';

function notification(id: string, type: string, status?: Partial<Notification['status']>) {
  return { id, type, status: status ?? null } as Notification;
}

describe('isNewer', () => {
  it('orders time-sortable ids, shorter ids being older', () => {
    expect(isNewer('109000000000000002', '109000000000000001')).toBe(true);
    expect(isNewer('109000000000000001', '109000000000000001')).toBe(false);
    expect(isNewer('99', '100')).toBe(false);
    expect(isNewer('5', null)).toBe(true);
  });
});

describe('notificationKind', () => {
  it('tells a reply to me apart from a mention', () => {
    expect(
      notificationKind(notification('1', 'mention', { in_reply_to_account_id: 'me' }), 'me'),
    ).toBe('reply');
    expect(
      notificationKind(notification('1', 'mention', { in_reply_to_account_id: 'x' }), 'me'),
    ).toBe('mention');
  });

  it('keeps the known kinds and folds the others', () => {
    expect(notificationKind(notification('1', 'follow_request'), 'me')).toBe('follow_request');
    expect(notificationKind(notification('1', 'reblog'), 'me')).toBe('reblog');
    expect(notificationKind(notification('1', 'admin.report'), 'me')).toBe('other');
  });

  it('tells the end of my own poll from the end of one I voted in', () => {
    const ended = (authorId: string) =>
      ({ ...notification('1', 'poll'), account: { id: authorId } }) as Notification;
    expect(notificationKind(ended('me'), 'me')).toBe('poll_own');
    expect(notificationKind(ended('someone'), 'me')).toBe('poll');
  });
});

describe('countUnread', () => {
  it('counts what arrived after the read marker', () => {
    const list = [
      notification('30', 'follow'),
      notification('20', 'follow'),
      notification('10', 'follow'),
    ];
    expect(countUnread(list, '20')).toBe(1);
    expect(countUnread(list, null)).toBe(3);
  });
});
