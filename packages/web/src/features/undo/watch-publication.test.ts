import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../api/api-client.ts';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { Status } from '../../api/mastodon.types.ts';
import { watchPublication } from './watch-publication.ts';

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
const published = { id: 's1' } as Status;
const gone: ApiResult<ScheduledStatus> = {
  ok: false,
  error: { kind: 'http', status: 404, code: 'not_found', fields: {} },
};
const waiting: ApiResult<ScheduledStatus> = { ok: true, value: held, links: {} };

function run(answers: ApiResult<ScheduledStatus>[], signal = new AbortController().signal) {
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
    fetchHeld: async () => answers[Math.min(asked++, answers.length - 1)] ?? gone,
    fetchLatest: async () => ({ ok: true, value: [published], links: {} }),
    pick: (statuses) => statuses[0] ?? null,
    attempts: 5,
  });
  return { outcome, slept, asked: () => asked };
}

describe('watching a held post leave', () => {
  it('waits for the window, asks until the post is gone, then hands over the published post', async () => {
    const watch = run([waiting, waiting, gone]);
    expect(await watch.outcome).toEqual({ kind: 'published', status: published });
    expect(watch.slept[0]).toBe(30_300);
    expect(watch.asked()).toBe(3);
  });

  it('reports a refused publication with its reason', async () => {
    const refused = {
      ...held,
      empathie: { kind: 'undo' as const, undo_until: null, failure: 'not_found' },
    };
    const watch = run([{ ok: true, value: refused, links: {} }]);
    expect(await watch.outcome).toEqual({ kind: 'failed', held: refused });
  });

  it('stops without a word once undone (aborted)', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await run([gone], controller.signal).outcome).toEqual({ kind: 'stopped' });
  });

  it('gives up asking after its attempts and still looks for the post', async () => {
    const watch = run([waiting]);
    expect(await watch.outcome).toEqual({ kind: 'published', status: published });
    expect(watch.asked()).toBe(5);
  });
});
