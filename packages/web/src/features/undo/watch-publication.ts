import type { ApiResult } from '../../api/api-client.ts';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { Status } from '../../api/mastodon.types.ts';

export type WatchOutcome =
  | { kind: 'published'; status: Status | null }
  | { kind: 'failed'; held: ScheduledStatus }
  | { kind: 'stopped' };

export interface WatchDeps {
  held: ScheduledStatus;
  signal: AbortSignal;
  /** When the window closes (epoch ms): nothing is asked before. */
  waitUntil: number;
  fetchHeld: (id: string) => Promise<ApiResult<ScheduledStatus>>;
  /** The author's latest posts, newest first; null when they cannot be read. */
  fetchLatest: () => Promise<ApiResult<Status[]> | null>;
  pick: (statuses: readonly Status[], held: ScheduledStatus) => Status | null;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** How many times to ask after the window closed before giving up on seeing it leave. */
  attempts?: number;
  retryMs?: number;
}

/**
 * Waits for a held post to leave: once its window closes, asks for it until it is gone (404:
 * published by the server's job) or refused (`empathie.failure`), then finds the published post
 * among the author's latest so the page it came from can show it.
 */
export async function watchPublication(deps: WatchDeps): Promise<WatchOutcome> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? abortableSleep;
  const { signal, held } = deps;
  // The job runs at the closing time; a short grace spares a request that would find it waiting.
  await sleep(Math.max(0, deps.waitUntil - now()) + 300, signal);
  for (let attempt = 0; attempt < (deps.attempts ?? 20); attempt++) {
    if (signal.aborted) return { kind: 'stopped' };
    const answer = await deps.fetchHeld(held.id);
    if (signal.aborted) return { kind: 'stopped' };
    if (answer.ok && answer.value.empathie?.failure) return { kind: 'failed', held: answer.value };
    if (!answer.ok && answer.error.kind === 'http' && answer.error.status === 404) break;
    await sleep(deps.retryMs ?? 1000, signal);
  }
  if (signal.aborted) return { kind: 'stopped' };
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
