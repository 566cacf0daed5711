import { describe, expect, it } from 'vitest';
import { reconnectDelay, waitUntilReachable } from './reconnect.ts';

describe('reconnecting by itself when the server comes back', () => {
  it('asks again sooner at first, then at a calm pace', () => {
    expect([0, 1, 2, 3, 4, 5, 40].map(reconnectDelay)).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000, 15_000,
    ]);
  });

  it('resolves as soon as the server answers again, without anyone pressing Retry', async () => {
    const answers = [false, false, false, true];
    const waited: number[] = [];
    const back = await waitUntilReachable({
      probe: async () => answers.shift() ?? true,
      signal: new AbortController().signal,
      sleep: async (ms) => void waited.push(ms),
    });
    expect(back).toBe(true);
    expect(waited).toEqual([1000, 2000, 4000, 8000]);
  });

  it('treats a failing probe as "not yet", and stops when the page is left', async () => {
    const controller = new AbortController();
    let probes = 0;
    const back = await waitUntilReachable({
      probe: async () => {
        probes++;
        if (probes === 3) controller.abort();
        throw new TypeError('Failed to fetch');
      },
      signal: controller.signal,
      sleep: async () => undefined,
    });
    expect(back).toBe(false);
    expect(probes).toBe(3);
  });
});
