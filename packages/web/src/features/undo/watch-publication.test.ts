import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../api/api-client.ts';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { Status } from '../../api/mastodon.types.ts';
import { watchDelay, watchPublication } from './watch-publication.ts';

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
const other: ScheduledStatus = { ...held, id: 'h0' };
const published = { id: 's1' } as Status;
type Waiting = ApiResult<ScheduledStatus[]>;
const list = (...items: ScheduledStatus[]): Waiting => ({ ok: true, value: items, links: {} });
const gone = list(other);
const waiting = list(held, other);
const down: Waiting = { ok: false, error: { kind: 'network' } };

function run(answers: Waiting[], signal = new AbortController().signal) {
  const slept: number[] = [];
  let asked = 0;
  const outcome = watchPublication({
    held,
    signal,
    waitUntil: 30_000,
    now: () => 0,
    sleep: async (ms) => {
      slept.push(ms);
    },
    fetchWaiting: async () => answers[Math.min(asked++, answers.length - 1)] ?? gone,
    fetchLatest: async () => ({ ok: true, value: [published], links: {} }),
    pick: (statuses) => statuses[0] ?? null,
    attempts: 5,
  });
  return { outcome, slept, asked: () => asked };
}

describe('watching a held post leave', () => {
  it('waits for the window, reads the waiting list until the post left it, then hands over the published post', async () => {
    const watch = run([waiting, waiting, gone]);
    expect(await watch.outcome).toEqual({ kind: 'published', status: published });
    expect(watch.slept[0]).toBe(30_300);
    expect(watch.asked()).toBe(3);
  });

  it('never asks for the held post by its address, which answers 404 once it left', async () => {
    const asked: string[] = [];
    await watchPublication({
      held,
      signal: new AbortController().signal,
      waitUntil: 0,
      now: () => 0,
      sleep: async () => undefined,
      fetchWaiting: async () => {
        asked.push('/api/v1/scheduled_statuses');
        return gone;
      },
      fetchLatest: async () => ({ ok: true, value: [published], links: {} }),
      pick: (statuses) => statuses[0] ?? null,
    });
    expect(asked).toEqual(['/api/v1/scheduled_statuses']);
  });

  it('reports a refused publication with its reason', async () => {
    const refused = {
      ...held,
      empathie: { kind: 'undo' as const, undo_until: null, failure: 'not_found' },
    };
    const watch = run([list(refused)]);
    expect(await watch.outcome).toEqual({ kind: 'failed', held: refused });
  });

  it('stops without a word once undone (aborted)', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await run([gone], controller.signal).outcome).toEqual({ kind: 'stopped' });
  });

  it('asks further apart while the server is down, and stops after its attempts', async () => {
    const watch = run([down]);
    expect(await watch.outcome).toEqual({ kind: 'unknown' });
    expect(watch.asked()).toBe(5);
    expect(watch.slept.slice(1)).toEqual([1000, 2000, 4000, 8000, 15_000]);
  });

  it('comes back to a published post once the server answers again', async () => {
    const watch = run([down, down, gone]);
    expect(await watch.outcome).toEqual({ kind: 'published', status: published });
  });

  it('caps the wait between questions at 15 s', () => {
    expect([0, 1, 2, 3, 4, 10].map((attempt) => watchDelay(attempt))).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000,
    ]);
  });
});
