import { describe, expect, it } from 'vitest';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { Status } from '../../api/mastodon.types.ts';
import { announcedSeconds, formatCountdown, pickPublished, secondsLeft } from './undo-rules.ts';

const held: ScheduledStatus = {
  id: 'h1',
  scheduled_at: '2026-03-10T12:00:30.000Z',
  params: {
    text: 'hi',
    spoiler_text: null,
    visibility: 'public',
    language: 'en',
    in_reply_to_id: null,
  },
  empathie: { kind: 'undo', undo_until: '2026-03-10T12:00:30.000Z', failure: null },
};
const opened = Date.parse('2026-03-10T12:00:00.000Z');

function status(id: string, createdAt: string, extra: Partial<Status> = {}): Status {
  return {
    id,
    created_at: createdAt,
    visibility: 'public',
    in_reply_to_id: null,
    reblog: null,
    ...extra,
  } as Status;
}

describe('the undo countdown', () => {
  it('counts whole seconds up, so it shows 0 only once the window has closed', () => {
    expect(secondsLeft(held, opened)).toBe(30);
    expect(secondsLeft(held, opened + 29_001)).toBe(1);
    expect(secondsLeft(held, opened + 30_000)).toBe(0);
    expect(secondsLeft(held, opened + 60_000)).toBe(0);
  });

  it('formats seconds and minutes briefly', () => {
    expect(formatCountdown(30)).toBe('30 s');
    expect(formatCountdown(0)).toBe('0 s');
    expect(formatCountdown(60)).toBe('1 min');
    expect(formatCountdown(65)).toBe('1 min 05 s');
    expect(formatCountdown(300)).toBe('5 min');
  });

  it('speaks at the start, once at 10 seconds, and at the end, not every second', () => {
    const spoken = new Set<number | null>();
    for (let left = 30; left >= 0; left--) spoken.add(announcedSeconds(left, 30));
    expect([...spoken]).toEqual([30, 10, 0]);
    // A short window is announced once, then at its end.
    const short = new Set<number | null>();
    for (let left = 5; left >= 0; left--) short.add(announcedSeconds(left, 5));
    expect([...short]).toEqual([5, 0]);
  });
});

describe('finding the published post after the window', () => {
  it('takes the newest post created once the window closed, with the same reply and visibility', () => {
    const posts = [
      status('boost', '2026-03-10T12:00:40.000Z', { reblog: status('x', '2026-03-01T00:00:00Z') }),
      status('reply', '2026-03-10T12:00:35.000Z', { in_reply_to_id: '7' }),
      status('private', '2026-03-10T12:00:34.000Z', { visibility: 'private' }),
      status('mine', '2026-03-10T12:00:31.000Z'),
      status('older', '2026-03-10T11:00:00.000Z'),
    ];
    expect(pickPublished(posts, held)?.id).toBe('mine');
  });

  it('finds nothing rather than an older post', () => {
    expect(pickPublished([status('older', '2026-03-10T11:00:00.000Z')], held)).toBeNull();
  });
});
