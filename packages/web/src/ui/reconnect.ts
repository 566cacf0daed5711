/**
 * Waiting for the server to come back, without a Retry button: a page that could not reach the
 * server asks again by itself, sooner at first, then at a calm pace, and at once when the
 * browser says the network is back.
 */

const DELAYS_MS = [1000, 2000, 4000, 8000, 15_000] as const;

/** How long to wait before the `attempt`-th probe (0-based): 1 s, 2 s, 4 s, 8 s, then 15 s. */
export function reconnectDelay(attempt: number): number {
  return DELAYS_MS[Math.min(Math.max(0, attempt), DELAYS_MS.length - 1)] as number;
}

export interface ReconnectDeps {
  /** True once the server answers. */
  probe: () => Promise<boolean>;
  signal: AbortSignal;
  /** Resolves after `ms`, or earlier when aborted or when the network comes back. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Resolves true when the server answers again, false when the wait was given up (aborted). */
export async function waitUntilReachable(deps: ReconnectDeps): Promise<boolean> {
  for (let attempt = 0; !deps.signal.aborted; attempt++) {
    await deps.sleep(reconnectDelay(attempt), deps.signal);
    if (deps.signal.aborted) return false;
    if (await deps.probe().catch(() => false)) return !deps.signal.aborted;
  }
  return false;
}

/** A browser sleep that the `online` event cuts short. */
export function sleepUntilOnline(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    globalThis.addEventListener?.('online', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      globalThis.removeEventListener?.('online', done);
      resolve();
    }
  });
}
