import { describe, expect, it } from 'vitest';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { NewStatus } from '../../api/endpoints.ts';
import { sendLater } from './send-later.ts';

describe('sendLater', () => {
  it('posts the same parameters with scheduled_at the cool-down from now, once per key', async () => {
    const sent: { input: NewStatus; key: string }[] = [];
    const answer = { id: 'w1' } as ScheduledStatus;
    const deps = {
      publishStatus: async (input: NewStatus, key: string) => {
        sent.push({ input, key });
        return { ok: true as const, value: answer, links: {} };
      },
      now: () => Date.parse('2026-03-10T12:00:00.000Z'),
      newKey: () => 'fresh-key',
    };
    const result = await sendLater(
      deps,
      { status: 'calmer', visibility: 'public', language: 'en' },
      15,
    );
    expect(result).toEqual({ ok: true, value: answer, links: {} });
    expect(sent).toEqual([
      {
        input: {
          status: 'calmer',
          visibility: 'public',
          language: 'en',
          scheduled_at: '2026-03-10T12:15:00.000Z',
        },
        key: 'fresh-key',
      },
    ]);
    await sendLater(deps, { status: 'again', visibility: 'public', language: 'en' }, 15, 'mine');
    expect(sent[1]?.key).toBe('mine');
  });
});
