import { type Summary, summarise } from './stats.ts';

export interface LoadPlan {
  /** Requests in flight at once. */
  concurrency: number;
  /** Stop after this many requests… */
  requests: number;
  /** …or after this many seconds, whichever comes first. */
  maxSeconds: number;
  /** One request; resolves true when the answer was the expected one. */
  send: (n: number) => Promise<boolean>;
}

/**
 * A closed-loop load generator: `concurrency` workers each send a request, wait for the answer,
 * and send the next, so the load never outruns the server and always stops by itself.
 */
export async function runLoad(plan: LoadPlan): Promise<Summary> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + plan.maxSeconds * 1000;
  const worker = async () => {
    while (next < plan.requests && performance.now() < deadline) {
      const n = next++;
      const t0 = performance.now();
      let good = false;
      try {
        good = await plan.send(n);
      } catch {
        good = false;
      }
      if (good) latencies.push(performance.now() - t0);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  return summarise(latencies, errors, (performance.now() - started) / 1000);
}
