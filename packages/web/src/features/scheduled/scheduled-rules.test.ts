import { describe, expect, it } from 'vitest';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import {
  awaitsReview,
  buildSendLater,
  checkNewTime,
  failureOf,
  formatUntil,
  isListed,
  sendNowTime,
  toLocalInput,
} from './scheduled-rules.ts';

const now = Date.parse('2026-03-10T12:00:00.000Z');

function held(empathie: ScheduledStatus['empathie']): ScheduledStatus {
  return {
    id: '1',
    scheduled_at: '2026-03-10T12:10:00.000Z',
    params: {
      text: 'hello',
      spoiler_text: null,
      visibility: 'public',
      language: 'en',
      in_reply_to_id: null,
    },
    ...(empathie ? { empathie } : {}),
  };
}

describe('send later', () => {
  it('schedules the post the chosen number of minutes from now, keeping every other field', () => {
    const payload = buildSendLater(
      { status: 'later', visibility: 'unlisted', language: 'fr', in_reply_to_id: '9' },
      25,
      now,
    );
    expect(payload).toEqual({
      status: 'later',
      visibility: 'unlisted',
      language: 'fr',
      in_reply_to_id: '9',
      scheduled_at: '2026-03-10T12:25:00.000Z',
    });
  });

  it('falls back to the built-in 10-minute cool-down for a nonsense delay', () => {
    const base = { status: 'x', visibility: 'public', language: 'en' } as const;
    expect(buildSendLater(base, 0, now).scheduled_at).toBe('2026-03-10T12:10:00.000Z');
    expect(buildSendLater(base, Number.NaN, now).scheduled_at).toBe('2026-03-10T12:10:00.000Z');
  });

  it('"send now" picks the earliest time the server accepts, with a second for the trip', () => {
    expect(sendNowTime(now)).toBe('2026-03-10T12:00:11.000Z');
  });
});

describe('a new time typed by the person', () => {
  it('round-trips through the datetime-local field in local time', () => {
    const iso = new Date(2026, 4, 2, 9, 5).toISOString();
    expect(toLocalInput(iso)).toBe('2026-05-02T09:05');
    expect(checkNewTime('2026-05-02T09:05', now)).toEqual({ ok: true, iso });
  });

  it('refuses a time in the past or closer than 10 seconds, and impossible dates', () => {
    const soon = toLocalInput(new Date(now).toISOString());
    expect(checkNewTime(soon, now)).toEqual({ ok: false, reason: 'too_soon' });
    expect(checkNewTime('2026-02-31T10:00', now)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkNewTime('', now)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('when a scheduled post leaves, in words', () => {
  it('counts forward in the UI language', () => {
    expect(formatUntil('2026-03-10T12:05:00.000Z', now, 'en')).toBe('in 5 min.');
    expect(formatUntil('2026-03-10T15:00:00.000Z', now, 'fr')).toBe('dans 3\u00a0h');
    expect(formatUntil('2026-03-11T12:00:00.000Z', now, 'en')).toBe('tomorrow');
    expect(formatUntil('2026-03-10T12:00:30.000Z', now, 'en')).toBe('in 30 sec.');
  });

  it('says "now" once the time has come rather than counting into the past', () => {
    expect(formatUntil('2026-03-10T11:59:00.000Z', now, 'en')).toBe('now');
  });
});

describe('which held posts the page lists', () => {
  it('lists posts sent for later, and undo-window posts only when their publication failed', () => {
    expect(isListed(held({ kind: 'scheduled', undo_until: null, failure: null }))).toBe(true);
    expect(isListed(held(undefined))).toBe(true);
    const undo = { kind: 'undo', undo_until: '2026-03-10T12:00:30.000Z' } as const;
    expect(isListed(held({ ...undo, failure: null }))).toBe(false);
    expect(isListed(held({ ...undo, failure: 'not_found' }))).toBe(true);
  });

  it('names known refusals and keeps unknown ones visible', () => {
    expect(failureOf(held({ kind: 'scheduled', undo_until: null, failure: null }))).toBeNull();
    expect(failureOf(held({ kind: 'scheduled', undo_until: null, failure: 'too_long' }))).toBe(
      'too_long',
    );
    expect(failureOf(held({ kind: 'scheduled', undo_until: null, failure: 'weird' }))).toBe(
      'other',
    );
  });

  it('tells a post waiting for its last look from a refused one, and lists it', () => {
    const review = held({ kind: 'review', undo_until: null, failure: 'awaiting_review' });
    expect(awaitsReview(review)).toBe(true);
    expect(failureOf(review)).toBe('awaiting_review');
    expect(isListed(review)).toBe(true);
    // Before its time it is just a post sent for later.
    expect(awaitsReview(held({ kind: 'review', undo_until: null, failure: null }))).toBe(false);
    expect(awaitsReview(held({ kind: 'scheduled', undo_until: null, failure: 'too_long' }))).toBe(
      false,
    );
  });
});
