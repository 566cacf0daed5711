import type { ApiResult } from '../../api/api-client.ts';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { Status } from '../../api/mastodon.types.ts';

export type WatchOutcome =
  | { kind: 'published'; status: Status | null }
  | { kind: 'failed'; held: ScheduledStatus }
  /** The server could not be reached for long enough that we stopped asking. */
  | { kind: 'unknown' }
  | { kind: 'stopped' };

export interface WatchDeps {
  held: ScheduledStatus;
  signal: AbortSignal;
  /** When the window closes (epoch ms): nothing is asked before. */
  waitUntil: number;
  /**
   * The author's posts still waiting, newest first (`GET /api/v1/scheduled_statuses`): a post
   * that left is simply absent, so no request ever answers 404 for it.
   */
  fetchWaiting: () => Promise<ApiResult<ScheduledStatus[]>>;
  /** The author's latest posts, newest first; null when they cannot be read. */
  fetchLatest: () => Promise<ApiResult<Status[]> | null>;
  pick: (statuses: readonly Status[], held: ScheduledStatus) => Status | null;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** How many times to ask after the window closed before giving up on seeing it leave. */
  attempts?: number;
  retryMs?: number;
}

/** Waits a little longer after each unanswered question: 1 s, 2 s, 4 s … at most 15 s. */
export function watchDelay(attempt: number, baseMs = 1000): number {
  return Math.min(15_000, baseMs * 2 ** Math.max(0, attempt));
}

/**
 * Waits for a held post to leave: once its window closes, reads the list of waiting posts until
 * the post is no longer in it (published by the server's job) or is marked refused
 * (`empathie.failure`), then finds the published post among the author's latest so the page it
 * came from can show it. Asks a bounded number of times, further apart each time, so a server
 * that is down is not asked forever.
 */
export async function watchPublication(deps: WatchDeps): Promise<WatchOutcome> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? abortableSleep;
  const { signal, held } = deps;
  // The job runs at the closing time; a short grace spares a request that would find it waiting.
  await sleep(Math.max(0, deps.waitUntil - now()) + 300, signal);
  let left = false;
  const attempts = deps.attempts ?? 20;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (signal.aborted) return { kind: 'stopped' };
    const answer = await deps.fetchWaiting();
    if (signal.aborted) return { kind: 'stopped' };
    if (answer.ok) {
      const still = answer.value.find((waiting) => waiting.id === held.id);
      if (!still) {
        left = true;
        break;
      }
      if (still.empathie?.failure) return { kind: 'failed', held: still };
      // Still there just after its time: the job is about to run, ask again soon.
      await sleep(deps.retryMs ?? 1000, signal);
      continue;
    }
    await sleep(watchDelay(attempt, deps.retryMs ?? 1000), signal);
  }
  if (signal.aborted) return { kind: 'stopped' };
  if (!left) return { kind: 'unknown' };
  const latest = await deps.fetchLatest();
  if (signal.aborted) return { kind: 'stopped' };
  return { kind: 'published', status: latest?.ok ? deps.pick(latest.value, held) : null };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
