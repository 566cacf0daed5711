import { describe, expect, it } from 'vitest';
import { alertFor, mastodonType } from '../push/push-alerts.ts';

// A poll's end is a notification Mastodon apps know by name: it goes through their `poll` alert,
// not Empathie's own.
describe('a poll notification pushed to an app', () => {
  it('passes the `poll` alert and keeps its Mastodon type', () => {
    expect(alertFor('poll')).toBe('poll');
    expect(mastodonType('poll')).toBe('poll');
  });
});
